"""Readers: every input format, and every kind of bad input, becomes an article or
a failure with its reason; nothing stops the batch and nothing disappears."""

from __future__ import annotations

import codecs
import io
import json
import unicodedata

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


# --- real-world pages: furniture, dates, titles, encodings -------------------------


def page(body: str, head: str = "", lang: str = "en", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}">'
        f"{head}</head><body>{body}</body></html>\n"
    )


ARTICLE_BODY = (
    "<h1>Ghana and Nigeria sign cyber MoU</h1>"
    "<div class='entry-content'>"
    "<p>The Cyber Security Authority of Ghana and Nigeria's NITDA signed a "
    "memorandum of understanding in Accra to share threat intelligence.</p>"
    "<p>The two agencies will run joint training for incident responders and align "
    "their rules on reporting attacks on banks and telecom operators.</p>"
    "<p>A first joint course for analysts is planned in Abuja in September, the "
    "agencies said in a statement after the ceremony.</p></div>"
)


def read_page(tmp_path, html: str, encoding: str = "utf-8", name: str = "p.html"):
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return only(read(path))


# A government press-release page: no <article>, no <h1>, the furniture inside the
# one content box (where trafilatura keeps what it finds).
PRESS_RELEASE = (
    "<div class='content'><h2>Thailand and Japan hold malware training</h2>"
    "<div class='news-date'>12 March 2025</div><div class='news-detail'>"
    "<p>The National Cyber Security Agency and JPCERT/CC held a two-day malware "
    "analysis training in Bangkok for fifty officials.</p>"
    "<p>Experts from JPCERT/CC taught malware analysis and threat information "
    "sharing to the operators of critical infrastructure.</p>"
    "<p>The secretary-general said cooperation with Japan raises the skills of "
    "Thai staff.</p></div>FURNITURE</div>"
)


@pytest.mark.parametrize(
    "furniture, leak",
    [
        # a consent platform whose class names no cookie
        (
            "<div id='didomi-host'><p>Utilizamos cookies propias y de terceros "
            "para mejorar nuestros servicios.</p></div>",
            "cookies",
        ),
        (
            "<div class='pdpa-popup'><p>This website uses cookies to improve your "
            "experience.</p><button>Accept all</button></div>",
            "cookies",
        ),
        # reader comments in a German class
        (
            "<div class='kommentare'><h3>Kommentare (2)</h3><p>Man sollte mit "
            "Österreich zusammenarbeiten und ein Abkommen schließen.</p></div>",
            "Österreich",
        ),
        # a list of links to other stories with their dates, under any class
        (
            "<div class='news-list'><h3>Other news</h3><ul><li><a href='/1'>Thailand "
            "signs MoU with Singapore</a> <span>5 March 2025</span></li><li><a "
            "href='/2'>ASEAN CERT meeting held</a> <span>28 February 2025</span>"
            "</li></ul></div>",
            "Singapore",
        ),
        # a photo caption in a box of its own beside the image
        (
            "<div class='text-center'><img src='/a.jpg'><p class='text-muted'>"
            "Officials exchange documents after the signing in Lagos. Photo: "
            "NITDA</p></div>",
            "Lagos",
        ),
        # a link to another story under a "read more" label
        (
            "<p><strong>Read more: <a href='/x'>Indonesia and Japan agree on a "
            "cyber MoU</a></strong></p>",
            "Indonesia",
        ),
    ],
)
def test_page_furniture_does_not_reach_the_text(tmp_path, furniture, leak):
    article = read_page(tmp_path, page(PRESS_RELEASE.replace("FURNITURE", furniture)))

    assert "malware analysis training in Bangkok" in article.text
    assert "raises the skills of Thai staff" in article.text
    assert leak not in article.text


