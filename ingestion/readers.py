"""Turn the paths a user gives to `ingest` and `extract` into articles.

`read_inputs` walks files, directories (recursively) and globs, and `-` for JSON
lines on standard input, and yields one `ArticleInput` per article or one
`ReadFailure` per thing that could not be read, with a reason a person can act
on. Nothing is dropped silently and nothing stops the batch.
"""

from __future__ import annotations

import codecs
import copy
import datetime
import email.utils
import glob
import html as htmllib
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
        # a page saved as .txt (or with no extension) is still a page
        if path.suffix.lower() in HTML_SUFFIXES or looks_like_page(raw):
            return parse_html(raw, source)
        return parse_text(raw, source)
    except (Unreadable, *PARSER_ERRORS) as error:
        return refused(source, error, raw)


# What the HTML parser (lxml, trafilatura, htmldate) raises on a page it chokes
# on: that page fails alone, the batch goes on.
PARSER_ERRORS = (ValueError, TypeError, AttributeError, LookupError)


def refused(source: str, error: Exception, raw: bytes) -> ReadFailure:
    """The failure of input that could not be read (Unreadable) or parsed."""
    if isinstance(error, Unreadable):
        return ReadFailure(source, str(error), raw[:RAW_KEPT_BYTES])
    return ReadFailure(
        source, f"unparsable: {type(error).__name__}: {error}", raw[:RAW_KEPT_BYTES]
    )


def looks_like_page(raw: bytes) -> bool:
    """Bytes that open like a whole HTML document (after any byte-order mark)."""
    head = raw[:1024]
    for bom, encoding in BOMS:
        if head.startswith(bom):
            head = head.decode(encoding, "ignore").encode("utf-8")
            break
    return bool(HTML_DOCUMENT_START.match(head))


def parse_text(raw: bytes, source: str) -> ArticleInput:
    """Plain text: the whole decoded file is the text, its first non-empty line the
    headline."""
    text = decode(raw)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleInput(text=text, title=title[:500], source=source)


def parse_html(raw: bytes, source: str) -> ArticleInput:
    """A web page: main text, title, date, URL and language from its metadata.

    trafilatura finds the main text and the metadata in the page without its
    furniture (`furniture`: what trafilatura does not know by name), so that a
    related headline, a reader's comment or a cookie notice never reads as part of
    the article; htmldate reads the date from the same page's markup, so that a
    related story's date box never passes for the page's date."""
    import trafilatura  # imported here: it costs half a second to load

    # the end tags may be followed by any length of analytics scripts
    if HTML_DOCUMENT_START.match(raw[:1024]) and not HTML_DOCUMENT_END.search(raw):
        raise Unreadable(
            "truncated: the page ends before </body> or </html>; fetch it again"
        )
    match = HTML_CHARSET.search(raw[:4096])
    html = decode(raw, declared=match.group(1).decode("ascii") if match else None)
    options = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": False,
        "include_images": False,
        # htmldate reads the date from the page's markup (meta tags, JSON-LD,
        # <time>, elements marked as dates, the URL); its extensive search through
        # all the text would take a related story's or a comment's date for a page
        # that states none
        "date_extraction_params": {
            "extensive_search": False,
            "original_date": True,
            "max_date": datetime.date.today().isoformat(),
        },
    }
    tree = page_tree(html)
    html_text = visible_text(tree)
    furnished = without_furniture(tree)
    document = trafilatura.bare_extraction(
        copy.deepcopy(furnished) if furnished is not None else html, **options
    )
    body = (document.text or "").strip() if document else ""
    if len(body) < MIN_PRUNED_SHARE * len(html_text):
        # the pruning took the article itself (a main block whose class names a
        # furniture word): trafilatura alone does better
        unpruned = trafilatura.bare_extraction(html, **options)
        if unpruned and len((unpruned.text or "").strip()) > 2 * len(body):
            document, body = unpruned, (unpruned.text or "").strip()
    if not body:
        raise Unreadable("no article text found in the page")
    body = in_page_order(body, html_text)
    # a page with no title at all (a fragment) has its first line as headline,
    # as a .txt file does
    title = page_title(furnished, document.title or "", body)
    body = with_standfirst(body, title, document.description or "", html_text)
    # The headline is part of the text, as in a .txt file, so that evidence can
    # quote it; trafilatura usually keeps it already.
    text = (
        body
        if not title or body.startswith(title)
        else f"{title}\n\n{headless(body, title)}"
    )
    published = page_date(furnished, document.url, options["date_extraction_params"])
    if not published:
        text = with_dateline(text, furnished)
    text = nfc(text)  # entities such as &shy; become characters only now
    head = html[:8192]
    language = document.language or first_group(HTML_LANG, head)
    language = language or first_group(META_LANG, head)
    return ArticleInput(
        text=text,
        title=nfc(title)[:500],
        url=document.url or None,
        published=published,
        language=language.lower() if language else None,
        outlet=("" if document.sitename == title else document.sitename or "")[:200],
        source=source,
    )


