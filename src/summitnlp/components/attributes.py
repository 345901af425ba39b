"""The `summitnlp_attributes` component: the model's attribute_ruler, applied with numpy.

spaCy's English models set coarse POS, morphology and a few lemmas with an ``attribute_ruler``
of about 180 Matcher patterns (the tag map and its exceptions). Its output is what our rules
and the lemmatizer read, but matching a Span per token per pattern costs about a tenth of the
pipeline's time. This component takes the same patterns and evaluates each as boolean masks
over the Doc's attribute arrays, then writes the results back with one ``Doc.from_array``:
the same attributes, token for token, at a small fraction of the cost.

``summitnlp.load()`` puts it in place of the attribute_ruler of the models it loads itself when
every pattern uses features it supports (token attributes compared by value, ``IN``,
``NOT_IN`` and ``REGEX``, boolean flags such as ``IS_SPACE``); otherwise the model's ruler stays.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import numpy
import srsly
from spacy import util
from spacy.attrs import IDS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "ENT_TYPE"}
FLAG_ATTRS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_STOP", "LIKE_NUM"}
PREDICATES = {"IN", "NOT_IN", "REGEX"}


class UnsupportedPattern(ValueError):
    """A pattern uses a Matcher feature this component does not evaluate (e.g. ``OP``)."""


@dataclass
class Condition:
    """One attribute test of one pattern token, evaluated over a whole Doc at once."""

    attr: str
    equals: Optional[int] = None
    within: Optional[numpy.ndarray] = None
    negate: bool = False
    regex: Optional[re.Pattern] = None

    def mask(self, values: numpy.ndarray, strings, present: set[int]) -> numpy.ndarray:
        """Which of ``values`` pass; ``present`` is every value of the attribute in the Doc."""
        if self.regex is not None:  # tested on the Doc's distinct values; no cache that would grow
            matching = [v for v in present if self.regex.search(strings[v] if v else "")]
            return numpy.isin(values, numpy.array(matching, dtype=numpy.uint64))
        hits = values == self.equals if self.equals is not None else numpy.isin(values, self.within)
        return ~hits if self.negate else hits


@dataclass
class Rule:
    """A pattern group of the ruler: its alternatives, the attributes it sets and on which token."""

    alternatives: list[list[list[Condition]]]
    attrs: dict[int, int]
    index: int

    def __post_init__(self) -> None:
        # the values an alternative needs to see in the Doc at all: most rules are skipped on these
        self.required = [[(c.attr, c.equals) for t in alt for c in t if c.equals is not None and not c.negate]
                         for alt in self.alternatives]

    def tag_only(self) -> Optional[int]:
        """The TAG value, when the rule is one token tested on TAG alone (a tag-map entry)."""
        if len(self.alternatives) == 1 and len(self.alternatives[0]) == 1 and len(self.alternatives[0][0]) == 1:
            condition = self.alternatives[0][0][0]
            if condition.attr == "TAG" and condition.equals is not None and not condition.negate:
                return condition.equals
        return None


class TagTable:
    """A run of tag-map rules applied as one lookup: each token has one tag, so none overlap."""

    def __init__(self, rules: list[Rule]) -> None:
        by_tag: dict[int, dict[int, int]] = {}
        for rule in rules:
            by_tag.setdefault(rule.tag_only(), {}).update(rule.attrs)
        self.keys = numpy.array(sorted(by_tag), dtype=numpy.uint64)
        self.attrs = {attr for attrs in by_tag.values() for attr in attrs}
        self.values = {a: numpy.array([by_tag[k].get(a, 0) for k in self.keys], dtype=numpy.uint64) for a in self.attrs}
        self.sets = {a: numpy.array([a in by_tag[k] for k in self.keys], dtype=bool) for a in self.attrs}

    def apply(self, tags: numpy.ndarray, output: numpy.ndarray, position: dict[int, int]) -> None:
        slot = numpy.minimum(numpy.searchsorted(self.keys, tags), len(self.keys) - 1)
        found = self.keys[slot] == tags
        for attr in self.attrs:
            rows = found & self.sets[attr][slot]
            output[rows, position[attr]] = self.values[attr][slot[rows]]


def compile_condition(attr: str, spec: Any, strings) -> Condition:
    attr = "ORTH" if attr == "TEXT" else attr
    if attr in FLAG_ATTRS:
        if not isinstance(spec, bool):
            raise UnsupportedPattern(f"{attr} must be true or false, not {spec!r}")
        return Condition(attr, equals=int(spec))
    if attr not in STRING_ATTRS:
        raise UnsupportedPattern(f"token attribute {attr!r}")
    if isinstance(spec, str):
        return Condition(attr, equals=value_id(attr, spec, strings))
    if not isinstance(spec, dict) or len(spec) != 1 or next(iter(spec)) not in PREDICATES:
        raise UnsupportedPattern(f"{attr} test {spec!r}")
    (predicate, value), = spec.items()
    if predicate == "REGEX":
        return Condition(attr, regex=re.compile(value))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UnsupportedPattern(f"{attr} test {spec!r}")
    within = numpy.array([value_id(attr, v, strings) for v in value], dtype=numpy.uint64)
    return Condition(attr, within=within, negate=predicate == "NOT_IN")


def value_id(attr: str, text: str, strings) -> int:
    """The number ``Doc.to_array`` holds for ``text``: a POS id for POS, else the string's hash."""
    if attr == "POS":
        if text and text not in POS_IDS:
            raise UnsupportedPattern(f"unknown POS {text!r}")
        return POS_IDS.get(text, 0)
    return strings.add(text) if text else 0


