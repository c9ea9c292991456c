"""Countries, cities and organisations found in short texts in several languages,
with small hand-built gazetteers (no database)."""

from __future__ import annotations

import functools

import pytest

from ingestion.extraction import build_context, extract_article
from ingestion.extraction.countries import classify_countries
from ingestion.extraction.gazetteer import fold, make_gazetteer
from ingestion.extraction.language import detect_language
from ingestion.extraction.organizations import dateline_spans, defined_acronyms
from ingestion.records import AgencyEntry, ArticleInput
from tests.extraction_helpers import (
    ANSSI,
    ASEAN,
    country,
    fixture_gazetteer,
    small_gazetteer,
)


def context(text: str, language: str | None = None, agencies=()):
    return build_context(
        ArticleInput(text=text, language=language), small_gazetteer(agencies)
    )


def countries(ctx) -> list[str]:
    return [m.value for m in ctx.mentions if m.label == "COUNTRY"]


def organizations(ctx):
    return {f.name: f for f in ctx.extra["organizations"]}


# --- language -----------------------------------------------------------------


def test_language_detection_tells_malay_from_indonesian():
    malay = (
        "Kerajaan Malaysia dan Jepun akan memeterai memorandum persefahaman bagi "
        "kerjasama keselamatan siber, kata menteri itu."
    )
    indonesian = (
        "Pemerintah Indonesia dan Jepang akan menandatangani nota kesepahaman untuk "
        "kerja sama keamanan siber, kata menteri tersebut."
    )
    assert detect_language(malay) == "ms"
    assert detect_language(indonesian) == "id"


def test_valid_language_hint_wins_and_invalid_one_is_ignored():
    text = "Le Maroc et la France signent un accord de coopération."
    assert detect_language(text, "pt-BR") == "pt"
    assert detect_language(text, "klingon") == "fr"


def test_language_detection_of_cjk_and_arabic():
    assert detect_language("日本とASEANはサイバーセキュリティ協力を強化する。") == "ja"
    assert (
        detect_language("한국과 베트남은 사이버 보안 협력을 강화하기로 했다.") == "ko"
    )
    assert detect_language("وقعت الإمارات والمغرب مذكرة تفاهم في الأمن السيبراني") == (
        "ar"
    )


# --- countries -----------------------------------------------------------------


def test_fold_keeps_offsets_and_strips_accents_but_not_vietnamese_ones():
    assert fold("Agence Nationale de la Sécurité") == "agence nationale de la securite"
    assert fold("Việt Nam", "vi") == "việt nam"
    assert len(fold("Straße İstanbul")) == len("Straße İstanbul")


def test_countries_by_name_demonym_and_capital_in_french():
    ctx = context(
        "Des responsables français et marocains se sont réunis. Paris et Rabat ont "
        "signé un accord.",
        "fr",
    )
    assert countries(ctx) == ["FR", "MA", "FR", "MA"]
    assert {m.value for m in ctx.mentions if m.label == "CITY"} == {"Paris", "Rabat"}


def test_korean_country_name_with_a_particle_attached():
    ctx = context("한국은 베트남과 사이버 보안 협력 양해각서를 체결했다.", "ko")
    assert "VN" in countries(ctx)


def test_korean_name_inside_a_longer_word_is_not_a_country():
    # "프랑스어" (the French language) is a word of its own, not France
    ctx = context("보고서는 프랑스어로 작성되었다.", "ko")
    assert countries(ctx) == []


def test_arabic_country_with_conjunction_and_article_prefixes():
    ctx = context("وقعت المغرب والإمارات مذكرة تفاهم في الأمن السيبراني.", "ar")
    assert set(countries(ctx)) == {"MA", "AE"}


def test_japanese_country_names_are_matched_inside_running_text():
    ctx = context("日本と中国の当局者が東京で会談した。", "ja")
    assert set(countries(ctx)) == {"JP", "CN"}


def test_ambiguous_country_name_needs_support():
    lone = context("Chad said the agreement was signed on Monday.", "en")
    supported = context("Officials from France and Chad signed the agreement.", "en")
    assert countries(lone) == []
    assert countries(supported) == ["FR", "TD"]


def test_lowercase_common_word_is_not_a_country():
    ctx = context("The turkey and the china plates were japan-lacquered.", "en")
    assert countries(ctx) == []


def test_member_list_and_suspects_are_mentioned_not_parties():
    text = (
        "Il Giappone e l'ASEAN rafforzano la cooperazione, con la Cina sospettata di "
        "attacchi. L'ASEAN comprende Malaysia, Vietnam e Cina."
    )
    ctx = context(text, "it", agencies=[ASEAN])
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    parties, mentioned = classify_countries(text, ctx.sentences, places, set())
    assert parties == ("JP",)
    assert set(mentioned) == {"CN", "MY", "VN"}


def test_participants_named_in_a_list_are_parties():
    text = "Experts from France, Morocco and Vietnam took part in the exercise."
    ctx = context(text, "en")
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    parties, mentioned = classify_countries(text, ctx.sentences, places, {"JP"})
    assert parties == ("FR", "MA", "VN", "JP")
    assert mentioned == ()


# --- organisations -------------------------------------------------------------------


def test_gazetteer_agency_by_alias_in_another_language_carries_its_id():
    ctx = context(
        "L'Agence nationale de la sécurité des systèmes d'information a signé un "
        "accord avec le Maroc.",
        "fr",
        agencies=[ANSSI],
    )
    found = organizations(ctx)["National Cybersecurity Agency of France"]
    assert found.known_id == 7
    assert found.country == "FR"
    assert found.confidence > 0.8


def test_short_acronym_matches_only_in_capitals():
    eu = AgencyEntry(
        id=3, name="European Union", kind="intergovernmental", acronym="EU"
    )
    assert "European Union" in organizations(context("The EU signed.", "en", [eu]))
    assert organizations(context("Eu signed the deal.", "en", [eu])) == {}


def test_longer_acronym_matches_in_title_case():
    ctx = context("Asean leaders met in Tokyo.", "en", agencies=[ASEAN])
    assert organizations(ctx)["Association of Southeast Asian Nations"].spans


def test_agencies_sharing_an_acronym_resolved_by_the_country_named():
    benin = AgencyEntry(
        id=9, name="Agence des systèmes", kind="government agency", country="BJ",
        acronym="ANSSI",
    )  # fmt: skip
    ctx = context("France: ANSSI and Morocco signed a deal.", "en", [benin, ANSSI])
    assert list(organizations(ctx)) == ["National Cybersecurity Agency of France"]


def test_acronym_defined_in_the_text_gives_name_and_acronym():
    text = (
        "The workshop was organised by Information Technology Institute – Vietnam "
        "National University (ITI-VNU) in Hanoi."
    )
    found = defined_acronyms(text, "en")
    assert found[0][:2] == (
        "Information Technology Institute – Vietnam National University",
        "ITI-VNU",
    )


def test_defined_acronym_takes_the_shortest_name_that_covers_it():
    text = (
        "Collaboration between the Italian National Interuniversity Consortium for "
        "Informatics (CINI) and Universiti Kebangsaan Malaysia (UKM) is planned."
    )
    ctx = context(text, "en")
    orgs = organizations(ctx)
    cini = orgs["National Interuniversity Consortium for Informatics"]
    assert cini.acronym == "CINI"
    assert "Italian National Interuniversity Consortium for Informatics" in cini.aliases
    assert orgs["Universiti Kebangsaan Malaysia"].country == "MY"


def test_new_ministry_by_rule_with_country_from_possessive():
    ctx = context(
        "Italy's Foreign Affairs Ministry together with Malaysia organised a webinar.",
        "en",
    )
    found = organizations(ctx)["Foreign Affairs Ministry"]
    assert found.kind == "ministry"
    assert found.country is None or found.country in ("IT",)


def test_two_bodies_joined_by_and_stay_apart():
    ctx = context(
        "Ministry of Information and Communications and Kaspersky Lab enhance "
        "cooperation. The MoU was signed by Kaspersky Lab (Russian Federation).",
        "en",
    )
    orgs = organizations(ctx)
    assert set(orgs) == {"Ministry of Information and Communications", "Kaspersky Lab"}
    assert orgs["Kaspersky Lab"].country == "RU"
    assert orgs["Kaspersky Lab"].kind == "company"


def test_field_words_alone_do_not_make_an_organisation():
    ctx = context(
        "He heads the Cybersecurity Lab and spoke at the Technical Committee on "
        "Cybersecurity.",
        "en",
    )
    assert organizations(ctx) == {}