# --- page furniture --------------------------------------------------------------------

# Words in the class or id of the boxes around an article, in the languages of the
# sites (English and local words, as web developers write them): cookie and consent
# notices, reader comments, related / recommended / most-read lists and tickers,
# photo captions and credits, tag lists, share buttons.
# fmt: off
FURNITURE_CLASS_WORDS = (
    # consent notices and the platforms that show them
    "cookie", "consent", "gdpr", "lgpd", "pdpa", "didomi", "onetrust", "cmplz",
    "iubenda", "usercentrics", "sp_message", "privacy-banner",
    # reader comments
    "comment", "komment", "coment", "reactie", "disqus", "binhluan",
    # other stories
    "related", "relacionad", "correlat", "verwandt", "empfehl", "recommend",
    "terkait", "berkaitan", "lienquan", "lien-quan", "kanren", "more-news",
    "other-news", "news-other", "more-stories", "read-more", "readmore", "see-also",
    "leia-tambem", "baca-juga", "lire-aussi", "leggi-anche", "most-read",
    "mostread", "most-viewed", "mostviewed", "popular", "populer", "ranking",
    "trending", "ticker", "ultima-ora", "mas-leido", "piu-letti", "meistgelesen",
    "xemnhieu",
    # captions and credits
    "caption", "legend", "bildunterschrift", "didascal", "photo-credit",
    "image-credit", "img-desc", "image-desc", "pie-foto", "foto-pie",
    # menus and footers in any element (trafilatura knows them in divs and lists,
    # table layouts put them in cells)
    "menu", "navbar", "breadcrumb", "footer",
    # tags and sharing
    "tags", "tag-list", "etiqueta", "schlagw", "keyword", "share", "sharing",
    "teilen", "partage", "compartir", "compartilh", "condividi", "social",
)
# fmt: on
# "Baca juga: <a>...</a>", "Читайте также <a>...</a>": a link to another story
# set inside the article body, which trafilatura keeps as a paragraph.
# fmt: off
READ_MORE_LABELS = (
    "read more", "read also", "also read", "see also", "related:", "related stories",
    "related articles", "related news", "recommended:", "you may also like",
    "read next", "further reading", "more:", "lire aussi", "à lire aussi",
    "voir aussi", "lire la suite", "lea también", "leer también", "lee también",
    "leer más", "ver también", "más información", "te puede interesar",
    "te recomendamos", "noticia relacionada", "noticias relacionadas",
    "leggi anche", "vedi anche", "potrebbe interessarti", "lesen sie auch",
    "lesen sie mehr", "mehr zum thema", "auch interessant", "weitere artikel",
    "das könnte sie auch interessieren", "leia também", "leia mais",
    "veja também", "saiba mais", "baca juga", "simak juga", "baca lagi",
    "lihat juga", "berita terkait", "artikel berkaitan", "berita berkaitan",
    "xem thêm", "đọc thêm", "tin liên quan", "tin cùng chuyên mục", "اقرأ أيضا",
    "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد", "مواضيع ذات صلة",
    "أخبار ذات صلة", "関連記事", "関連ニュース", "関連リンク", "あわせて読みたい",
    "こちらもおすすめ", "관련기사", "관련 기사", "관련 뉴스", "함께 보면 좋은",
    "相关阅读", "相关新闻", "相关链接", "延伸阅读", "推荐阅读", "читайте также",
    "смотрите также", "читать также", "по теме:", "อ่านเพิ่มเติม",
    "อ่านข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "ข่าวอื่น",
)
# fmt: on
# "Aktualisiert am 15.11.2024": when the page was last changed, not published; in
# the text it would read as the publication date.
# fmt: off
UPDATED_LABELS = (
    "updated", "last updated", "last modified", "modified", "aktualisiert",
    "zuletzt aktualisiert", "mis à jour", "dernière mise à jour", "actualizado",
    "última actualización", "aggiornato", "ultimo aggiornamento", "atualizado",
    "última atualização", "diperbarui", "terakhir diperbarui", "dikemaskini",
    "cập nhật", "آخر تحديث", "تم التحديث", "更新：", "更新:", "最終更新", "更新日",
    "更新时间", "업데이트", "최종수정", "수정일", "обновлено", "изменено", "อัปเดต",
    "แก้ไขล่าสุด",
)
# fmt: on


