"""What the extraction stages share about one article: its text, language,
publication date, sentences and the named things found in it.

The entity stage (language, countries, cities, organisations) fills an
`ArticleContext`; the agreement, event and date stages read it. Offsets are
character offsets into `text`, the article text as the reader produced it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named thing in the text."""

    start: int
    end: int
    text: str  # the surface form, as written
    label: str  # "ORG", "COUNTRY", "CITY"
    value: str  # ORG: canonical organisation name; COUNTRY: ISO alpha-2; CITY: name
    country: str | None = None  # ORG: home country; CITY: its country; COUNTRY: value
    kind: str | None = None  # ORG: AgencyKind value; COUNTRY: name, demonym, capital


@dataclass(frozen=True)
class ArticleContext:
    text: str
    language: str  # ISO 639-1
    title: str = ""
    published: datetime.date | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    extra: dict = field(default_factory=dict)  # stage-specific data, keyed by stage

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def mentions_in(self, start: int, end: int, label: str | None = None):
        return tuple(
            m
            for m in self.mentions
            if m.start >= start and m.end <= end and (label is None or m.label == label)
        )