def test_read_more_link_inside_the_body_is_dropped_but_linked_text_kept(tmp_path):
    body = ARTICLE_BODY.replace(
        "</p><p>The two",
        "</p><p><strong>Baca juga: <a href='/x'>Indonesia dan Jepang sepakati "
        "MoU</a></strong></p><p>The <a href='/nitda'>two</a>",
    )

    article = read_page(tmp_path, page(body))

    assert "Jepang" not in article.text
    assert "The two agencies will run joint training" in article.text


def test_pruning_never_takes_the_article_itself(tmp_path):
    # the only container of the article has a class naming furniture ("social")
    body = ARTICLE_BODY.replace("entry-content", "social-affairs-story")

    article = read_page(tmp_path, page(body.replace("<h1>", "<h2>")))

    assert "joint training for incident responders" in article.text


VN_LEAD = "Hai bên diễn tập ứng cứu sự cố trong hai ngày tại Hà Nội với 80 chuyên gia."
VN_PARAGRAPHS = (
    "Cuộc diễn tập diễn ra từ ngày 10 đến 11/3 với các ngân hàng, doanh nghiệp viễn "
    "thông và cơ quan nhà nước tham gia.",
    "Theo kịch bản, một nhóm tin tặc tấn công mã độc tống tiền vào hệ thống thanh "
    "toán của một ngân hàng và phát tán dữ liệu khách hàng.",
    "Các đội phải phát hiện, cô lập và khôi phục hệ thống trong thời gian ngắn nhất "
    "theo quy trình đã thống nhất.",
    "Hai bên thống nhất sẽ tổ chức khóa đào tạo chuyên sâu về điều tra số tại Seoul "
    "vào tháng 9.",
)


def vn_page(paragraphs: tuple[str, ...], shown: bool = True) -> str:
    """A VnExpress-style page: the standfirst above the <article>, repeated in the
    page's description."""
    body = "".join(f"<p class='Normal'>{p}</p>" for p in paragraphs)
    lead = f"<p class='description'>{VN_LEAD}</p>" if shown else ""
    return page(
        f"<section class='page-detail'><div class='sidebar-1'><h1 class='title-detail'>"
        f"Việt Nam và Hàn Quốc diễn tập</h1>{lead}<article class='fck_detail'>{body}"
        f"</article></div></section>",
        head=f'<meta name="description" content="{VN_LEAD}">',
        lang="vi",
    )


def test_lead_recovered_outside_the_body_stays_first(tmp_path):
    # on a short page trafilatura recovers the standfirst, but appends it at the end
    lines = read_page(tmp_path, vn_page(VN_PARAGRAPHS[:2])).text.splitlines()

    assert lines.index(VN_LEAD) < lines.index(VN_PARAGRAPHS[0])


def test_standfirst_shown_on_the_page_is_text_but_a_meta_description_alone_is_not(
    tmp_path,
):
    # on a longer page trafilatura leaves the standfirst out
    shown = read_page(tmp_path, vn_page(VN_PARAGRAPHS))
    hidden = read_page(tmp_path, vn_page(VN_PARAGRAPHS, shown=False), name="h.html")

    assert shown.text.splitlines()[2] == VN_LEAD  # after the headline
    assert VN_LEAD not in hidden.text


def test_title_with_the_site_name_glued_on_is_the_heading(tmp_path):
    html = page(
        "<div class='h-title'>中国与老挝签署网络安全合作谅解备忘录</div>"
        "<div id='detail'><p>国家互联网应急中心与老挝计算机应急响应小组17日在万象"
        "签署网络安全合作谅解备忘录。</p><p>双方将加强信息共享，并定期开展技术"
        "交流和人员培训。</p></div>",
        head="<title>中国与老挝签署网络安全合作谅解备忘录-新华网</title>",
        lang="zh",
    )

    article = read_page(tmp_path, html)

    assert article.title == "中国与老挝签署网络安全合作谅解备忘录"
    assert article.text.count("谅解备忘录") == 2  # headline once, then the body