def test_romance_name_led_by_its_head_with_lower_case_words():
    ctx = context(
        "Il Ministero degli Interni e delle Comunicazioni giapponese gestisce il "
        "centro.",
        "it",
    )
    found = organizations(ctx)["Ministero degli Interni e delle Comunicazioni"]
    assert found.kind == "ministry"
    assert found.country == "JP"


def test_vietnamese_ministry_ends_at_the_country_it_belongs_to():
    ctx = context("Bộ Ngoại giao Hoa Kỳ dẫn đầu đoàn công tác.", "vi")
    assert "Bộ Ngoại giao Hoa Kỳ" in organizations(ctx)


def test_news_outlets_are_not_organisations():
    ctx = context(
        "The ministry confirmed the deal, Agence France-Presse (AFP) reported.", "en"
    )
    assert organizations(ctx) == {}


def test_acronym_joined_by_a_hyphen_is_not_the_agency():
    nis = AgencyEntry(
        id=4, name="National Intelligence Service", kind="government agency",
        country="US", acronym="NIS",
    )  # fmt: skip
    ctx = context(
        "The United States and France discussed the NIS-2 rules.", "en", [nis]
    )
    assert organizations(ctx) == {}


def test_short_acronym_of_a_national_body_needs_its_country_named():
    nis = AgencyEntry(
        id=4, name="National Intelligence Service", kind="government agency",
        country="US", acronym="NIS",
    )  # fmt: skip
    assert organizations(context("France met the NIS on Monday.", "en", [nis])) == {}
    named = context("The United States' NIS met France on Monday.", "en", [nis])
    assert "National Intelligence Service" in organizations(named)


def test_name_reaches_back_over_and_but_not_over_a_list_of_people():
    lab = context("The university opened a Cyber Defence and Forensics Lab.", "en")
    assert "Cyber Defence and Forensics Lab" in organizations(lab)
    people = context(
        "Also present were Ambassador Datuk Shahril Effendi and Foreign Ministry "
        "officials.",
        "en",
    )
    assert set(organizations(people)) == {"Foreign Ministry"}


def test_meeting_named_with_an_acronym_is_not_an_organisation():
    ctx = context("Teams joined the ASEAN CERT Incident Drill (ACID) this week.", "en")
    assert organizations(ctx) == {}


def test_french_ministry_written_with_a_small_letter_and_elisions():
    ctx = context(
        "Le ministère de l'Europe et des Affaires étrangères français a financé "
        "l'école.",
        "fr",
    )
    found = organizations(ctx)["Ministère de l'Europe et des Affaires étrangères"]
    assert found.country == "FR"
    assert found.kind == "ministry"


def test_malay_article_is_not_taken_for_indonesian_by_shared_words():
    text = (
        "CyberSecurity Malaysia menganjurkan program latihan untuk pegawai dari "
        "negara anggota OIC-CERT selama tiga hari, dari 14 hingga 16 Oktober. "
        "Beliau berkata latihan itu boleh membantu agensi keselamatan siber."
    )
    assert detect_language(text) == "ms"


def test_arabic_name_before_an_arabic_comma():
    ctx = context("حضر ممثلون من المغرب والإمارات، إضافة إلى فرنسا.", "ar")
    assert set(countries(ctx)) == {"MA", "AE"}


def test_shared_agency_name_goes_to_the_country_written_beside_it():
    ncsc = AgencyEntry(
        id=5, name="National Cyber Security Centre", kind="government agency",
        country="FR", acronym="NCSC",
    )  # fmt: skip
    ctx = context(
        "France's National Cyber Security Centre and Morocco's National Cyber "
        "Security Centre signed.",
        "en",
        [ncsc],
    )
    by_country = {f.country: f for f in ctx.extra["organizations"]}
    assert by_country["FR"].known_id == 5
    assert by_country["MA"].known_id is None
    assert by_country["MA"].name == "National Cyber Security Centre"


def test_threat_group_named_near_an_attack_is_not_an_organisation():
    ctx = context(
        "France and Morocco agreed to share intelligence on the Lazarus Group, "
        "which is blamed for ransomware attacks. Capgemini Group will train staff.",
        "en",
    )
    assert set(organizations(ctx)) == {"Capgemini Group"}


# --- datelines, articles and name boundaries -----------------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("SAARBRÜCKEN – Das CISPA", "Das CISPA"),
        ("PARIS (AFP) – L'Agence", "L'Agence"),
        ("KUALA LUMPUR, 3 Dis (Bernama) -- Agensi", "Agensi"),
        ("MONTEVIDEO, 19 nov (EFE).– La Agencia", "La Agencia"),
        ("HÀ NỘI - Bộ Công an", "Bộ Công an"),
        ("الرياض - وقعت الهيئة", "وقعت الهيئة"),
        ("【ジャカルタ共同】警察庁は", "警察庁は"),
        ("[마닐라=연합뉴스] 과학기술정보통신부는", "과학기술정보통신부는"),
        ("Headline\n\nACCRA, Ghana (AP) — Published", "Published"),
    ],
)
def test_dateline_of_each_press_is_found(text, rest):
    (span,) = dateline_spans(text)
    assert text[span[1] :] == rest


def test_a_sentence_with_a_dash_is_no_dateline():
    assert dateline_spans("ASEAN and Japan – partners since 1973 – met.") == []
    assert dateline_spans("The Agency said - in a statement - it agreed.") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "SAARBRÜCKEN – Das Zentrum für Digitale Souveränität Saar hat eine "
            "Kooperation mit Frankreich vereinbart.",
            "de",
            "Zentrum für Digitale Souveränität Saar",
        ),
        (
            "PARIS (AFP) – L'Agence du numérique de défense a signé un accord avec "
            "le Maroc.",
            "fr",
            "Agence du numérique de défense",
        ),
        (
            "KUALA LUMPUR, 3 Dis (Bernama) -- Pusat Tindak Balas Insiden Siber "
            "Negara menandatangani memorandum dengan Malaysia.",
            "ms",
            "Pusat Tindak Balas Insiden Siber Negara",
        ),
        (
            "ROMA – L'Università Politecnica di Tirana firmerà con l'Italia.",
            "it",
            "Università Politecnica di Tirana",
        ),
    ],
)
def test_name_after_a_dateline_keeps_neither_the_place_nor_the_article(
    text, language, name
):
    assert list(organizations(context(text, language))) == [name]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Il Ministero dell'Interno e l'Università di Bologna hanno firmato.",
            "it",
            {"Ministero dell'Interno", "Università di Bologna"},
        ),
        (
            "Le ministère des Armées et l'Université de Lorraine ont signé.",
            "fr",
            {"Ministère des Armées", "Université de Lorraine"},
        ),
    ],
)
def test_second_body_after_and_with_an_elided_article_stays_apart(
    text, language, names
):
    assert set(organizations(context(text, language))) == names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "La Universidad de la República firmaron ayer un convenio con Francia.",
            "es",
            "Universidad de la República",
        ),
        (
            "A Agência de proteção de dados assinaram ontem um protocolo.",
            "pt",
            "Agência de proteção de dados",
        ),
        (
            "L'Agenzia di sicurezza nazionale cercheranno di rafforzare la rete.",
            "it",
            "Agenzia di sicurezza nazionale",
        ),
        (
            "Le contrat a été signé avec la Direction générale de l'armement.",
            "fr",
            "Direction générale de l'armement",
        ),
    ],
)
def test_small_letter_continuation_stops_at_a_verb_and_takes_the_last_word(
    text, language, name
):
    assert list(organizations(context(text, language))) == [name]


def test_city_ends_a_university_name_and_gives_its_country():
    ctx = context("La Universidad de León firmó un convenio con Francia.", "es")
    found = organizations(ctx)["Universidad de León"]
    assert (found.kind, found.country) == ("university", "ES")


def test_english_name_inside_another_language_is_read_the_english_way():
    ctx = context(
        "Universitas Gadjah Mada dan Delft University of Technology akan menggelar "
        "pelatihan.",
        "id",
    )
    assert set(organizations(ctx)) == {
        "Universitas Gadjah Mada",
        "Delft University of Technology",
    }
    title = context(
        "Le ministre des Technologies de la communication était présent.", "fr"
    )
    assert organizations(title) == {}


def test_german_university_led_by_its_head():
    ctx = context("Die Universität Passau und Vietnam arbeiten zusammen.", "de")
    assert set(organizations(ctx)) == {"Universität Passau"}


