"""Dates as articles state them: datelines, days, months, ranges and relative
dates in many languages, resolved only against a stated publication date."""

import datetime
import re

import pytest

from ingestion.extraction.dates import (
    _RELATIVES,
    _alternation,
    find_dates,
    find_published,
    years_in,
)


def dates_in(text, language, published=None, **kwargs):
    return [
        (found.value, found.end_value)
        for found in find_dates(text, language, published, **kwargs)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("on December 2-3, 2015 at the university", "en", ("2015-12-02", "2015-12-03")),
        ("du 3 au 5 mars 2024 à Dakar", "fr", ("2024-03-03", "2024-03-05")),
        ("del 3 al 5 de marzo de 2024", "es", ("2024-03-03", "2024-03-05")),
        ("Vom 12. bis 14. Juni 2023 haben", "de", ("2023-06-12", "2023-06-14")),
        ("30 novembre - 2 décembre 2024", "fr", ("2024-11-30", "2024-12-02")),
        ("2023年12月16日から18日まで", "ja", ("2023-12-16", "2023-12-18")),
        ("ngày 3-5 tháng 3 năm 2024", "vi", ("2024-03-03", "2024-03-05")),
        ("يومي 1 و2 أكتوبر 2024", "ar", ("2024-10-01", "2024-10-02")),
    ],
)
def test_ranges_give_first_and_last_day(text, language, expected):
    assert dates_in(text, language)[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("signed on 19 December 2019", "en", "2019-12-19"),
        ("firmado el 19 de febrero de 2024", "es", "2024-02-19"),
        ("am 19. Dezember 2024 in Bonn", "de", "2024-12-19"),
        ("pada 12 Maret 2024 di Jakarta", "id", "2024-03-12"),
        ("em 8 de abril de 2025", "pt", "2025-04-08"),
        ("ngày 19/12/2019 tại Hà Nội", "vi", "2019-12-19"),
        ("2024년 3월 5일 서울에서", "ko", "2024-03-05"),
        ("في 19 ديسمبر 2019 في الرياض", "ar", "2019-12-19"),
        ("12 марта 2025 г. в Москве", "ru", "2025-03-12"),
        ("วันที่ 10 มีนาคม 2568", "th", "2025-03-10"),
    ],
)
def test_full_dates_in_many_languages(text, language, value):
    assert dates_in(text, language)[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("in March 2022 the two agencies", "en", "2022-03"),
        ("en marzo de 2022, el entonces CSIRT", "es", "2022-03"),
        ("vào tháng 9/2023", "vi", "2023-09"),
        ("organiseront en 2025 un premier exercice", "fr", "2025"),
    ],
)
def test_month_and_year_precision_is_kept(text, language, value):
    assert dates_in(text, language)[0][0] == value


def test_day_and_month_without_year_or_publication_date_is_no_date():
    assert dates_in("a webinar on April 13 which also", "en") == [(None, None)]


def test_publication_date_settles_the_year_of_a_day_and_month():
    published = datetime.date(2021, 5, 4)
    assert dates_in("on April 13 which", "en", published)[0][0] == "2021-04-13"


def test_a_year_from_the_same_sentence_settles_a_day_and_month():
    found = dates_in("from Dec 16 for 2023", "en", default_year=2023)
    assert found[0][0] == "2023-12-16"


def test_from_a_day_to_today_leaves_the_end_open():
    (found, *_) = find_dates("being held from Dec 16 to today", "en", None, 2023)
    assert (found.value, found.end_value, found.open_ended) == (
        "2023-12-16",
        None,
        True,
    )


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("le 7 novembre dernier à Rabat", "fr", (2024, 11, 14), "2024-11-07"),
        ("el próximo 15 de mayo en Santiago", "es", (2025, 5, 2), "2025-05-15"),
        ("firmaron el pasado martes en León", "es", (2024, 2, 21), "2024-02-20"),
        ("am vergangenen Dienstag in Berlin", "de", (2024, 2, 8), "2024-02-06"),
        ("na passada sexta-feira, em Brasília", "pt", (2025, 4, 8), "2025-04-04"),
        ("kemarin di Jakarta", "id", (2024, 2, 8), "2024-02-07"),
        ("Hôm qua, tại Hà Nội", "vi", (2024, 3, 14), "2024-03-13"),
        ("先月、東京で", "ja", (2024, 2, 8), "2024-01"),
        ("지난달 서울에서", "ko", (2024, 2, 8), "2024-01"),
        ("지난달 20일 탈린에서", "ko", (2024, 6, 5), "2024-05-20"),
        ("wrapped up on Sunday", "en", (2024, 1, 18), "2024-01-14"),
        ("last month", "en", (2024, 1, 18), "2023-12"),
        ("双方同意明年签署", "zh", (2024, 11, 9), "2025"),
        ("于上月25日在北京签署", "zh", (2025, 4, 18), "2025-03-25"),
        ("وقّعت الهيئة، أمس، مذكرة تفاهم", "ar", (2024, 5, 15), "2024-05-14"),
        ("подписали вчера соглашение", "ru", (2025, 3, 12), "2025-03-11"),
        ("im vergangenen Monat in Bonn", "de", (2024, 2, 8), "2024-01"),
        ("vergangenen Monat in Bonn", "de", (2024, 2, 8), "2024-01"),
        ("o próximo mês em Lisboa", "pt", (2024, 2, 8), "2024-03"),
        ("金曜日に東京で署名した", "ja", (2024, 2, 8), "2024-02-02"),
        ("금요일 서울에서 서명했다", "ko", (2024, 2, 8), "2024-02-02"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(
    text, language, published, value
):
    assert dates_in(text, language, datetime.date(*published))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("firmaron el pasado martes", "es"),
        ("hôm qua", "vi"),
        ("지난달", "ko"),
        ("this week", "en"),
    ],
)
def test_relative_dates_without_publication_date_are_no_date(text, language):
    assert dates_in(text, language) == [(None, None)]


def test_two_announced_weekdays_are_one_span_forward():
    found = dates_in(
        "Negli incontri previsti giovedì e venerdì a Tokyo",
        "it",
        datetime.date(2024, 1, 15),
        future=True,
    )
    assert found == [("2024-01-18", "2024-01-19")]


def test_english_modal_may_is_not_a_month():
    assert dates_in("the agencies may cooperate", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Title\n\nDecember 20, 2019 | 09:36 am GMT+7\n\nOn December 19, 2019, x",
            "2019-12-20",
        ),
        ("Title\nBy Staff Reporter | Published April 26, 2024\n", "2024-04-26"),
        ("Title\nSANTIAGO, 2 de mayo de 2025. La Agencia", "2025-05-02"),
        ("Title\nParis, le 5 décembre 2024 (AFP) – La CNIL", "2024-12-05"),
        ("Title\nKirchheim bei München, 17. September 2025 – Der", "2025-09-17"),
        ("Title\nBerlin, 15.06.2023 · von Jonas Weber", "2023-06-15"),
        ("Title\n입력 2024.06.05 10:12", "2024-06-05"),
        ("Title\n2023年12月16日 10:00\n", "2023-12-16"),
        ("Title\nThứ Sáu, 20/12/2019 09:36\n", "2019-12-20"),
        ("Title\nدبي - الأربعاء 12 فبراير 2025\n", "2025-02-12"),
        ("Title\nМосква, 12 марта 2025 г. — Национальный", "2025-03-12"),
    ],
)
def test_publication_date_from_dateline_or_byline(text, value):
    assert find_published(text, "Title", "") == datetime.date.fromisoformat(value)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nBy , in Nation on .\n\nKUALA LUMPUR, May 4 — Italy is looking",
        "Title\nOn December 19, 2019, the minister met his counterpart.",
        "Title\nThe ministry said on Tuesday, 3 March 2024, that it would sign.",
    ],
)
def test_no_publication_date_when_the_text_states_none(text):
    assert find_published(text, "Title", "en") is None


