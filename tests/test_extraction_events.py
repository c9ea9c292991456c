"""Events from short texts in many languages: kind, dates, place, participants,
and one record per event however often it is mentioned."""

import datetime
import re

import pytest

from ingestion.extraction import extract_article, triggers
from ingestion.extraction.context import ArticleContext, Mention, Sentence
from ingestion.extraction.events import find_events
from ingestion.records import ArticleInput
from tests.extraction_helpers import fixture_gazetteer


def context(text, language, published=None, orgs=(), places=()):
    """An article context built by hand: sentences at full stops and line ends,
    ORG mentions as (surface, name, country), places as (surface, label, value,
    country) with label CITY or COUNTRY."""
    sentences = tuple(
        Sentence(m.start(), m.end(), m.group())
        for m in re.finditer(r"[^\n.。]+[.。]?", text)
        if m.group().strip()
    )
    mentions = []
    for surface, name, country in orgs:
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(m.start(), m.end(), surface, "ORG", name, country))
    for surface, label, value, country in places:
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(m.start(), m.end(), surface, label, value, country))
    return ArticleContext(
        text=text,
        language=language,
        published=published,
        sentences=sentences,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Leaders met at the ASEAN-Japan Commemorative Summit in Tokyo.",
            "en",
            "summit",
        ),
        ("Il vertice si è tenuto a Tokyo a dicembre.", "it", "summit"),
        ("Der Gipfel fand im März in Berlin statt.", "de", "summit"),
        ("Hội nghị thượng đỉnh diễn ra tại Hà Nội tháng 3/2024.", "vi", "summit"),
        ("L'atelier s'est tenu à Dakar du 3 au 5 mars 2024.", "fr", "workshop"),
        ("Lokakarya diselenggarakan di Jakarta pada 12 Maret 2024.", "id", "workshop"),
        ("The ministry organised a webinar on April 13.", "en", "webinar"),
        ("The symposium was held in Jakarta in February 2023.", "en", "conference"),
        (
            "La conferencia se celebró en Madrid el 3 de mayo de 2024.",
            "es",
            "conference",
        ),
        (
            "The Cybersecurity Forum organised by CONNECT2SEA on January 26, 2016.",
            "en",
            "forum",
        ),
        ("Locked Shields 2024 was organised by the CCDCOE.", "en", "exercise"),
        (
            "ambas instituciones celebrarán en octubre un ciberejercicio regional.",
            "es",
            "exercise",
        ),
        (
            "국정원은 지난 17일부터 21일까지 다국적 사이버 방어 훈련을 개최했다.",
            "ko",
            "exercise",
        ),
        ("La formation s'est déroulée du 3 au 5 mars 2024 à Dakar.", "fr", "training"),
        ("Pelatihan diselenggarakan di Jakarta pada 12 Maret 2024.", "id", "training"),
        (
            "On December 19, 2019, the minister had a meeting with Kaspersky.",
            "en",
            "meeting",
        ),
        ("Gli incontri si terranno a Roma il 23 gennaio 2024.", "it", "meeting"),
        ("外務省は6月25日から26日まで日米サイバー対話を開催した。", "ja", "meeting"),
    ],
)
def test_kind_from_trigger_terms(text, language, kind):
    assert [e.kind for e in find_events(context(text, language))] == [kind]


def test_a_range_gives_start_and_end_and_the_place():
    ctx = context(
        "The workshop was organised by ITI-VNU on December 2-3, 2015 at Vietnam "
        "National University in Hanoi.",
        "en",
        orgs=[("ITI-VNU", "Information Technology Institute", "VN")],
        places=[("Hanoi", "CITY", "Hanoi", "VN")],
    )
    (event,) = find_events(ctx)
    assert (event.start, event.end) == ("2015-12-02", "2015-12-03")
    assert (event.location_city, event.location_country) == ("Hanoi", "VN")
    assert event.participants == ("Information Technology Institute",)


def test_a_one_day_event_ends_the_day_it_starts():
    ctx = context("The Cybersecurity Forum will be held on January 26, 2016.", "en")
    (event,) = find_events(ctx)
    assert (event.start, event.end) == ("2016-01-26", "2016-01-26")


def test_from_a_day_to_today_leaves_the_end_unknown():
    ctx = context(
        "The Commemorative Summit being held from Dec 16 to today closes the "
        "activities for 2023.",
        "en",
    )
    (event,) = find_events(ctx)
    assert (event.start, event.end) == ("2023-12-16", None)


def test_a_day_without_year_or_publication_date_gives_no_date():
    ctx = context("The ministry organised a webinar on April 13.", "en")
    (event,) = find_events(ctx)
    assert (event.start, event.end) == (None, None)


def test_weekdays_resolve_against_the_publication_date():
    ctx = context(
        "Around 4,000 experts wrapped up Locked Shields 2024 on Thursday. "
        "The exercise ran from Monday to Thursday.",
        "en",
        published=datetime.date(2024, 4, 26),
    )
    (event,) = find_events(ctx)
    assert (event.start, event.end) == ("2024-04-22", "2024-04-25")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("The workshop was held in Hanoi in 2015.", "en", "Hanoi"),
        ("L'atelier s'est tenu à Dakar en 2024.", "fr", "Dakar"),
        ("Lokakarya digelar di Jakarta pada 2024.", "id", "Jakarta"),
        ("Hội thảo được tổ chức tại Hà Nội năm 2024.", "vi", "Hà Nội"),
        ("ワークショップは東京で開催された。", "ja", "東京"),
        ("워크숍은 서울에서 열렸다.", "ko", "서울"),
        ("عقدت ورشة عمل في الرياض.", "ar", "الرياض"),
    ],
)
def test_place_after_a_locative_preposition_or_particle(text, language, place):
    ctx = context(text, language, places=[(place, "CITY", place, "XX")])
    (event,) = find_events(ctx)
    assert (event.location_city, event.location_country) == (place, "XX")


def test_a_country_named_without_a_preposition_is_not_the_place():
    ctx = context(
        "Italy's ambassador to Malaysia said a webinar was held on April 13.",
        "en",
        places=[("Malaysia", "COUNTRY", "MY", "MY")],
    )
    (event,) = find_events(ctx)
    assert event.location_country is None


def test_repeated_mentions_of_one_workshop_are_one_event():
    ctx = context(
        "The workshop was held in Hanoi on December 2-3, 2015. "
        "The workshop reserved half a day for a roundtable. "
        "The 2-day workshop emphasized the master plan.",
        "en",
        places=[("Hanoi", "CITY", "Hanoi", "VN")],
    )
    assert [e.kind for e in find_events(ctx)] == ["workshop"]


def test_events_in_different_places_are_different_events():
    ctx = context(
        "The summit was held in Tokyo in December 2023. "
        "Last month Kishida attended a summit in Jakarta.",
        "en",
        places=[
            ("Tokyo", "CITY", "Tokyo", "JP"),
            ("Jakarta", "CITY", "Jakarta", "ID"),
        ],
    )
    assert [e.location_country for e in find_events(ctx)] == ["JP", "ID"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister held a press conference on Monday.", "en"),
        ("Le Japon soutient des programmes de formation pour les agents.", "fr"),
        ("Meeting the requirements of the law is hard.", "en"),
        ("Les CERT organisent des exercices.", "fr"),
    ],
)
def test_words_that_are_not_events(text, language):
    assert find_events(context(text, language)) == ()


