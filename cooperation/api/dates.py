"""Partial dates as clients write them (2019, 2019-06, 2019-06-12), parsed into the
first and last day they cover, so range filters never invent a precision."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import NamedTuple

from cooperation.models import DatePrecision

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDate(NamedTuple):
    first: datetime.date
    last: datetime.date
    precision: str


def parse_partial_date(text: str) -> PartialDate:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD; ValueError with a readable message."""
    match = _PARTIAL.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    year, month, day = match.groups()
    year = int(year)
    if year < 1:
        raise ValueError(f"'{text}' is not a valid year.")
    if month is None:
        return PartialDate(
            datetime.date(year, 1, 1), datetime.date(year, 12, 31), DatePrecision.YEAR
        )
    month = int(month)
    if not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month:02d}.")
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return PartialDate(
            datetime.date(year, month, 1),
            datetime.date(year, month, last_day),
            DatePrecision.MONTH,
        )
    day = int(day)
    if not 1 <= day <= last_day:
        raise ValueError(f"'{text}' is not a day of {year:04d}-{month:02d}.")
    date = datetime.date(year, month, day)
    return PartialDate(date, date, DatePrecision.DAY)