@pytest.mark.parametrize(
    "head, byline, published",
    [
        # JSON-LD only, in UTC
        (
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"x","datePublished":'
            '"2025-02-18T14:42:00Z"}</script>',
            "",
            "2025-02-18",
        ),
        # the publication time, not the later update
        (
            '<meta property="article:published_time" content="2025-05-13T09:40:12+00:00">'
            '<meta property="article:modified_time" content="2025-05-15T07:02:44+00:00">',
            "<p class='d'>Updated May 15, 2025</p>",
            "2025-05-13",
        ),
        # only a visible byline, day first, with earlier dates in a sidebar
        (
            "",
            "<div class='date'>Publié le 04/02/2025</div><div class='col'><ul>"
            "<li>28/01/2025 <a href='/a'>Accord avec le Maroc</a></li>"
            "<li>21/01/2025 <a href='/b'>Appel de Paris</a></li></ul></div>",
            "2025-02-04",
        ),
    ],
)
def test_publication_date_of_real_pages(tmp_path, head, byline, published):
    html = page(byline + ARTICLE_BODY, head=head)

    assert read_page(tmp_path, html).published == published


def test_wrong_page_language_is_kept_as_a_hint_for_detection(tmp_path):
    # Bernama's Malay pages say lang="en"; detection overrules the hint (see
    # tests/test_language_hint.py), the reader only passes it on
    html = page(ARTICLE_BODY, lang="en")

    assert read_page(tmp_path, html).language == "en"


@pytest.mark.parametrize(
    "encoding, declared",
    [
        ("cp1252", None),
        ("cp1252", "iso-8859-1"),  # curly quotes in a page that says Latin-1
        ("cp1256", None),
        ("cp1256", "windows-1256"),
        ("cp932", "shift_jis"),  # ① and ㈱ are in Windows' Shift_JIS only
        ("shift_jis", None),
        ("euc-kr", None),
        ("cp949", "euc-kr"),
        ("gbk", "gb2312"),
    ],
)
def test_legacy_encoded_pages_with_and_without_a_declared_charset(
    tmp_path, encoding, declared
):
    texts = {
        "cp1252": "Le ministère a signé l’accord « cyber » à Hanoï — déjà en vigueur.",
        "cp1256": "وقع مجلس الأمن السيبراني مذكرة تفاهم مع مصر اليوم في أبوظبي.",
        "cp932": "経済産業省は協力覚書に署名しました。①㈱の研修も行う。",
        "shift_jis": "経済産業省とイスラエル国家サイバー総局は協力覚書に署名しました。",
        "euc-kr": "한국인터넷진흥원은 사우디 국가사이버안보청과 업무협약을 체결했다.",
        "cp949": "한국인터넷진흥원은 똠방각하 업무협약을 체결했다고 밝혔다.",
        "gbk": "国家计算机网络应急技术处理协调中心与老挝签署谅解备忘录。镕",
    }
    sentence = texts[encoding]
    body = "".join(f"<p>{sentence} {i}</p>" for i in range(4))
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    html = (
        f"<!DOCTYPE html><html><head>{head if declared else ''}<title>t</title>"
        f"</head><body><h1>{sentence[:20]}</h1><div>{body}</div></body></html>"
    )

    article = read_page(tmp_path, html, encoding)

    assert sentence in article.text


def test_legacy_encoded_text_file_without_declaration(tmp_path):
    path = tmp_path / "fr.txt"
    text = "Le ministère a signé l’accord à Hanoï.\nLa coopération débutera en mai."
    path.write_bytes(text.encode("cp1252"))

    assert only(read(path)).text == text