def test_acronym_written_after_a_name_found_by_rule_joins_it():
    ctx = context(
        "L'Agence nationale de la cybersécurité (ANCS) a signé avec le Maroc. "
        "L'ANCS coordonnera les exercices.",
        "fr",
    )
    found = organizations(ctx)["Agence nationale de la cybersécurité"]
    assert found.acronym == "ANCS"
    assert len(found.spans) == 3


def test_body_written_under_another_takes_its_country():
    ctx = context("Cục Điều tra, Bộ Tư pháp Hoa Kỳ đã làm việc với Việt Nam.", "vi")
    assert organizations(ctx)["Cục Điều tra"].country == "US"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Conférence internationale sur la cybersécurité (CIC) ouvre à Lille.",
            "fr",
        ),
        ("La Cumbre Iberoamericana de Ciberseguridad (CIC) reúne a Francia.", "es"),
        ("Die Konferenz für Cybersicherheit (KfC) tagt in Paris.", "de"),
    ],
)
def test_meetings_named_like_bodies_are_not_organisations(text, language):
    assert organizations(context(text, language)) == {}


# --- names without capital letters: Japanese, Korean, Arabic -----------------------


def test_japanese_names_end_in_their_head_and_take_a_leading_country():
    ctx = context(
        "日本の総務省は、インドネシア通信デジタル省と覚書に署名した。関係省庁も参加した。",
        "ja",
    )
    found = organizations(ctx)
    # a ministry's three characters are a name too ("関係省庁" is none)
    assert set(found) == {"インドネシア通信デジタル省", "総務省"}
    assert found["インドネシア通信デジタル省"].kind == "ministry"
    assert found["総務省"].country == "JP"


def test_korean_name_loses_its_particle_and_keeps_the_country_before_it():
    ctx = context(
        "한국은 베트남 정보보안국과 협력하기로 했다. 정부는 이를 요청했다. "
        "전자정부 협력도 논의했다.",
        "ko",
    )
    found = organizations(ctx)
    assert set(found) == {"베트남 정보보안국"}
    assert found["베트남 정보보안국"].country == "VN"


def test_arabic_name_runs_over_words_with_the_article_and_stops_at_a_second_body():
    ctx = context(
        "وقعت وزارة الاقتصاد الرقمي والمركز الوطني للأمن السيبراني في الإمارات "
        "مذكرة تفاهم مع جامعة الأميرة سمية للتكنولوجيا أمس.",
        "ar",
    )
    found = organizations(ctx)
    assert set(found) == {
        "وزارة الاقتصاد الرقمي",
        "المركز الوطني للأمن السيبراني",
        "جامعة الأميرة سمية للتكنولوجيا",
    }
    assert found["المركز الوطني للأمن السيبراني"].country == "AE"
    assert found["جامعة الأميرة سمية للتكنولوجيا"].kind == "university"


def test_acronym_in_parentheses_after_a_name_in_any_script():
    ja = context("情報通信研究機構（NICT）は演習を行う。NICTの担当者が述べた。", "ja")
    assert organizations(ja)["情報通信研究機構"].acronym == "NICT"
    ko = context("한국인터넷진흥원(KISA)은 베트남과 협력한다.", "ko")
    assert organizations(ko)["한국인터넷진흥원"].acronym == "KISA"
    ar = context(
        "شارك الفريق المصري للاستجابة لطوارئ الحاسب (EG-CERT) في التمرين.", "ar"
    )
    assert organizations(ar)["الفريق المصري للاستجابة لطوارئ الحاسب"].acronym == (
        "EG-CERT"
    )


def test_name_found_by_rule_joins_the_known_body_its_acronym_names():
    polri = AgencyEntry(
        id=11, name="Indonesian National Police", kind="government agency",
        country="ID", acronym="Polri",
    )  # fmt: skip
    ctx = context(
        "日本はインドネシア国家警察と協力する。インドネシア国家警察（Polri）が参加した。",
        "ja",
        [polri],
    )
    found = organizations(ctx)
    assert set(found) == {"Indonesian National Police"}
    assert "インドネシア国家警察" in found["Indonesian National Police"].aliases


def test_short_cjk_gazetteer_name_needs_no_country_named():
    npa = AgencyEntry(
        id=12, name="National Police Agency", kind="government agency",
        country="JP", acronym="NPA", aliases=("警察庁",),
    )  # fmt: skip
    ctx = context("警察庁はベトナムと協力する。", "ja", [npa])
    assert "National Police Agency" in organizations(ctx)


def test_public_body_named_in_a_national_language_belongs_to_its_country():
    vi = context("Học viện An ninh nhân dân sẽ phối hợp với Hoa Kỳ.", "vi")
    assert organizations(vi)["Học viện An ninh nhân dân"].country == "VN"
    ja = context("デジタル行政推進庁はフランスと協力する。", "ja")
    assert organizations(ja)["デジタル行政推進庁"].country == "JP"
    # an English name in the same article says nothing of its country
    en = context("Pusat Kajian dan Cyber Policy Institute bertemu Prancis.", "id")
    assert organizations(en)["Cyber Policy Institute"].country is None


# --- response teams, wires, agreements, German cases -----------------------------------


def test_response_teams_named_like_cert_xx_take_the_country_of_their_code():
    ctx = context(
        "Le CERT-FR, le maCERT et l'EcuCERT ont rejoint la coordination des CSIRT "
        "nationaux; les échanges antar-CSIRT continuent.",
        "fr",
    )
    found = organizations(ctx)
    assert set(found) == {"CERT-FR", "maCERT", "EcuCERT"}
    assert (found["CERT-FR"].country, found["maCERT"].country) == ("FR", "MA")
    assert found["EcuCERT"].country is None
    assert all(f.kind == "cert" for f in found.values())


def test_wires_and_agreements_named_like_bodies_are_no_organisations():
    wire = context(
        "Morocco and France signed the deal, the Saudi Press Agency reported.", "en"
    )
    assert organizations(wire) == {}
    letter = context(
        "France and Morocco signed a Letter of Intent (LoI) on cyber training.", "en"
    )
    assert organizations(letter) == {}


def test_malay_ceremony_is_not_a_council():
    ctx = context("Majlis pemeteraian diadakan di Kuala Lumpur bersama Malaysia.", "ms")
    assert organizations(ctx) == {}


def test_vietnamese_second_body_led_by_a_two_word_head():
    ctx = context(
        "Cục An toàn thông tin và Cơ quan An ninh mạng Hoa Kỳ sẽ ký kết.", "vi"
    )
    assert set(organizations(ctx)) == {
        "Cục An toàn thông tin",
        "Cơ quan An ninh mạng Hoa Kỳ",
    }


def test_arabic_name_goes_on_over_a_preposition_joined_to_its_noun():
    ctx = context(
        "وقعت الوكالة الوطنية لأمن نظم المعلومات الفرنسية اتفاقية لتعزيز التعاون.",
        "ar",
    )
    assert set(organizations(ctx)) == {"الوكالة الوطنية لأمن نظم المعلومات الفرنسية"}


def test_korean_name_with_a_middle_dot():
    ctx = context("미국 사이버안보·기반시설보안청과 한국이 협력했다.", "ko")
    assert organizations(ctx)["미국 사이버안보·기반시설보안청"].country == "US"


def test_german_gazetteer_names_match_in_their_other_cases():
    office = AgencyEntry(
        id=13, name="Federal Foreign Office", kind="ministry", country="DE",
        aliases=("Auswärtiges Amt",),
    )  # fmt: skip
    bsi = AgencyEntry(
        id=14, name="Federal Office for Information Security", kind="government agency",
        country="DE", acronym="BSI",
        aliases=("Bundesamt für Sicherheit in der Informationstechnik",),
    )  # fmt: skip
    ctx = context(
        "Unter Leitung des Auswärtigen Amts und des Bundesamtes für Sicherheit in "
        "der Informationstechnik trafen sich Vertreter Vietnams.",
        "de",
        [office, bsi],
    )
    assert set(organizations(ctx)) == {
        "Federal Foreign Office",
        "Federal Office for Information Security",
    }


# --- countries: homonyms, earlier editions, member lists, concerns ----------------------


