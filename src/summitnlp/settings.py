"""Defaults shared by the API, the command line and Spark, importable without loading spaCy."""

DEFAULT_BATCH_SIZE = 32  # news articles run fastest through the model in batches of 16-32 (less padding)
