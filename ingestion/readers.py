"""Turn the paths a user gives to `ingest` and `extract` into articles.

`read_inputs` walks files, directories (recursively) and globs, and `-` for JSON
lines on standard input, and yields one `ArticleInput` per article or one
`ReadFailure` per thing that could not be read, with a reason a person can act
on. Nothing is dropped silently and nothing stops the batch.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from ingestion.records import ArticleInput, ReadFailure

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A failed Article keeps the start of what was read, never a whole huge file.
RAW_KEPT_BYTES = 64 * 1024

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC_NUMBERS = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
)
HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)
HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
META_LANG = re.compile(
    r"""<meta[^>]+(?:http-equiv\s*=\s*["']content-language["']|property\s*="""
    r"""\s*["']og:locale["'])[^>]*content\s*=\s*["']([A-Za-z]{2,3})""",
    re.I,
)
HTML_DOCUMENT_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!doctype|<html)", re.I)
HTML_DOCUMENT_END = re.compile(rb"</(html|body)\s*>", re.I)


class Unreadable(Exception):
    """Input that is not a readable article; the message says why."""


def read_inputs(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    notice: Callable[[str], None] | None = None,
) -> Iterator[ArticleInput | ReadFailure]:
    """Every article in `paths`, in the order given (directories sorted)."""
    notice = notice or (lambda message: None)
    for source, path in expand_paths(paths):
        if path is None:
            if source == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from read_jsonl_stream(stream, "<stdin>", max_bytes=max_bytes)
            else:
                yield ReadFailure(source, "no such file, directory or matching glob")
            continue
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, source, max_bytes=max_bytes)
            continue
        if suffix not in KNOWN_SUFFIXES:
            notice(f"{source}: unknown extension {suffix or '(none)'}, read as text")
        yield read_file(path, source, max_bytes=max_bytes)


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """(source as the user would recognise it, file) pairs; file is None for `-`
    and for a path that matches nothing."""
    for given in paths:
        if given == "-":
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            yield from ((str(found), found) for found in walk_directory(path))
        elif path.exists():
            yield given, path
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, None
            for match in matches:
                if Path(match).is_dir():
                    yield from ((str(f), f) for f in walk_directory(Path(match)))
                else:
                    yield match, Path(match)
        else:
            yield given, None


def walk_directory(root: Path) -> Iterator[Path]:
    """Files under `root`, sorted, skipping hidden files and folders (.git, .DS_Store)."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


# --- one file ---------------------------------------------------------------------


def read_file(path: Path, source: str, *, max_bytes: int) -> ArticleInput | ReadFailure:
    """A .txt or .html file (anything else is read as text)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            with path.open("rb") as handle:
                head = handle.read(RAW_KEPT_BYTES)
            return ReadFailure(
                source,
                f"too large: {format_size(size)}, over the limit of "
                f"{format_size(max_bytes)} (--max-bytes)",
                head,
            )
        raw = path.read_bytes()
    except OSError as error:
        return ReadFailure(source, f"cannot read: {error.strerror or error}")
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            return parse_html(raw, source)
        return parse_text(raw, source)
    except Unreadable as error:
        return ReadFailure(source, str(error), raw[:RAW_KEPT_BYTES])


def parse_text(raw: bytes, source: str) -> ArticleInput:
    """Plain text: the whole decoded file is the text, its first non-empty line the
    headline."""
    text = decode(raw)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleInput(text=text, title=title[:500], source=source)


def parse_html(raw: bytes, source: str) -> ArticleInput:
    """A web page: main text, title, date, URL and language from its metadata."""
    import trafilatura  # imported here: it costs half a second to load

    if HTML_DOCUMENT_START.match(raw[:1024]) and not HTML_DOCUMENT_END.search(
        raw[-4096:]
    ):
        raise Unreadable(
            "truncated: the page ends before </body> or </html>; fetch it again"
        )
    match = HTML_CHARSET.search(raw[:4096])
    html = decode(raw, declared=match.group(1).decode("ascii") if match else None)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    body = (document.text or "").strip() if document else ""
    if not body:
        raise Unreadable("no article text found in the page")
    title = (document.title or "").strip()
    # The headline is part of the text, as in a .txt file, so that evidence can
    # quote it; trafilatura usually keeps it already.
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    head = html[:8192]
    language = document.language or first_group(HTML_LANG, head)
    language = language or first_group(META_LANG, head)
    return ArticleInput(
        text=text,
        title=title[:500],
        url=document.url or None,
        published=document.date or None,
        language=language.lower() if language else None,
        outlet=(document.sitename or "")[:200],
        source=source,
    )