def test_background_events_long_before_the_story_are_left_out():
    ctx = context(
        "Cooperation dates back to 1973 with the establishment of a forum on "
        "synthetic rubber.",
        "en",
        published=datetime.date(2023, 10, 1),
    )
    assert find_events(ctx) == ()


def test_the_close_of_a_two_day_summit_gives_both_days():
    ctx = context(
        "Members committed on Wednesday to a joint statement, at the close of a "
        "two-day summit hosted by the White House.",
        "en",
        published=datetime.date(2023, 11, 2),
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start, event.end) == (
        "summit",
        "2023-10-31",
        "2023-11-01",
    )


def test_an_event_the_same_day_takes_the_day_named_before():
    ctx = context(
        "ACN e NISC firmeranno martedì 23 gennaio a Roma un memorandum. "
        "Nella stessa giornata è previsto un primo dialogo bilaterale.",
        "it",
        published=datetime.date(2024, 1, 18),
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start) == ("meeting", "2024-01-23")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister's official visit to Japan ran from 9 to 11 March 2025.", "en"),
        ("La visite de travail s'est déroulée du 18 au 19 novembre 2024.", "fr"),
        ("La visita oficial se celebró el 11 de octubre de 2024.", "es"),
        ("Der Arbeitsbesuch fand am 25. Oktober 2024 statt.", "de"),
        ("A visita oficial decorreu entre 3 e 5 de dezembro de 2024.", "pt"),
        ("Kunjungan kerja berlangsung pada 12-13 November 2024.", "id"),
        ("Lawatan rasmi itu berlangsung dari 16 hingga 18 September 2024.", "ms"),
        ("Chuyến thăm làm việc diễn ra từ ngày 19 đến 21/8/2024.", "vi"),
        ("Официальный визит прошел 13 мая 2025 года.", "ru"),
        ("DICT長官の訪日は2025年7月15日に行われた。", "ja"),
        ("KISA 원장의 인도네시아 방문은 2024년 9월 24일 진행됐다.", "ko"),
        ("Il colloquio bilaterale si è tenuto il 27 febbraio 2025.", "it"),
    ],
)
def test_official_and_working_visits_are_meetings(text, language):
    assert [e.kind for e in find_events(context(text, language))] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The bilateral consultations on 10 March 2025 covered joint training "
            "for port operators.",
            "en",
        ),
        ("Hai bên đã hội đàm về đào tạo nhân lực ngày 20/8/2024.", "vi"),
        (
            "Mesyuarat dua hala pada 17 September 2024 mengenai latihan bersama.",
            "ms",
        ),
        (
            "Pertemuan bilateral pada 12 November 2024 membahas pelatihan bersama.",
            "id",
        ),
        ("Les consultations du 18 novembre 2024 ont porté sur la formation.", "fr"),
        ("2024年6月5日、研修に関する協議を行った。", "ja"),
        ("L'atelier de formation s'est tenu le 3 mars 2024.", "fr"),
    ],
)
def test_a_course_or_drill_that_is_the_topic_of_a_meeting_is_not_an_event(
    text, language
):
    kinds = [e.kind for e in find_events(context(text, language))]
    assert kinds == ["workshop" if "atelier" in text else "meeting"]


def test_a_training_workshop_is_a_workshop():
    ctx = context("The training workshop was held on 3 March 2024.", "en")
    assert [e.kind for e in find_events(ctx)] == ["workshop"]


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "The ministers recalled last year's policy meeting in Manila.",
            "en",
            datetime.date(2025, 3, 12),
        ),
        (
            "El año pasado, ambos países celebraron en Bogotá un diálogo bilateral.",
            "es",
            datetime.date(2024, 10, 15),
        ),
        (
            "昨年マニラで開かれた政策会議では、協力強化が確認されていた。",
            "ja",
            datetime.date(2025, 7, 16),
        ),
        (
            "В прошлом году делегации встречались в Ташкенте на международном форуме.",
            "ru",
            datetime.date(2025, 5, 14),
        ),
        (
            "Kerja sama ini melanjutkan pertemuan kedua negara di Jakarta tahun lalu.",
            "id",
            datetime.date(2024, 11, 14),
        ),
        (
            "Em 2023, os dois países realizaram em Brasília um primeiro diálogo.",
            "pt",
            datetime.date(2024, 12, 6),
        ),
    ],
)
def test_a_past_edition_named_as_background_is_not_an_event(text, language, published):
    places = [
        (city, "CITY", city, "XX")
        for city in ("Manila", "Bogotá", "マニラ", "Ташкенте", "Jakarta", "Brasília")
    ]
    assert find_events(context(text, language, published, places=places)) == ()


def test_last_years_summit_beside_this_weeks_talks_leaves_only_the_talks():
    ctx = context(
        "Building on last year's summit in Bali, the two sides held talks in Tokyo "
        "on 11 March 2025.",
        "en",
        published=datetime.date(2025, 3, 12),
        places=[("Bali", "CITY", "Bali", "ID"), ("Tokyo", "CITY", "Tokyo", "JP")],
    )
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == [
        ("meeting", "JP")
    ]


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Cyber drill\nACCRA, Ghana (AP) — Officials held talks on 3 May 2025.",
            "en",
            [("ACCRA", "CITY", "Accra", "GH"), ("Ghana", "COUNTRY", "GH", "GH")],
        ),
        (
            "NACSA\nKUALA LUMPUR, Malaysia, 5 Jun (Bernama) -- NACSA held a meeting "
            "on 3 May 2025.",
            "ms",
            [
                ("KUALA LUMPUR", "CITY", "Kuala Lumpur", "MY"),
                ("Malaysia", "COUNTRY", "MY", "MY"),
            ],
        ),
    ],
)
def test_the_dateline_is_where_the_story_was_filed_not_the_event_place(
    text, language, places
):
    (event,) = find_events(context(text, language, places=places))
    assert (event.location_country, event.location_city) == (None, None)


def test_a_dateline_date_is_not_an_event_date_without_a_publication_date():
    ctx = context(
        "KISA, BSSN 협력\n[서울=연합뉴스] 2024년 9월 26일 — 양측은 정책협의를 개최했다.",
        "ko",
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start) == ("meeting", None)


def test_a_spanish_taller_is_a_workshop():
    ctx = context(
        "Las partes organizarán un taller en Mendoza en septiembre de 2025.", "es"
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("workshop", "2025-09")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kunjungan kerja itu diakhiri dengan penandatanganan MoU. "
            "Pertemuan berikutnya akan digelar di Kuala Lumpur pada 2025.",
            "id",
        ),
        (
            "جاء التوقيع خلال زيارة عمل للوفد. "
            "ومن المقرر أن يعقد الجانبان اجتماعهما المقبل في أبوظبي في عام 2025.",
            "ar",
        ),
    ],
)
def test_the_next_meeting_named_after_its_word_is_another_event(text, language):
    places = [
        ("Kuala Lumpur", "CITY", "Kuala Lumpur", "MY"),
        ("أبوظبي", "CITY", "Abu Dhabi", "AE"),
    ]
    events = find_events(context(text, language, places=places))
    assert sorted((e.start or "", e.location_country or "") for e in events) == [
        ("", ""),
        ("2025", "MY" if language == "id" else "AE"),
    ]


def test_a_visit_to_a_country_takes_place_there():
    ctx = context(
        "جاء التوقيع خلال زيارة عمل لوفد إماراتي إلى فرنسا يوم 11 ديسمبر 2024.",
        "ar",
        places=[("فرنسا", "COUNTRY", "FR", "FR")],
    )
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == [
        ("meeting", "FR")
    ]