_FURNITURE_NAME = re.compile("|".join(map(re.escape, FURNITURE_CLASS_WORDS)))
# Furniture told by its shape, whatever its class says.
FURNITURE_XPATHS = [
    "//figcaption | //aside[not(.//h1)]",
    # a list whose every item is a link with at most a date beside it: other
    # stories, unless it stands between two paragraphs (the article's own list of
    # linked participants or documents)
    "//*[self::ul or self::ol][count(li) >= 2][not(.//p)][not(li[not(.//a)] or "
    "li[string-length(normalize-space(.)) > string-length(normalize-space(.//a)) "
    "+ 24])][not(preceding-sibling::p and following-sibling::p)]",
    # a photo's caption: the short text beside an image in a box of its own
    "//*[self::p or self::div or self::span or self::small][not(.//p or .//div)]"
    "[../img or ../picture][count(../*) <= 3][string-length(normalize-space(.)) < 300]",
]
_BLOCKS = frozenset(("p", "div", "li", "h1", "ul", "ol", "table", "article", "section"))
# (labels, longest text, what the block must hold)
_LABELLED = (
    # a short update stamp ("Updated 15 May 2025", "更新：2025年1月21日")
    (UPDATED_LABELS, 120, lambda node, text: any(c.isdigit() for c in text)),
    # a short block that opens with a "read more" label and holds a link
    (READ_MORE_LABELS, 400, lambda node, text: node.find(".//a") is not None),
)
# If pruning leaves less than this share of the page's text, it hit the article.
MIN_PRUNED_SHARE = 0.1


def furniture(tree) -> list:
    """The page's furniture: boxes whose class or id names furniture (unless they
    hold the headline, most of the page's paragraphs or most of its text: then
    they are the article, whatever their class says; "commentary" is an opinion piece, not comments),
    boxes told by their shape (FURNITURE_XPATHS), update stamps and "read more"
    links (_LABELLED)."""
    body = tree.find("body")
    if body is None:
        return []
    paragraphs = len(body.findall(".//p"))
    # text outside scripts and styles, as a reader sees it
    visible = len(body.text_content()) - sum(
        len(node.text_content()) for node in body.iter("script", "style")
    )
    found = []
    for node in body.iter():
        if not isinstance(node.tag, str) or node.tag == "main":
            continue
        names = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if (
            names.strip()
            and _FURNITURE_NAME.search(names)
            and "commentary" not in names
            and node.find(".//h1") is None
            and len(node.findall(".//p")) * 2 <= paragraphs
            and len(node.text_content()) * 2 <= visible
        ):
            found.append(node)
        elif (
            _UPDATE_NAME.search(names)
            and "publish" not in names  # WordPress: "entry-date published updated"
            and len(content := " ".join(node.text_content().split())) < 120
            and any(char.isdigit() for char in content)
        ):
            found.append(node)  # an update stamp told by its class
    for expression in FURNITURE_XPATHS:
        found.extend(body.xpath(expression))
    found.extend(_teasers(tree, body))
    for text in body.xpath(".//text()[normalize-space()]"):
        start = " ".join(text.split()).lower()
        for labels, longest, holds in _LABELLED:
            if start.startswith(labels):
                node = _labelled_block(text, labels, longest, holds)
                if node is not None:
                    found.append(node)
    return found


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
# a teaser card: its linked heading, a summary of a paragraph or two
_TEASER_LONGEST = 600