def first_group(pattern: re.Pattern, text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


# --- JSON lines ----------------------------------------------------------------------


def read_jsonl_file(
    path: Path, source: str, *, max_bytes: int
) -> Iterator[ArticleInput | ReadFailure]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield ReadFailure(source, f"cannot read: {error.strerror or error}")
        return
    with handle:
        yield from read_jsonl_stream(handle, source, max_bytes=max_bytes)


def read_jsonl_stream(
    stream: BinaryIO, source: str, *, max_bytes: int
) -> Iterator[ArticleInput | ReadFailure]:
    """One article an object, one object a line; each line stands or falls alone.
    A line is named `SOURCE:LINENO` unless the object gives an `id` or `source`."""
    empty = True
    for number, line in enumerate(iter_lines(stream, max_bytes), start=1):
        line_source = f"{source}:{number}"
        if line is None:
            empty = False
            yield ReadFailure(
                line_source, f"line too long: over {format_size(max_bytes)}"
            )
            continue
        if not line.strip():
            continue
        empty = False
        yield parse_json_line(line, line_source)
    if empty:
        yield ReadFailure(source, "empty: no JSON lines")


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a byte stream; None stands for a line over `max_bytes`, which is
    skipped without being held in memory."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1024 * 1024)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def parse_json_line(line: bytes, source: str) -> ArticleInput | ReadFailure:
    raw = line.strip()
    try:
        obj = json.loads(decode(raw))
    except Unreadable as error:
        return ReadFailure(source, str(error), raw[:RAW_KEPT_BYTES])
    except json.JSONDecodeError as error:
        hint = "" if raw.endswith(b"}") else " (the line ends early: truncated?)"
        return ReadFailure(
            source,
            f"malformed JSON: {error.msg} at column {error.colno}{hint}",
            raw[:RAW_KEPT_BYTES],
        )
    if not isinstance(obj, dict):
        return ReadFailure(
            source, "malformed article: a line must be a JSON object", raw
        )
    named = obj.get("id") or obj.get("source")
    if isinstance(named, str | int) and str(named).strip():
        source = str(named).strip()
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(source, 'no text: the object has no "text" string', raw)
    fields = {}
    for key in ("url", "title", "published", "language", "outlet"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return ReadFailure(source, f'malformed article: "{key}" must be a string')
        fields[key] = value.strip() if isinstance(value, str) else None
    try:
        check_text(text)
    except Unreadable as error:
        return ReadFailure(source, str(error), raw)
    return ArticleInput(
        text=text,
        title=(fields["title"] or "")[:500],
        url=fields["url"] or None,
        published=fields["published"] or None,
        language=(fields["language"] or "").lower() or None,
        outlet=(fields["outlet"] or "")[:200],
        source=source,
    )


# --- bytes to text ---------------------------------------------------------------------


def decode(raw: bytes, declared: str | None = None) -> str:
    """Decode bytes the way a careful person would: a byte-order mark, then UTF-8,
    then the charset the document declares, then the most likely legacy encoding.
    Raises Unreadable for empty, binary, truncated or undecodable input."""
    if not raw.strip():
        raise Unreadable("empty: no text at all")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return check_text(raw.decode(encoding))
            except UnicodeDecodeError as error:
                raise Unreadable(
                    f"undecodable: broken {encoding} ({error.reason})"
                ) from None
    for magic, what in MAGIC_NUMBERS:
        if raw.startswith(magic):
            raise Unreadable(f"binary: this is {what}, not text")
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary: NUL bytes, not text")
    try:
        return check_text(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(raw) - 3:
            raise Unreadable(
                "truncated: the file ends in the middle of a UTF-8 character"
            ) from None
    if declared and declared.lower().replace("_", "-") not in {"utf-8", "utf8"}:
        try:
            return check_text(raw.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise Unreadable("undecodable: not UTF-8 and no likely encoding fits")
    return check_text(str(best))


def check_text(text: str) -> str:
    """Refuse text that is mostly control characters (a binary file that happened to
    decode)."""
    if not text.strip():
        raise Unreadable("empty: no text at all")
    sample = text[:20000]
    control = sum(
        1
        for char in sample
        if unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"}
        and char not in "\t\n\r\f\v"
    )
    if control > len(sample) * 0.05:
        raise Unreadable(
            f"binary: {control} control characters in the first {len(sample)}, not text"
        )
    return text


def format_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"