def test_years_named_in_a_sentence_with_their_suffixes():
    assert years_in("2024년 3월, 2025年, 15 مايو 2023م and 2567") == {2023, 2024, 2025}


def test_impossible_days_are_no_date():
    assert dates_in("31/02/2024 et le 30 février 2023", "fr") == [(None, None)]


def test_a_longer_month_name_is_tried_before_the_shorter_one_it_starts_with():
    pattern = re.compile(_alternation(["mar", "marzo", "march", "may"]), re.I)
    assert [m.group() for m in pattern.finditer("Marzo, March, Mar. May")] == [
        "Marzo",
        "March",
        "Mar",
        "May",
    ]


def test_every_relative_word_is_let_through_to_its_expression():
    # the words of every relative expression, as its own pattern finds them
    for relative in _RELATIVES:
        inner = relative.pattern.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0]
        for word in inner.replace("(?:", "").replace(")?", "").split("|"):
            found = [m.group() for m in relative.pattern.finditer(f"x {word} y")]
            assert found == [word]
            assert find_dates(f"x {word} y", "en", datetime.date(2024, 2, 8))


def test_publication_date_on_a_line_after_lines_without_digits():
    text = "Title\nBy Staff Reporter\nUpdated\nPublished: 3 March 2024\nThe talks"
    assert find_published(text, "Title", "en") == datetime.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "T\n【マニラ＝2025年7月16日】内閣サイバーセキュリティセンターは15日、",
            "ja",
            "2025-07-16",
        ),
        (
            "T\n[서울=연합뉴스] 2024년 9월 26일 — 한국인터넷진흥원은 25일",
            "ko",
            "2024-09-26",
        ),
        (
            "T\n新华社曼谷2024年12月5日电　国家计算机网络应急技术处理协调中心4日",
            "zh",
            "2024-12-05",
        ),
        (
            "T\nกรุงเทพฯ 3 มีนาคม 2568 – สำนักงานคณะกรรมการการรักษาความมั่นคง",
            "th",
            "2025-03-03",
        ),
        ("T\nVeröffentlicht am 5. Februar 2025, 11:40 Uhr\n", "de", "2025-02-05"),
    ],
)
def test_dateline_on_the_line_of_the_lead_is_the_publication_date(
    text, language, value
):
    # the lead makes the line long; the tag before the date and the bracket,
    # dash or "电" after it make it a dateline
    text += " " + "x" * 120
    assert find_published(text, "T", language) == datetime.date.fromisoformat(value)


_LONG_LEAD = (
    " وقّع الجانبان مذكرة تفاهم للتعاون في مجال الأمن السيبراني وتبادل الخبرات"
    " والمعلومات بين البلدين الشقيقين ضمن خطة العمل المشتركة للأعوام المقبلة."
)


@pytest.mark.parametrize(
    "dateline",
    [
        "أبوظبي في 21 أبريل 2025 / وام / -",
        "عمّان في 21 نيسان 2025 /بترا/ -",
        "الكويت - 21 - 4 - 2025 (كونا) --",
        "القاهرة في 21 أبريل 2025 - أ ش أ:",
        "الرياض 21 أبريل 2025 واس -",
        "القاهرة - أ ش أ - 21 أبريل 2025:",
        "القاهرة - أ ش أ\nالاثنين 21 أبريل 2025\n",
        "ABU DHABI, 21 - 4 - 2025 (WAM) --",
        "DOHA 21 April 2025 QNA -",
    ],
)
def test_gulf_and_levant_wire_datelines_before_a_long_lead(dateline):
    # the city, "في", the date and the agency tag between slashes, brackets or
    # before a dash; the day, month and year may be numbers between spaced dashes
    text = f"T\n{dateline}{_LONG_LEAD}"
    assert find_published(text, "T", "ar") == datetime.date(2025, 4, 21)


@pytest.mark.parametrize(
    "text",
    [
        "T\nوقّع الجانبان في 21 أبريل 2025" + _LONG_LEAD,
        "T\nالقاهرة - أ ش أ: وقّع الجانبان في 21 أبريل 2025" + _LONG_LEAD,
        "T\nالقاهرة - وقّع الجانبان أمس - 21 أبريل 2025" + _LONG_LEAD,
        "T\nThey met on 3 March 2024 and - later" + " x" * 60,
    ],
)
def test_a_date_in_the_lead_after_a_wire_tag_is_no_dateline(text):
    assert find_published(text, "T", "ar") is None