def test_a_course_listed_among_the_topics_of_an_agreement_is_not_an_event():
    ctx = context(
        "ACN e AKCESK hanno firmato ieri a Roma un memorandum d'intesa per lo scambio "
        "di informazioni sulle minacce e la formazione del personale.",
        "it",
        published=datetime.date(2024, 6, 26),
        places=[("Roma", "CITY", "Rome", "IT")],
    )
    assert find_events(ctx) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Telkom Luncurkan Layanan Keamanan Siber Baru untuk UMKM\n"
            "PT Telkom meluncurkan layanan baru yang dikembangkan bekerja sama dengan "
            "mitra asing dan akan disertai pelatihan bagi pelaku usaha pada Juni 2025.",
            "id",
        ),
        (
            "شركة سعودية تطلق منصة جديدة لكشف التهديدات\n"
            "أطلقت الشركة منصة جديدة، وقالت إنها ستنظم ورشة عمل لعملائها في يونيو 2025 "
            "بالتعاون مع شركاء دوليين.",
            "ar",
        ),
        (
            "Роскомнадзор оштрафовал оператора связи за утечку данных\n"
            "Компания ранее участвовала в киберучениях в июне 2024 года, "
            "организованных в сотрудничестве с зарубежными партнерами.",
            "ru",
        ),
    ],
)
def test_a_product_launch_or_a_fine_gives_no_events(text, language):
    assert find_events(context(text, language)) == ()


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("The summit meeting was held in Tokyo on 3 May 2025.", "en", "summit"),
        ("La réunion au sommet s'est tenue le 3 mai 2025.", "fr", "summit"),
        ("Une table ronde s'est tenue à Paris le 3 mai 2025.", "fr", "meeting"),
        ("Se celebró una mesa redonda el 3 de mayo de 2025.", "es", "meeting"),
        ("The minister paid a courtesy call on 3 May 2025.", "en", "meeting"),
    ],
)
def test_summit_meetings_roundtables_and_courtesy_calls(text, language, kind):
    assert [e.kind for e in find_events(context(text, language))] == [kind]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The previous meeting was held in Tokyo.", "en", []),
        ("La reunión anterior se celebró en Lima.", "es", []),
        (
            "Prior to the summit in Tokyo on 12 May 2025, officials met.",
            "en",
            [("summit", "JP")],
        ),
        (
            "On the previous day the ministers held talks in Tokyo on 3 May 2025.",
            "en",
            [("meeting", "JP")],
        ),
    ],
)
def test_a_previous_edition_is_named_next_to_its_word(text, language, expected):
    places = [("Tokyo", "CITY", "Tokyo", "JP"), ("Lima", "CITY", "Lima", "PE")]
    ctx = context(text, language, datetime.date(2025, 5, 10), places=places)
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == expected


def test_a_drill_with_its_own_verb_after_a_preposition_is_an_event():
    ctx = context(
        "The ministers met on 3 May 2025 for talks and for the joint exercise held "
        "on 5 May 2025.",
        "en",
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [
        ("meeting", "2025-05-03"),
        ("exercise", "2025-05-05"),
    ]


def test_a_lead_that_opens_with_a_country_is_no_dateline():
    ctx = context(
        "Talks\nVietnam and Japan held talks in Tokyo – the first since 2019 – on "
        "3 May 2025.",
        "en",
        places=[("Vietnam", "COUNTRY", "VN", "VN"), ("Tokyo", "CITY", "Tokyo", "JP")],
    )
    assert [e.location_country for e in find_events(ctx)] == ["JP"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "培训期间，CNCERT/CC还与LaoCERT举行了双边工作会谈，双方同意明年签署合作备忘录。",
            "zh",
        ),
        (
            "During the course the two teams held bilateral talks and agreed to sign "
            "an MoU next year.",
            "en",
        ),
    ],
)
def test_a_date_beside_a_planned_signing_is_not_the_meetings(text, language):
    ctx = context(text, language, published=datetime.date(2024, 11, 9))
    meetings = [e for e in find_events(ctx) if e.kind == "meeting"]
    assert [(e.kind, e.start) for e in meetings] == [("meeting", None)]


def test_a_date_right_after_a_partnership_is_the_partnerships():
    ctx = context(
        "Hôm qua, tại Hà Nội, hai bên tổ chức phiên đối thoại. "
        "Phát biểu tại buổi làm việc, ông Khoa nhắc lại việc hai nước nâng cấp quan "
        "hệ lên Đối tác Chiến lược Toàn diện vào tháng 9/2023.",
        "vi",
        published=datetime.date(2024, 3, 14),
        places=[("Hà Nội", "CITY", "Hanoi", "VN")],
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("meeting", "2024-03-13")]


def test_a_vietnamese_ministers_meeting_is_a_meeting():
    ctx = context(
        "Hai bên sẽ ký kết nhân dịp Hội nghị Bộ trưởng Số ASEAN vào tháng 10/2023.",
        "vi",
    )
    assert [e.kind for e in find_events(ctx)] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El INCIBE organizó un seminario web el 3 de marzo de 2025.", "es"),
        ("L'ANSSI a organisé un webinaire le 3 mars 2025.", "fr"),
        ("O CNCS realizou um seminário online em 3 de março de 2025.", "pt"),
        ("O CNCS realizou um webinário em 3 de março de 2025.", "pt"),
        ("Das BSI veranstaltete am 3. März 2025 ein Online-Seminar.", "de"),
        ("BSSN menggelar seminar daring pada 3 Maret 2025.", "id"),
        ("BSSN menggelar seminar web pada 3 Maret 2025.", "id"),
        ("NISCは2025年3月3日にウェビナーを開催した。", "ja"),
        ("KISA는 2025년 3월 3일 웨비나를 개최했다.", "ko"),
    ],
)
def test_online_seminars_are_webinars(text, language):
    assert [e.kind for e in find_events(context(text, language))] == ["webinar"]


def test_the_place_of_a_later_edition_is_not_the_training_s():
    ctx = context(
        "O curso de formação decorreu em Lisboa de 17 a 20 de novembro de 2025. "
        "A formação faz parte de um programa que prevê uma segunda edição em "
        "2026, em Luanda.",
        "pt",
        places=[
            ("Lisboa", "CITY", "Lisbon", "PT"),
            ("Luanda", "CITY", "Luanda", "AO"),
        ],
    )
    events = find_events(ctx)
    assert [(e.kind, e.location_country) for e in events] == [("training", "PT")]


def test_an_event_never_ends_before_it_starts():
    # the dash of the dateline and the day of the meeting read as a range
    text = (
        "서울 선언 채택\n\n[서울] 2025년 10월 10일 - 9일 서울에서 열린 국제 사이버 "
        "보안 회의에서 KISA와 CSA 대표는 서울 선언을 채택했다."
    )
    record = extract_article(
        ArticleInput(text=text, language="ko"), fixture_gazetteer()
    )
    (event,) = record.events
    assert event.start is not None
    assert event.end is None or event.end >= event.start


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thirty officials were trained in Dakar from 2 to 4 June 2025.", "en"),
        ("Vingt agents ont été formés à Dakar du 2 au 4 juin 2025.", "fr"),
        (
            "Veinte técnicos fueron capacitados en Dakar del 2 al 4 de junio de 2025.",
            "es",
        ),
        ("Vinte técnicos foram formados em Dakar de 2 a 4 de junho de 2025.", "pt"),
        ("Dua puluh petugas dilatih di Dakar pada 2-4 Juni 2025.", "id"),
    ],
)
def test_people_trained_somewhere_on_given_days_make_a_training(text, language):
    ctx = context(text, language, places=[("Dakar", "CITY", "Dakar", "SN")])
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == [
        ("training", "SN")
    ]


