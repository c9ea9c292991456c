"""Faster case-insensitive tests for the extraction's large word lists.

Python's `re` with IGNORECASE folds case at every step of the match, and a
pattern with it loses the quick scans for the literal text it starts with: a
sentence searched for one of a hundred words in a dozen languages costs several
times what the same search costs on the lowered sentence with the pattern
written in lower case. `Gate` does the latter, for the tests that only ask
whether a text holds a match (a gate before the expensive work, a cue that is
there or not): where the match is, or its text, is still the original
pattern's to find.
"""

from __future__ import annotations

import re


def lowered(pattern: str) -> str:
    """`pattern` in lower case, but for what follows a backslash (\\W is not \\w)
    and the names of groups ((?P<Name>...), (?P=Name))."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


class Gate:
    """Whether a text holds a match of a case-insensitive pattern: the pattern
    in lower case searched in the lowered text. `search` returns a match on the
    lowered text, to be used as true or false only."""

    __slots__ = ("regex", "source")

    def __init__(self, pattern: str | re.Pattern):
        if isinstance(pattern, re.Pattern):
            flags = pattern.flags & ~(re.IGNORECASE | re.UNICODE)
            pattern = pattern.pattern
        else:
            flags = 0
        self.source = pattern
        self.regex = re.compile(lowered(pattern), flags)

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text.lower())

    def __repr__(self) -> str:
        return f"Gate({self.source[:60]!r}...)"
