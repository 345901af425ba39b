"""The `summitnlp_lemmatizer` component: the English rule lemmatizer, asked once per distinct word form.

spaCy's lemmatizer walks every token through a Token object and looks its lemma up (or works it
out) each time. A form's lemma depends only on its text, POS and morphology, so this subclass
reads those as arrays, lemmatizes each distinct (text, POS, morphology) of the Doc once (with a
bounded cache across Docs) and writes the lemmas back with one ``Doc.from_array``: the same
lemmas as the model's lemmatizer, token for token, at a fraction of the cost. It keeps the
lemmatizer's tables, config and serialisation.
"""
from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

CACHE_LIMIT = 50_000  # distinct forms remembered across Docs; emptied past this, so memory stays flat


class FastEnglishLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` whose ``__call__`` lemmatizes each distinct form of a Doc once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.form_lemmas: dict[tuple[int, int, int], str] = {}  # (orth, pos, morph) -> lemma

    def clear_caches(self) -> None:
        """Forget the lemmas of forms seen so far (``summitnlp.caches.clear_word_caches``)."""
        self.form_lemmas.clear()
        self.cache.clear()  # the parent's own cache, filled for every form lemmatized

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        try:
            return self.set_lemmas(doc)
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            return self.get_error_handler()(self.name, self, [doc], error)

    def set_lemmas(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.arange(len(doc)) if self.overwrite else numpy.flatnonzero(columns[:, 3] == 0)
        if not len(todo):
            return doc
        forms, first, inverse = numpy.unique(columns[todo, :3], axis=0, return_index=True, return_inverse=True)
        cache = self.form_lemmas
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        lemma_ids = []
        for form, position in zip(map(tuple, forms.tolist()), first.tolist()):
            lemma = cache.get(form)
            if lemma is None:
                lemma = cache[form] = self.lemmatize(doc[int(todo[position])])[0]
            lemma_ids.append(doc.vocab.strings.add(lemma))  # a zone may have dropped it since
        lemmas = columns[:, 3]
        lemmas[todo] = numpy.array(lemma_ids, dtype=numpy.uint64)[inverse.reshape(-1)]
        return doc.from_array([LEMMA], lemmas)


@Language.factory(
    "summitnlp_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_lemmatizer(nlp: Language, name: str, model, mode: str, overwrite: bool, scorer) -> FastEnglishLemmatizer:
    return FastEnglishLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> Optional[FastEnglishLemmatizer]:
    """Put ``summitnlp_lemmatizer`` in place of an English rule lemmatizer; None when it must stay."""
    if name not in nlp.pipe_names:
        return None
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return None
    fast = nlp.add_pipe("summitnlp_lemmatizer", before=name, config={"mode": old.mode, "overwrite": old.overwrite})
    fast.lookups = old.lookups
    nlp.remove_pipe(name)
    return fast