def compile_patterns(patterns: Iterable[dict], vocab: Vocab) -> list[Rule]:
    """Attribute-ruler patterns (``{"patterns", "attrs", "index"}``) as rules over arrays.

    Raises ``UnsupportedPattern`` for anything beyond plain token tests.
    """
    rules = []
    for pattern in patterns:
        alternatives = []
        for tokens in pattern["patterns"]:
            if not tokens or any(not isinstance(token, dict) or "OP" in token for token in tokens):
                raise UnsupportedPattern(f"pattern {tokens!r}")
            alternatives.append([[compile_condition(a, s, vocab.strings) for a, s in t.items()] for t in tokens])
        attrs = normalize_token_attrs(vocab, dict(pattern["attrs"]))
        if "_" in attrs:
            raise UnsupportedPattern("extension attributes")
        rules.append(Rule(alternatives, attrs, pattern.get("index", 0)))
    return rules


class RuleSet:
    """Compiled rules in order, with runs of tag-map rules merged into tag tables."""

    def __init__(self, rules: list[Rule]) -> None:
        self.steps: list[Union[Rule, TagTable]] = []
        for is_tag_map, run in itertools.groupby(rules, key=lambda rule: rule.tag_only() is not None):
            self.steps.extend([TagTable(list(run))] if is_tag_map else run)
        self.read = sorted({c.attr for r in rules for alt in r.alternatives for t in alt for c in t})
        self.written = sorted({attr for rule in rules for attr in rule.attrs})

    def apply(self, doc: Doc) -> Doc:
        """Set every rule's attributes on the tokens it matches; later rules win, as in the ruler."""
        if len(doc) == 0 or not self.steps:
            return doc
        columns = dict(zip(self.read, doc.to_array([IDS[a] for a in self.read]).T)) if self.read else {}
        present = {attr: set(values.tolist()) for attr, values in columns.items()}
        output = doc.to_array(self.written).reshape(len(doc), len(self.written))
        position = {attr: i for i, attr in enumerate(self.written)}
        for step in self.steps:
            if isinstance(step, TagTable):
                step.apply(columns["TAG"], output, position)
                continue
            hits = [
                targets(tokens, step.index, len(doc), columns, present, doc.vocab.strings)
                for tokens, required in zip(step.alternatives, step.required)
                if all(value in present[attr] for attr, value in required)
            ]
            if not hits:
                continue
            hits = numpy.concatenate(hits) if len(hits) > 1 else hits[0]
            for attr, value in step.attrs.items():
                output[hits, position[attr]] = value
        return doc.from_array(self.written, output)


def targets(tokens: list[list[Condition]], index: int, length: int, columns: dict, present: dict, strings) -> numpy.ndarray:
    """Positions of the token that a match of ``tokens`` (one pattern) assigns to."""
    width = len(tokens)
    nothing = numpy.empty(0, dtype=numpy.intp)
    if width > length:
        return nothing
    starts = numpy.ones(length - width + 1, dtype=bool)
    for offset, conditions in enumerate(tokens):
        for condition in sorted(conditions, key=lambda c: c.regex is not None):  # regexes on survivors only
            candidates = numpy.flatnonzero(starts)
            if not len(candidates):
                return nothing
            starts[candidates] = condition.mask(columns[condition.attr][candidates + offset], strings, present[condition.attr])
    return numpy.flatnonzero(starts) + (index if index >= 0 else width + index)


class FastAttributeRuler(Pipe):
    """Attribute-ruler patterns applied with numpy; ``patterns`` are in the ruler's own format."""

    def __init__(self, nlp: Language, name: str = "summitnlp_attributes") -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.patterns: list[dict] = []
        self.rules = RuleSet([])

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        patterns = self.patterns + [dict(p) for p in patterns]
        self.rules = RuleSet(compile_patterns(patterns, self.vocab))
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.rules.apply(doc)
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            return self.get_error_handler()(self.name, self, [doc], error)

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "patterns.json", self.patterns)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "FastAttributeRuler":
        self.patterns = []
        self.add_patterns(srsly.read_json(util.ensure_path(path) / "patterns.json"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.patterns).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "FastAttributeRuler":
        self.patterns = []
        self.add_patterns(srsly.json_loads(data))
        return self


@Language.factory("summitnlp_attributes")
def make_attributes(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp, name)


def replace_attribute_ruler(nlp: Language, ruler_name: str = "attribute_ruler") -> bool:
    """Put ``summitnlp_attributes`` in place of the model's ruler; False when it must stay."""
    if ruler_name not in nlp.pipe_names:
        return False
    try:
        compile_patterns(nlp.get_pipe(ruler_name).patterns, nlp.vocab)
    except UnsupportedPattern:
        return False
    patterns = nlp.get_pipe(ruler_name).patterns
    fast = nlp.add_pipe("summitnlp_attributes", before=ruler_name)
    fast.add_patterns(patterns)
    nlp.remove_pipe(ruler_name)
    return True