@pytest.mark.parametrize(
    "written, grouped, text",
    [
        (
            triggers.COOPERATION_CUES,
            triggers._COOPERATION,
            "The MoUs and the noMoU; the course, a course of courses, Courses.",
        ),
        (
            triggers.COOPERATION_CUES,
            triggers._COOPERATION,
            "En curso: un curso de formación y cooperación conjunta; 협력.",
        ),
        (
            triggers.ATTACK_CUES,
            triggers._ATTACK,
            "Ransomware attacks, a data breach and the fines; kebocoran data, 攻撃.",
        ),
        (
            triggers.ATTACK_CUES,
            triggers._ATTACK,
            "Ein Cyberangriff, une cyberattaque et une amende; атака; 공격.",
        ),
    ],
    ids=["cooperation-en", "cooperation-es", "attack-en", "attack-de"],
)
def test_cue_patterns_grouped_by_first_letter_match_as_written(written, grouped, text):
    spans = [m.span() for m in re.finditer(written, text, re.IGNORECASE)]
    assert len(spans) >= 3
    assert [m.span() for m in grouped.finditer(text)] == spans


def test_a_cue_without_a_first_letter_is_refused():
    with pytest.raises(ValueError):
        triggers._by_first_letter(r"joint|\w+ing")


def test_an_event_long_before_publication_is_background():
    text = (
        "The memorandum builds on joint work during a regional exercise in "
        "October 2024."
    )
    assert find_events(context(text, "en", datetime.date(2025, 11, 19))) == ()
    (recent,) = find_events(context(text, "en", datetime.date(2025, 1, 10)))
    assert (recent.kind, recent.start) == ("exercise", "2024-10")


def test_a_year_dated_announcement_is_not_folded_into_a_background_event():
    text = (
        "昨年11月に東京で開かれた第1回協議では、演習について意見交換していた。"
        "両機関は来年度、共同演習を実施する予定だ。"
    )
    events = find_events(context(text, "ja", datetime.date(2025, 6, 27)))
    assert [(e.kind, e.start) for e in events if e.kind == "exercise"] == [
        ("exercise", "2026")
    ]


@pytest.mark.parametrize(
    ("text", "language", "published", "span"),
    [
        (
            "A three-day workshop opened on Monday in Nairobi.",
            "en",
            (2025, 4, 30),
            ("2025-04-28", "2025-04-30"),
        ),
        (
            "Die Unterzeichnung fand am Rande der zweitägigen Konsultationen statt, "
            "die am Dienstag in Warschau begonnen hatten.",
            "de",
            (2025, 9, 12),
            ("2025-09-09", "2025-09-10"),
        ),
        (
            "Подписание прошло в ходе двухдневного рабочего визита, который "
            "завершился во вторник.",
            "ru",
            (2025, 4, 3),
            ("2025-03-31", "2025-04-01"),
        ),
        (
            "A three-day workshop was held on 5 May 2025 in Nairobi.",
            "en",
            None,
            ("2025-05-05", None),
        ),
    ],
)
def test_a_multi_day_event_dated_by_one_day(text, language, published, span):
    published = datetime.date(*published) if published else None
    (event,) = find_events(context(text, language, published))
    assert (event.start, event.end) == span


def test_a_dateline_day_without_year_is_not_the_event_date():
    ctx = context(
        "NACSA anjur bengkel\nKUALA LUMPUR, 16 Okt (Bernama) -- NACSA mengadakan "
        "bengkel bersama CSA tahun 2025.",
        "ms",
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start) == ("workshop", "2025")


def test_a_meeting_at_whose_ceremony_a_text_was_signed_takes_its_date():
    text = (
        "L'ANSSI et la DGSSI ont signé un mémorandum d'entente le 7 novembre dernier "
        "à Rabat. Le texte prévoit l'échange d'informations. « La menace ne connaît "
        "pas de frontières », a déclaré le directeur lors de la cérémonie, qui s'est "
        "tenue en marge d'une réunion de travail."
    )
    (event,) = find_events(context(text, "fr", datetime.date(2024, 11, 14)))
    assert (event.kind, event.start) == ("meeting", "2024-11-07")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "BSSN dan ASD menggelar pelatihan pada 5-7 Maret 2025 di Denpasar. "
            "Kedua pihak juga menggelar rapat koordinasi pada hari terakhir.",
            "id",
        ),
        (
            "The two agencies ran a training course from 5 to 7 March 2025. "
            "A coordination meeting was held on the last day.",
            "en",
        ),
    ],
)
def test_on_the_last_day_is_the_last_day_of_the_event_just_told(text, language):
    events = find_events(context(text, language, datetime.date(2025, 3, 8)))
    meeting = next(e for e in events if e.kind == "meeting")
    assert (meeting.start, meeting.end) == ("2025-03-07", "2025-03-07")


def test_a_visit_during_which_a_text_was_signed_keeps_only_the_month():
    text = (
        "НКЦКИ и ЦКБ подписали меморандум. Документ был подписан 13 мая в Москве "
        "в ходе официального визита узбекской делегации."
    )
    (visit,) = find_events(context(text, "ru", datetime.date(2025, 5, 14)))
    assert (visit.kind, visit.start, visit.end) == ("meeting", "2025-05", None)


def test_a_drill_dated_by_a_month_leaves_the_year_of_the_plan_alone():
    text = (
        "양 기관은 오는 11월 합동 훈련을 실시하고, 내년 상반기 중 공동 실행계획을 "
        "마련할 예정이다."
    )
    events = find_events(context(text, "ko", datetime.date(2024, 8, 22)))
    assert [(e.kind, e.start) for e in events] == [("exercise", "2024-11")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("去年11月，中泰双方曾在北京举办首届网络安全对话。", "zh"),
        ("Pada tahun lepas, kedua-dua agensi mengadakan bengkel di Singapura.", "ms"),
        ("Last year, the two agencies held a workshop in Singapore.", "en"),
    ],
)
def test_a_last_year_opening_the_sentence_makes_its_event_background(text, language):
    assert find_events(context(text, language, datetime.date(2025, 3, 12))) == ()


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("CNCERT还与LaoCERT举行了视频会议。", "zh", "meeting"),
        (
            "A assinatura ocorreu durante a missão técnica a Cabo Verde.",
            "pt",
            "meeting",
        ),
        ("La firma se realizó durante la misión técnica a Panamá.", "es", "meeting"),
    ],
)
def test_video_calls_and_technical_missions_are_meetings(text, language, kind):
    assert [e.kind for e in find_events(context(text, language))] == [kind]


def test_a_dateline_other_than_the_publication_date_is_not_the_event_date():
    # the publication date comes from the page, the dateline from the wire
    ctx = context(
        "ANSSI et CCCS\nPARIS, 9 oct (AFP) - L'ANSSI a organisé un atelier avec le "
        "Centre canadien en 2025.",
        "fr",
        datetime.date(2025, 10, 10),
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start) == ("workshop", "2025")


def test_meetings_a_week_apart_are_two_events():
    text = (
        "CNCERT and NCSA held a meeting on 10-11 March 2025 in Bangkok. "
        "On 4 March 2025, CNCERT also held a meeting with LaoCERT by video."
    )
    events = find_events(context(text, "en", datetime.date(2025, 3, 12)))
    assert sorted(e.start for e in events) == ["2025-03-04", "2025-03-10"]