def test_the_word_for_a_meeting_is_not_reunion_island():
    reunion = country(
        "RE", "Réunion", {"en": ["Réunion"], "es": ["Reunión"], "fr": ["La Réunion"]}
    )
    gazetteer = small_gazetteer()
    gazetteer = make_gazetteer((*gazetteer.countries, reunion), ())
    meeting = build_context(
        ArticleInput(text="La II Reunión Bilateral se celebró en Chad.", language="es"),
        gazetteer,
    )
    assert "RE" not in countries(meeting)
    island = build_context(
        ArticleInput(text="Francia firmó en la Reunión con Chad.", language="es"),
        gazetteer,
    )
    assert "RE" in countries(island)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La France et le Maroc ont signé. L'édition précédente s'était tenue à "
         "Hanoï au Vietnam.", "fr"),
        ("France and Morocco signed. The previous edition was held in Vietnam.", "en"),
        ("France and Morocco signed. Other members of the initiative include "
         "Vietnam, Japan and China.", "en"),
    ],
)  # fmt: skip
def test_earlier_editions_and_member_lists_are_only_mentioned(text, language):
    ctx = context(text, language)
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    parties, mentioned = classify_countries(text, ctx.sentences, places, set())
    assert set(parties) == {"FR", "MA"}
    assert "VN" in mentioned


@functools.cache
def _fixture_gazetteer():
    return fixture_gazetteer()


def _fixture_context(text: str, language: str):
    return build_context(
        ArticleInput(text=text, language=language), _fixture_gazetteer()
    )


def _split(text, language, required=(), supported=()):
    ctx = _fixture_context(text, language)
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    return classify_countries(text, ctx.sentences, places, set(required), supported)


@pytest.mark.parametrize(
    ("text", "language", "background"),
    [
        ("France and Morocco signed the roadmap. Estonia and Finland did not take "
         "part this year.", "en", {"EE", "FI"}),
        ("Francia y Marruecos firmaron. Países como Argentina y Brasil, que no "
         "participaron, quieren sumarse.", "es", {"AR", "BR"}),
        ("Hôm nay, Pháp và Ma-rốc đã ký kết. Myanmar không cử đội tham gia năm nay.", "vi",
         {"MM"}),
        ("La France et le Maroc ont signé. L'ANSSI a déjà conclu des accords "
         "similaires avec le Sénégal et la Côte d'Ivoire.", "fr", {"SN", "CI"}),
        ("Франция и Марокко подписали документ. Ранее центр заключил аналогичные "
         "соглашения с Казахстаном и Вьетнамом.", "ru", {"KZ", "VN"}),
        ("Francia e Marocco hanno firmato. L'Albania fu colpita da attacchi "
         "attribuiti all'Iran.", "it", {"IR"}),
        ("Frankreich und Marokko berieten über russische Cyberangriffe.", "de",
         {"RU"}),
        ("France and Morocco met, pointing to attacks since Russia's full-scale "
         "invasion of Ukraine.", "en", {"RU"}),
        ("한국과 프랑스가 훈련했다. 시나리오에는 북한 해킹조직의 수법이 포함됐다.", "ko",
         {"KP"}),
        ("France and Morocco signed. The OAS has helped countries such as "
         "Colombia, Paraguay or Guatemala set up teams.", "en",
         {"CO", "PY", "GT"}),
        ("France and Morocco signed on Monday. The ministers recalled last year's "
         "meeting in Manila.", "en", {"PH"}),
    ],
)  # fmt: skip
def test_countries_named_in_background_are_only_mentioned(text, language, background):
    parties, mentioned = _split(text, language)
    assert {"FR", "MA"} <= set(parties) or {"KR", "FR"} <= set(parties)
    assert not background & set(parties)
    assert background <= set(mentioned)


def test_countries_said_to_take_part_stay_parties_beside_one_that_did_not():
    parties, mentioned = _split(
        "Teams from France, Morocco and Japan took part, while Estonia did not "
        "take part.",
        "en",
    )
    assert set(parties) == {"FR", "MA", "JP"}
    assert mentioned == ("EE",)


def test_a_sentence_dated_before_the_article_is_background():
    text = (
        "BANGKOK, 25 August 2024 - Thailand joined the drill with France. "
        "Its agency and a Singapore body signed an MoU in 2023."
    )
    parties, mentioned = _split(text, "en", supported=["SG"])
    assert "SG" in mentioned and "SG" not in parties
    # "since 2021" says when something began, not when it happened
    since = (
        "LONDON, 1 November 2023 - The summit, held each year since 2021, "
        "welcomed Albania and Jordan as new members."
    )
    assert {"AL", "JO"} <= set(_split(since, "en")[0])


def test_an_agreement_country_named_only_in_background_is_mentioned():
    text = (
        "L'Italia e il Giappone hanno firmato un memorandum. L'accordo arriva con "
        "la presidenza del G7, il gruppo che riunisce Italia, Giappone, Stati "
        "Uniti, Francia e Canada."
    )
    parties, mentioned = _split(text, "it", supported=["IT", "JP", "US", "FR", "CA"])
    assert set(parties) == {"IT", "JP"}
    assert set(mentioned) == {"US", "FR", "CA"}
    # the home country of a body taking part stays a party wherever it is named
    parties, _ = _split(
        "Im vergangenen Jahr trafen sich Vertreter aus Deutschland in Wien.",
        "de",
        required=["DE"],
    )
    assert parties == ("DE",)


def test_an_arabic_family_name_like_a_demonym_is_no_country():
    text = (
        "ووقع المذكرة من الجانب الإماراتي الدكتور محمد حمد الكويتي، فيما أشار "
        "الكويتي إلى أهمية التنسيق."
    )
    ctx = _fixture_context(text, "ar")
    assert countries(ctx) == ["AE"]


def test_gulf_states_listed_after_wahiya_are_members_not_parties():
    text = (
        "وقعت السعودية والإمارات مذكرة تفاهم. يذكر أن دول مجلس التعاون، وهي "
        "السعودية والإمارات والبحرين والكويت وقطر، تعمل على إطار موحد."
    )
    parties, mentioned = _split(text, "ar")
    assert set(parties) == {"SA", "AE"}
    assert set(mentioned) == {"BH", "KW", "QA"}


def test_a_country_of_concern_is_only_mentioned():
    text = "日本とフランスは協力する。中国によるサイバー活動への懸念が共有された。"
    ctx = context(text, "ja")
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    parties, mentioned = classify_countries(text, ctx.sentences, places, set())
    assert "CN" in mentioned and "CN" not in parties


@pytest.mark.parametrize(
    ("text", "language", "name", "kind", "code"),
    [
        ("The Computer Incident Response Team of Vietnam joined France.", "en",
         "Computer Incident Response Team", "cert", "VN"),
        ("France met the National Cyber Command of Vietnam on Monday.", "en",
         "National Cyber Command", "military", "VN"),
        ("La Superintendencia de Industria y Comercio de Francia firmó.", "es",
         "Superintendencia de Industria y Comercio", "regulator", "FR"),
        ("Die Technische Universität Tokyo und Frankreich unterzeichneten.", "de",
         "Technische Universität Tokyo", "university", "JP"),
    ],
)  # fmt: skip
def test_kind_and_country_of_a_new_body(text, language, name, kind, code):
    found = organizations(context(text, language))[name]
    assert (found.kind, found.country) == (kind, code)


def test_chinese_name_is_taken_where_an_acronym_follows_it():
    ctx = context(
        "中国与埃及信息技术产业发展署（ITIDA）举行会谈，法国和日本也参加。", "zh"
    )
    found = organizations(ctx)["埃及信息技术产业发展署"]
    assert (found.acronym, found.kind) == ("ITIDA", "government agency")


# --- new organisations in Russian and Thai ----------------------------------------


def _found(text: str, language: str):
    ctx = _fixture_context(text, language)
    return {f.name: f for f in ctx.extra["organizations"]}


def test_russian_names_open_with_a_capitalised_adjective_and_a_head():
    found = _found(
        "МИНСК, 12 мая – Государственная служба кибербезопасности Армении и "
        "Агентство цифровой безопасности Республики Молдова подписали меморандум. "
        "Ранее центр провел учения.",
        "ru",
    )
    armenia = found["Государственная служба кибербезопасности Армении"]
    moldova = found["Агентство цифровой безопасности Республики Молдова"]
    assert (armenia.kind, armenia.country) == ("government agency", "AM")
    assert (moldova.kind, moldova.country) == ("government agency", "MD")
    assert not any(name.startswith("Ранее") for name in found)


def test_russian_response_centre_takes_its_acronym_and_is_a_cert():
    found = _found(
        "Национальный центр реагирования на компьютерные инциденты Узбекистана "
        "(НЦРКИ) и координационный центр провели встречу. НЦРКИ сообщил об этом.",
        "ru",
    )
    (team,) = [f for f in found.values() if f.acronym == "НЦРКИ"]
    assert team.name.startswith("Национальный центр реагирования на компьютерные")
    assert (team.kind, team.country) == ("cert", "UZ")
    assert len(found) == 1  # "координационный центр" in small letters names no one