def test_a_date_inside_the_lead_sentence_is_no_dateline():
    text = "T\nThe two agencies, meeting 3 March 2024 — in Rabat, signed" + " x" * 60
    assert find_published(text, "T", "en") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("am 23. und 24. November 2025 in Bonn", "de", ("2025-11-23", "2025-11-24")),
        ("pada 14 dan 15 Oktober 2025", "ms", ("2025-10-14", "2025-10-15")),
        ("pada 14 dan 15 Oktober 2025 di Jakarta", "id", ("2025-10-14", "2025-10-15")),
        ("los días 24 y 25 de noviembre de 2025", "es", ("2025-11-24", "2025-11-25")),
        ("de 10 a 14 de março de 2025", "pt", ("2025-03-10", "2025-03-14")),
        ("les 23 et 24 novembre 2025", "fr", ("2025-11-23", "2025-11-24")),
        ("il 23 e 24 novembre 2025", "it", ("2025-11-23", "2025-11-24")),
        ("ngày 23 và 24/11/2025 tại Hà Nội", "vi", ("2025-11-23", "2025-11-24")),
    ],
)
def test_two_days_joined_by_a_conjunction_are_a_range(text, language, expected):
    assert dates_in(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "10일 - 9일",
            "ko",
            (2025, 10, 10),
            [("2025-10-10",) * 2, ("2025-10-09",) * 2],
        ),
        ("10日～9日", "ja", (2025, 10, 10), [("2025-10-10",) * 2, ("2025-10-09",) * 2]),
        (
            "2025년 10월 10일 - 9일 서울에서",
            "ko",
            (2025, 10, 10),
            [("2025-10-10",) * 2, ("2025-10-09",) * 2],
        ),
        ("17일부터 19일까지", "ko", (2025, 2, 20), [("2025-02-17", "2025-02-19")]),
    ],
)
def test_a_second_day_before_the_first_is_another_day_not_a_range_end(
    text, language, published, expected
):
    assert dates_in(text, language, datetime.date(*published)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("25일 서울에서", "ko"), ("9日に東京で", "ja"), ("1日", "zh")],
)
def test_a_bare_day_resolves_only_against_the_publication_date(text, language):
    assert dates_in(text, language) == [(None, None)]
    assert dates_in(text, language, datetime.date(2025, 7, 28))[0][0].startswith(
        "2025-07-"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("lo scorso anno a Roma", "it"),
        ("l'année dernière à Dakar", "fr"),
        ("el año pasado en Bogotá", "es"),
        ("letztes Jahr in Bonn", "de"),
        ("tahun lalu di Jakarta", "id"),
        ("tahun lepas di Kuala Lumpur", "ms"),
        ("В прошлом году в Ташкенте", "ru"),
        ("năm ngoái tại Hà Nội", "vi"),
        ("العام الماضي في الرياض", "ar"),
        ("昨年マニラで開かれた", "ja"),
        ("작년 마닐라에서", "ko"),
    ],
)
def test_last_year_is_the_year_before_publication_and_only_then(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 4)) == [("2024", "2024")]
    assert dates_in(text, language) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("จะลงนามกับญี่ปุ่นในเดือนเมษายน 2568 ที่กรุงโตเกียว", "2025-04"),
        ("การฝึกซ้อมในเดือนธ.ค. 2567", "2024-12"),
    ],
)
def test_a_thai_month_written_against_the_word_before_it(text, value):
    assert dates_in(text, "th")[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("doit être signée d'ici la fin de l'année", "fr", "2025"),
        ("by the end of the year", "en", "2025"),
        ("later this year", "en", "2025"),
        ("antes de fin de año", "es", "2025"),
        ("entro l'anno", "it", "2025"),
        ("bis Ende des Jahres verabschiedet", "de", "2025"),
        ("até o final do ano", "pt", "2025"),
        ("sebelum akhir tahun", "id", "2025"),
        ("trước cuối năm nay", "vi", "2025"),
        ("خلال العام الجاري", "ar", "2025"),
        ("年内に締結する", "ja", "2025"),
        ("연내 체결할 예정", "ko", "2025"),
        ("年底前签署", "zh", "2025"),
        ("до конца года", "ru", "2025"),
    ],
)
def test_the_end_and_the_current_year_are_the_publication_year(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 14)) == [(value, value)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("à la fin de l'année dernière", "fr", "2024"),
        ("akhir tahun lalu", "id", "2024"),
        ("去年年底签署", "zh", "2024"),
    ],
)
def test_the_end_of_another_year_is_that_year(text, language, value):
    assert [v for v, _ in dates_in(text, language, datetime.date(2025, 3, 14))] == [
        value
    ]


def test_the_end_of_the_year_without_publication_date_is_no_date():
    assert dates_in("d'ici la fin de l'année", "fr") == [(None, None)]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        (
            "Die Erklärung soll im Herbst unterzeichnet werden.",
            "de",
            (2025, 6, 20),
            "2025",
        ),
        ("im Herbst 2026 in Berlin", "de", (2025, 6, 20), "2026"),
        ("en el primer semestre de 2026", "es", (2025, 6, 20), "2026"),
        ("au second semestre", "fr", (2025, 4, 10), "2025"),
        ("in the first half of next year", "en", (2025, 11, 19), "2026"),
        ("last autumn the two teams met", "en", (2025, 6, 20), "2024"),
        ("next spring", "en", (2025, 11, 19), "2026"),
        ("내년 상반기 중 마련할 예정", "ko", (2024, 8, 22), "2025"),
        ("2025年下半年", "zh", (2024, 11, 9), "2025"),
        ("quý II năm 2025", "vi", (2024, 12, 6), "2025"),
        ("во втором полугодии", "ru", (2025, 4, 3), "2025"),
        ("خلال النصف الثاني", "ar", (2025, 5, 15), "2025"),
    ],
)
def test_seasons_halves_and_quarters_give_their_year(text, language, published, value):
    values = [v for v, _ in dates_in(text, language, datetime.date(*published))]
    assert values and set(values) == {value}


def test_a_season_without_year_or_publication_date_is_no_date():
    assert [v for v, _ in dates_in("im Herbst", "de")] == [None]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("Em novembro do ano passado, técnicos", "pt", (2025, 8, 27), "2024-11"),
        ("in November last year", "en", (2025, 8, 27), "2024-11"),
        ("le 3 mars de l'année prochaine", "fr", (2025, 8, 27), "2026-03-03"),
        ("el 3 de marzo del año pasado", "es", (2025, 8, 27), "2024-03-03"),
        ("tháng 11 năm ngoái", "vi", (2025, 8, 27), "2024-11"),
        ("昨年11月に東京で開かれた", "ja", (2025, 6, 27), "2024-11"),
        ("지난해 11월 서울에서", "ko", (2024, 8, 22), "2023-11"),
    ],
)
def test_a_relative_year_written_with_a_month_sets_its_year(
    text, language, published, value
):
    assert value in [v for v, _ in dates_in(text, language, datetime.date(*published))]


def test_a_relative_year_with_a_day_and_no_publication_date_is_no_date():
    # the sentence's own year must not complete it either
    found = dates_in(
        "el 3 de marzo del año pasado, antes del plan 2025", "es", default_year=2025
    )
    assert found[0] == (None, None)


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        (
            "كما اتفقا على عقد دورة في تشرين الأول المقبل",
            "ar",
            (2025, 5, 15),
            "2025-10",
        ),
        ("خلال مايو", "ar", (2025, 3, 1), "2025-05"),
    ],
)
def test_an_arabic_month_after_a_preposition(text, language, published, value):
    assert value in [v for v, _ in dates_in(text, language, datetime.date(*published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("培训班11月4日至8日在南宁举办", ("2024-11-04", "2024-11-08")),
        ("2024年11月4日到8日", ("2024-11-04", "2024-11-08")),
    ],
)
def test_chinese_ranges_with_zhi_and_dao(text, expected):
    assert dates_in(text, "zh", datetime.date(2024, 11, 9))[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("on 3, 4 and 5 March 2025", "en", ("2025-03-03", "2025-03-05")),
        ("с 30 сентября по 2 октября 2025 года", "ru", ("2025-09-30", "2025-10-02")),
        ("с 1 по 3 октября 2025 года", "ru", ("2025-10-01", "2025-10-03")),
        ("từ ngày 30/9 đến ngày 2/10/2025", "vi", ("2025-09-30", "2025-10-02")),
        ("từ 30/12 đến 2/1/2025", "vi", ("2024-12-30", "2025-01-02")),
    ],
)
def test_ranges_listed_or_across_months(text, language, expected):
    assert dates_in(text, language) == [expected]