def test_page_the_extractor_chokes_on_fails_alone(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("lxml could not parse it")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (tmp_path / "a.html").write_text(page(ARTICLE_BODY))
    (tmp_path / "b.txt").write_text("Headline\nBody")

    failure, article = read(tmp_path)

    assert failure.reason.startswith("unparsable: ValueError")
    assert article.text == "Headline\nBody"


# --- JSON lines from real feeds -----------------------------------------------------


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2025-03-04T10:00:00+07:00", "2025-03-04"),  # the local day as stated
        ("2025-03-04T23:30:00Z", "2025-03-04"),
        ("04/03/2025", "2025-03-04"),  # day first
        ("03/13/2025", "2025-03-13"),  # the day cannot be a month
        ("04.03.2025", "2025-03-04"),
        ("2025/03/04", "2025-03-04"),
        (1741057200, "2025-03-04"),  # epoch seconds
        ("1741057200000", "2025-03-04"),  # epoch milliseconds
        ("Tue, 04 Mar 2025 10:00:00 +0700", "2025-03-04"),  # RSS
        ("4 mars 2025", "2025-03-04"),
        ("2025-03", "2025-03"),
        ("yesterday", None),  # never resolved against today
        ("31/02/2025", None),
        ("", None),
        (None, None),
    ],
)
def test_jsonl_publication_dates_in_feed_formats(tmp_path, published, expected):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Body.", "published": published}) + "\n")

    assert only(read(path)).published == expected


def test_jsonl_text_with_markup_and_entities_becomes_plain_text(tmp_path):
    path = tmp_path / "feed.jsonl"
    line = {
        "title": "L&#8217;ANSSI et le CCCS signent une lettre d&rsquo;intention",
        "text": "<p>Paris, le 10 novembre &ndash; L&#8217;ANSSI a sign&eacute; "
        "une lettre.</p><p>Deuxi&egrave;me <a href='/x'>paragraphe</a>.<br>Fin</p>",
    }
    path.write_text(json.dumps(line) + "\n")

    article = only(read(path))

    assert article.title == "L’ANSSI et le CCCS signent une lettre d’intention"
    assert article.text == (
        "Paris, le 10 novembre – L’ANSSI a signé une lettre.\nDeuxième paragraphe.\nFin"
    )


def test_jsonl_plain_text_with_ampersands_and_angle_brackets_is_untouched(tmp_path):
    path = tmp_path / "feed.jsonl"
    text = "AT&T and R&D teams: 5 < 6 and x > y."
    path.write_text(json.dumps({"text": text}) + "\n")

    assert only(read(path)).text == text


def test_jsonl_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"text": "Caf\u00e9"}).encode() + b"\n"
    )

    assert only(read(path)).text == "Café"


def test_a_page_that_states_no_date_takes_none_from_its_related_list_or_comments(
    tmp_path,
):
    html = page(
        "<article><h1>Kenya and Rwanda agree cyber cooperation</h1><p>NAIROBI, 3 July "
        "(Xinhua) -- Kenya's Communications Authority and Rwanda's National Cyber "
        "Security Authority agreed on Tuesday to share threat information.</p><p>The "
        "two bodies will train incident responders together, officials said.</p>"
        "</article><div class='x'><ul><li><a href='/a'>Uganda hosts drill</a> 12 "
        "March 2024</li><li><a href='/b'>Tanzania signs MoU</a> 3 February 2024</li>"
        "</ul></div><div class='foot'><span>Posted 4 July 2024 10:00</span><p>Great "
        "news for East Africa.</p></div>"
    )

    assert read_page(tmp_path, html).published is None


def test_an_update_stamp_is_not_text_where_it_would_pass_for_the_dateline(tmp_path):
    html = page(
        "<article><h1>BSI und ANSSI vereinbaren Zusammenarbeit</h1>"
        "<p class='upd'>Aktualisiert am 15.11.2024, 09:10 Uhr</p>"
        "<p>Das Bundesamt für Sicherheit in der Informationstechnik und die "
        "französische ANSSI haben am Donnerstag eine Absichtserklärung "
        "unterzeichnet.</p><p>Die Behörden wollen Informationen über Angriffe "
        "austauschen und 2025 gemeinsam üben.</p></article>",
        head='<meta property="article:published_time" content="2024-11-14T16:45:00+01:00">',
        lang="de",
    )

    article = read_page(tmp_path, html)

    assert "15.11.2024" not in article.text
    assert "2025 gemeinsam" in article.text
    assert article.published == "2024-11-14"


