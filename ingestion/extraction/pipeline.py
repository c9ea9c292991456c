"""One light spaCy pipeline per language: a tokenizer and a rule-based sentence
splitter, built from config and cached, so extraction needs no trained model.

Japanese uses the Chinese character segmenter (SudachiPy is not a dependency) and
Thai the multi-language whitespace tokenizer (PyThaiNLP is not one either): the
entity matchers work on characters for those scripts, so the tokens only have to
carry the sentence boundaries.
"""

from __future__ import annotations

import functools
import re

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ingestion.extraction.language import LANGUAGES

SENTENCE_END = (
    ".",
    "!",
    "?",
    "。",
    "！",
    "？",
    "؟",
    "۔",
    "…",
    "‼",
    "⁇",
    "।",
)

_BLANK = {
    "ja": ("zh", {}),
    "th": ("xx", {}),
    "vi": ("vi", {"nlp": {"tokenizer": {"use_pyvi": False}}}),
    "ko": ("ko", {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}),
}


# "Mr.", "Co.", "U.S.", "e.g.": a full stop that does not end a sentence
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,2}\.|(?:[A-Za-z]\.)+)$")


class SentenceSplitter:
    """Sentence starts after end punctuation (Latin, CJK, Arabic) and after line
    breaks, which in news text separate the headline, dateline and paragraphs."""

    def __init__(self, punct_chars: list[str]):
        self.punct_chars = frozenset(punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        starts = numpy.full(len(doc), -1, dtype="int64")
        for token in doc:
            if start_next:
                starts[token.i] = 1
            text = token.text
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if text in self.punct_chars:
                # "..." or '."' keep the sentence open until the punctuation run ends
                start_next = following is None or not (
                    following.text in self.punct_chars or following.is_quote
                )
            elif len(text) > 1 and text[-1] in self.punct_chars:
                # tokenizers that leave the stop attached ("kết."): a sentence ends
                # when a capitalised word follows, unless this is an abbreviation
                start_next = (
                    following is not None
                    and following.text[:1].isupper()
                    and not _ABBREVIATION.match(text)
                )
            else:
                start_next = False
            if "\n" in token.whitespace_ or (token.is_space and "\n" in text):
                start_next = True
            after_stop = token.i > 0 and doc[token.i - 1].text in self.punct_chars
            if token.is_quote and after_stop:
                start_next = True
        # one array write: setting is_sent_start token by token costs a check of
        # the whole document each time
        if len(doc):
            doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc


@Language.factory(
    "cct_sentences",
    default_config={"punct_chars": list(SENTENCE_END)},
)
def make_sentence_splitter(nlp: Language, name: str, punct_chars: list[str]):
    return SentenceSplitter(punct_chars)


@functools.lru_cache(maxsize=len(LANGUAGES))
def get_pipeline(language: str) -> Language:
    """The pipeline for a supported ISO 639-1 code (others fall back to "xx")."""
    code, config = _BLANK.get(language, (language, {}))
    if code not in LANGUAGES and code not in ("xx", "zh"):
        code, config = "xx", {}
    nlp = spacy.blank(code, config=config)
    nlp.add_pipe("cct_sentences")
    return nlp