def test_a_vietnamese_range_across_months_takes_the_publication_year():
    found = dates_in("từ 30/9 đến 2/10", "vi", datetime.date(2025, 10, 10))
    assert found == [("2025-09-30", "2025-10-02")]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Tuesday of last week", "en", "2025-11-04"),
        ("el martes de la semana pasada", "es", "2025-11-04"),
        ("mardi de la semaine prochaine", "fr", "2025-11-18"),
        ("Selasa pekan lalu", "id", "2025-11-04"),
        ("thứ Ba tuần trước", "vi", "2025-11-04"),
        ("先週の火曜日", "ja", "2025-11-04"),
        ("지난주 화요일", "ko", "2025-11-04"),
        ("上周二", "zh", "2025-11-04"),
        ("下周三", "zh", "2025-11-19"),
        ("周二", "zh", "2025-11-11"),
        ("星期二", "zh", "2025-11-11"),
        ("เมื่อวันอังคาร", "th", "2025-11-11"),
        ("วันอังคารหน้า", "th", "2025-11-18"),
        ("last Tuesday", "en", "2025-11-11"),
    ],
)
def test_a_weekday_of_a_named_week_is_in_that_calendar_week(text, language, value):
    # published on Friday 14 November 2025
    found = [v for v, _ in dates_in(text, language, datetime.date(2025, 11, 14))]
    assert value in found
    assert all(len(v) < 10 or v == value for v in found)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("the day before yesterday", "en", "2025-11-12"),
        ("kemarin lusa", "id", "2025-11-12"),
        ("أمس الأول", "ar", "2025-11-12"),
        ("kelmarin", "ms", "2025-11-13"),
        ("minggu lepas", "ms", "2025-11"),
        ("tuần qua", "vi", "2025-11"),
        ("à la mi-novembre", "fr", "2025-11"),
        ("in mid-November", "en", "2025-11"),
        ("Mitte November", "de", "2025-11"),
        ("a mediados de noviembre", "es", "2025-11"),
        ("pertengahan November", "id", "2025-11"),
    ],
)
def test_more_relative_words(text, language, value):
    assert [v for v, _ in dates_in(text, language, datetime.date(2025, 11, 14))] == [
        value
    ]


def test_a_lower_case_german_des_is_no_month():
    # "Des" is December in Malay and Indonesian
    found = dates_in("bis Ende des Jahres", "de", datetime.date(2025, 5, 20))
    assert [v for v, _ in found] == ["2025"]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("on 15 July in Nairobi", "en", (2025, 1, 10), None),
        ("le 15 juillet à Dakar", "fr", (2025, 1, 10), None),
        ("on 28 December in Nairobi", "en", (2025, 1, 10), "2024-12-28"),
        ("on 15 July, the two sides will meet", "en", (2025, 1, 10), "2025-07-15"),
        ("le 15 juillet dernier", "fr", (2025, 1, 10), "2024-07-15"),
    ],
)
def test_a_day_half_a_year_away_without_past_or_future_is_no_date(
    text, language, published, value
):
    future = "will" in text
    found = dates_in(text, language, datetime.date(*published), future=future)
    assert found[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("two days ago", "en", "2025-11-12"),
        ("three weeks ago", "en", "2025-10"),
        ("hace dos días", "es", "2025-11-12"),
        ("tre giorni fa", "it", "2025-11-11"),
        ("vor zwei Tagen", "de", "2025-11-12"),
        ("há três dias", "pt", "2025-11-11"),
        ("3 hari yang lalu", "id", "2025-11-11"),
        ("hai ngày trước", "vi", "2025-11-12"),
        ("два дня назад", "ru", "2025-11-12"),
        ("3日前", "ja", "2025-11-11"),
        ("两天前", "zh", "2025-11-12"),
        ("3일 전", "ko", "2025-11-11"),
    ],
)
def test_days_and_weeks_ago(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 11, 14)) == [(value, value)]


def test_days_ago_without_publication_date_is_no_date():
    assert dates_in("two days ago", "en") == [(None, None)]


def test_a_japanese_duration_in_days_is_no_date():
    assert dates_in("3日間の研修", "ja", datetime.date(2025, 11, 14)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("استضاف المركز يومي 10 و11 نوفمبر الجاري الاجتماع السنوي", "ar"),
        ("Pertemuan berlangsung pada 10 November ini di Jakarta", "id"),
        ("Hội nghị diễn ra ngày 10 tháng 11 này tại Hà Nội", "vi"),
        ("La réunion s'est tenue le 10 novembre courant à Dakar", "fr"),
    ],
)
def test_a_month_said_to_be_the_current_one_is_of_the_publication_year(text, language):
    # even where a future tense would move a passed day to the next year
    published = datetime.date(2025, 11, 12)
    assert dates_in(text, language, published, future=True)[0][0] == "2025-11-10"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("die Übung ist für das kommende Frühjahr geplant", "de"),
        ("the exercise is planned for next spring", "en"),
        ("l'exercice aura lieu au printemps prochain", "fr"),
        ("el ejercicio se celebrará la próxima primavera", "es"),
        ("l'esercitazione si terrà la prossima primavera", "it"),
    ],
)
def test_next_spring_told_in_spring_or_later_is_next_years(text, language):
    assert dates_in(text, language, datetime.date(2024, 5, 10)) == [("2025", None)]
    assert dates_in(text, language, datetime.date(2024, 11, 3)) == [("2025", None)]
    # told before the spring: this year's
    assert dates_in(text, language, datetime.date(2024, 2, 10)) == [("2024", None)]