def test_thai_names_run_from_their_head_to_a_verb_and_take_a_dotted_acronym():
    found = _found(
        "กรุงเทพฯ – สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.) ได้ลงนามบันทึก"
        "ความเข้าใจกับมหาวิทยาลัยขอนแก่น เมื่อวันที่ 3 มีนาคม "
        "โปรแกรมการฝึกอบรมเริ่มแล้ว",
        "th",
    )
    office = found["สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล"]
    assert (office.kind, office.country, office.acronym) == (
        "government agency",
        "TH",
        "สคส.",
    )
    assert found["มหาวิทยาลัยขอนแก่น"].kind == "university"
    assert not any("แกรม" in name for name in found)  # "โปรแกรม" holds no "กรม"


def test_a_thai_name_holding_asean_is_its_own_body():
    found = _found(
        "ศูนย์ความร่วมมือด้านไซเบอร์อาเซียน-เกาหลี จัดการฝึกอบรมร่วมกับอาเซียน",
        "th",
    )
    assert "ศูนย์ความร่วมมือด้านไซเบอร์อาเซียน-เกาหลี" in found
    assert "Association of Southeast Asian Nations" in found


@pytest.mark.parametrize(
    ("text", "language", "background"),
    [
        ("France and Morocco signed the roadmap.\n\nRead more: Estonia and Japan "
         "hold talks", "en", {"EE", "JP"}),
        ("La France et le Maroc ont signé. Des campagnes viennent de groupes "
         "opérant depuis la Corée du Nord.", "fr", {"KP"}),
        ("Hôm nay, Pháp và Ma-rốc đã ký kết. Các đường dây được điều hành từ các khu vực "
         "biên giới của Campuchia và Myanmar.", "vi", {"KH", "MM"}),
        ("프랑스와 모로코가 서명했다. 에티오피아와 오만은 이번 총회에 참석하지 않았다.",
         "ko", {"ET", "OM"}),
        ("ฝรั่งเศส และ โมร็อกโก ลงนามแล้ว ขณะที่ญี่ปุ่นซึ่งเคยลงนามความร่วมมือใน"
         "ลักษณะเดียวกันได้แสดงความสนใจ", "th", {"JP"}),
        ("وقعت فرنسا والمغرب المذكرة. يذكر أن دولاً مثل مصر والأردن وقعت "
         "اتفاقيات مماثلة.", "ar", {"EG", "JO"}),
        ("وقعت فرنسا والمغرب المذكرة وسط حملات نُسبت إلى مجموعات مرتبطة بإيران.",
         "ar", {"IR"}),
        ("Франция и Марокко провели учения. Азербайджан, также являющийся "
         "участником Содружества, в учениях не участвовал.", "ru", {"AZ"}),
    ],
)  # fmt: skip
def test_more_background_countries_are_only_mentioned(text, language, background):
    parties, mentioned = _split(text, language)
    assert {"FR", "MA"} <= set(parties)
    assert not background & set(parties)
    assert background <= set(mentioned)


def test_cartagena_de_indias_is_a_colombian_city_not_india():
    ctx = _fixture_context(
        "La firma tuvo lugar en Cartagena de Indias, al cierre de la cumbre.", "es"
    )
    assert "IN" not in countries(ctx)
    assert any(m.label == "CITY" and m.country == "CO" for m in ctx.mentions)


def test_chinese_names_opened_by_a_country_end_in_their_head():
    found = _found(
        "开班仪式上，蒙古数字发展与通信部和斯里兰卡信息通信技术局代表分别致辞。", "zh"
    )
    mongolia = found["蒙古数字发展与通信部"]
    sri_lanka = found["斯里兰卡信息通信技术局"]
    assert (mongolia.kind, mongolia.country) == ("ministry", "MN")
    assert (sri_lanka.kind, sri_lanka.country) == ("government agency", "LK")


def test_a_vietnamese_name_ends_before_its_verb():
    found = _found(
        "Học viện sẽ tiếp nhận 30 cán bộ của Bộ Thông tin Mông Cổ tham gia khóa học.",
        "vi",
    )
    assert not any("tham gia" in name for name in found)


def test_a_russian_name_holding_an_intergovernmental_body_is_one_of_its_organs():
    found = _found(
        "Исполнительный комитет СНГ оказал организационную поддержку учениям.", "ru"
    )
    committee = found["Исполнительный комитет СНГ"]
    assert (committee.kind, committee.country) == ("intergovernmental", None)
    assert "Commonwealth of Independent States" in found


def test_a_demonym_after_a_comma_belongs_to_the_next_name():
    found = _found(
        "Казахстанскую сторону представляла Государственная техническая служба, "
        "узбекскую — Центр кибербезопасности.",
        "ru",
    )
    assert found["State Technical Service"].country == "KZ"
    assert found["Cybersecurity Center"].country == "UZ"


@pytest.mark.parametrize(
    ("text", "language", "background"),
    [
        ("France and Morocco signed. The OAS, headquartered in Washington, "
         "welcomed it.", "en", {"US"}),
        ("Frankreich und Marokko übten. Die ENISA mit Sitz in Athen half.", "de",
         {"GR"}),
        ("Frankreich und Marokko übten gegen Gruppen, die Behörden Russland "
         "zuordnen.", "de", {"RU"}),
        ("フランスとモロッコが演習した。パキスタンのチームは今回、参加を見送った。", "ja",
         {"PK"}),
    ],
)  # fmt: skip
def test_seats_attributions_and_teams_that_sat_out_are_only_mentioned(
    text, language, background
):
    parties, mentioned = _split(text, language)
    assert {"FR", "MA"} <= set(parties)
    assert not background & set(parties)
    assert background <= set(mentioned)


def test_an_event_host_named_only_as_an_earlier_host_is_mentioned():
    text = (
        "Frankreich und Marokko übten in Bonn. Die vorherige Ausgabe der Übung "
        "hatte 2023 in Lissabon stattgefunden."
    )
    parties, mentioned = _split(text, "de", supported=["PT"])
    assert "PT" in mentioned and "PT" not in parties


def test_german_dative_plural_of_the_netherlands_is_a_country():
    ctx = _fixture_context("Teams aus den Niederlanden und Belgien nahmen teil.", "de")
    assert set(countries(ctx)) == {"NL", "BE"}


def test_a_german_noun_after_a_copula_describes_a_body_already_named():
    found = _found(
        "Das BSI ist die Cybersicherheitsbehörde des Bundes und hat seinen Sitz in "
        "Bonn.",
        "de",
    )
    assert not any("Cybersicherheitsbehörde" in name for name in found)


def test_a_new_name_of_an_incident_response_team_is_a_cert():
    found = _found(
        "The Mongolian Computer Emergency Response Team (MNCERT/CC) signed an MoU "
        "with Ghana.",
        "en",
    )
    (team,) = [f for f in found.values() if f.acronym == "MNCERT/CC"]
    assert (team.kind, team.country) == ("cert", "MN")


def test_a_team_token_after_of_country_is_the_acronym_of_the_name_before():
    found = _found(
        "Le Centre national de réponse aux incidents informatiques de la Guinée "
        "(GN-CIRT) a signé avec le Bénin.",
        "fr",
    )
    assert len(found) == 1
    (team,) = found.values()
    assert (team.kind, team.country) == ("cert", "GN")


def test_a_chinese_name_ends_before_a_verb():
    found = _found("国家互联网应急中心与蒙古国家数据中心签署合作备忘录。", "zh")
    assert found["蒙古国家数据中心"].country == "MN"


@pytest.mark.parametrize(
    ("text", "language", "background"),
    [
        ("Like Estonia, France and Morocco signed a national roadmap.", "en",
         {"EE"}),
        ("Al igual que Chile, Francia y Marruecos firmaron la hoja de ruta.", "es",
         {"CL"}),
        ("日本と同様に、フランスとモロッコは行動計画に署名した。", "ja", {"JP"}),
    ],
)  # fmt: skip
def test_a_country_of_comparison_is_only_mentioned(text, language, background):
    parties, mentioned = _split(text, language)
    assert {"FR", "MA"} <= set(parties)
    assert background <= set(mentioned)


def test_a_like_list_of_participants_stays_parties():
    parties, _ = _split(
        "Countries like France, Morocco and Japan took part in the drill.", "en"
    )
    assert {"FR", "MA", "JP"} <= set(parties)