def _teasers(tree, body) -> list:
    """Teaser cards of other stories: a heading that is all link (the headline of
    another page) with the short box around it. The page's own headline, linked
    to itself by some themes, is not one."""
    own = " ".join(
        " ".join(tree.xpath("string(//title)").split()).split()
        + tree.xpath("//meta[@property='og:title']/@content")
    ).lower()
    found = []
    for heading in body.iter(*_SUBHEADINGS):
        text = " ".join(heading.text_content().split())
        links = " ".join(" ".join(a.text_content().split()) for a in heading.iter("a"))
        if not text or links != text or text.lower() in own:
            continue
        card = heading
        node = heading.getparent()
        while node is not None and node.tag not in ("body", "html", "main"):
            content = " ".join(node.text_content().split())
            if (
                len(content) > _TEASER_LONGEST
                or len(node.findall(".//p")) > 2
                or node.find(".//h1") is not None
                or sum(1 for _ in node.iter(*_SUBHEADINGS)) > 1
            ):
                break
            card = node
            node = node.getparent()
        found.append(card)
    return found


def _labelled_block(text, labels: tuple[str, ...], longest: int, holds):
    """The largest short block that a label opens (its text starts with the
    label) and that holds what the rule needs, or None."""
    node = text.getparent()
    if node is not None and text.is_tail:
        node = node.getparent()
    best = None
    while node is not None and node.tag not in ("body", "html"):
        content = " ".join(node.text_content().split())
        if len(content) >= longest or not content.lower().startswith(labels):
            break
        if any(d.tag in _BLOCKS for d in node.iterdescendants()):
            break
        if holds(node, content):
            best = node
        node = node.getparent()
    return best


def page_tree(html: str):
    """The page as an lxml tree (None if lxml cannot make one)."""
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return None


def visible_text(tree) -> str:
    """The text of the page's body with whitespace collapsed, scripts and styles
    left out: where each extracted paragraph stands on the page."""
    if tree is None:
        return ""
    tree = copy.deepcopy(tree)
    for node in tree.xpath("//script | //style | //noscript | //template"):
        node.drop_tree()
    body = tree.find("body")
    return " ".join((body if body is not None else tree).text_content().split())


def without_furniture(tree):
    """A copy of the page without its furniture in the body; the head, with its
    metadata, is kept whole."""
    if tree is None:
        return None
    tree = copy.deepcopy(tree)
    for node in furniture(tree):
        if node.getparent() is not None:
            node.drop_tree()  # its tail text stays
    return tree


def page_date(tree, url: str | None, params: dict) -> str | None:
    """The publication date in the page's markup (meta tags, JSON-LD, <time>,
    elements marked as dates, the URL), by htmldate, on the page without its
    furniture."""
    if tree is None:
        return None
    from htmldate import find_date

    try:
        return find_date(copy.deepcopy(tree), url=url, **params) or None
    except (ValueError, TypeError, AttributeError):
        return None


# Elements that show a page's date: <time>, schema.org's datePublished, and class
# or id words for dates and bylines in the sites' languages (not an update stamp).
_DATE_NAME = re.compile(
    "date|time|datum|zeit|fecha|data|tanggal|waktu|ngay|publish|posted|byline|meta"
)
_UPDATE_NAME = re.compile("updat|modif|aktualis")
# a full date: a year (Gregorian, or Buddhist era on Thai pages) and another
# number, in any digits
_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20|25)\d\d(?!\d)|[٠-٩]{4}|[０-９]{4}")
_NUMBERS = re.compile(r"\d+")


def _date_boxes(tree) -> list:
    """Short elements marked as dates, in document order."""
    found = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        names = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if (
            node.tag == "time"
            or node.get("itemprop") == "datePublished"
            or (_DATE_NAME.search(names) and not _UPDATE_NAME.search(names))
        ):
            line = " ".join(node.text_content().split()) or node.get("content", "")
            if (
                len(line) < 100
                and _YEAR_IN_LINE.search(line)
                and len(_NUMBERS.findall(line)) >= 2
            ):
                found.append((node, line))
    return found


def with_dateline(text: str, tree) -> str:
    """The text with, under its headline, the date line the page shows (a byline,
    a date box) when the page's markup gives no machine-readable date: trafilatura
    leaves such lines out, and the extraction reads the dates of every supported
    language and calendar from the text's first lines ("Thứ tư, 12/3/2025",
    "วันที่ 12 มีนาคม 2568", "١٢ مارس ٢٠٢٥"). `tree` is the page without its
    furniture, so dates in comments and related lists are not looked at."""
    if tree is None:
        return text
    # the byline follows the headline; a date above it is more often the day's
    # date in the site's header
    order = {node: i for i, node in enumerate(tree.iter())}
    headings = tree.xpath("(//h1 | //h2)[1]")
    start = order.get(headings[0], 0) if headings else 0
    boxes = _date_boxes(tree)
    for _, line in sorted(
        boxes, key=lambda box: (order[box[0]] < start, order[box[0]])
    ):
        if line in text:
            return text  # trafilatura kept it
        headline, _, rest = text.partition("\n")
        return f"{headline}\n{line}\n{rest.lstrip()}"
    return text