def test_last_spring_told_in_spring_is_last_years():
    assert dates_in("they met last spring", "en", datetime.date(2024, 5, 10)) == [
        ("2023", None)
    ]
    assert dates_in("they met last spring", "en", datetime.date(2024, 7, 10)) == [
        ("2024", None)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Документ подписали в среду в Москве.", "2024-11-13"),
        ("Стороны встретились в пятницу.", "2024-11-08"),
        ("Соглашение подписано во вторник.", "2024-11-12"),
        ("В субботу прошли учения.", "2024-11-09"),
    ],
)
def test_russian_weekdays_after_v_take_the_accusative(text, day):
    published = datetime.date(2024, 11, 14)  # a Thursday
    assert [value for value, _ in dates_in(text, "ru", published)] == [day]


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("ورشة عمل خلال شهر أبريل المقبل", "ar", "2025-04"),
        ("ورشة عمل في شهر حزيران المقبل", "ar", "2025-06"),
        ("lokakarya pada bulan April mendatang", "id", "2025-04"),
        ("un taller en el mes de abril", "es", "2025-04"),
        ("un atelier au mois de mai prochain", "fr", "2025-05"),
        ("un seminario nel mese di aprile", "it", "2025-04"),
        ("a workshop in the month of April", "en", "2025-04"),
    ],
)
def test_a_month_after_the_word_month(text, language, month):
    published = datetime.date(2025, 2, 18)
    assert [value for value, _ in dates_in(text, language, published)] == [month]


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "【東京】2024年6月12日 外務省は11日、日本と欧州連合（EU）の第4回サイバー"
            "対話を東京で開催したと発表した。日本側からは大使が出席した。",
            "ja",
            "2024-06-12",
        ),
        (
            "[서울] 2025년 3월 12일 과학기술정보통신부는 11일 서울에서 싱가포르 "
            "사이버안보청과 사이버보안 분야 협력을 위한 양해각서를 체결했다고 밝혔다.",
            "ko",
            "2025-03-12",
        ),
    ],
)
def test_a_date_after_a_bracketed_dateline_is_the_publication_date(
    text, language, published
):
    assert find_published(text, "", language) == datetime.date.fromisoformat(published)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("prevén un ejercicio conjunto a principios de 2026.", "es"),
        ("Anfang 2026 soll eine Übung folgen.", "de"),
        ("perjanjian direncanakan ditandatangani pada awal 2026.", "id"),
        ("the centre is due to open by mid-2026", "en"),
        ("un exercice est prévu fin 2026", "fr"),
        ("تمرين مشترك مطلع 2026", "ar"),
        ("учения пройдут в начале 2026 года", "ru"),
    ],
)
def test_a_part_of_a_year_written_with_it_gives_that_year(text, language):
    assert dates_in(text, language) == [("2026", None)]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("signé au premier trimestre de l'année prochaine", "fr", "2025-12-19", "2026"),
        ("latihan bersama pada kuartal ketiga tahun ini", "id", "2025-03-06", "2025"),
        ("im zweiten Halbjahr des kommenden Jahres", "de", "2025-05-02", "2026"),
        ("en el segundo semestre del próximo año", "es", "2025-05-02", "2026"),
        ("ký kế hoạch hành động trong quý II năm tới", "vi", "2025-12-30", "2026"),
        ("in the second half of next year", "en", "2025-05-02", "2026"),
        (
            "учения запланированы на первый квартал 2026 года",
            "ru",
            "2025-03-06",
            "2026",
        ),
        ("จัดการฝึกซ้อมในไตรมาสที่ 3 ของปีหน้า", "th", "2025-03-06", "2026"),
    ],
)
def test_a_part_of_a_year_takes_the_relative_year_after_it(
    text, language, published, value
):
    found = dates_in(text, language, datetime.date.fromisoformat(published))
    assert found[0][0] == value
    assert all(v == value for v, _ in found)


def test_a_genitive_relative_year_dates_the_month_before_it():
    published = datetime.date(2026, 1, 16)
    assert dates_in("im Dezember vergangenen Jahres in Athen", "de", published)[0] == (
        "2025-12",
        None,
    )
    assert dates_in("im Herbst des kommenden Jahres", "de", published) == [
        ("2027", None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "양 기관은 오는 5월 20~22일 서울에서 합동 훈련을",
            "ko",
            ("2025-05-20", "2025-05-22"),
        ),
        (
            "협약식은 지난 3~4일 하노이에서 열린 포럼",
            "ko",
            ("2025-03-03", "2025-03-04"),
        ),
        ("培训班3月3—5日在万象举行", "zh", ("2025-03-03", "2025-03-05")),
        ("会合は3～4日に都内で開かれた", "ja", ("2025-03-03", "2025-03-04")),
    ],
)
def test_cjk_ranges_write_the_day_sign_once(text, language, expected):
    assert dates_in(text, language, datetime.date(2025, 3, 5))[0] == expected


@pytest.mark.parametrize(
    ("text", "language"), [("2~3일간 진행된다", "ko"), ("2～3日間", "ja")]
)
def test_cjk_lengths_of_days_are_no_dates(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 5)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("มีกำหนดจัดการฝึกซ้อมร่วมกันในเดือนสิงหาคมนี้", "2025-08"),
        ("การประชุมเมื่อเดือนมกราคมที่ผ่านมา", "2025-01"),
        ("การฝึกอบรมในเดือนกุมภาพันธ์ที่จะถึงนี้", "2026-02"),
        ("ในเดือนพฤษภาคม 2567", "2024-05"),
    ],
)
def test_thai_month_after_the_word_for_month(text, value):
    assert dates_in(text, "th", datetime.date(2025, 3, 6))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("وقع الجانبان يوم ٤ مارس ٢٠٢٥ في القاهرة", "ar", "2025-03-04"),
        ("เมื่อวันที่ ๔ มีนาคม ๒๕๖๘", "th", "2025-03-04"),
        ("２０２５年３月４日に署名した", "ja", "2025-03-04"),
        ("در ۴ مارس ۲۰۲۵", "ar", "2025-03-04"),
    ],
)
def test_digits_of_other_scripts_are_read(text, language, value):
    assert dates_in(text, language)[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("в 2021 г. специалисты участвовали", "ru", "2021"),
        ("شارك في عام 2021م", "ar", "2021"),
        ("ตั้งแต่ พ.ศ. 2566", "th", "2023"),
    ],
)
def test_a_year_alone_is_a_plain_number(text, language, value):
    assert dates_in(text, language) == [(value, None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vom 26. Februar bis zum 2. März 2025", "de", ("2025-02-26", "2025-03-02")),
        ("du 26 février jusqu'au 2 mars 2025", "fr", ("2025-02-26", "2025-03-02")),
        (
            "del 26 de febrero hasta el 2 de marzo de 2025",
            "es",
            ("2025-02-26", "2025-03-02"),
        ),
        ("dal 26 febbraio fino al 2 marzo 2025", "it", ("2025-02-26", "2025-03-02")),
        (
            "de 26 de fevereiro até 2 de março de 2025",
            "pt",
            ("2025-02-26", "2025-03-02"),
        ),
        ("지난달 26일부터 이달 2일까지", "ko", ("2025-02-26", "2025-03-02")),
        ("先月26日から今月2日まで", "ja", ("2025-02-26", "2025-03-02")),
    ],
)
def test_ranges_with_longer_separators(text, language, expected):
    assert dates_in(text, language, datetime.date(2025, 3, 6))[0] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("prévu courant avril", "fr"), ("в конце апреля пройдут учения", "ru")],
)
def test_a_month_alone_after_a_part_of_it(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 6))[0][0] == "2025-04"


@pytest.mark.parametrize(
    ("line", "language", "value"),
    [
        (
            "By Reuters\nMarch 4, 20255:30 PM GMT+8Updated 2 hours ago",
            "en",
            "2025-03-04",
        ),
        ("Jakarta, CNN Indonesia -- Selasa, 04 Mar 2025 14:20 WIB", "id", "2025-03-04"),
        ("الثلاثاء، ٤ مارس ٢٠٢٥", "ar", "2025-03-04"),
        ("๔ มีนาคม ๒๕๖๘", "th", "2025-03-04"),
        ("วันอังคารที่ 4 มีนาคม พ.ศ. 2568", "th", "2025-03-04"),
        ("04 มี.ค. 68 17:30 น.", "th", "2025-03-04"),
        ("２０２５年３月４日　１７時３０分", "ja", "2025-03-04"),
    ],
)
def test_bylines_of_more_presses(line, language, value):
    text = f"Headline\n\n{line}\n\nThe body of the article begins here.\n"
    assert find_published(text, "Headline", language) == datetime.date.fromisoformat(
        value
    )