def test_a_kicker_above_the_headline_never_becomes_the_title():
    from ingestion.readers import heading_title

    title = "Cyber: Italia e Romania firmano memorandum d'intesa"

    assert heading_title(title, "Cyber\nL'Agenzia ha firmato...") == title
    assert heading_title(f"{title} - Ansa.it", f"{title}\n(ANSA)") == title


def test_short_lines_keep_their_place_when_paragraphs_are_put_in_page_order():
    from ingestion.readers import in_page_order

    page_text = (
        "Lead paragraph stated above the body. -- BERNAMA in the menu. "
        "Body paragraph of the article itself. -- BERNAMA"
    )
    body = (
        "Body paragraph of the article itself.\n-- BERNAMA\n"
        "Lead paragraph stated above the body."
    )

    assert in_page_order(body, page_text).splitlines() == [
        "Lead paragraph stated above the body.",
        "Body paragraph of the article itself.",
        "-- BERNAMA",
    ]


def test_jsonl_fields_under_the_names_other_scrapers_give_them(tmp_path):
    path = tmp_path / "feed.jsonl"
    line = {
        "headline": "BSSN dan NCSC Inggris gelar lokakarya",
        "content": "Jakarta (ANTARA) - BSSN menggelar lokakarya.",
        "link": "https://example.org/b",
        "date_publish": "2024-12-10 15:42:00",
        "lang": "id",
        "publisher": {"name": "Antara"},
    }
    path.write_text(json.dumps(line) + "\n")

    article = only(read(path))

    assert (article.title, article.text, article.url) == (
        line["headline"],
        line["content"],
        line["link"],
    )
    assert (article.published, article.language, article.outlet) == (
        "2024-12-10",
        "id",
        "Antara",
    )


def test_jsonl_line_holding_a_whole_page_is_read_as_a_page(tmp_path):
    path = tmp_path / "feed.jsonl"
    html = page(
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>" + ARTICLE_BODY,
        head='<meta property="article:published_time" content="2025-05-13T09:40:00Z">',
    )
    path.write_text(json.dumps({"html": html, "url": "https://example.org/n"}) + "\n")

    article = only(read(path))

    assert article.title == "Ghana and Nigeria sign cyber MoU"
    assert "threat intelligence" in article.text and "World" not in article.text
    assert (article.published, article.url) == ("2025-05-13", "https://example.org/n")


def test_table_layout_page_loses_its_menu_cells_and_gives_the_headline_once(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bộ Công an và Nhật "
        "Bản hợp tác phòng chống tội phạm mạng</title></head><body><table><tr>"
        "<td class='menu'><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></td>"
        "</tr><tr><td><table><tr><td class='title'>Bộ Công an và Nhật Bản hợp tác "
        "phòng chống tội phạm mạng</td></tr><tr><td class='date'>Ngày 12/03/2025</td>"
        "</tr><tr><td class='content'>Ngày 11/3, tại Hà Nội, Bộ Công an và Cơ quan "
        "Cảnh sát Quốc gia Nhật Bản đã tổ chức hội thảo về tội phạm mạng.<br><br>Hai "
        "bên thống nhất tăng cường trao đổi thông tin và đào tạo cán bộ.</td></tr>"
        "</table></td></tr><tr><td class='footer'>Cổng thông tin điện tử</td></tr>"
        "</table></body></html>"
    )

    text = read_page(tmp_path, html).text

    assert "Trang chủ" not in text and "Cổng thông tin" not in text
    assert text.count("hợp tác phòng chống tội phạm mạng") == 1
    assert text.splitlines()[1] == "Ngày 12/03/2025"