def in_page_order(body: str, page: str) -> str:
    """The extracted paragraphs in the order the page shows them. trafilatura
    appends what it recovers outside the block it chose (a lead paragraph above
    the body) at the end; a dateline or a lead then reads as the last line."""
    lines = body.split("\n")
    if len(lines) < 2 or not page:
        return body
    positions = []
    last = -1
    for line in lines:
        key = " ".join(line.split())[:60]
        # a short line ("-- BERNAMA", "Editor: ...") may stand anywhere on the
        # page: it keeps its place after the line before it
        found = page.find(key) if len(key) >= MIN_PLACED_CHARS else -1
        last = found if found >= 0 else last
        positions.append(last)
    if positions == sorted(positions):
        return body
    order = sorted(range(len(lines)), key=lambda i: (positions[i], i))
    return "\n".join(lines[i] for i in order)


MIN_PLACED_CHARS = 20

# "Headline-Site", "Headline | Site", "Headline - Site": the <title> is the heading
# plus the site's name; the heading on the page is the headline.
TITLE_SEPARATORS = "-–—|｜_:：·•»«/"


def heading_title(title: str, body: str) -> str:
    """The page's heading when the title is that heading with the site's name
    glued on (trafilatura only splits titles at spaced separators)."""
    first = body.split("\n", 1)[0].strip()
    if len(first) * 2 < len(title) or title == first:
        return title  # a kicker ("Cyber" before "Cyber: ..."), or the same
    separator = ""
    if title.startswith(first):
        separator = title[len(first) :].lstrip()[:1]
    elif title.endswith(first):
        separator = title[: -len(first)].rstrip()[-1:]
    return first if separator and separator in TITLE_SEPARATORS else title


def page_title(tree, found: str, body: str) -> str:
    """The headline: the page's own <h1>; else the text's first line when a title
    of the page (trafilatura's, the <title>, the og:title) is that line with the
    site's name glued on; else trafilatura's title; else the first line."""
    headline = shown_headline(tree, body)
    if headline:
        return headline
    first = body.split("\n", 1)[0].strip()
    candidates = [found.strip()]
    if tree is not None:
        candidates.append(" ".join(tree.xpath("string(//title)").split()))
        candidates += tree.xpath("//meta[@property='og:title']/@content")
    for candidate in candidates:
        if candidate and heading_title(candidate, body) == first:
            return first
    return found.strip() or first[:500]


_LOGO = re.compile("logo|brand|site-?title|site-?name|masthead")


def shown_headline(tree, body: str) -> str:
    """The headline as the page shows it: its one <h1> that is not the site's
    logo. The og:title or <title> may word it differently for search engines and
    social networks."""
    if tree is None:
        return ""
    headings = []
    for heading in tree.iter("h1"):
        text = " ".join(heading.text_content().split())
        around = [heading, *list(heading.iterancestors())[:3]]
        if text and not any(
            node.tag in ("header", "nav")
            or _LOGO.search(f"{node.get('class', '')} {node.get('id', '')}".lower())
            for node in around
        ):
            headings.append(text)
    if len(headings) != 1:
        return ""
    headline = headings[0]
    wide = sum(1 for char in headline if "\u2e80" <= char <= "\ud7af")
    return headline if len(headline) + 2 * wide >= 12 else ""


def headless(body: str, title: str) -> str:
    """The body without the headline when it stands a few lines down (under a menu
    or a kicker): the text gives the headline once, on its first line."""
    lines = body.split("\n")
    for i, line in enumerate(lines[:8]):
        if line.strip() == title:
            return "\n".join(lines[:i] + lines[i + 1 :]).strip("\n")
    return body


