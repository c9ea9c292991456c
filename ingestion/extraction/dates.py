"""Dates as articles state them: the publication date of a dateline, and the
dates (single days, months, years, ranges, relative days) inside a sentence."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class FoundDate:
    start: int  # character offsets into the segment searched
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    end_value: str | None = None  # the last day of a range
    open_ended: bool = False  # "from Dec 16 to today": the end is unknown


def find_published(text: str, title: str, language: str) -> datetime.date | None:
    return None


def find_dates(
    segment: str, language: str, published: datetime.date | None
) -> list[FoundDate]:
    return []