@pytest.mark.parametrize("name", ["saved.txt", "saved"])
def test_a_page_saved_as_text_is_read_as_a_page(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(codecs.BOM_UTF8 + page(ARTICLE_BODY).encode("utf-8"))

    article = only(read(path))

    assert article.title == "Ghana and Nigeria sign cyber MoU"
    assert "<p>" not in article.text and "threat intelligence" in article.text


def test_a_page_fragment_without_a_title_takes_its_first_line(tmp_path):
    path = tmp_path / "frag.html"
    path.write_text(
        "<p>L'ANSSI et le Maroc ont signé un protocole de coopération.</p>"
        "<p>La coopération portera sur la formation des équipes.</p>"
    )

    article = only(read(path))

    assert article.title == "L'ANSSI et le Maroc ont signé un protocole de coopération."
    assert article.text.count("protocole") == 1


@pytest.mark.parametrize(
    "link",
    [
        "<section class='catcher'><span>Lire aussi | </span><a href='/m'>Le Maroc "
        "et la France signent un accord</a></section>",
        "<p>Veja também: <a href='/m'>Marrocos e Portugal assinam acordo</a></p>",
        "<h4>Читайте также <a href='/m'>Марокко и Россия подписали соглашение</a></h4>",
        "<p><em>Xem thêm:</em> <a href='/m'>Việt Nam - Maroc ký thỏa thuận</a></p>",
    ],
)
def test_read_more_links_in_any_element_and_language_are_dropped(tmp_path, link):
    html = page(
        PRESS_RELEASE.replace("FURNITURE", "").replace("</p><p>", f"</p>{link}<p>", 1)
    )

    text = read_page(tmp_path, html).text

    assert "Maroc" not in text and "Марокко" not in text and "Marrocos" not in text
    assert "malware analysis training in Bangkok" in text


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (undefined bytes as C1 controls, as browsers do)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère a signé l’accord à Hanoï, déjà en vigueur.",
        "وقع مجلس الأمن السيبراني مذكرة تفاهم مع مصر.",
        "経済産業省とイスラエル国家サイバー総局は協力覚書に署名した。",
        "Bộ Thông tin và Truyền thông ký kết thỏa thuận hợp tác.",
    ],
)
def test_utf8_read_once_as_windows_1252_is_put_back(tmp_path, text):
    txt = tmp_path / "m.txt"
    txt.write_text(mojibake(text), encoding="utf-8")
    feed = tmp_path / "m.jsonl"
    feed.write_text(json.dumps({"text": mojibake(text)}) + "\n")

    assert only(read(txt)).text == text
    assert only(read(feed)).text == text


def test_text_that_only_looks_like_mojibake_is_untouched(tmp_path):
    path = tmp_path / "pt.txt"
    text = "SÃO PAULO – Ñandú, Ötzi, Âge d'or, Ège: « déjà » vu."
    path.write_text(text)

    assert only(read(path)).text == text


@pytest.mark.parametrize(
    "lang, shown, date",
    [
        ("vi", "Thứ tư, 12/3/2025, 14:30 (GMT+7)", "2025-03-12"),
        ("th", "วันที่ 12 มีนาคม 2568", "2025-03-12"),
        ("ar", "الثلاثاء ١٨ فبراير ٢٠٢٥", "2025-02-18"),
        ("ja", "2025年1月20日 15時30分", "2025-01-20"),
        ("ru", "18 марта 2025, 12:40", "2025-03-18"),
    ],
)
def test_a_date_shown_only_in_a_date_box_is_kept_under_the_headline(
    tmp_path, lang, shown, date
):
    from ingestion.extraction.dates import find_published

    html = page(
        PRESS_RELEASE.replace("12 March 2025", shown).replace(
            "FURNITURE",
            "<div class='related'><ul><li><a href='/a'>Other story</a> <span "
            "class='date'>01.01.2024</span></li></ul></div>",
        ),
        lang=lang,
    )

    article = read_page(tmp_path, html)

    assert article.published is None  # the markup gives no date
    assert article.text.splitlines()[1] == shown
    assert "01.01.2024" not in article.text
    assert find_published(article.text, article.title, lang).isoformat() == date


