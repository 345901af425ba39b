"""Rule logic as plain functions over a Doc or text, one package per capability."""