@pytest.mark.parametrize(
    ("text", "language", "background"),
    [
        ("France and Morocco signed. Morocco is the third country to sign such a "
         "deal with France, after Senegal and Tunisia.", "en", {"SN", "TN"}),
        ("La France et le Maroc ont signé, un an après le début de la guerre en "
         "Ukraine.", "fr", {"UA"}),
        ("France and Morocco agreed to share data on attacks on Costa Rica.", "en",
         {"CR"}),
    ],
)  # fmt: skip
def test_earlier_signatories_war_theatres_and_victims_are_only_mentioned(
    text, language, background
):
    parties, mentioned = _split(text, language)
    assert {"FR", "MA"} <= set(parties)
    assert not background & set(parties)
    assert background <= set(mentioned)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("日米両国はインド太平洋地域の能力構築支援について意見交換した。", "ja"),
        ("France and Japan discussed security in the Indo-Pacific and the Indian "
         "Ocean.", "en"),
        ("中日双方就印太地区和印度洋安全交换了意见。", "zh"),
    ],
)  # fmt: skip
def test_the_indo_pacific_and_the_indian_ocean_are_not_india(text, language):
    assert "IN" not in countries(_fixture_context(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "O Instituto Nacional de Fomento da Sociedade da Informação (INFOSI) de "
            "Angola assinou um protocolo com Portugal.",
            "pt",
            "Instituto Nacional de Fomento da Sociedade da Informação",
        ),
        (
            "El Instituto Nacional de Tecnologías Digitales (INTD) de Francia firmó "
            "un memorando.",
            "es",
            "Instituto Nacional de Tecnologías Digitales",
        ),
    ],
)
def test_a_national_institute_is_a_public_body_not_a_university(text, language, name):
    assert organizations(context(text, language))[name].kind == "government agency"


def test_an_institute_that_is_not_national_stays_a_university():
    from ingestion.extraction.organizations import _last_head_kind

    assert _last_head_kind(["Instituto", "de", "Investigación", "Digital"], "es") == (
        "university"
    )
    assert _last_head_kind(["Instituto", "Nacional", "de", "Ciberseguridad"], "es") == (
        "government agency"
    )


def test_a_known_alias_in_the_headline_is_the_known_body():
    text = (
        "과기정통부, 싱가포르와 사이버보안 협력 양해각서 체결\n\n"
        "과학기술정보통신부는 11일 싱가포르 사이버안보청(CSA)과 양해각서를 "
        "체결했다. 과기정통부는 이번 협력이 중요하다고 밝혔다."
    )
    ctx = _fixture_context(text, "ko")
    findings = ctx.extra["organizations"]
    ministry = [f for f in findings if any("과기정통부" in n for n in f.names())]
    assert len(ministry) == 1
    assert (ministry[0].country, ministry[0].kind) == ("KR", "ministry")
    assert (0, 5) in ministry[0].spans


def test_french_commissariat_and_embassy_are_public_bodies():
    text = (
        "Dakar, le 3 mars 2025 - L'Ambassade de France au Sénégal et le Commissariat "
        "à la cybersécurité du Sénégal ont signé une convention de partenariat."
    )
    found = {
        o.name: (o.country, o.kind)
        for o in extract_article(
            ArticleInput(text=text), fixture_gazetteer()
        ).organizations
    }
    assert found["Ambassade de France"] == ("FR", "ministry")
    assert found["Commissariat à la cybersécurité"] == ("SN", "government agency")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Des enquêteurs nigériens, mauritaniens et burkinabè ont suivi la formation.",
            "fr",
            {"NE", "MR", "BF"},
        ),
        (
            "Participaron técnicos guatemaltecos, hondureños y salvadoreños.",
            "es",
            {"GT", "HN", "SV"},
        ),
        (
            "Hanno partecipato le delegazioni albanese, moldava e montenegrina.",
            "it",
            {"AL", "MD", "ME"},
        ),
        (
            "Vertreter der liechtensteinischen und der kirgisischen Behörden waren da.",
            "de",
            {"LI", "KG"},
        ),
        (
            "Os técnicos angolanos, moçambicanos e são-tomenses apresentaram planos.",
            "pt",
            {"AO", "MZ", "ST"},
        ),
        (
            "В учениях участвовали таджикские и киргизские специалисты.",
            "ru",
            {"TJ", "KG"},
        ),
    ],
)
def test_demonyms_of_smaller_member_states_name_their_country(text, language, expected):
    ctx = _fixture_context(text, language)
    assert expected <= set(countries(ctx))


@pytest.mark.parametrize(
    ("text", "language", "person", "kept"),
    [
        (
            '"We act together," said Israel Mwale, a Zambian engineer from Lusaka.',
            "en",
            "IL",
            {"ZM"},
        ),
        (
            "El coordinador del ejercicio, Andrés Portugal, experto de la OEA, trabajó "
            "con Costa Rica.",
            "es",
            "PT",
            {"CR"},
        ),
        (
            "Disse o consultor Rui Brasil, que moderou o encontro em Angola.",
            "pt",
            "BR",
            {"AO"},
        ),
        (
            "„Wir handeln gemeinsam“, sagte Projektleiterin Anna Schweizer vom BSI in "
            "Österreich.",
            "de",
            "CH",
            {"AT"},
        ),
    ],
)
def test_a_country_word_in_a_persons_name_is_no_country(text, language, person, kept):
    found = set(countries(_fixture_context(text, language)))
    assert person not in found
    assert kept <= found


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        (
            "Die Bundesrepublik Deutschland, die das Treffen ausrichtete, lud ein.",
            "de",
            "DE",
        ),
        (
            "Teams from Kenya, Uganda and Rwanda said Kenya, the host, was ready.",
            "en",
            "KE",
        ),
        ("La France, qui accueille la réunion, a signé.", "fr", "FR"),
    ],
)
def test_state_words_and_lists_next_to_a_country_keep_it(text, language, code):
    assert code in countries(_fixture_context(text, language))


def _orgs(text: str, language: str) -> dict:
    """Every body the text names (findings, before the cooperation judgment)."""
    findings = _fixture_context(text, language).extra["organizations"]
    return {name: f for f in findings for name in f.names()}


def test_an_arabic_name_without_the_article_is_not_read_after_one():
    # "للاتصالات" is "for the communications", not the operator "اتصالات" (e&)
    text = (
        "نظم المركز المصري للاستجابة لطوارئ الحاسبات الاجتماع مع المركز الإقليمي "
        "العربي للأمن السيبراني التابع للاتحاد الدولي للاتصالات في القاهرة."
    )
    found = _orgs(text, "ar")
    assert all(o.country != "AE" for o in found.values())


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Du côté sénégalais, la Division spéciale de cybersécurité (DSC) a présenté "
            "des dossiers.",
            "fr",
            "Division spéciale de cybersécurité",
            "SN",
        ),
        (
            "Pelo lado angolano participou o Gabinete Nacional de Resposta Digital.",
            "pt",
            "Gabinete Nacional de Resposta Digital",
            "AO",
        ),
        (
            "Le Bénin a délégué l'Agence des systèmes d'information et du numérique "
            "(ASIN) du Bénin et des experts.",
            "fr",
            "Agence des systèmes d'information et du numérique",
            "BJ",
        ),
        (
            "Senegal sent officials from its Directorate of Digital Trust to the drill.",
            "en",
            "Directorate of Digital Trust",
            "SN",
        ),
    ],
)
def test_a_new_body_takes_the_country_of_its_side_or_owner(
    text, language, name, country
):
    found = _orgs(text, language)
    assert found[name].country == country


def test_a_new_body_without_a_country_takes_the_datelines():
    text = (
        "Rede lusófona em debate\n\nLUANDA, 14 de outubro de 2026 (Lusa) – A "
        "Universidade Agostinho Neto (UAN) acolheu as sessões práticas do encontro."
    )
    found = _orgs(text, "pt")
    assert found["Universidade Agostinho Neto"].country == "AO"


def test_an_elided_article_does_not_cut_a_defined_name():
    text = (
        "La session s'est tenue à l'Université Cheikh Anta Diop (UCAD), partenaire "
        "de l'initiative."
    )
    assert "Université Cheikh Anta Diop" in _orgs(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "日本側は経済産業省が出席した。米側は国務省を中心に、国土安全保障省の担当者が出席した。",
            "ja",
            "Department of Homeland Security",
            "US",
        ),
        ("俄方派出联邦网络安全局（FCSB）专家参加演习。", "zh", "联邦网络安全局", "RU"),
    ],
)
def test_a_cjk_side_gives_the_country_of_the_bodies_after_it(
    text, language, name, country
):
    found = _orgs(text, language)
    assert found[name].country == country


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Teilgenommen haben Fachleute der liechtensteinischen Stabsstelle für "
            "Cyber-Sicherheit und weitere Gäste.",
            "de",
            "Stabsstelle für Cyber-Sicherheit",
        ),
        (
            "경찰청 국가수사본부 사이버수사심의관실도 참여했다.",
            "ko",
            "사이버수사심의관실",
        ),
        (
            "Координацию осуществляло Управление по организации борьбы с "
            "противоправным использованием информационно-коммуникационных технологий "
            "МВД России.",
            "ru",
            "Управление по организации борьбы с противоправным использованием "
            "информационно-коммуникационных технологий МВД России",
        ),
    ],
)
def test_more_heads_name_new_bodies(text, language, name):
    assert name in _orgs(text, language)