@pytest.mark.parametrize("kept", [True, False])
def test_the_date_under_the_headline_wins_over_the_days_date_in_the_header(
    tmp_path, kept
):
    shown = "วันที่ 12 มีนาคม 2568"
    release = PRESS_RELEASE.replace("FURNITURE", "").replace("12 March 2025", shown)
    if not kept:  # in a box trafilatura leaves out
        release = release.replace("news-date", "post-meta")
    html = page(
        "<div class='top-header'><span class='time-now'>วันเสาร์ที่ 5 ธันวาคม 2569"
        "</span></div>" + release,
        lang="th",
    )

    text = read_page(tmp_path, html).text

    assert text.splitlines()[1] == shown
    assert "ธันวาคม" not in text


def test_a_list_of_linked_participants_between_paragraphs_is_not_furniture():
    from lxml import html as lxml_html

    from ingestion.readers import furniture

    participants = (
        "<ul><li><a href='https://anssi.example'>ANSSI</a></li>"
        "<li><a href='https://cert-in.example'>CERT-In</a></li></ul>"
    )
    related = participants.replace("ANSSI", "Other story")
    tree = lxml_html.document_fromstring(
        f"<html><body><p>The participants were:</p>{participants}<p>They met.</p>"
        f"<h3>More news</h3>{related}</body></html>"
    )

    found = [node.text_content() for node in furniture(tree)]

    assert found == ["Other storyCERT-In"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Thông tin và Truyền thông ký bản ghi nhớ với Hàn Quốc tại Hà Nội.",
        "한국인터넷진흥원은 사우디 국가사이버안보청과 업무협약을 체결했다.",
    ],
)
def test_decomposed_text_is_composed(tmp_path, text):
    decomposed = unicodedata.normalize("NFD", text)
    txt = tmp_path / "d.txt"
    txt.write_text(decomposed)
    feed = tmp_path / "d.jsonl"
    feed.write_text(json.dumps({"text": decomposed, "title": decomposed}) + "\n")

    assert only(read(txt)).text == text
    assert (only(read(feed)).text, only(read(feed)).title) == (text, text)


def test_soft_hyphens_and_zero_width_spaces_leave_the_words(tmp_path):
    html = page(
        "<h1>BSI und ANSSI</h1><div class='entry-content'><p>Das Bundes&shy;amt für "
        "Sicherheit in der Informations&shy;technik und die ANSSI unter&shy;zeichneten "
        "eine Absichts\u200berklärung zur Zusammenarbeit bei der Abwehr von "
        "Cyberangriffen auf kritische Infrastrukturen.</p></div>",
        lang="de",
    )

    text = read_page(tmp_path, html).text

    assert "Bundesamt für Sicherheit in der Informationstechnik" in text
    assert "Absichtserklärung" in text


def test_soft_hyphens_and_zero_width_spaces_leave_words_in_text_and_feeds(tmp_path):
    text = "Das Bundes\u00adamt und die ANSSI unter\u00adzeichneten eine Absichts\u200berklärung."
    txt = tmp_path / "s.txt"
    txt.write_text(text)
    feed = tmp_path / "s.jsonl"
    feed.write_text(json.dumps({"text": text}) + "\n")

    clean = "Das Bundesamt und die ANSSI unterzeichneten eine Absichtserklärung."
    assert only(read(txt)).text == clean
    assert only(read(feed)).text == clean


def test_a_page_with_scripts_after_its_end_tags_is_not_truncated(tmp_path):
    scripts = "<script>window.dataLayer = [];" + "x();" * 3000 + "</script>\n"
    html = page(PRESS_RELEASE.replace("FURNITURE", "")) + scripts

    assert "Bangkok" in read_page(tmp_path, html).text