def test_a_closing_day_two_days_off_the_range_is_the_same_event():
    text = (
        "The exercise ran from 3 to 5 March 2025 in Tallinn. "
        "The exercise wrapped up on 6 March 2025."
    )
    events = find_events(context(text, "en", datetime.date(2025, 3, 8)))
    assert [(e.kind, e.start) for e in events] == [("exercise", "2025-03-03")]


@pytest.mark.parametrize(
    ("text", "language", "place", "course_start"),
    [
        (
            "El programa incluirá un curso virtual que comenzará el próximo 15 de "
            "septiembre y un taller presencial en Cartagena en noviembre.",
            "es",
            ("Cartagena", "CITY", "Cartagena", "CO"),
            "2024-09-15",
        ),
        (
            "The programme includes an online course starting on 15 September and "
            "a workshop in Cartagena in November.",
            "en",
            ("Cartagena", "CITY", "Cartagena", "CO"),
            "2024-09-15",
        ),
        (
            "Le programme comprendra un cours en ligne qui débutera le 15 septembre "
            "et un atelier à Dakar en novembre.",
            "fr",
            ("Dakar", "CITY", "Dakar", "SN"),
            "2024-09-15",
        ),
        (
            "Das Programm umfasst einen Online-Kurs ab September und einen Workshop "
            "in Berlin im November.",
            "de",
            ("Berlin", "CITY", "Berlin", "DE"),
            "2024-09",
        ),
        (
            "Chương trình gồm một khóa học trực tuyến bắt đầu từ ngày 15/9 và một "
            "hội thảo tại Hà Nội vào tháng 11.",
            "vi",
            ("Hà Nội", "CITY", "Hanoi", "VN"),
            "2024-09-15",
        ),
        (
            "Program ini merangkumi kursus dalam talian bermula 15 September dan "
            "bengkel di Kuala Lumpur pada November.",
            "ms",
            ("Kuala Lumpur", "CITY", "Kuala Lumpur", "MY"),
            "2024-09-15",
        ),
    ],
)
def test_a_course_and_a_workshop_in_one_sentence_are_two_events(
    text, language, place, course_start
):
    ctx = context(text, language, datetime.date(2024, 6, 10), places=[place])
    found = sorted(
        (e.kind, e.start, e.location_city, e.location_country) for e in find_events(ctx)
    )
    assert found == [
        ("training", course_start, None, None),
        ("workshop", "2024-11", place[2], place[3]),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Au cours de la réunion, les deux agences en cours de fusion ont parlé.",
            "fr",
        ),
        ("Nel corso della riunione in corso a Roma hanno parlato.", "it"),
        ("Die Agenturen bleiben auf Kurs, sagte der Minister.", "de"),
        ("Hai bên trao đổi về khoa học công nghệ.", "vi"),
    ],
)
def test_during_under_way_or_on_track_is_no_course(text, language):
    assert not [
        kind
        for kind, _, _ in triggers.find_terms(text, language, "event")
        if kind == "training"
    ]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("สกมช. จัดอบรมเชิงปฏิบัติการด้านไซเบอร์ เมื่อวันที่ 3 มีนาคม 2568", "th", "workshop"),
        ("สกมช. จัดการอบรมเชิงปฏิบัติการ เมื่อวันที่ 3 มีนาคม 2568", "th", "workshop"),
        ("สกมช. จัดการฝึกอบรมเชิงปฏิบัติการ เมื่อวันที่ 3 มีนาคม 2568", "th", "training"),
        ("KISA는 2025년 3월 3일 APCERT 연례총회를 열었다", "ko", "meeting"),
        ("KISA는 2025년 3월 3일 정기총회를 개최했다", "ko", "meeting"),
    ],
)
def test_thai_workshops_and_korean_general_meetings(text, language, kind):
    events = find_events(context(text, language, datetime.date(2025, 3, 5)))
    assert [(e.kind, e.start) for e in events] == [(kind, "2025-03-03")]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "The two sides held their cyber dialogue in Canberra on 3 March. "
            "The next one will take place in Wellington in 2026.",
            "en",
            ("Wellington", "CITY", "Wellington", "NZ"),
        ),
        (
            "The two sides held their cyber dialogue in Canberra on 3 March. "
            "The next round will be held in Wellington in 2026.",
            "en",
            ("Wellington", "CITY", "Wellington", "NZ"),
        ),
        (
            "Les deux parties ont tenu leur dialogue à Paris le 3 mars. "
            "Le prochain aura lieu à Rabat en 2026.",
            "fr",
            ("Rabat", "CITY", "Rabat", "MA"),
        ),
        (
            "Ambas partes celebraron su diálogo en Madrid el 3 de marzo. "
            "La próxima ronda se celebrará en Lima en 2026.",
            "es",
            ("Lima", "CITY", "Lima", "PE"),
        ),
    ],
)
def test_the_next_one_of_a_dialogue_just_told_is_a_planned_meeting(
    text, language, place
):
    ctx = context(text, language, datetime.date(2025, 3, 5), places=[place])
    events = sorted((e.start, e.kind, e.location_country) for e in find_events(ctx))
    assert events == [("2025-03-03", "meeting", None), ("2026", "meeting", place[3])]


def test_the_next_one_without_an_event_told_before_is_nothing():
    text = "Prices rose again. The next one is due in 2026."
    assert find_events(context(text, "en", datetime.date(2025, 3, 5))) == ()


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Die Konsultationen fanden am 3 März 2025 statt.", "de", None),
        ("Die zweite Runde der Konsultationen fand am 3 März 2025 statt.", "de", None),
        ("An der Übung am 3 März 2025 nahmen zwölf Länder teil.", "de", None),
        ("Das Treffen fand am 3 März 2025 statt.", "de", None),
        ("The Meeting took place on 3 March 2025.", "en", None),
        ("La Réunion s'est tenue le 3 mars 2025.", "fr", None),
        (
            "The Trans-Tasman Cyber Dialogue took place on 3 March 2025.",
            "en",
            "Trans-Tasman Cyber Dialogue",
        ),
        (
            "Die Deutsch-Japanischen Cyberkonsultationen fanden am 3 März 2025 statt.",
            "de",
            "Deutsch-Japanischen Cyberkonsultationen",
        ),
    ],
)
def test_an_article_and_a_generic_noun_are_no_event_name(text, language, name):
    (event,) = find_events(context(text, language, datetime.date(2025, 3, 5)))
    assert event.name == name


def test_the_place_an_event_was_held_in_opens_no_name():
    text = "L'esercitazione si è conclusa il 3 marzo 2025 in Estonia Cyber Coalition."
    ctx = context(text, "it", datetime.date(2025, 3, 5))
    assert [e.name for e in find_events(ctx)] == ["Cyber Coalition"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "KISA는 2025년 7월 1일 연례총회를 열었다. KISA는 총회를 계기로 MOU를 "
            "체결했으며, 내년에는 나이로비에서 교육과정을 운영할 예정이다.",
            "ko",
        ),
        (
            "The annual meeting opened on 1 July 2025. On the occasion of the meeting, "
            "KISA said it would run a course in Nairobi next year.",
            "en",
        ),
    ],
)
def test_an_event_named_as_the_occasion_is_the_one_already_told(text, language):
    # the date and place of the rest of the sentence are the course's
    place = (
        "나이로비" if language == "ko" else "Nairobi",
        "CITY",
        "Nairobi",
        "KE",
    )
    ctx = context(text, language, datetime.date(2025, 7, 3), places=[place])
    meetings = [
        (e.start, e.location_country) for e in find_events(ctx) if e.kind == "meeting"
    ]
    assert meetings == [("2025-07-01", None)]


