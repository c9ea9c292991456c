"""Readers: every input format, and every kind of bad input, becomes an article or
a failure with its reason; nothing stops the batch and nothing disappears."""

from __future__ import annotations

import io
import json

import pytest

from ingestion.readers import read_inputs
from ingestion.records import ArticleInput, ReadFailure

HTML_PAGE = """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="utf-8">
<title>La France et le Vietnam signent un protocole | Le Quotidien</title>
<link rel="canonical" href="https://example.org/fr/protocole-cyber">
<meta property="article:published_time" content="2019-12-20T10:00:00+01:00">
<meta property="og:site_name" content="Le Quotidien">
</head><body><nav>Accueil | Monde | Économie</nav>
<article><h1>La France et le Vietnam signent un protocole</h1>
<p>Paris, le 19 décembre 2019 — L'ANSSI et le ministère vietnamien de
l'Information et des Communications ont signé jeudi un protocole d'accord sur la
cybersécurité.</p>
<p>Le texte prévoit des échanges d'informations et des formations conjointes
entre les deux agences, ainsi que des exercices communs dès l'année prochaine.</p>
</article><footer>© 2019 Le Quotidien</footer></body></html>
"""


def read(*paths, **options) -> list[ArticleInput | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], **options))


def only(items):
    (item,) = items
    return item


def test_text_file_is_the_whole_text_with_first_line_as_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\n  Vietnam and Japan sign MoU  \nBody of the article.\n")

    article = only(read(path))

    assert article.title == "Vietnam and Japan sign MoU"
    assert article.text == path.read_text()
    assert article.source == str(path)


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("cp1252", "Coopération numérique : l’ANSSI signe à Hanoï avec le ministère."),
        (
            "shift_jis",
            "日本とベトナムはサイバーセキュリティ分野で協力する覚書に署名した。",
        ),
        (
            "euc-kr",
            "한국과 베트남은 사이버 보안 협력 양해각서를 체결했다. 양국은 협력한다.",
        ),
        (
            "windows-1256",
            "وقعت مصر والإمارات مذكرة تفاهم في مجال الأمن السيبراني اليوم.",
        ),
        ("utf-16", "Kerjasama keamanan siber antara Indonesia dan Malaysia."),
    ],
)
def test_legacy_encodings_are_decoded(tmp_path, encoding, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))

    assert only(read(path)).text == text


def test_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\nBody")

    assert only(read(path)).text == "Headline\nBody"


def test_html_gives_main_text_title_date_url_language_and_outlet(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE)

    article = only(read(path))

    assert article.title == "La France et le Vietnam signent un protocole"
    assert article.text.startswith(article.title)
    assert "formations conjointes" in article.text
    assert "Accueil" not in article.text and "©" not in article.text
    assert article.url == "https://example.org/fr/protocole-cyber"
    assert article.published == "2019-12-20"
    assert article.language == "fr"
    assert article.outlet == "Le Quotidien"


def test_html_in_a_legacy_charset_it_declares(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(HTML_PAGE.replace("utf-8", "windows-1252").encode("cp1252"))

    assert "cybersécurité" in only(read(path)).text


def test_truncated_html_fails_with_its_reason(tmp_path):
    path = tmp_path / "cut.html"
    path.write_text(HTML_PAGE[:700])

    failure = only(read(path))

    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("truncated")
    assert failure.raw


def test_html_without_article_text_fails(tmp_path):
    path = tmp_path / "wall.html"
    path.write_text(
        "<html><head><title>Subscribe</title></head>"
        "<body><script>showPaywall();</script></body></html>"
    )

    assert only(read(path)).reason == "no article text found in the page"


def test_jsonl_lines_are_articles_named_by_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {
            "url": "https://example.org/1",
            "title": "Summit in Jakarta",
            "published": "2023-09-05",
            "language": "id",
            "text": "KTT ASEAN di Jakarta membahas keamanan siber.",
            "outlet": "Antara",
        },
        {"id": "003_21c19a45c8e3014c", "text": "Second article."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")

    first, second = read(path)

    assert first == ArticleInput(
        text=lines[0]["text"],
        title="Summit in Jakarta",
        url="https://example.org/1",
        published="2023-09-05",
        language="id",
        outlet="Antara",
        source=f"{path}:1",
    )
    assert second.source == "003_21c19a45c8e3014c"


def test_bad_jsonl_lines_fail_alone_with_line_numbers(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "good one"}\n'
        "{not json\n"
        "[1, 2]\n"
        '{"title": "no text here"}\n'
        '{"text": "fine", "url": 7}\n'
        '{"text": "last good"}\n'
        '{"text": "cut off'
    )

    items = read(path)

    assert [type(i).__name__ for i in items] == [
        "ArticleInput",
        "ReadFailure",
        "ReadFailure",
        "ReadFailure",
        "ReadFailure",
        "ArticleInput",
        "ReadFailure",
    ]
    assert items[1].source == f"{path}:2"
    assert items[1].reason.startswith("malformed JSON")
    assert "JSON object" in items[2].reason
    assert items[3].reason.startswith("no text")
    assert '"url" must be a string' in items[4].reason
    assert "truncated" in items[6].reason


def test_standard_input_is_read_as_json_lines():
    stdin = io.BytesIO(b'{"text": "From a pipe."}\n{"text": "Second."}\n')

    items = read("-", stdin=stdin)

    assert [i.text for i in items] == ["From a pipe.", "Second."]
    assert items[0].source == "<stdin>:1"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary: this is a PDF document"),
        (b"text\x00with\x00nul\x00bytes", "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
        (b"Caf\xc3", "truncated"),
    ],
)
def test_bad_files_fail_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)

    failure = only(read(path))

    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith(reason)
    assert failure.raw == content.strip() or failure.raw == content


def test_enormous_file_fails_without_being_read_whole(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 300_000)

    failure = only(read(path, max_bytes=1_000_000))

    assert failure.reason.startswith("too large: 1.4 MB")
    assert len(failure.raw) == 64 * 1024


def test_enormous_jsonl_line_fails_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "x" * 5000})
    path.write_text(f"{big}\n" + '{"text": "small"}\n')

    failure, article = read(path, max_bytes=1000)

    assert failure.reason.startswith("line too long")
    assert article.text == "small"


def test_directories_are_walked_recursively_in_order_skipping_hidden(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "b" / "c" / "d.txt").write_text("D")
    (tmp_path / "b" / "b.txt").write_text("B")
    (tmp_path / ".git" / "config").write_text("hidden")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")

    assert [i.text for i in read(tmp_path)] == ["A", "B", "D"]


def test_globs_and_missing_paths(tmp_path):
    (tmp_path / "one.txt").write_text("one")
    (tmp_path / "two.txt").write_text("two")
    (tmp_path / "skip.html").write_text(HTML_PAGE)

    items = read(tmp_path / "*.txt", tmp_path / "missing.txt", tmp_path / "*.none")

    assert [i.text for i in items[:2]] == ["one", "two"]
    assert [(type(i), i.raw) for i in items[2:]] == [(ReadFailure, b"")] * 2
    assert items[2].reason == "no such file, directory or matching glob"


def test_unknown_extension_is_read_as_text_and_said(tmp_path):
    path = tmp_path / "story.news"
    path.write_text("Headline\nText.")
    notices = []

    article = only(read(path, notice=notices.append))

    assert article.title == "Headline"
    assert notices == [f"{path}: unknown extension .news, read as text"]