def test_response_teams_of_two_regions_are_no_body():
    text = (
        "CSIRT de Centroamérica y el Caribe ponen a prueba su coordinación\n\n"
        "El CSIRT de Costa Rica participó."
    )
    names = set(_orgs(text, "es"))
    assert "CSIRT de Centroamérica y el Caribe" not in names


def test_a_german_compound_after_a_countrys_adjective_is_that_countrys_body():
    text = (
        "Der Dialog fand unter Leitung des Auswärtigen Amts und des japanischen "
        "Außenministeriums statt. Die deutsche Behörde und die tschechische "
        "Cyberbehörde waren nicht dabei."
    )
    found = _orgs(text, "de")
    assert found["Außenministerium"].country == "JP"
    assert "Behörde" not in found
    assert "Cyberbehörde" not in found  # a description of a body named elsewhere


def test_a_demonym_after_a_known_ministry_gives_another_country():
    text = (
        "Organizzata dal Comando alleato per la Trasformazione (Allied Command "
        "Transformation, ACT) con il sostegno del Ministero della Difesa estone, "
        "l'esercitazione ha simulato attacchi."
    )
    found = _orgs(text, "it")
    assert found["Ministero della Difesa"].country == "EE"
    # the translation before a known body's own name in brackets is that body
    assert found["Comando alleato per la Trasformazione"].name == (
        "Allied Command Transformation"
    )


def test_a_capture_the_flag_defined_by_its_acronym_is_no_body():
    text = (
        "ThaiCERT and JPCERT/CC held a Capture the Flag (CTF) for students in Bangkok."
    )
    findings = _fixture_context(text, "en").extra["organizations"]
    assert all("Capture" not in f.name for f in findings)


@pytest.mark.parametrize(
    ("text", "language", "short"),
    [
        (
            "経済産業省とイスラエル国家サイバー総局は覚書に署名した。"
            "国家サイバー総局の局長は協力を歓迎した。",
            "ja",
            "国家サイバー総局",
        ),
        (
            "한국인터넷진흥원은 사우디아라비아 국가사이버안보청(NCA)과 협약을 체결했다. "
            "사우디 국가사이버안보청 관계자들이 참석했다.",
            "ko",
            "사우디 국가사이버안보청",
        ),
    ],
)
def test_a_short_form_without_the_country_is_the_same_body(text, language, short):
    findings = _fixture_context(text, language).extra["organizations"]
    owners = [f for f in findings if short in f.names()]
    assert len(owners) == 1
    assert owners[0].country in ("IL", "SA")
    assert len({f.country for f in findings if f.country in ("IL", "SA")}) == 1


def test_share_buttons_and_drills_named_after_teams_are_no_bodies():
    text = (
        "Singapura dan Indonesia aktif dalam ASEAN CERT Incident Drill (ACID) sejak "
        "2006. Microsoft ikut dalam pelatihan.\n\nShare on: Facebook | X | WhatsApp"
    )
    names = {f.name for f in _fixture_context(text, "id").extra["organizations"]}
    assert "ASEAN Regional Computer Emergency Response Team" not in names
    assert "Meta Platforms" not in names
    assert "Microsoft" in names


def test_a_known_body_in_a_capital_keeps_its_own_country():
    text = (
        "Badan Siber dan Sandi Negara (BSSN) dan Australian Cyber Security Centre "
        "(ACSC) menggelar lokakarya. Lokakarya digelar BSSN dan ACSC di Jakarta."
    )
    findings = _fixture_context(text, "id").extra["organizations"]
    assert {f.country for f in findings if "ACSC" in f.names()} == {"AU"}
    assert len([f for f in findings if "ACSC" in f.names()]) == 1


@pytest.mark.parametrize(
    ("text", "language", "committee"),
    [
        (
            "وعقدت اللجنة الأردنية المصرية المشتركة اجتماعها في عمّان.",
            "ar",
            "اللجنة الأردنية المصرية المشتركة",
        ),
        (
            "La Comisión Mixta Hispano-Marroquí se reunió en Rabat.",
            "es",
            "Comisión Mixta Hispano-Marroquí",
        ),
    ],
)
def test_a_joint_committee_of_two_governments_is_no_body(text, language, committee):
    names = {
        n
        for f in _fixture_context(text, language).extra["organizations"]
        for n in f.names()
    }
    assert committee not in names


@pytest.mark.parametrize(
    ("text", "language", "not_a_body"),
    [
        (
            "Cyber, a Roma il primo incontro dei CSIRT del Mediterraneo: Spagna, "
            "Grecia e Malta con l'ACN",
            "it",
            "CSIRT del Mediterraneo",
        ),
        (
            "Các đội tham gia ASEAN CERT Incident Drill (ACID) năm 2024.",
            "vi",
            "ASEAN CERT",
        ),
    ],
)
def test_teams_spoken_of_in_the_plural_or_in_a_drills_name_are_no_body(
    text, language, not_a_body
):
    names = {
        n
        for f in _fixture_context(text, language).extra["organizations"]
        for n in f.names()
    }
    assert not any(n.startswith(not_a_body) for n in names)


def test_a_university_named_by_city_then_its_known_name_is_the_known_one():
    text = "L'incontro è stato ospitato dall'Università di Roma La Sapienza."
    found = _orgs(text, "it")
    assert found["Università di Roma"].name == "Sapienza University of Rome"


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Le dialogue était coprésidé par le ministère indien des Affaires "
            "extérieures et la France.",
            "fr",
            "Ministère indien des Affaires extérieures",
            "IN",
        ),
        (
            "Hanno partecipato l'Autorità nazionale greca per la cybersicurezza e "
            "il CSIRTMalta.",
            "it",
            "Autorità nazionale greca per la cybersicurezza",
            "GR",
        ),
        (
            "Elle était coprésidée par l'ambassadeur du ministère de l'Europe et des "
            "Affaires étrangères, en France.",
            "fr",
            "Ministry for Europe and Foreign Affairs",
            "FR",
        ),
    ],
)
def test_a_countrys_adjective_inside_a_head_first_name(text, language, name, country):
    found = _orgs(text, language)
    assert found[name].country == country


def test_chinese_and_written_either_way_matches_a_known_name():
    text = "国家互联网应急中心与老挝技术和通信部签署了合作备忘录。"
    found = _orgs(text, "zh")
    assert found["老挝技术和通信部"].name == "Ministry of Technology and Communications"
    assert found["老挝技术和通信部"].country == "LA"


def test_a_russian_name_goes_on_over_the_list_of_its_fields():
    text = (
        "В консультациях участвовали представители Министерства цифрового развития, "
        "инноваций и аэрокосмической промышленности Казахстана и ФСБ России."
    )
    name = (
        "Министерства цифрового развития, инноваций и аэрокосмической "
        "промышленности Казахстана"
    )
    assert _orgs(text, "ru")[name].country == "KZ"