def test_a_title_case_headline_names_no_event():
    text = (
        "BSSN dan CSA Singapura Gelar Latihan Bersama Keamanan Siber\n\n"
        "Jakarta, 3 Juli 2024 - BSSN bersama CSA menggelar latihan bersama "
        "penanganan insiden siber di Jakarta pada 1-2 Juli 2024."
    )
    found = extract_article(
        ArticleInput(text=text, title=text.splitlines()[0]), fixture_gazetteer()
    )
    [event] = found.events
    assert event.kind == "exercise"
    assert event.name is None


def test_a_headline_in_sentence_case_still_names_its_event():
    text = (
        "Estonia hosts the Cyber Coalition Exercise\n\n"
        "TALLINN - Around 1,000 experts took part in the exercise, which ended on "
        "Friday."
    )
    found = extract_article(
        ArticleInput(text=text, title=text.splitlines()[0]), fixture_gazetteer()
    )
    assert [e.name for e in found.events] == ["Cyber Coalition Exercise"]


def _kinds_dates(ctx):
    return sorted((e.kind, e.start, e.location_country) for e in find_events(ctx))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "BSSN dan ACSC menggelar lokakarya bersama pada 14 Juli. Hasil "
            "lokakarya akan dipaparkan kembali kepada para pemangku kepentingan "
            "dalam webinar pada Agustus.",
            "id",
        ),
        (
            "The agencies held a joint workshop on 14 July. The results of the "
            "workshop will be presented to operators in a webinar in August.",
            "en",
        ),
    ],
)
def test_a_date_beyond_another_event_word_is_that_event_s(text, language):
    ctx = context(text, language, published=datetime.date(2025, 7, 15))
    assert _kinds_dates(ctx) == [
        ("webinar", "2025-08", None),
        ("workshop", "2025-07-14", None),
    ]


def test_the_month_and_place_of_a_planned_signing_are_not_the_workshop_s():
    ctx = context(
        "Ngày 24/9, Cục An toàn thông tin tổ chức hội thảo về an toàn hệ thống điều "
        "khiển. Phát biểu tại hội thảo, lãnh đạo Cục cho biết hai bên sắp ký bản "
        "ghi nhớ hợp tác, dự kiến vào tháng 11 tại Seoul.",
        "vi",
        published=datetime.date(2025, 9, 24),
        places=[("Seoul", "CITY", "Seoul", "KR")],
    )
    assert _kinds_dates(ctx) == [("workshop", "2025-09-24", None)]


def test_a_workshop_and_a_drill_joined_by_and_share_their_month():
    ctx = context(
        "The two agencies will hold a joint exercise and a workshop in May.",
        "en",
        published=datetime.date(2025, 3, 15),
    )
    assert _kinds_dates(ctx) == [
        ("exercise", "2025-05", None),
        ("workshop", "2025-05", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Am Dienstag nahmen Fachleute an einem gemeinsamen Planspiel teil.", "de",
         "exercise"),
        ("18日，双方在万象举行第二届中老网络安全交流会。", "zh", "meeting"),
    ],
)  # fmt: skip
def test_more_event_words(text, language, kind):
    ctx = context(text, language, published=datetime.date(2026, 3, 20))
    assert [e.kind for e in find_events(ctx)] == [kind]


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        (
            "Police from five countries took part in a joint operation coordinated "
            "by Europol. The operation ran from 10 to 14 November 2025.",
            "en",
            "2025-11-10",
        ),
        (
            "La Policía Nacional participó en una operación internacional "
            "coordinada por Europol. La operación se desarrolló entre el 10 y el 14 "
            "de noviembre de 2025.",
            "es",
            "2025-11-10",
        ),
        (
            "Страны ОДКБ провели международную операцию «ПРОКСИ». Операция "
            "проходила с 12 по 23 октября 2026 года.",
            "ru",
            "2026-10-12",
        ),
    ],
)
def test_a_joint_police_operation_is_one_event_with_its_days(text, language, start):
    ctx = context(
        text,
        language,
        published=datetime.date.fromisoformat(start) + datetime.timedelta(days=20),
        places=[("Europol", "ORG", "Europol", None)],
    )
    (event,) = find_events(ctx)
    assert (event.kind, event.start, event.location_country) == ("other", start, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The company expanded its international operations in Asia.", "en"),
        ("The security operations centre opened in May 2025.", "en"),
        ("Le centre des opérations de sécurité a ouvert en mai 2025.", "fr"),
    ],
)
def test_operations_of_a_business_are_no_event(text, language):
    ctx = context(text, language, published=datetime.date(2025, 6, 1))
    assert [e for e in find_events(ctx) if e.kind == "other"] == []


def test_a_name_that_is_only_an_event_word_is_the_event():
    ctx = context(
        "NCSA will host a Capture the Flag (CTF) competition on 20-21 November 2025.",
        "en",
        published=datetime.date(2025, 9, 12),
        orgs=[("Capture the Flag (CTF)", "Capture the Flag", None)],
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("exercise", "2025-11-20")]


def test_a_word_inside_a_longer_name_stays_part_of_the_body():
    ctx = context(
        "The Forum of Incident Response and Security Teams opened an office.",
        "en",
        orgs=[("Forum of Incident Response and Security Teams", "FIRST", None)],
    )
    assert find_events(ctx) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Leaders opened a two-day summit in Suva on 3 June 2025. Australia "
            "attended the leaders' meeting as an observer.",
            "en",
        ),
        (
            "Le forum s'est tenu les 26 et 27 novembre 2025 à Rabat. Le directeur "
            "s'est exprimé à l'issue de la rencontre de deux jours.",
            "fr",
        ),
    ],
)
def test_a_gathering_named_again_by_another_word_is_one_event(text, language):
    ctx = context(
        text,
        language,
        published=datetime.date(2025, 11, 28),
        places=[
            ("Suva", "CITY", "Suva", "FJ"),
            ("Rabat", "CITY", "Rabat", "MA"),
        ],
    )
    assert len(find_events(ctx)) == 1


def test_a_place_well_after_an_attack_word_is_the_attacks():
    ctx = context(
        "Leaders opened a summit in Suva on 3 June 2025. The summit follows a wave "
        "of ransomware attacks that crippled government networks in Tonga.",
        "en",
        published=datetime.date(2025, 6, 5),
        places=[("Suva", "CITY", "Suva", "FJ"), ("Tonga", "COUNTRY", "TO", "TO")],
    )
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == [
        ("summit", "FJ")
    ]


def test_a_workshop_on_attacks_in_a_city_is_in_that_city():
    ctx = context(
        "The agencies held a workshop on ransomware in Jakarta on 3 June 2025.",
        "en",
        published=datetime.date(2025, 6, 5),
        places=[("Jakarta", "CITY", "Jakarta", "ID")],
    )
    assert [(e.kind, e.location_country) for e in find_events(ctx)] == [
        ("workshop", "ID")
    ]


