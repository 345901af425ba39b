"""Our spaCy components, one per capability. Imports stay light: entry points load these modules."""