def test_a_thai_time_is_not_a_short_year():
    assert dates_in("เมื่อ 4 มี.ค. 17:30 น.", "th", datetime.date(2025, 3, 6)) == [
        ("2025-03-04", "2025-03-04")
    ]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        (
            "HÀ NỘI - Ngày 10/10/2025, tại Hà Nội, Cục An ninh mạng đã ký kế hoạch.",
            "vi",
        ),
        (
            "NAIROBI - On 10 October 2025, in Nairobi, the two agencies signed a plan.",
            "en",
        ),
        (
            "DAKAR - Le 10 octobre 2025, à Dakar, les deux agences ont signé un plan.",
            "fr",
        ),
    ],
)
def test_a_lead_that_goes_on_from_its_date_with_a_place_states_no_publication(
    line, language
):
    text = f"Headline\n\n{line}\n"
    assert find_published(text, "Headline", language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a reunião vai de segunda a quarta", "pt", ("2025-03-03", "2025-03-05")),
        ("Monday through Wednesday", "en", ("2025-03-03", "2025-03-05")),
        ("dari Senin hingga Rabu", "id", ("2025-03-03", "2025-03-05")),
        ("từ thứ Hai đến thứ Tư", "vi", ("2025-03-03", "2025-03-05")),
        ("с понедельника по среду", "ru", ("2025-03-03", "2025-03-05")),
        ("يومي الثلاثاء والأربعاء", "ar", ("2025-03-04", "2025-03-05")),
    ],
)
def test_weekday_ranges_in_more_languages(text, language, expected):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("pada 3-5/3/2025 di Bali", "id", ("2025-03-03", "2025-03-05")),
        ("Tagung am 04.-06.03.2025 in Bonn", "de", ("2025-03-04", "2025-03-06")),
        ("vom 4. bis 6.3.2025 in Bonn", "de", ("2025-03-04", "2025-03-06")),
        ("4、5の両日、都内で開かれた", "ja", ("2025-03-04", "2025-03-05")),
        ("3月4、5日に開催", "ja", ("2025-03-04", "2025-03-05")),
        ("4, 5일 이틀간 열렸다", "ko", ("2025-03-04", "2025-03-05")),
        ("4∼5일 서울에서", "ko", ("2025-03-04", "2025-03-05")),
        ("4 и 5 марта в Минске", "ru", ("2025-03-04", "2025-03-05")),
    ],
)
def test_more_ranges_of_days(text, language, expected):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0] == expected


def test_a_list_of_full_cjk_dates_is_no_range():
    found = dates_in("3月4日、6月5日に", "ja", datetime.date(2025, 3, 7))
    assert found == [("2025-03-04", "2025-03-04"), ("2025-06-05", "2025-06-05")]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("akan digelar Rabu (19/3) di Jakarta", "id", "2025-03-07", "2025-03-19"),
        ("ditandatangani Selasa (4/3/2025)", "id", None, "2025-03-04"),
        ("ditandatangani Selasa (4/3)", "id", None, None),
        ("assinado na última quarta-feira (8)", "pt", "2025-10-10", "2025-10-08"),
        ("na próxima terça (14), em Brasília", "pt", "2025-10-10", "2025-10-14"),
        ("akan diadakan Khamis (27/3)", "ms", "2025-03-07", "2025-03-27"),
        ("pada Kamis lalu (27/2)", "id", "2025-03-07", "2025-02-27"),
        ("Selasa malam (4/3)", "id", "2025-03-07", "2025-03-04"),
    ],
)
def test_a_weekday_with_its_day_in_brackets(text, language, published, value):
    published = datetime.date.fromisoformat(published) if published else None
    assert dates_in(text, language, published)[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("a finales del mes pasado", "es", "2025-02"),
        ("à la fin du mois dernier", "fr", "2025-02"),
        ("alla fine del mese scorso", "it", "2025-02"),
        ("Anfang nächsten Monats", "de", "2025-04"),
        ("в конце прошлого месяца", "ru", "2025-02"),
        ("下月初举行", "zh", "2025-04"),
        ("العام القادم", "ar", "2026"),
        ("в следующем году", "ru", "2026"),
        ("tahun hadapan", "ms", "2026"),
        ("tahun mendatang", "id", "2026"),
        ("no ano que vem", "pt", "2026"),
        ("ปีที่แล้ว", "th", "2024"),
    ],
)
def test_more_relative_months_and_years(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("firmado el 4 de este mes en Lima", "es", "2025-03-04"),
        ("assinado no dia 4 deste mês", "pt", "2025-03-04"),
        ("am 4. dieses Monats unterzeichnet", "de", "2025-03-04"),
        ("le 20 du mois dernier à Dakar", "fr", "2025-02-20"),
        ("подписано 20 прошлого месяца", "ru", "2025-02-20"),
        ("el pasado día 5, en Madrid", "es", "2025-03-05"),
        ("no dia 4, em Brasília", "pt", "2025-03-04"),
        ("il giorno 28 a Roma", "it", "2025-02-28"),
        ("firmado el 4 del presente mes", "es", "2025-03-04"),
        ("signé le 4 du mois en cours", "fr", "2025-03-04"),
    ],
)
def test_a_day_of_a_month_named_relative_to_the_publication(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("el día 5 de abril", "2025-04-05"), ("el día 5/4/2025", "2025-04-05")],
)
def test_a_day_word_before_a_month_is_not_a_day_alone(text, value):
    assert dates_in(text, "es", datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("令和7年3月4日に署名した", "ja", "2025-03-04"),
        ("令和7年度中に策定する", "ja", "2025"),
        ("平成31年4月", "ja", "2019-04"),
        ("2025. 3. 4. 서울에서 체결", "ko", "2025-03-04"),
        ("يوم 4 من شهر مارس 2025", "ar", "2025-03-04"),
    ],
)
def test_era_years_spaced_dots_and_the_arabic_month_word(text, language, value):
    assert dates_in(text, language)[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("اختتمت أمس أعمال الاجتماع على مدى يومين في 3 و4 مايو.", "ar", "2026-05-03"),
        ("the talks, which will close a series begun on 3 May", "en", "2026-05-03"),
        ("les deux parties se retrouveront le 3 mai prochain", "fr", "2027-05-03"),
        ("la reunión se celebrará el 20 de mayo", "es", "2026-05-20"),
    ],
)
def test_a_future_sentence_does_not_push_a_recent_day_a_year_ahead(
    text, language, expected
):
    found = dates_in(text, language, datetime.date(2026, 5, 5), future=True)
    assert found[-1][0] == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("le due agenzie intendono firmare il 20 maggio", "it", "2026-05-20"),
        ("the memorandum signed in June", "en", "2025-06"),
        ("the memorandum signed on 10 June last year", "en", "2025-06-10"),
    ],
)
def test_a_past_sentence_does_not_push_a_near_day_a_year_back(text, language, value):
    found = dates_in(text, language, datetime.date(2026, 5, 5), past=True)
    assert found[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "kwargs", "expected"),
    [
        ("un corso dal 24 novembre al 5 dicembre prossimi", "it", {"past": True},
         ("2025-11-24", "2025-12-05")),
        ("les 3 et 4 février prochains", "fr", {}, ("2026-02-03", "2026-02-04")),
        ("los pasados 3 y 4 de noviembre", "es", {"future": True},
         ("2025-11-03", "2025-11-04")),
        ("nos próximos dias 3 e 4 de fevereiro", "pt", {"past": True},
         ("2026-02-03", "2026-02-04")),
        ("في 20 فبراير المقبل", "ar", {"past": True}, ("2026-02-20", "2026-02-20")),
        ("в прошлый вторник", "ru", {}, ("2025-11-04", "2025-11-04")),
    ],
)  # fmt: skip
def test_plural_and_more_words_of_past_and_future(text, language, kwargs, expected):
    assert dates_in(text, language, datetime.date(2025, 11, 7), **kwargs)[0] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hier trafen sich die Vertreter beider Behörden", "de"),
        ("am Morgen unterzeichneten beide Seiten", "de"),
        ("De samenwerking begint hier", "nl"),
        ("esta mañana firmaron el acuerdo", "es"),
        ("en la mañana del lunes", "es"),
    ],
)
def test_here_and_the_morning_are_no_relative_days(text, language):
    found = dates_in(text, language, datetime.date(2025, 3, 7))
    assert ("2025-03-06", "2025-03-06") not in found
    assert ("2025-03-08", "2025-03-08") not in found


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Hier, les deux agences ont signé", "fr", "2025-03-06"),
        ("Die Übung beginnt morgen in Bonn", "de", "2025-03-08"),
        ("Morgen beginnt die Übung in Bonn", "de", "2025-03-08"),
        ("El acuerdo se firmará mañana en Lima", "es", "2025-03-08"),
    ],
)
def test_yesterday_and_tomorrow_where_they_are_meant(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a segunda edição do exercício", "pt"),
        ("na quinta reunião do grupo", "pt"),
        ("la segunda reunión del grupo", "es"),
        ("Hội nghị lần thứ hai diễn ra tại Hà Nội", "vi"),
        ("đợt thứ ba của chương trình", "vi"),
        ("pelatihan selama dua minggu di Jakarta", "id"),
        ("защита информационной среды", "ru"),
        ("переход в цифровую среду", "ru"),
    ],
)
def test_ordinals_weeks_and_environments_are_no_weekdays(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 7)) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("nesta segunda (3), em Brasília", "pt", "2025-03-03"),
        ("na quarta, o ministro assinou", "pt", "2025-03-05"),
        ("vào thứ Hai, hai bên đã ký", "vi", "2025-03-03"),
        ("sáng thứ hai, hai bên đã ký", "vi", "2025-03-03"),
        ("Thứ hai vừa qua, hai bên đã ký", "vi", "2025-03-03"),
        ("pada Minggu (2/3) di Jakarta", "id", "2025-03-02"),
        ("в среду в Москве", "ru", "2025-03-05"),
        ("в прошлую среду", "ru", "2025-03-05"),
    ],
)
def test_weekdays_where_they_are_meant(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("from 29 December to 2 January 2026", "en", None, ("2025-12-29", "2026-01-02")),
        ("December 29 - January 2, 2026", "en", None, ("2025-12-29", "2026-01-02")),
        ("du 29 décembre au 2 janvier 2026", "fr", None, ("2025-12-29", "2026-01-02")),
        ("from 29 December 2025 to 2 January 2026", "en", None,
         ("2025-12-29", "2026-01-02")),
        ("del 29 de diciembre de 2025 al 2 de enero de 2026", "es", None,
         ("2025-12-29", "2026-01-02")),
        ("vom 29. Dezember 2025 bis 2. Januar 2026", "de", None,
         ("2025-12-29", "2026-01-02")),
        ("12月29日から1月2日まで", "ja", "2025-12-20", ("2025-12-29", "2026-01-02")),
        ("12월 29일부터 1월 2일까지", "ko", "2025-12-20", ("2025-12-29", "2026-01-02")),
        ("2025年12月29日至2026年1月2日", "zh", None, ("2025-12-29", "2026-01-02")),
    ],
)  # fmt: skip
def test_ranges_across_the_end_of_a_year(text, language, published, expected):
    published = datetime.date.fromisoformat(published) if published else None
    assert dates_in(text, language, published)[0] == expected