def test_a_names_own_and_the_goes_on_in_lower_case():
    text = (
        "L'ACN e il Centro nazionale giapponese per la preparazione agli incidenti e "
        "la strategia per la cybersicurezza (NISC) firmeranno un memorandum."
    )
    names = {
        n
        for f in _fixture_context(text, "it").extra["organizations"]
        for n in f.names()
    }
    assert "NISC" in names
    assert "Centro nazionale giapponese per la preparazione agli incidenti" not in names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("日米豪印の4カ国が参加した。", "ja", {"JP", "US", "AU", "IN"}),
        ("한미일 3국과 호주가 참여했다.", "ko", {"KR", "US", "JP", "AU"}),
        ("中俄哈吉塔乌六国代表参加演习。", "zh", {"CN", "RU", "KZ", "KG", "TJ", "UZ"}),
        (
            "Vertreter Frankreichs, Polens und Japans nahmen teil.",
            "de",
            {"FR", "PL", "JP"},
        ),
    ],
)
def test_short_forms_and_genitives_name_countries(text, language, expected):
    assert expected <= set(countries(_fixture_context(text, language)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("中老年人参加了活动。美中不足的是天气。", "zh"),
        ("参加した英語の比較研究。中日新聞が報じた。", "ja"),
        ("폭우로 인한 피해가 컸다. 그가 한 일이다. 한미약품은 발표했다.", "ko"),
    ],
)
def test_words_made_of_short_form_characters_are_no_countries(text, language):
    assert countries(_fixture_context(text, language)) == []


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Nigeria and Ghana are parties to the Malabo Convention on cyber security.",
            "en",
            "GQ",
        ),
        ("Le Maroc a ratifié la Convention de Budapest en 2018.", "fr", "HU"),
        ("France and Kenya support the Paris Call for Trust and Security.", "en", None),
        ("日本はブダペスト条約の締約国である。", "ja", "HU"),
    ],
)
def test_a_place_in_an_instruments_name_is_no_country(text, language, place):
    found = countries(_fixture_context(text, language))
    if place:
        assert place not in found
    else:
        assert {"FR", "KE"} <= set(found)


def test_a_home_body_needs_no_country_named_and_weak_adjectives_match():
    text = "Beteiligt waren das Nationale Cyber-Abwehrzentrum und das BSI."
    found = _orgs(text, "de")
    assert found["Nationale Cyber-Abwehrzentrum"].country == "DE"
    assert found["BSI"].country == "DE"


def test_an_arabic_name_goes_on_over_a_rulers_name():
    text = "وشارك في التمرين طلاب من جامعة الملك سعود وجامعة السلطان قابوس."
    names = {
        n
        for f in _fixture_context(text, "ar").extra["organizations"]
        for n in f.names()
    }
    assert {"جامعة الملك سعود", "جامعة السلطان قابوس"} <= names


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        (
            "HKCERT and SingCERT held a drill in Hong Kong with teams from Macau.",
            "en",
            "HK",
        ),
        ("Teilgenommen haben die USA und das Vereinigte Königreich.", "de", "GB"),
        ("Participaram os Estados Unidos e a Chéquia.", "pt", "CZ"),
    ],
)
def test_more_country_forms(text, language, code):
    assert code in countries(_fixture_context(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Delegasi Filipina dipimpin Departemen Teknologi Informasi dan Komunikasi.",
            "id",
            "Departemen Teknologi Informasi dan Komunikasi",
            "PH",
        ),
        (
            "ฝ่ายลาวมีกระทรวงเทคโนโลยีและการสื่อสาร เข้าร่วม",
            "th",
            "กระทรวงเทคโนโลยีและการสื่อสาร",
            "LA",
        ),
        (
            "ومن الجانب الأردني شارك المركز الوطني للأمن السيبراني، ومن الجانب المصري "
            "المجلس الأعلى للأمن السيبراني.",
            "ar",
            "المركز الوطني للأمن السيبراني",
            "JO",
        ),
        ("越方派出公安部代表参加。", "zh", "公安部", "VN"),
    ],
)
def test_sides_and_delegations_in_more_languages(text, language, name, country):
    assert _orgs(text, language)[name].country == country


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("タイ国家サイバーセキュリティ庁の担当者が出席した。", "ja", "TH"),
        ("La Direction générale de la cybersécurité du Niger a participé.", "fr", "NE"),
    ],
)
def test_an_ambiguous_name_written_as_a_countrys_stands_alone(text, language, code):
    assert code in countries(_fixture_context(text, language))


def test_a_katakana_country_inside_a_word_is_none():
    assert countries(_fixture_context("ネクタイを締めた。", "ja")) == []


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Participaron la Dirección Nacional de Ciberseguridad de Argentina y la "
            "Brigada Investigadora del Cibercrimen de la Policía de Investigaciones "
            "(PDI) de Chile.",
            "es",
            "Policía de Investigaciones",
            "CL",
        ),
        (
            "وشاركت هيئة تنظيم قطاع الاتصالات الأردنية في الاجتماع.",
            "ar",
            "هيئة تنظيم قطاع الاتصالات الأردنية",
            "JO",
        ),
        (
            "Al tavolo il Centro nazionale anticrimine informatico per la protezione "
            "delle infrastrutture critiche (CNAIPIC).",
            "it",
            "Centro nazionale anticrimine informatico per la protezione delle "
            "infrastrutture critiche",
            "IT",
        ),
        (
            "L'ACN e l'Autorità Nazionale per la Certificazione Elettronica e la "
            "Sicurezza Informatica dell'Albania (AKCESK) hanno firmato.",
            "it",
            "AKCESK",
            "AL",
        ),
    ],
)
def test_more_new_bodies_and_their_countries(text, language, name, country):
    assert _orgs(text, language)[name].country == country


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El taller se celebró en el Centro de Convenciones de Cartagena.", "es"),
        ("The meeting was held at the Jakarta International Convention Center.", "en"),
    ],
)
def test_a_venue_is_no_body(text, language):
    assert _fixture_context(text, language).extra["organizations"] == []


def test_a_bloc_named_only_in_its_summits_or_drills_name_is_no_body():
    text = (
        "CISA and DICT first signed a letter on the sidelines of the APEC summit in "
        "San Francisco. They first worked together at the ASEAN Cyber Drill."
    )
    names = {f.name for f in _fixture_context(text, "en").extra["organizations"]}
    assert "Asia-Pacific Economic Cooperation" not in names
    assert "Association of Southeast Asian Nations" not in names


def test_a_body_named_in_translation_in_the_headline_is_the_known_one():
    text = (
        "BSSN Akan Tandatangani MoU dengan Badan Keamanan Siber Singapura\n\n"
        "Badan Siber dan Sandi Negara (BSSN) akan menandatangani nota kesepahaman "
        "dengan Cyber Security Agency of Singapore (CSA) di Singapura."
    )
    findings = _fixture_context(text, "id").extra["organizations"]
    singapore = [f for f in findings if f.country == "SG"]
    assert len(singapore) == 1
    assert "Badan Keamanan Siber Singapura" in singapore[0].names()


def test_more_companies_and_regional_bodies_are_known():
    text = (
        "Tra i relatori esperti di Leonardo e di Fincantieri; l'esercitazione del "
        "RATS SCO e la rete CSIRTAmericas sono state citate."
    )
    found = _orgs(text, "it")
    assert found["Fincantieri"].country == "IT"
    assert found["RATS SCO"].country is None
    assert found["CSIRTAmericas"].kind == "other"


def test_a_dateline_city_that_is_no_capital_gives_its_country():
    text = (
        "Kenya opens cyber lab\n\nMOMBASA — The Technical University of Mombasa has "
        "opened a lab."
    )
    assert _orgs(text, "en")["Technical University of Mombasa"].country == "KE"


def test_an_arab_kingdoms_official_name_is_not_saudi_arabia():
    text = (
        "ووقعت مذكرة تفاهم بين الهيئة والمركز الوطني للأمن السيبراني في المملكة "
        "الأردنية الهاشمية لتبادل الخبرات."
    )
    ctx = _fixture_context(text, "ar")
    assert countries(ctx) == ["JO"]
    assert {f.country for f in ctx.extra["organizations"]} == {"JO"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("越方派出代表参加。立法方面进展顺利。", "zh", ["VN"]),
        ("米側は国務省が出席した。北側の建物。", "ja", ["US"]),
        ("미 측은 동의했다. 미측정 값이 있다.", "ko", ["US"]),
    ],
)
def test_a_side_named_by_its_short_form_is_that_country(text, language, expected):
    assert countries(_fixture_context(text, language)) == expected


def test_a_sentence_naming_two_networks_is_no_share_row():
    text = "Microsoft and Google met officials from X and Telegram in Nairobi."
    names = {f.name for f in _fixture_context(text, "en").extra["organizations"]}
    assert {"Microsoft", "Google"} <= names


@pytest.mark.parametrize(
    "unit",
    [
        "The National Cyber Security Agency Of The Republic And ",
        "THE NATIONAL CYBER SECURITY AGENCY OF THE REPUBLIC AND ",
    ],
)
def test_a_long_run_of_capitalised_words_is_no_name(unit):
    """A menu or a headline in capitals with no stop: no body is named by all of
    it (and reading it takes time in proportion to its length)."""
    text = "Menu\n" + unit * 60 + "\nANSSI and ASEAN signed a memorandum."
    found = organizations(context(text, "en", agencies=[ANSSI, ASEAN]))
    assert {"ASEAN", "ANSSI"} <= {f.acronym for f in found.values()}
    assert max(len(name) for name in found) <= 160