def with_standfirst(body: str, title: str, description: str, page: str) -> str:
    """The text with its standfirst: a lead paragraph that the page shows above the
    body, outside the block trafilatura keeps, and that the page's description
    repeats. Only a description the page shows is added, never one that is only
    metadata."""
    lead = " ".join(description.split())
    if (
        len(lead) < 40
        or lead.endswith(("...", "…"))
        or lead in " ".join(body.split())
        or lead not in page
        or lead == " ".join(title.split())
    ):
        return body
    if title and body.startswith(title):
        return f"{title}\n{lead}\n{body[len(title) :].lstrip()}"
    return f"{lead}\n{body}"


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
    text = field(obj, "text")
    if (not isinstance(text, str) or not text.strip()) and isinstance(
        page := field(obj, "html"), str
    ):
        text = page  # a scraper that kept the page rather than its text
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(source, 'no text: the object has no "text" string', raw)
    fields = {}
    for key in ("url", "title", "published", "language", "outlet"):
        value = field(obj, key)
        if key == "published" and isinstance(value, int | float):
            value = str(value)  # epoch seconds
        if value is not None and not isinstance(value, str):
            return ReadFailure(source, f'malformed article: "{key}" must be a string')
        fields[key] = value.strip() if isinstance(value, str) else None
    if HTML_DOCUMENT_START.match(text[:1024].encode("utf-8", "replace")):
        # a whole web page in the "text": read it as a page, the line's own
        # fields first
        try:
            found = parse_html(text.encode("utf-8"), source)
        except (Unreadable, *PARSER_ERRORS) as error:
            return refused(source, error, raw)
        return ArticleInput(
            text=found.text,
            title=plain_text(fields["title"] or "")[:500] or found.title,
            url=fields["url"] or found.url,
            published=normalize_published(fields["published"]) or found.published,
            language=(fields["language"] or "").lower() or found.language,
            outlet=(fields["outlet"] or "")[:200] or found.outlet,
            source=source,
        )
    text = plain_text(text)
    try:
        check_text(text)
    except Unreadable as error:
        return ReadFailure(source, str(error), raw)
    return ArticleInput(
        text=text,
        title=plain_text(fields["title"] or "")[:500],
        url=fields["url"] or None,
        published=normalize_published(fields["published"]),
        language=(fields["language"] or "").lower() or None,
        outlet=(fields["outlet"] or "")[:200],
        source=source,
    )


# The names other scrapers and feeds give the fields (news-please, newspaper3k,
# RSS-to-JSON tools); the documented name comes first and wins.
# fmt: off
FIELD_NAMES = {
    "text": ("text", "content", "body", "maintext", "article", "article_text"),
    "html": ("html", "raw_html", "page"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "date_publish",
                  "datePublished", "pubDate", "publication_date", "published_date"),
    "language": ("language", "lang", "inLanguage"),
    "outlet": ("outlet", "source_domain", "sitename", "site_name", "publisher"),
}
# fmt: on


def field(obj: dict, name: str):
    """The value of a field under its documented name or a common other name."""
    documented, *others = FIELD_NAMES[name]
    if obj.get(documented) is not None:
        return obj[documented]
    for key in others:
        value = obj.get(key)
        if isinstance(value, dict):  # "publisher": {"name": "Antara"}
            value = value.get("name")
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
    return None


# Markup a feed left in its text: block tags end a paragraph, inline tags go.
_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|figure|figcaption|img|"
    r"blockquote|section|article|table|tr|td)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|section|article|tr|figure)\s*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)


def plain_text(text: str) -> str:
    """A feed's text or title as plain text: HTML entities ("&eacute;", "&#8217;")
    decoded and markup ("<p>", "<br>") taken out, paragraphs kept as lines.
    Text without either is returned as it is."""
    if _MARKUP.search(text):
        from lxml import html as lxml_html

        marked = _BLOCK_END.sub(lambda m: m.group() + "\n", text)
        try:
            text = lxml_html.fragment_fromstring(
                marked, create_parent="div"
            ).text_content()
        except (ValueError, TypeError, SyntaxError):
            text = _MARKUP.sub("", marked)
        text = "\n".join(line.strip() for line in text.splitlines())
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if _ENTITY.search(text):
        text = htmllib.unescape(text)
    return nfc(unmojibake(text))


# "ministÃ¨re", "lâ€™ANSSI", "Ø§Ù„Ø£Ù…Ù†", "æ—¥æœ¬": UTF-8 that was read as
# Windows-1252 once and saved again as UTF-8.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
    "\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def unmojibake(text: str) -> str:
    """Text that was UTF-8 read as Windows-1252 and encoded again, put back; only
    when the whole text makes the round trip and every sign of it goes."""
    if len(_MOJIBAKE.findall(text[:20000])) < 3:
        return text
    try:
        # the five bytes Windows-1252 leaves undefined were read as C1 controls
        raw = b"".join(
            bytes([ord(char)]) if "\x80" <= char <= "\x9f" else char.encode("cp1252")
            for char in text
        )
        repaired = raw.decode("utf-8")
    except UnicodeError:
        return text
    return repaired if not _MOJIBAKE.search(repaired) else text