def test_two_dates_listed_with_and_are_no_range():
    found = dates_in("signed on 3 March 2025 and 5 April 2025", "en")
    assert found == [("2025-03-03", "2025-03-03"), ("2025-04-05", "2025-04-05")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("an agreement is expected by 2027", "en"),
        ("un accord est attendu d'ici 2027", "fr"),
        ("l'accordo sarà firmato entro il 2027", "it"),
        ("соглашение планируется подписать к 2027 году", "ru"),
    ],
)
def test_a_year_something_is_due_by(text, language):
    assert dates_in(text, language) == [("2027", None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقّع الجانبان، الإثنين، مذكرة تفاهم", "2025-03-10"),
        ("يوم الاربعاء الماضي", "2025-03-05"),
        ("اجتمع الطرفان يوم الاحد", "2025-03-09"),
    ],
)
def test_arabic_weekdays_with_and_without_hamza(text, value):
    assert dates_in(text, "ar", datetime.date(2025, 3, 11))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("a tabletop exercise later in the year", "en", "2025"),
        ("eine Übung im Laufe des Jahres", "de", "2025"),
        ("un exercice au cours de l'année", "fr", "2025"),
        ("un'esercitazione nel corso dell'anno", "it", "2025"),
        ("تمرين مشترك خلال العام 2026", "ar", "2026"),
    ],
)
def test_the_course_of_the_year(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 12))[0][0] == value


def test_a_hijri_date_before_the_gregorian_one_in_a_byline():
    text = "Headline\n\nالخميس 6 رمضان 1446 هـ - 6 مارس 2025 م\n\nنص المقال.\n"
    assert find_published(text, "Headline", "ar") == datetime.date(2025, 3, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("un ejercicio naval en mar abierto", "es"),
        ("um exercício em mar aberto", "pt"),
        ("the targets set 2025 as the deadline", "en"),
    ],
)
def test_an_abbreviated_month_alone_is_a_word(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 7)) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("em set. de 2025", "pt", "2025-09"),
        ("Mar 2025", "en", "2025-03"),
        ("pada Mac", "ms", "2025-03"),
        ("pada Ogos", "ms", "2025-08"),
    ],
)
def test_abbreviated_and_short_full_months_still_count(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("في اليوم الثاني من المؤتمر", "ar"),
        ("بمناسبة اليوم العالمي للأمن السيبراني", "ar"),
        ("hoy en día las amenazas crecen", "es"),
    ],
)
def test_the_day_is_not_today(text, language):
    assert dates_in(text, language, datetime.date(2025, 3, 7)) == []


