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
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ingestion.extraction.dates import MONTH_NAME
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
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b(?:[A-Za-z]\.)+[A-Za-z]?)$")
# "am 19. Mai", "vom 24. bis 25. Oktober", "am 23. und 24. November": a day
# number's full stop (German ordinals) when a month, a conjunction or another
# number follows it
_ORDINAL_DAY = re.compile(r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])$")
_DATE_GOES_ON = re.compile(rf"(?:(?:{MONTH_NAME}|bis|und|oder)(?!\w)|\d)", re.I)
# Thai abbreviated months ("9 ม.ค. 2568") end with a full stop
_THAI_MONTH_ABBREVIATION = re.compile(
    r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)$"
)
TEXT_KEY = "cct_text"
_CLOSERS = "\"'”’»)]」』）"


class SentenceSplitter:
    """Sentence starts after end punctuation (Latin, CJK, Arabic) and after line
    breaks, which in news text separate the headline, dateline and paragraphs.

    Boundaries are found on the text with one regular expression and written to
    the tokens as one array, so the cost does not grow with a Python loop over
    every token."""

    def __init__(self, punct_chars: list[str]):
        self.punct_chars = frozenset(punct_chars)
        ends = "".join(re.escape(c) for c in sorted(self.punct_chars))
        closers = re.escape(_CLOSERS)
        self.boundary = re.compile(
            rf"(?P<stop>[{ends}]+)[{closers}]*(?P<space>\s*)(?=\S)|\n\s*(?=\S)"
        )

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Doc.text joins every token in Python; the caller that has the text can
        # hand it over (see `parse`)
        text = doc.user_data.get(TEXT_KEY) or doc.text
        offsets = []
        for match in self.boundary.finditer(text):
            stop = match.group("stop")
            if stop is not None:
                following = text[match.end()]
                spaced = bool(match.group("space"))
                if stop[-1] in ".!?" and not spaced:
                    continue  # "3.5", "ITI-VNU.vn", "!important"
                if stop == "." and (
                    following.islower()
                    or _ABBREVIATION.search(
                        text, max(0, match.start() - 12), match.start()
                    )
                ):
                    continue  # "e.g. the", "Mr. Kaspersky"
                before = text[match.start() - 1] if match.start() else ""
                if stop == "." and "\u0e00" <= before <= "\u0e7f":
                    # Thai ends no sentence with a full stop: after a Thai letter
                    # it closes an abbreviation ("สกมช.", "กสทช.", "พ.ศ.")
                    continue
                if stop == "." and (
                    _THAI_MONTH_ABBREVIATION.search(
                        text, max(0, match.start() - 4), match.start()
                    )
                    or (
                        _ORDINAL_DAY.search(
                            text, max(0, match.start() - 3), match.start()
                        )
                        and _DATE_GOES_ON.match(text, match.end())
                    )
                ):
                    continue  # "am 19. Mai", "9 ม.ค. 2568"
            offsets.append(match.end())
        starts = numpy.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        if offsets:
            token_starts = doc.to_array([IDX]).astype("int64").ravel()
            positions = numpy.searchsorted(token_starts, offsets)
            starts[positions[positions < len(doc)]] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc


@Language.factory(
    "cct_sentences",
    default_config={"punct_chars": list(SENTENCE_END)},
)
def make_sentence_splitter(nlp: Language, name: str, punct_chars: list[str]):
    return SentenceSplitter(punct_chars)


def parse(text: str, language: str) -> Doc:
    """The text through its language's pipeline, the text handed to the
    components so they need not rebuild it from the tokens."""
    nlp = get_pipeline(language)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@functools.lru_cache(maxsize=len(LANGUAGES))
def get_pipeline(language: str) -> Language:
    """The pipeline for a supported ISO 639-1 code (others fall back to "xx")."""
    code, config = _BLANK.get(language, (language, {}))
    if code not in LANGUAGES and code not in ("xx", "zh"):
        code, config = "xx", {}
    nlp = spacy.blank(code, config=config)
    nlp.add_pipe("cct_sentences")
    return nlp