@pytest.mark.parametrize(
    ("text", "language", "city"),
    [
        (
            "Leaders met at a summit in Suva on 3 June 2025. The leaders will meet "
            "again next year in Port Vila.",
            "en",
            ("Port Vila", "CITY", "Port Vila", "VU"),
        ),
        (
            "Les ministres ont tenu une réunion à Rabat le 3 juin 2025. Ils se "
            "réuniront de nouveau l'année prochaine à Tunis.",
            "fr",
            ("Tunis", "CITY", "Tunis", "TN"),
        ),
    ],
)
def test_meeting_again_announces_the_next_edition(text, language, city):
    ctx = context(
        text,
        language,
        published=datetime.date(2025, 6, 5),
        places=[
            ("Suva", "CITY", "Suva", "FJ"),
            ("Rabat", "CITY", "Rabat", "MA"),
            city,
        ],
    )
    events = sorted((e.start, e.location_country) for e in find_events(ctx))
    assert events[-1] == ("2026", city[3])
    assert len(events) == 2


def test_thai_and_joins_two_events_each_with_its_own_date():
    ctx = context(
        "สกมช. จัดการแข่งขัน CTF\n\n"
        "สกมช. จะจัดการแข่งขัน CTF ระหว่างวันที่ 20-21 พฤศจิกายน 2568 "
        "และจะจัดสัมมนาออนไลน์ร่วมกับ JPCERT/CC ในเดือนธันวาคม",
        "th",
        published=datetime.date(2025, 9, 12),
    )
    assert sorted((e.kind, e.start) for e in find_events(ctx)) == [
        ("exercise", "2025-11-20"),
        ("webinar", "2025-12"),
    ]


def test_a_one_day_event_takes_the_days_of_the_next_sentence():
    ctx = context(
        "Si è concluso ieri a Roma il primo incontro tecnico tra i CSIRT.\n"
        "Per due giorni, il 16 e il 17 giugno, gli analisti hanno lavorato insieme.",
        "it",
        published=datetime.date(2026, 6, 18),
    )
    assert [(e.start, e.end) for e in find_events(ctx)] == [
        ("2026-06-16", "2026-06-17")
    ]


def test_jornadas_are_one_event_of_several_days():
    ctx = context(
        "Headline\nLa firma cerró las primeras jornadas técnicas de ciberseguridad, "
        "que comenzaron el 10 de marzo de 2025.",
        "es",
        published=datetime.date(2025, 3, 12),
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [
        ("conference", "2025-03-10")
    ]


def test_a_two_day_meeting_that_began_on_a_day_starts_that_day():
    ctx = context(
        "Headline\nDie Unterzeichnung fand zum Abschluss eines zweitägigen "
        "Expertentreffens statt, das am Dienstag begonnen hatte.",
        "de",
        published=datetime.date(2026, 1, 16),
    )
    assert [(e.kind, e.start, e.end) for e in find_events(ctx)] == [
        ("meeting", "2026-01-13", "2026-01-14")
    ]


def test_an_event_of_last_year_in_german_is_background():
    ctx = context(
        "Headline\nBereits im Dezember vergangenen Jahres hatten Fachleute an einem "
        "Workshop der ENISA teilgenommen.",
        "de",
        published=datetime.date(2026, 1, 16),
    )
    assert find_events(ctx) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Headline\nExpertos de nueve países participaron en un taller regional "
            "en Asunción.\nEl encuentro, celebrado del 19 al 21 de agosto de 2025, "
            "reunió a representantes de nueve países.\nDurante las jornadas, los "
            "participantes analizaron casos reales.",
            "es",
        ),
        (
            "Headline\nExperts from nine countries took part in a regional workshop "
            "in Asunción.\nThe meeting, held from 19 to 21 August 2025, brought "
            "together nine countries.",
            "en",
        ),
    ],
)
def test_the_meeting_that_opens_the_next_sentence_is_the_event_just_told(
    text, language
):
    ctx = context(
        text,
        language,
        published=datetime.date(2025, 8, 22),
        places=[("Asunción", "CITY", "Asunción", "PY")],
    )
    assert [(e.kind, e.start, e.end) for e in find_events(ctx)] == [
        ("workshop", "2025-08-19", "2025-08-21")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Headline\nCác chuyên gia trực tiếp hướng dẫn các bài thực hành.",
            "vi",
        ),
        (
            "Headline\nMéxico y Colombia siguieron la jornada en calidad de "
            "observadores.",
            "es",
        ),
        (
            "Headline\nKISA는 국제침해사고대응협의회(FIRST)와 공동으로 행사를 열었다.",
            "ko",
        ),
    ],
)
def test_words_that_only_look_like_events(text, language):
    assert find_events(context(text, language)) == ()


def test_a_council_without_an_acronym_still_meets():
    ctx = context(
        "Headline\n한일 사이버 정책협의회가 9월 2일 서울에서 열렸다.",
        "ko",
        published=datetime.date(2026, 9, 5),
    )
    assert [e.kind for e in find_events(ctx)] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Students joined a cyber bootcamp on 18 June 2025.", "en", "training"),
        ("The agencies ran a capture-the-flag competition on 18 June 2025.", "en",
         "exercise"),
        ("The agencies held a virtual workshop on 18 June 2025.", "en", "webinar"),
        ("The agencies held a crisis simulation on 18 June 2025.", "en", "exercise"),
        ("Beide Behörden richteten eine Fachtagung am 18 Juni 2025 aus", "de",
         "conference"),
        ("As duas agências realizaram um simulado em 18 de junho de 2025.", "pt",
         "exercise"),
        ("Kedua lembaga menggelar bimbingan teknis pada 18 Juni 2025.", "id",
         "training"),
        ("양 기관은 2025년 6월 18일 해킹방어대회를 개최했다.", "ko", "exercise"),
        ("双方于2025年6月18日举办网络安全技能竞赛。", "zh", "exercise"),
        ("Стороны 18 июня 2025 года провели курсы повышения квалификации.", "ru",
         "training"),
        ("ทั้งสองฝ่ายจัดการแข่งขันไซเบอร์เมื่อวันที่ 18 มิถุนายน 2568", "th",
         "exercise"),
    ],
)  # fmt: skip
def test_competitions_simulations_and_courses_in_more_words(text, language, kind):
    ctx = context(f"Headline\n{text}", language, published=datetime.date(2025, 6, 20))
    assert [(e.kind, e.start) for e in find_events(ctx)] == [(kind, "2025-06-18")]


def test_a_policy_course_is_no_training():
    ctx = context(
        "Headline\nСтороны подтвердили курс на сотрудничество 18 июня 2025 года.",
        "ru",
        published=datetime.date(2025, 6, 20),
    )
    assert [e for e in find_events(ctx) if e.kind == "training"] == []