def test_arabic_today_before_its_weekday_is_today():
    found = dates_in("وقع الجانبان اليوم الجمعة مذكرة", "ar", datetime.date(2025, 3, 7))
    assert found[0][0] == "2025-03-07"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("estiveram reunidas ontem e anteontem em Luanda", "pt"),
        ("se reunieron ayer y anteayer", "es"),
        ("yesterday and the day before yesterday", "en"),
    ],
)
def test_two_days_told_backwards_are_one_range(text, language):
    found = dates_in(text, language, datetime.date(2025, 3, 7))
    assert found[0] == ("2025-03-05", "2025-03-06")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("at the end of April", "en", "2025-04"),
        ("by April, the agencies", "en", "2025-04"),
        ("no final de abril", "pt", "2025-04"),
        ("no início de abril", "pt", "2025-04"),
        ("في نهاية أبريل", "ar", "2025-04"),
        ("في أوائل أبريل", "ar", "2025-04"),
        ("in H1 2026", "en", "2026"),
        ("by end-2026", "en", "2026"),
    ],
)
def test_more_parts_of_months_and_years(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "future", "expected"),
    [
        ("the two agencies signed over the weekend", "en", False,
         ("2025-03-08", "2025-03-09")),
        ("réunis le week-end dernier à Dakar", "fr", False, ("2025-03-08", "2025-03-09")),
        ("akhir pekan lalu di Jakarta", "id", False, ("2025-03-08", "2025-03-09")),
        ("cuối tuần qua tại Hà Nội", "vi", False, ("2025-03-08", "2025-03-09")),
        ("지난 주말 서울에서", "ko", False, ("2025-03-08", "2025-03-09")),
        ("the hackathon will run this weekend", "en", True,
         ("2025-03-15", "2025-03-16")),
        ("el próximo fin de semana", "es", False, ("2025-03-15", "2025-03-16")),
    ],
)  # fmt: skip
def test_the_weekend_is_its_saturday_and_sunday(text, language, future, expected):
    found = dates_in(text, language, datetime.date(2025, 3, 10), future=future)
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ในวันพุธที่ 12 มี.ค. นี้", "th", [("2025-03-12", "2025-03-12")]),
        ("jeudi 13 mars à Paris", "fr", [("2025-03-13", "2025-03-13")]),
        ("on Thursday, March 13", "en", [("2025-03-13", "2025-03-13")]),
        ("am Montag, den 10. März", "de", [("2025-03-10", "2025-03-10")]),
        ("On Tuesday, 40 engineers met", "en", [("2025-03-04", "2025-03-04")]),
    ],
)
def test_a_weekday_written_with_its_date_is_that_date(text, language, expected):
    assert dates_in(text, language, datetime.date(2025, 3, 7)) == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("ในวันที่ 20 มีนาคมนี้", "th", "2025-03-20"),
        ("เมื่อเดือนที่ผ่านมา", "th", "2025-02"),
        ("ในปีงบประมาณ 2568", "th", "2025"),
        ("на этой неделе", "ru", "2025-03"),
        ("во второй половине марта", "ru", "2025-03"),
        ("in the second half of March", "en", "2025-03"),
    ],
)
def test_thai_run_on_words_russian_weeks_and_halves_of_months(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 7))[0][0] == value


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Jane Doe, Reuters | 4 March 2025", "en"),
        ("Staff Writer · 4 min read · Mar 4, 2025", "en"),
        ("Rédaction Afrik Cyber | 04 mars 2025", "fr"),
        ("Agencia EFE | Madrid | 4 de marzo de 2025", "es"),
        (
            "Reporter: Andi Saputra | Editor: Budi | Selasa, 4 Maret 2025 14:02 WIB",
            "id",
        ),
        ("الرياض - واس | 4 مارس 2025", "ar"),
    ],
)
def test_a_line_of_particulars_gives_the_publication_date(line, language):
    text = f"Headline\n\n{line}\n\nThe body of the article begins here.\n"
    assert find_published(text, "Headline", language) == datetime.date(2025, 3, 4)


def test_a_date_closing_a_long_article_is_its_publication_date():
    body = "\n\n".join(
        f"Paragraph {i} of the story, without a date." for i in range(10)
    )
    text = f"Headline\n\n{body}\n\n2026年11月19日\n"
    assert find_published(text, "Headline", "ja") == datetime.date(2026, 11, 19)
    text = f"Headline\n\n{body}\n\nPublished 4 March 2025\n"
    assert find_published(text, "Headline", "en") == datetime.date(2025, 3, 4)


def test_a_dated_sentence_closing_an_article_is_no_publication_date():
    body = "\n\n".join(
        f"Paragraph {i} of the story, without a date." for i in range(10)
    )
    text = f"Headline\n\n{body}\n\nThe next meeting is due on 4 March 2026 in Rome.\n"
    assert find_published(text, "Headline", "en") is None


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        ("Updated: 5 March 2025 | Published: 3 March 2025", "en"),
        ("Mis à jour le 05/03/2025 - Publié le 03/03/2025", "fr"),
        ("Cập nhật: 05/03/2025 | Đăng: 03/03/2025", "vi"),
        ("수정 2025.03.05 14:00 입력 2025.03.03 09:00", "ko"),
        ("Updated 5 March 2025\nPublished 3 March 2025", "en"),
    ],
)
def test_the_first_publication_before_the_update(lines, language):
    text = f"Headline\n\n{lines}\n\nThe body of the article begins here.\n"
    assert find_published(text, "Headline", language) == datetime.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقع الجانبان في الرابع من مارس مذكرة تفاهم", "2025-03-04"),
        ("يعقد الاجتماع يوم الخامس عشر من أبريل المقبل", "2025-04-15"),
        ("في الحادي والعشرين من شهر مايو 2025", "2025-05-21"),
        ("في الأول من مارس", "2025-03-01"),
    ],
)
def test_arabic_ordinal_days(text, value):
    assert dates_in(text, "ar", datetime.date(2025, 3, 7))[0][0] == value


def test_an_arabic_ordinal_without_a_month_is_no_date():
    assert dates_in("الاجتماع الأول من نوعه", "ar", datetime.date(2025, 3, 7)) == []


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("ce mercredi à Paris", "fr", "2025-03-10", "2025-03-12"),
        ("nesta quarta-feira, em Brasília", "pt", "2025-03-10", "2025-03-12"),
        ("Rabu ini di Jakarta", "id", "2025-03-10", "2025-03-12"),
        ("thứ Tư này tại Hà Nội", "vi", "2025-03-10", "2025-03-12"),
        ("este miércoles en Lima", "es", "2025-03-14", "2025-03-12"),
    ],
)
def test_this_weekday_is_in_the_publication_week(text, language, published, value):
    found = dates_in(text, language, datetime.date.fromisoformat(published))
    assert found[0][0] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("one day ago", "en", "2025-03-19"),
        ("il y a un jour", "fr", "2025-03-19"),
        ("hace un día", "es", "2025-03-19"),
        ("vor einem Tag", "de", "2025-03-19"),
        ("a week ago", "en", "2025-03"),
        ("il y a une semaine", "fr", "2025-03"),
        ("seminggu yang lalu", "id", "2025-03"),
        ("một tuần trước", "vi", "2025-03"),
    ],
)
def test_one_day_or_week_ago(text, language, value):
    assert dates_in(text, language, datetime.date(2025, 3, 20))[0][0] == value