_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_YEAR_FIRST = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})\b")
_PARTIAL_ISO = re.compile(r"^\d{4}(?:-\d{2})?$")


def normalize_published(value: str | None) -> str | None:
    """A feed's publication date as YYYY-MM-DD (or YYYY-MM / YYYY as given).

    ISO dates and datetimes keep the date they state (the local day, not UTC);
    epoch seconds (or milliseconds) are read in UTC; "04/03/2025" and "04.03.2025"
    are day first, as in every supported language but US English (unless the day
    cannot be a month); RFC 2822 feed dates and dates in words ("4 March 2025",
    "4 mars 2025") are parsed. Anything else is dropped (None): the extraction then
    goes by the dates the text states."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if _PARTIAL_ISO.match(value):
        return value
    if _EPOCH.match(value):
        seconds = float(value)
        if seconds > 1e11:
            seconds /= 1000
        try:
            moment = datetime.datetime.fromtimestamp(seconds, datetime.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.date().isoformat()
    try:
        iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
        return datetime.datetime.fromisoformat(iso).date().isoformat()
    except ValueError:
        pass
    for pattern, order in ((_YEAR_FIRST, "ymd"), (_DAY_FIRST, "dmy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            day, month = parts["d"], parts["m"]
            if month > 12 and day <= 12:
                day, month = month, day
            try:
                return datetime.date(parts["y"], month, day).isoformat()
            except ValueError:
                return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _date_in_words(value)


def _date_in_words(value: str) -> str | None:
    import dateparser  # imported here: it is slow to load and rarely needed

    found = dateparser.parse(
        value,
        settings={
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["absolute-time"],  # never "yesterday" against today's date
        },
    )
    return found.date().isoformat() if found else None


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
                return check_text(nfc(raw.decode(encoding)))
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
        return check_text(nfc(unmojibake(raw.decode("utf-8"))))
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(raw) - 3:
            raise Unreadable(
                "truncated: the file ends in the middle of a UTF-8 character"
            ) from None
    if declared and declared.lower().replace("_", "-") not in {"utf-8", "utf8"}:
        label = declared.lower().replace("_", "-")
        for encoding in dict.fromkeys((WEB_ENCODINGS.get(label, label), declared)):
            try:
                return check_text(nfc(raw.decode(encoding)))
            except (LookupError, UnicodeDecodeError, Unreadable):
                pass
    # the legacy encodings of the supported languages first: on a short French
    # page the Baltic or Central European code pages fit the bytes as well
    best = (
        from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best() or from_bytes(raw).best()
    )
    if best is None or best.encoding is None:
        raise Unreadable("undecodable: not UTF-8 and no likely encoding fits")
    return check_text(nfc(str(best)))


# What browsers decode a declared charset as (the WHATWG Encoding Standard): pages
# that say ISO-8859-1 use Windows-1252's curly quotes and dashes, pages that say
# Shift_JIS or EUC-KR use Microsoft's extended tables (①, ㈱, 똠), pages that
# say GB2312 hold GBK.
WEB_ENCODINGS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms-kanji": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks-c-5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
}
# The encodings news in the supported languages was written in before UTF-8.
LEGACY_ENCODINGS = [
    "cp1252",
    "cp1258",
    "cp1256",
    "iso8859_6",
    "cp1251",
    "koi8_r",
    "cp874",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "cp949",
    "gb18030",
    "big5",
    "utf_16",
    "utf_32",
]


# Invisible characters web pages put inside words: soft hyphens ("Bundes&shy;amt"),
# zero-width spaces (Thai word breaks), word joiners and stray byte-order marks.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def nfc(text: str) -> str:
    """Text in composed form and without invisible characters inside words: a file
    saved on macOS, or a legacy Vietnamese code page, spells "ộ" and Korean
    syllables as base letters plus combining marks (or jamo), and a soft hyphen
    splits "Bundes\u00adamt"; no name in the gazetteer matches either."""
    text = _INVISIBLE.sub("", text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


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
