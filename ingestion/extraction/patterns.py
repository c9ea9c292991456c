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


def _case_sensitive_part(pattern: str) -> bool:
    """Whether part of the pattern asks for its case ("(?-i:Declaration)"): the
    lowered text would lose what it tells apart. Such a pattern is searched as
    it is."""
    return "(?-i" in pattern


# Lowered texts, by the identity of the text: the many patterns searched in one
# sentence (or in the whole article, window by window) lower it once. The texts
# are kept with them, so that no other string can take their id meanwhile.
_FOLDED: dict[int, tuple[str, str | None]] = {}
_FOLDED_SIZE = 16


def folded(text: str) -> str | None:
    """`text` lowered, or None when lowering changes its length ("İ")."""
    hit = _FOLDED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    lower = text.lower()
    if len(lower) != len(text):
        lower = None
    if len(_FOLDED) >= _FOLDED_SIZE:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, lower)
    return lower


class Gate:
    """Whether a text holds a match of a case-insensitive pattern: the pattern
    in lower case searched in the lowered text. `search` returns a match on the
    lowered text, to be used as true or false only."""

    __slots__ = ("regex", "source")

    def __init__(self, pattern: str):
        self.source = pattern
        if _case_sensitive_part(pattern):
            self.regex = re.compile(pattern, re.IGNORECASE)
        else:
            self.regex = re.compile(lowered(pattern))

    def search(self, text: str) -> re.Match | None:
        if self.regex.flags & re.IGNORECASE:
            return self.regex.search(text)
        lower = folded(text)  # a gate needs no offsets: "İ" may lengthen it
        return self.regex.search(text.lower() if lower is None else lower)

    def __repr__(self) -> str:
        return f"Gate({self.source[:60]!r}...)"


class Caseless:
    """A case-insensitive pattern that finds its matches in the lowered text, with
    a lower-case copy of itself, and gives them as matches of the original on the
    text as written (matched again where the copy found one, which costs little):
    the same matches as the original's, found several times faster. A text that
    lowering makes longer ("İ"), and a pattern with a part that asks for its
    case, are searched by the original."""

    __slots__ = ("original", "regex")

    def __init__(self, pattern: str, flags: int = 0):
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        self.regex = None
        if not _case_sensitive_part(pattern):
            self.regex = re.compile(lowered(pattern), flags & ~re.IGNORECASE)

    @property
    def pattern(self) -> str:
        return self.original.pattern

    def _lowered(self, text: str) -> str | None:
        return None if self.regex is None else folded(text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        lower = self._lowered(text)
        end = len(text) if endpos is None else endpos
        if lower is None:
            return self.original.search(text, pos, end)
        found = self.regex.search(lower, pos, end)
        return found and self.original.match(text, found.start(), end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        return self.original.match(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        lower = self._lowered(text)
        end = len(text) if endpos is None else endpos
        if lower is None:
            yield from self.original.finditer(text, pos, end)
            return
        for found in self.regex.finditer(lower, pos, end):
            yield self.original.match(text, found.start(), end)

    def __getattr__(self, name: str):
        # sub, split, fullmatch, findall, flags, groupindex...: the original's.
        # (A match's .re is the original too: compare patterns, not identities.)
        return getattr(self.original, name)

    def __repr__(self) -> str:
        return f"Caseless({self.original.pattern[:60]!r}...)"
