"""summitnlp.spark on a local[2] Spark session (skipped where pyspark or Java is missing)."""
import os
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

import summitnlp  # noqa: E402
from summitnlp.spark import extract_dataframe, schema_of  # noqa: E402

ROWS = [("a", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday.", "2019-06-12"),
        ("b", '"We will not give up," Kim Jong Un said in Pyongyang on Friday.', None),
        ("c", "", "2019-01-01")]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("summitnlp-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_schema_follows_the_dataclasses():
    schema = schema_of(summitnlp.Extraction)
    assert schema.fieldNames() == ["published", "leaders", "locations", "dates", "quotes", "meetings", "error"]
    mention = schema["leaders"].dataType.elementType["mentions"].dataType.elementType
    assert mention.fieldNames() == ["text", "start", "end", "actor"]


@pytest.mark.slow
def test_extract_dataframe_matches_extract(spark, nlp):
    df = spark.createDataFrame(ROWS, "id string, text string, date string").repartition(2)
    rows = {r["id"]: r for r in extract_dataframe(df, published_col="date").collect()}
    assert set(rows) == {"a", "b", "c"}
    for doc_id, text, date in ROWS:
        expected = summitnlp.extract(text, published=date, nlp=nlp)
        got = rows[doc_id]["summitnlp"]
        assert got["published"] == expected.published
        assert [x["name"] for x in got["leaders"]] == [x.name for x in expected.leaders]
        assert [(d["start"], d["value"]) for d in got["dates"]] == [(d.start, d.value) for d in expected.dates]
