"""The `summitnlp_leaders` spaCy component: runs the leaders rules and stores plain results on the Doc."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.leaders import default_table, extract_leaders
from ..rules.leaders.table import LeadersTable, read_rows
from .base import RuleComponent

EXTRA_FILE = "extra_leaders.jsonl"
ExtraLeaders = Union[str, Path, list[dict[str, Any]], None]


class LeadersComponent(RuleComponent):
    """Finds leaders; results go to ``doc._.summitnlp_leaders`` as plain dicts of offsets.

    ``extra_leaders``: more table rows (a JSONL/CSV path or a list of row dicts with name, aliases,
    office, role, country_code, country, start, end). They are saved with the pipeline.
    """

    def __init__(self, nlp: Language, name: str = "summitnlp_leaders", *,
                 extra_leaders: ExtraLeaders = None) -> None:
        super().__init__(nlp, name)
        self.extra_rows: list[dict[str, Any]] = []
        self.table: LeadersTable = default_table()
        if isinstance(extra_leaders, (str, Path)) and not Path(extra_leaders).is_file():
            # a saved pipeline reloaded where the original file is gone: from_disk brings the rows
            warnings.warn(f"extra_leaders file {str(extra_leaders)!r} not found; using the saved rows, if any")
        elif extra_leaders:
            self.set_extra_rows(read_rows(extra_leaders if isinstance(extra_leaders, (str, Path))
                                          else list(extra_leaders)))

    def set_extra_rows(self, rows: Iterable[Any]) -> None:
        rows = list(rows)
        self.extra_rows = [row.to_dict() for row in rows]
        self.table = default_table().with_rows(rows) if rows else default_table()

    capability = "leaders"

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return extract_leaders(doc, self.table)

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / EXTRA_FILE, self.extra_rows)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = tuple()) -> "LeadersComponent":
        extra = Path(path) / EXTRA_FILE
        if extra.is_file():
            self.set_extra_rows(read_rows(extra))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps({"extra_rows": self.extra_rows})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "LeadersComponent":
        self.set_extra_rows(read_rows(srsly.msgpack_loads(data).get("extra_rows") or []))
        return self


@Language.factory("summitnlp_leaders", assigns=["doc._.summitnlp_leaders"],
                  default_config={"extra_leaders": None})
def make_leaders(nlp: Language, name: str, extra_leaders: Optional[Any] = None) -> LeadersComponent:
    return LeadersComponent(nlp, name, extra_leaders=extra_leaders)