def test_neither_an_update_box_nor_a_masthead_year_is_taken_for_the_dateline(tmp_path):
    release = PRESS_RELEASE.replace("FURNITURE", "").replace(
        "<div class='news-date'>12 March 2025</div>",
        "<div class='date-updated'>15 มีนาคม 2568</div>",
    )
    masthead = "<header><div class='times-logo'>The Bangkok Times 2025</div></header>"

    text = read_page(tmp_path, page(masthead + release, lang="th")).text

    assert "2568" not in text and "Bangkok Times" not in text


def test_site_name_glued_before_the_heading_and_unrelated_first_lines():
    from ingestion.readers import heading_title

    heading = "中国与老挝签署网络安全合作谅解备忘录"

    assert heading_title(f"新华网-{heading}", f"{heading}\n正文") == heading
    assert heading_title("A headline of its own", "Another first line\nx") == (
        "A headline of its own"
    )


def test_teaser_cards_of_other_stories_are_dropped_but_a_linked_own_headline_is_not(
    tmp_path,
):
    cards = "".join(
        f"<div class='item'><h4><a href='/s{i}'>Country {i} and Japan sign cyber "
        f"MoU</a></h4><p>The two governments signed a memorandum on Tuesday to "
        f"share threat data, officials said in statement {i}.</p></div>"
        for i in range(3)
    )
    html = page(
        "<div class='content'><h2><a href='/this-story'>Kenya and Rwanda agree cyber "
        "cooperation</a></h2><div class='detail'><p>NAIROBI -- Kenya's Communications "
        "Authority and Rwanda's National Cyber Security Authority agreed on Tuesday "
        "to share threat information.</p><p>The two bodies will train incident "
        f"responders together in Kigali.</p></div><div class='x'>{cards}</div></div>",
        head="<title>Kenya and Rwanda agree cyber cooperation | Daily</title>",
    )

    article = read_page(tmp_path, html)

    assert "memorandum" not in article.text and "Japan" not in article.text
    assert article.text.startswith("Kenya and Rwanda agree cyber cooperation\n")
    assert "train incident responders together in Kigali" in article.text


def test_an_article_without_paragraph_tags_in_a_box_named_like_furniture_is_kept(
    tmp_path,
):
    body = (
        "<div class='nav'><a href='/'>Home</a></div><div class='social-wrap'>"
        "<div class='title'>Việt Nam và Nhật Bản hợp tác an ninh mạng</div>"
        "<div>Ngày 11/3, tại Hà Nội, Bộ Công an và Cơ quan Cảnh sát Quốc gia Nhật Bản "
        "đã tổ chức hội thảo về phòng chống tội phạm mạng.<br>Hai bên thống nhất "
        "tăng cường trao đổi thông tin và đào tạo cán bộ trong năm 2025.</div></div>"
    )

    assert "đào tạo cán bộ" in read_page(tmp_path, page(body, lang="vi")).text


def test_the_headline_the_page_shows_wins_over_a_differently_worded_og_title(
    tmp_path,
):
    html = page(
        ARTICLE_BODY,
        head='<meta property="og:title" content="Big news: West African cyber pact">',
    )

    article = read_page(tmp_path, html)

    assert article.title == "Ghana and Nigeria sign cyber MoU"
    assert "West African cyber pact" not in article.text


def test_a_logo_in_the_h1_is_not_the_headline(tmp_path):
    html = page(
        "<header><h1 class='logo'>Daily</h1></header>"
        + PRESS_RELEASE.replace("FURNITURE", ""),
        head="<title>Thailand and Japan hold malware training - Daily</title>",
    )

    assert read_page(tmp_path, html).title == "Thailand and Japan hold malware training"


def test_a_feed_page_the_extractor_chokes_on_fails_alone(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("lxml could not parse it")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"html": page(ARTICLE_BODY)}) + "\n" + '{"text": "Fine."}\n'
    )

    failure, article = read(path)

    assert failure.reason.startswith("unparsable: ValueError")
    assert article.text == "Fine."
