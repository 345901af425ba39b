"""The `summitnlp` command line."""
import json

import pytest
from typer.testing import CliRunner

from summitnlp.cli import app

ARTICLE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."


@pytest.fixture(scope="module")
def runner(nlp):  # nlp: the pipeline is loaded once and cached for the command too
    return CliRunner()


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_in_jsonl_out_keeps_order_and_ids(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"doc{i}", "text": ARTICLE, "published": "2019-06-12"})
                                for i in range(5)) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = lines(out)
    assert [r["id"] for r in rows] == [f"doc{i}" for i in range(5)]
    assert all(r["published"] == "2019-06-12" and r["error"] is None for r in rows)


def test_folder_of_text_files_and_csv(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.csv").write_text('key,body\nx1,"' + ARTICLE + '"\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "--text-field", "body",
                                 "--id-field", "key", "--published", "2019-06-12"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in lines(out)] == [str(tmp_path / "a.txt"), "x1"]


def test_failed_documents_give_exit_code_1_and_a_count(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n" + json.dumps({"id": "bad", "text": 7}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert "1 document(s) failed" in result.output
    rows = lines(out)
    assert [r["id"] for r in rows] == ["ok", "bad"] and "int" in rows[1]["error"]


@pytest.mark.parametrize("args", [["extract", "no/such/file.txt"], ["extract", "-", "--published", "soon"],
                                  ["extract", "-", "--resume"], ["extract", "-", "--format", "xml"]])
def test_bad_arguments_give_exit_code_2(runner, args):
    assert runner.invoke(app, args, input=ARTICLE).exit_code == 2


def test_stdin_text_to_stdout(runner):
    result = runner.invoke(app, ["extract", "-", "--published", "2019-06-12"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "-"


def test_resume_skips_done_ids_and_drops_a_half_written_line(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"d{i}", "text": ARTICLE}) for i in range(3)) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "d0", "marker": True}) + "\n" + '{"id": "d1", "lead')
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    rows = lines(out)
    assert [r["id"] for r in rows] == ["d0", "d1", "d2"] and rows[0].get("marker")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_other_output_formats(runner, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["extract", "-", "-o", str(out), "--format", fmt], input=ARTICLE)
    assert result.exit_code == 0
    text = out.read_text()
    if fmt == "json":
        assert json.loads(text)[0]["id"] == "-"
    else:
        assert text.splitlines()[0].startswith("id,published,leaders")


def test_show_summarises_a_result_file(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", "-", "-o", str(out), "--published", "2019-06-12"], input=ARTICLE)
    result = runner.invoke(app, ["show", str(out)])
    assert result.exit_code == 0
    assert "== -" in result.output and "leaders:" in result.output and "published: 2019-06-12" in result.output
