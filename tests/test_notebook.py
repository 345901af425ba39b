"""The example notebook runs top to bottom, and results show themselves in notebooks."""
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_repr_html_highlights_the_article_and_summarises(seed):
    page = seed._repr_html_()
    assert "Vladimir Putin" in page and "LEADER" in page and "PLACE" in page
    assert "<table class='summitnlp'>" in page


def test_to_frames_gives_one_frame_per_capability(seed):
    pytest.importorskip("pandas")
    frames = seed.to_frames()
    assert set(frames) == {"leaders", "locations", "dates", "quotes", "meetings"}
    assert len(frames["dates"]) == len(seed.dates)
    assert len(frames["leaders"]) == sum(len(x.mentions) for x in seed.leaders)


@pytest.mark.slow
def test_example_notebook_executes(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("text/html" in o.get("data", {}) for o in outputs)