def test_convening_again_is_the_main_gathering_s_next_edition():
    ctx = context(
        "Headline\nASEAN digital ministers met in Kuala Lumpur on June 18 for their "
        "annual conference. On the sidelines of the conference, Malaysia and "
        "Thailand held a bilateral meeting. The ministers will convene again next "
        "year in Manila.",
        "en",
        published=datetime.date(2025, 6, 20),
        places=[
            ("Kuala Lumpur", "CITY", "Kuala Lumpur", "MY"),
            ("Manila", "CITY", "Manila", "PH"),
        ],
    )
    assert ("conference", "2026", "PH") in [
        (e.kind, e.start, e.location_country) for e in find_events(ctx)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Headline\nUn atelier sur la réponse aux incidents s'est tenu du 16 au 18 "
            "juin à Dakar. Une nouvelle session est prévue en octobre à Abidjan.",
            "fr",
        ),
        (
            "Headline\nEl taller se celebró del 16 al 18 de junio en Dakar. Una "
            "nueva edición está prevista en octubre en Abidjan.",
            "es",
        ),
    ],
)
def test_a_new_session_is_the_next_edition(text, language):
    ctx = context(
        text,
        language,
        published=datetime.date(2025, 6, 20),
        places=[
            ("Dakar", "CITY", "Dakar", "SN"),
            ("Abidjan", "CITY", "Abidjan", "CI"),
        ],
    )
    assert sorted((e.kind, e.start, e.location_country) for e in find_events(ctx)) == [
        ("workshop", "2025-06-16", "SN"),
        ("workshop", "2025-10", "CI"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        (
            "Singapore and Japan held a cyber dialogue on June 18. During the talks, "
            "the two sides agreed to hold a joint exercise in November. The "
            "dialogue recalled last year's cyber week.",
            "en",
            "2025-11",
        ),
        (
            "Ngày 18/6, hai bên hội đàm tại Hà Nội. Hai bên thống nhất tổ chức "
            "diễn tập chung vào tháng 10. Năm ngoái, hai bên đã ký bản ghi nhớ.",
            "vi",
            "2025-10",
        ),
        (
            "日本とシンガポールは18日、第4回サイバー協議を開いた。協議では、11月に"
            "共同演習を実施することで合意した。",
            "ja",
            "2025-11",
        ),
    ],
)
def test_an_event_agreed_at_a_meeting_is_to_come_and_only_its_own(
    text, language, month
):
    ctx = context(f"Headline\n\n{text}", language, published=datetime.date(2025, 6, 20))
    assert sorted((e.kind, e.start) for e in find_events(ctx)) == [
        ("exercise", month),
        ("meeting", "2025-06-18"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Details were shared on a conference call on 18 June 2025.", "en"),
        ("O ministro deu uma conferência de imprensa em 18 de junho de 2025.", "pt"),
        ("عقد الوزير مؤتمراً صحفياً في 18 يونيو 2025.", "ar"),
        ("Министр заявил на пресс-конференции 18 июня 2025 года.", "ru"),
    ],
)
def test_press_conferences_and_calls_are_no_events(text, language):
    ctx = context(f"Headline\n{text}", language, published=datetime.date(2025, 6, 20))
    assert find_events(ctx) == ()


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("The agencies held a colloquium on 18 June 2025.", "en", "conference"),
        ("Les deux agences ont eu des entretiens le 18 juin 2025.", "fr", "meeting"),
        ("Kedua lembaga menggelar diskusi panel pada 18 Juni 2025.", "id",
         "meeting"),
        ("Kedua-dua agensi mengadakan perbincangan meja bulat pada 18 Jun 2025.",
         "ms", "meeting"),
        ("عقد الجانبان في 18 يونيو 2025 حلقة نقاشية.", "ar", "meeting"),
        ("Стороны 18 июня 2025 года провели круглый стол.", "ru", "meeting"),
    ],
)  # fmt: skip
def test_round_tables_panels_and_talks_in_more_words(text, language, kind):
    ctx = context(f"Headline\n{text}", language, published=datetime.date(2025, 6, 20))
    assert [(e.kind, e.start) for e in find_events(ctx)] == [(kind, "2025-06-18")]


def test_a_russian_sitting_is_a_meeting():
    ctx = context(
        "Headline\nПредставители стран СНГ провели в Минске 7–8 декабря 2026 года "
        "заседание рабочей группы по информационной безопасности.",
        "ru",
        published=datetime.date(2026, 12, 9),
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("meeting", "2026-12-07")]


def test_a_similar_event_elsewhere_is_background():
    ctx = context(
        "Headline\nThe two agencies held a grid drill in Manila on 13 March 2025.\n"
        "CISA ran a similar grid exercise with utilities in Guam on 28 January 2025.",
        "en",
        published=datetime.date(2025, 3, 14),
    )
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("exercise", "2025-03-13")]


def test_a_summit_dated_only_by_an_old_signing_is_background():
    ctx = context(
        "Headline\nThe agencies signed an agreement on 13 March 2025.\n"
        "They first signed a letter of intent in November 2023, on the sidelines of "
        "the APEC summit in San Francisco.",
        "en",
        published=datetime.date(2025, 3, 14),
    )
    assert [e.kind for e in find_events(ctx)] == []


@pytest.mark.parametrize(
    ("text", "language", "published", "start"),
    [
        ("The minister met his Japanese counterpart in Tokyo on 18 June 2025.",
         "en", datetime.date(2025, 6, 20), "2025-06-18"),
        ("Le ministre a reçu une délégation marocaine le 18 juin 2025.", "fr",
         datetime.date(2025, 6, 20), "2025-06-18"),
        ("El ministro se reunió con su homólogo el 18 de junio de 2025.", "es",
         datetime.date(2025, 6, 20), "2025-06-18"),
        ("Kepala BSSN bertemu dengan Kepala CSA pada 18 Juni 2025.", "id",
         datetime.date(2025, 6, 20), "2025-06-18"),
        ("بحث رئيس المركز الوطني للأمن السيبراني في الأردن، أمس الاثنين في عمّان، "
         "مع وفد من المجلس الأعلى للأمن السيبراني المصري سبل تعزيز التعاون.", "ar",
         datetime.date(2025, 9, 2), "2025-09-01"),
    ],
)  # fmt: skip
def test_a_meeting_told_by_its_verb(text, language, published, start):
    ctx = context(f"Headline\n{text}", language, published=published)
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("meeting", start)]


def test_meeting_requirements_is_no_meeting():
    ctx = context(
        "Headline\nThe system met the requirements on 18 June 2025.",
        "en",
        published=datetime.date(2025, 6, 20),
    )
    assert find_events(ctx) == ()


def test_the_arabic_future_prefix_is_not_inside_cyber():
    assert triggers.cues("للأمن السيبراني والسياسة الوطنية", "ar", "future") == ()
    assert triggers.cues("وسيوقع الجانبان مذكرة تفاهم", "ar", "future")


@pytest.mark.parametrize(
    ("text", "language", "future"),
    [
        ("在双方的共同努力下，合作不断深化。", "zh", False),
        ("双方将于下个月举办培训班。", "zh", True),
        ("Các nội dung liên quan tới an ninh mạng đã được thảo luận.", "vi", False),
        ("Hai bên sẽ tổ chức diễn tập vào tháng tới.", "vi", True),
    ],
)
def test_future_cues_only_where_they_mean_the_future(text, language, future):
    assert bool(triggers.cues(text, language, "future")) == future


def test_a_forum_named_as_such_is_a_forum():
    ctx = context(
        "Headline\nThe agencies met at the Global Cybersecurity Forum in Riyadh on 1 "
        "October 2024.",
        "en",
        published=datetime.date(2024, 10, 3),
    )
    assert [e.kind for e in find_events(ctx)] == ["forum"]


def test_a_publication_date_at_the_foot_of_a_short_article_is_no_dateline():
    text = (
        "Joint drill in Manila\n"
        "The two agencies held a joint exercise in Manila on 3 March 2025.\n"
        "They also met for talks on 4 March 2025.\n"
        "Contact: press office\n"
        "Manila, 5 March 2025"
    )
    ctx = context(text, "en", published=datetime.date(2025, 3, 5))
    assert [(e.kind, e.start) for e in find_events(ctx)] == [
        ("exercise", "2025-03-03"),
        ("meeting", "2025-03-04"),
    ]


def test_a_byline_under_the_headline_is_still_the_dateline():
    text = (
        "Joint drill in Manila\n"
        "Published 5 March 2025, 14:02 GMT+8\n"
        "The two agencies held a joint exercise in Manila this week."
    )
    ctx = context(text, "en", published=datetime.date(2025, 3, 5))
    assert [(e.kind, e.start) for e in find_events(ctx)] == [("exercise", "2025-03")]
