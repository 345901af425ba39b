"""summitnlp on Spark: a struct column in the contract's shape, one pipeline per Python worker.

    from summitnlp.spark import extract_dataframe
    out = extract_dataframe(spark.read.json("articles.jsonl"), text_col="text", published_col="date")
    out.select("id", "summitnlp.leaders.name").show()

Needs the ``spark`` extra: ``pip install 'summitnlp[spark]'``.
"""
from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from typing import Any, Optional

from .settings import DEFAULT_BATCH_SIZE
from .types import Extraction

try:
    from pyspark.sql import DataFrame, functions as F, types as T
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("summitnlp.spark needs pyspark: pip install 'summitnlp[spark]'") from error

RESULT_COL = "summitnlp"
SCALARS = {str: T.StringType(), int: T.LongType(), float: T.DoubleType(), bool: T.BooleanType()}


def spark_type(annotation: Any) -> T.DataType:
    """The Spark type of a dataclass field's annotation (Optional, list and nested dataclasses)."""
    if annotation in SCALARS:
        return SCALARS[annotation]
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is list:
        return T.ArrayType(spark_type(args[0]))
    if typing.get_origin(annotation) is typing.Union and len(args) == 1:
        return spark_type(args[0])
    if dataclasses.is_dataclass(annotation):
        return schema_of(annotation)
    raise TypeError(f"no Spark type for {annotation!r}")


def schema_of(cls: type) -> T.StructType:
    """A Spark schema generated from a result dataclass (Extraction by default)."""
    hints = typing.get_type_hints(cls)
    return T.StructType([T.StructField(f.name, spark_type(hints[f.name]), True) for f in dataclasses.fields(cls)])


def extract_dataframe(df: DataFrame, text_col: str = "text", published_col: Optional[str] = None,
                      batch_size: int = DEFAULT_BATCH_SIZE, model: Optional[str] = None) -> DataFrame:
    """``df`` with a ``summitnlp`` struct column holding each row's Extraction."""
    json_col = f"__{RESULT_COL}_json"
    out_schema = T.StructType([*df.schema.fields, T.StructField(json_col, T.StringType(), True)])

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        from .api import extract_many
        from .pipeline import load

        nlp = load(model)  # cached per worker process
        for batch in batches:
            dates = [as_iso(v) for v in batch[published_col]] if published_col else None
            results = extract_many(list(batch[text_col]), published=dates, nlp=nlp, batch_size=batch_size)
            batch[json_col] = [r.to_json() for r in results]
            yield batch

    parsed = df.mapInPandas(run, schema=out_schema)
    return parsed.withColumn(RESULT_COL, F.from_json(json_col, schema_of(Extraction))).drop(json_col)


def as_iso(value: Any) -> Any:
    """Spark dates arrive as datetime.date or pandas Timestamps; strings pass through."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else value
