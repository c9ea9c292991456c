"""Agreements from short texts in many languages: kind, status, date, parties, and
one record per agreement however often it is mentioned."""

import datetime
import re

import pytest

from ingestion.extraction import extract_article, triggers
from ingestion.extraction.agreements import find_agreements
from ingestion.extraction.context import ArticleContext, Mention, Sentence
from ingestion.records import ArticleInput
from tests.extraction_helpers import fixture_gazetteer


def context(text, language, published=None, orgs=(), countries=()):
    """An article context built by hand: sentences at full stops and line ends,
    ORG mentions as (surface, canonical name, country), COUNTRY as (surface, code)."""
    sentences = tuple(
        Sentence(m.start(), m.end(), m.group())
        for m in re.finditer(r"[^\n.。]+[.。]?", text)
        if m.group().strip()
    )
    mentions = []
    for surface, name, country in orgs:
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(m.start(), m.end(), surface, "ORG", name, country))
    for surface, code in countries:
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(m.start(), m.end(), surface, "COUNTRY", code, code))
    return ArticleContext(
        text=text,
        language=language,
        published=published,
        sentences=sentences,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


def kinds_and_statuses(ctx):
    return [(a.kind, a.status) for a in find_agreements(ctx)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ANSSI and DGSSI signed a memorandum of understanding.", "en", "mou"),
        ("L'ANSSI et la DGSSI ont signé un protocole d'accord.", "fr", "mou"),
        ("ACN e NISC hanno firmato un protocollo d'intesa.", "it", "mou"),
        ("INCIBE y ANCI firmaron un memorando de entendimiento.", "es", "mou"),
        ("BSI und SSSCIP unterzeichneten eine Absichtserklärung.", "de", "mou"),
        ("CNCS e GSI assinaram um memorando de entendimento.", "pt", "mou"),
        ("BSSN dan CSA menandatangani nota kesepahaman.", "id", "mou"),
        ("NACSA dan KISA menandatangani memorandum persefahaman.", "ms", "mou"),
        ("VNCERT và LaoCERT đã ký bản ghi nhớ hợp tác.", "vi", "mou"),
        ("وقعت الهيئة مذكرة تفاهم مع المركز.", "ar", "mou"),
        ("NISCとCSAは覚書に署名した。", "ja", "mou"),
        ("KISA는 RIA와 양해각서를 체결했다.", "ko", "mou"),
        ("双方签署了谅解备忘录。", "zh", "mou"),
        (
            "BSI und ANSSI veröffentlichen eine gemeinsame Erklärung.",
            "de",
            "joint_statement",
        ),
        (
            "Les deux agences ont adopté une déclaration conjointe.",
            "fr",
            "joint_statement",
        ),
        ("両政府は共同声明を発出した。", "ja", "joint_statement"),
        ("INCIBE y la OEA firmaron un acuerdo de colaboración.", "es", "agreement"),
        ("Kedua negara menandatangani perjanjian kerja sama.", "id", "agreement"),
        ("Hai bên đã ký thỏa thuận hợp tác.", "vi", "agreement"),
        (
            "La France et le Maroc scellent un partenariat stratégique.",
            "fr",
            "partnership",
        ),
    ],
)
def test_kind_from_trigger_terms(text, language, expected):
    assert [a.kind for a in find_agreements(context(text, language))] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("ACN e NISC firmeranno un memorandum di cooperazione.", "it", "planned"),
        ("ANCI e INCIBE firmarán un memorando de entendimiento.", "es", "planned"),
        ("L'ANSSI signera un protocole d'accord avec la DGSSI.", "fr", "planned"),
        ("BSSN akan menandatangani nota kesepahaman dengan CSA.", "id", "planned"),
        ("Hai bên sẽ ký kết một bản ghi nhớ hợp tác.", "vi", "planned"),
        ("The two agencies are expected to sign an MoU next month.", "en", "planned"),
        ("The ministry proposed a memorandum of understanding.", "en", "proposed"),
        ("La parte argentina propuso ampliar el memorando.", "es", "proposed"),
        ("BSSN mengusulkan nota kesepahaman baru.", "id", "proposed"),
        ("The agencies signed an MoU in Rabat.", "en", "signed"),
    ],
)
def test_status_from_tense_and_modal_cues(text, language, status):
    assert kinds_and_statuses(context(text, language))[0][1] == status


def test_collaboration_being_forged_is_a_planned_partnership():
    ctx = context(
        "He said collaboration in the academic field is being forged between "
        "CINI and UKM in research.",
        "en",
        orgs=[("CINI", "CINI", "IT"), ("UKM", "Universiti Kebangsaan Malaysia", "MY")],
    )
    (agreement,) = find_agreements(ctx)
    assert (agreement.kind, agreement.status) == ("partnership", "planned")
    assert agreement.parties == ("CINI", "Universiti Kebangsaan Malaysia")
    assert agreement.countries == ("IT", "MY")


def test_a_partnership_being_forged_leaves_the_sentence_terms_as_found():
    # the terms of a sentence are kept for the next stage that asks: adding the
    # partnership must not change them
    text = "Cooperation with CINI under the MoU is being forged with UKM in research."
    ctx = context(
        text,
        "en",
        orgs=[("CINI", "CINI", "IT"), ("UKM", "Universiti Kebangsaan Malaysia", "MY")],
    )
    (mou,) = triggers.find_terms(text, "en", "agreement")
    kinds = kinds_and_statuses(ctx)
    assert ("partnership", "planned") in kinds
    assert list(triggers.find_terms(text, "en", "agreement")) == [mou]
    assert kinds_and_statuses(ctx) == kinds


def test_parties_are_the_canonical_names_of_the_organisations_named():
    ctx = context(
        "L'ANSSI et la DGSSI ont signé un mémorandum d'entente le 7 novembre dernier.",
        "fr",
        published=datetime.date(2024, 11, 14),
        orgs=[
            ("ANSSI", "National Cybersecurity Agency of France", "FR"),
            ("DGSSI", "General Directorate of Information Systems Security", "MA"),
        ],
    )
    (agreement,) = find_agreements(ctx)
    assert agreement.parties == (
        "National Cybersecurity Agency of France",
        "General Directorate of Information Systems Security",
    )
    assert agreement.date == "2024-11-07"
    assert agreement.evidence[0].sentence.startswith("L'ANSSI")


def test_state_parties_when_no_organisation_is_named():
    ctx = context(
        "Giappone e ASEAN firmeranno un accordo a Tokyo questa settimana.",
        "it",
        countries=[("Giappone", "JP")],
    )
    (agreement,) = find_agreements(ctx)
    assert agreement.parties == ("Japan",)
    assert agreement.countries == ("JP",)


def test_repeated_mentions_of_one_agreement_are_one_record():
    ctx = context(
        "BSI and SSSCIP signed a memorandum of understanding on Tuesday. "
        "The MoU covers the exchange of indicators. "
        "Under the agreement, both agencies will train grid operators.",
        "en",
        published=datetime.date(2023, 6, 15),
    )
    assert kinds_and_statuses(ctx) == [("mou", "signed")]


def test_a_proposal_to_extend_a_planned_mou_is_a_second_record():
    ctx = context(
        "ANCI e INCIBE firmarán un memorando de entendimiento el próximo 15 de mayo. "
        "La parte argentina propuso ampliar el memorando a un marco trilateral.",
        "es",
        published=datetime.date(2025, 5, 2),
    )
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("mou", "planned", "2025-05-15"),
        ("mou", "proposed", None),
    ]


def test_an_agreement_and_the_joint_statement_that_will_include_it():
    ctx = context(
        "Le parti firmeranno un accordo a Tokyo questa settimana. "
        "L'accordo sarà incluso in una dichiarazione congiunta al vertice di dicembre.",
        "it",
    )
    assert kinds_and_statuses(ctx) == [
        ("agreement", "planned"),
        ("joint_statement", "planned"),
    ]


def test_an_mou_signed_at_a_meeting_takes_the_meeting_date():
    ctx = context(
        "On December 19, 2019, the minister had a meeting with Kaspersky. "
        "Also at the meeting, there was a MoU signing ceremony between the two.",
        "en",
    )
    (agreement,) = find_agreements(ctx)
    assert (agreement.kind, agreement.date) == ("mou", "2019-12-19")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Minister Hung expressed his high agreement with the new approach.", "en"),
        ("Elle a déjà conclu des accords similaires avec plusieurs pays.", "fr"),
        ("De acuerdo con el informe, los ataques aumentaron.", "es"),
        (
            "Les sociétés présenteront leurs activités pour nouer de nouveaux partenariats.",
            "fr",
        ),
        ("Lire aussi : la PLCC a traité plus de 6 000 plaintes en 2023.", "fr"),
    ],
)
def test_everyday_uses_of_agreement_words_are_not_agreements(text, language):
    assert find_agreements(context(text, language)) == ()


def test_a_headline_names_the_body_agreement_rather_than_adding_one():
    ctx = context(
        "Cybersécurité : la France et le Maroc scellent un partenariat\n"
        "L'ANSSI et la DGSSI ont signé un mémorandum d'entente à Rabat.",
        "fr",
    )
    assert kinds_and_statuses(ctx) == [("mou", "signed")]


def test_focus_areas_come_from_the_agreement_sentences():
    ctx = context(
        "The agencies signed an MoU on incident response and information sharing.",
        "en",
    )
    (agreement,) = find_agreements(ctx)
    assert {"incident-response", "information-sharing"} <= set(agreement.focus_areas)


def test_a_signed_day_without_year_is_the_last_such_day_before_publication():
    ctx = context(
        "India and the US signed an MoU on Jan 11 between CERT-In and DHS.",
        "en",
        published=datetime.date(2024, 11, 15),
    )
    (agreement,) = find_agreements(ctx)
    assert agreement.date == "2024-01-11"


def test_day_and_month_in_parentheses_with_a_weekday():
    ctx = context(
        "Kepala BSSN pada Rabu (8/9) menandatangani Letter of Intent (LoI).",
        "id",
        published=datetime.date(2021, 9, 10),
    )
    assert [(a.kind, a.date) for a in find_agreements(ctx)] == [("mou", "2021-09-08")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'ANSSI et la DGSSI ont signé un protocole d'entente.", "fr", "mou"),
        (
            "BSI und BKA unterzeichneten eine Kooperationsvereinbarung.",
            "de",
            "agreement",
        ),
        ("MinTIC e INCIBE firmaron un convenio marco.", "es", "agreement"),
        ("ACN e Politecnico hanno firmato un accordo quadro.", "it", "agreement"),
        ("GSI e CNCS assinaram um acordo de cooperação.", "pt", "agreement"),
        ("NACSA menandatangani perjanjian kerjasama dengan KISA.", "ms", "agreement"),
        ("وقعت الهيئة اتفاقية تعاون مع المجلس.", "ar", "agreement"),
        ("KISA는 BSSN과 업무협약을 체결했다.", "ko", "mou"),
        ("双方签署了合作协议。", "zh", "agreement"),
        (
            "НКЦКИ и ЦКБ подписали меморандум о взаимопонимании.",
            "ru",
            "mou",
        ),
        ("Стороны подписали соглашение о сотрудничестве.", "ru", "agreement"),
        ("สกมช. ลงนามบันทึกความเข้าใจกับ KISA", "th", "mou"),
    ],
)
def test_each_language_names_mous_apart_from_agreements(text, language, expected):
    assert [a.kind for a in find_agreements(context(text, language))] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("CSA and NISC adopted a joint work plan for 2025 to 2027.", "en"),
        ("Les deux organismes ont adopté une feuille de route pour 2025.", "fr"),
        ("Ambas partes aprobaron un plan de acción conjunto.", "es"),
        ("Zudem verabschiedeten beide Seiten einen gemeinsamen Aktionsplan.", "de"),
        ("As instituições aprovaram um plano de trabalho conjunto.", "pt"),
        ("Kedua lembaga menyepakati rencana aksi bersama 2025-2026.", "id"),
        ("Kedua-dua pihak bersetuju dengan pelan tindakan bersama.", "ms"),
        ("Hai bên cũng thống nhất kế hoạch hành động giai đoạn 2025-2026.", "vi"),
        ("両者は2026年までの行動計画にも合意した。", "ja"),
        ("양 기관은 공동 로드맵도 채택했다.", "ko"),
        ("Стороны также утвердили дорожную карту сотрудничества.", "ru"),
        ("ทั้งสองฝ่ายได้จัดทำแผนงานความร่วมมือระยะ 3 ปี", "th"),
        (
            "The universities signed a double-degree agreement in cybersecurity.",
            "en",
        ),
        ("L'ateneo ha siglato un accordo di doppio titolo.", "it"),
    ],
)
def test_plans_roadmaps_and_double_degrees_are_other_agreements(text, language):
    assert [a.kind for a in find_agreements(context(text, language))] == ["other"]


def test_a_joint_lab_proposed_is_an_other_agreement():
    ctx = context(
        "La DGSSI a proposé la création d'un laboratoire commun de recherche.", "fr"
    )
    assert kinds_and_statuses(ctx) == [("other", "proposed")]


def test_a_plan_named_without_a_cue_is_no_agreement():
    assert find_agreements(context("Le rapport cite la feuille de route.", "fr")) == ()


def test_a_joint_body_an_instrument_is_about_is_not_a_second_agreement():
    ctx = context(
        "Eine Absichtserklärung über ein gemeinsames Lagezentrum soll im Frühjahr "
        "2025 unterzeichnet werden.",
        "de",
    )
    assert kinds_and_statuses(ctx) == [("mou", "planned")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("CSA and NISC are expected to sign a memorandum of cooperation.", "en"),
        ("BSSN dan NACSA berencana menandatangani perjanjian kerja sama.", "id"),
        ("NACSA dijangka menandatangani memorandum persefahaman dengan KISA.", "ms"),
        ("Hai bên dự kiến ký thỏa thuận hợp tác về đào tạo.", "vi"),
        ("ومن المقرر أن يوقع الجانبان اتفاقية تعاون.", "ar"),
        ("両国政府は年内に協定を締結する予定だという。", "ja"),
        ("KISA는 통신정보부와 양해각서를 내년 상반기에 체결할 예정이다.", "ko"),
        ("双方将于明年签署合作协议。", "zh"),
        ("Стороны планируют подписать соглашение о сотрудничестве.", "ru"),
        ("สกมช. จะลงนามบันทึกความเข้าใจกับญี่ปุ่น", "th"),
        ("Um memorando de entendimento deverá ser assinado em 2025.", "pt"),
        ("Eine Absichtserklärung soll im Frühjahr unterzeichnet werden.", "de"),
        ("Las partes firmarán una carta de intención.", "es"),
    ],
)
def test_a_signing_verb_inside_a_plan_is_the_plan(text, language):
    assert [status for _, status in kinds_and_statuses(context(text, language))] == [
        "planned"
    ]


def test_a_planned_mou_after_a_signed_one_is_a_second_record():
    ctx = context(
        "KISA는 25일 BSSN과 업무협약을 체결했다. "
        "KISA는 또 통신정보부와 양해각서를 내년 상반기에 체결할 예정이다.",
        "ko",
        published=datetime.date(2024, 9, 26),
    )
    assert kinds_and_statuses(ctx) == [("mou", "signed"), ("mou", "planned")]


def test_the_agreement_signed_on_the_sidelines_is_the_one_already_named():
    ctx = context(
        "ANCI y la Dirección Nacional suscribieron el martes un memorando de "
        "entendimiento. El acuerdo se firmó al margen de la reunión bilateral "
        "celebrada el 31 de marzo.",
        "es",
        published=datetime.date(2025, 4, 3),
    )
    assert kinds_and_statuses(ctx) == [("mou", "signed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Las partes se comprometieron a elaborar una hoja de ruta conjunta.",
            "es",
        ),
        (
            "Beide Seiten wollen bis Ende des Jahres einen Fahrplan für die "
            "Zusammenarbeit ihrer Notfallteams erarbeiten.",
            "de",
        ),
        ("The two agencies committed to a joint action plan.", "en"),
    ],
)
def test_a_commitment_to_draw_up_a_plan_is_a_planned_other_agreement(text, language):
    assert kinds_and_statuses(context(text, language)) == [("other", "planned")]


NCA = ("NCA", "National Cybersecurity Authority", "SA")
COUNTERPARTS = (
    ("NCSC-JO", "National Cyber Security Center", "JO"),
    ("PKCERT", "National Computer Emergency Response Team", "PK"),
    ("NCSC-BH", "National Cyber Security Center", "BH"),
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The NCA signed memoranda of understanding with NCSC-JO, PKCERT and "
            "NCSC-BH.",
            "en",
        ),
        ("The NCA signed three MoUs with NCSC-JO, PKCERT and NCSC-BH.", "en"),
        ("وقّعت NCA مذكرات تفاهم مع NCSC-JO وPKCERT وNCSC-BH.", "ar"),
        (
            "La NCA a signé des protocoles d'entente avec NCSC-JO, PKCERT et NCSC-BH.",
            "fr",
        ),
        (
            "La NCA firmó memorandos de entendimiento con NCSC-JO, PKCERT y NCSC-BH.",
            "es",
        ),
        (
            "A NCA assinou memorandos de entendimento com NCSC-JO, PKCERT e NCSC-BH.",
            "pt",
        ),
        (
            "NCA menandatangani tiga nota kesepahaman dengan NCSC-JO, PKCERT dan NCSC-BH.",
            "id",
        ),
        (
            "Die NCA unterzeichnete Absichtserklärungen mit NCSC-JO, PKCERT und NCSC-BH.",
            "de",
        ),
        ("NCAは、NCSC-JO、PKCERT、NCSC-BHとそれぞれ協力覚書に署名した。", "ja"),
        ("NCA는 NCSC-JO, PKCERT, NCSC-BH와 각각 양해각서를 체결했다.", "ko"),
        ("NCA分别与NCSC-JO、PKCERT和NCSC-BH签署了合作备忘录。", "zh"),
        ("NCA đã ký các biên bản ghi nhớ với NCSC-JO, PKCERT và NCSC-BH.", "vi"),
        ("NCA подписал меморандумы с NCSC-JO, PKCERT и NCSC-BH.", "ru"),
    ],
)
def test_several_signings_in_one_sentence_give_one_agreement_each(text, language):
    ctx = context(text, language, orgs=(NCA, *COUNTERPARTS))
    agreements = find_agreements(ctx)
    assert [(a.kind, a.status) for a in agreements] == [("mou", "signed")] * 3
    assert [a.parties for a in agreements] == [
        ("National Cybersecurity Authority", name) for _, name, _ in COUNTERPARTS
    ]
    assert [a.countries for a in agreements] == [
        ("SA", "JO"),
        ("SA", "PK"),
        ("SA", "BH"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("NCA, PKCERT and NCSC-BH signed a joint memorandum of understanding.", "en"),
        ("The NCA signed an MoU with PKCERT and NCSC-BH.", "en"),
        ("Earlier, the NCA signed other MoUs with PKCERT and NCSC-BH.", "en"),
    ],
)
def test_one_shared_or_background_instrument_is_not_split(text, language):
    ctx = context(text, language, orgs=(NCA, *COUNTERPARTS))
    assert len(find_agreements(ctx)) <= 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("وقعت الهيئة والمركز بروتوكول تعاون.", "ar", "agreement"),
        ("INCIBE y ANCI firmaron un protocolo de cooperación.", "es", "agreement"),
        ("CNCS e GSI assinaram um protocolo de cooperação.", "pt", "agreement"),
        (
            "L'ANSSI et la DGSSI ont signé un protocole de coopération.",
            "fr",
            "agreement",
        ),
        ("ACN e NISC hanno firmato un protocollo di cooperazione.", "it", "agreement"),
        ("L'ANSSI et le CCCS ont signé un protocole d'entente.", "fr", "mou"),
        ("ACN e NISC hanno firmato un protocollo d'intesa.", "it", "mou"),
    ],
)
def test_cooperation_protocols_are_agreements(text, language, expected):
    assert kinds_and_statuses(context(text, language)) == [(expected, "signed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los ministros adoptaron la Declaración de Santiago en la conferencia.", "es"),
        (
            "Les ministres ont adopté la Déclaration de Lomé lors de la conférence.",
            "fr",
        ),
        ("Para menteri mengadopsi Deklarasi Kuala Lumpur dalam konferensi itu.", "id"),
        ("اعتمد المشاركون في المؤتمر إعلان الرياض.", "ar"),
        ("Ministers adopted the Riyadh Declaration at the conference.", "en"),
        (
            "Die Minister verabschiedeten die Berliner Erklärung auf der Konferenz.",
            "de",
        ),
    ],
)
def test_a_declaration_adopted_at_a_conference_is_a_joint_statement(text, language):
    assert kinds_and_statuses(context(text, language)) == [
        ("joint_statement", "signed")
    ]


def test_a_declaration_is_signed_by_the_participants_of_its_conference():
    text = (
        "The conference held in Riyadh on 9 October 2025 with NCA and PKCERT "
        "adopted the Riyadh Declaration."
    )
    ctx = context(
        text,
        "en",
        published=datetime.date(2025, 10, 10),
        orgs=COUNTERPARTS[1:2] + (NCA,),
    )
    (declaration,) = find_agreements(ctx)
    assert declaration.kind == "joint_statement"
    assert set(declaration.parties) >= {
        "National Cybersecurity Authority",
        "National Computer Emergency Response Team",
    }


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("代表団は東京宣言を採択した。", "ja", ("東京", "JP")),
        ("대표단은 서울 선언을 채택했다.", "ko", ("서울", "KR")),
        ("代表们通过了北京宣言。", "zh", ("北京", "CN")),
    ],
)
def test_a_declaration_named_after_its_city_is_a_joint_statement(text, language, place):
    surface, code = place
    ctx = context(text, language)
    city = Mention(
        text.index(surface),
        text.index(surface) + len(surface),
        surface,
        "CITY",
        surface,
        code,
    )
    ctx = ArticleContext(
        text=ctx.text, language=language, sentences=ctx.sentences, mentions=(city,)
    )
    assert kinds_and_statuses(ctx) == [("joint_statement", "signed")]
    assert kinds_and_statuses(context(text, language)) == []


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        (
            "НКЦКИ и ЦКБ подписали меморандум о взаимопонимании. "
            "Документ был подписан 13 мая в Москве.",
            "ru",
            (2025, 5, 14),
            "2025-05-13",
        ),
        (
            "The two agencies signed a memorandum of understanding. "
            "It was signed on 12 March in Tallinn, officials said.",
            "en",
            (2025, 3, 14),
            "2025-03-12",
        ),
        (
            "NISCは27日、RIAと協力覚書に署名したと発表した。署名は26日、タリンで行われた。",
            "ja",
            (2025, 6, 27),
            "2025-06-26",
        ),
    ],
)
def test_a_signing_date_told_in_the_next_sentence_dates_the_instrument(
    text, language, published, value
):
    (agreement,) = find_agreements(context(text, language, datetime.date(*published)))
    assert (agreement.status, agreement.date) == ("signed", value)


def test_a_planned_signing_in_the_next_sentence_does_not_date_the_instrument():
    ctx = context(
        "The two agencies signed a memorandum of understanding. "
        "A second one will be signed on 3 June.",
        "en",
        datetime.date(2025, 3, 14),
    )
    assert [a.date for a in find_agreements(ctx) if a.status == "signed"] == [None]


@pytest.mark.parametrize(
    ("text", "language", "published", "kind", "value"),
    [
        (
            "The two agencies will hold a joint exercise in November and will draw up "
            "an action plan in the first half of next year.",
            "en",
            (2025, 6, 20),
            "other",
            "2026",
        ),
        (
            "양 기관은 오는 11월 합동 훈련을 실시하고, 내년 상반기 중 공동 실행계획을 "
            "마련할 예정이다.",
            "ko",
            (2024, 8, 22),
            "other",
            "2025",
        ),
        (
            "Hai bên cũng nhất trí tổ chức diễn tập chung vào quý II năm 2025 và ký "
            "kế hoạch hành động trước cuối năm nay.",
            "vi",
            (2024, 12, 6),
            "other",
            "2024",
        ),
    ],
)
def test_an_instrument_takes_the_date_of_its_own_clause(
    text, language, published, kind, value
):
    dated = {
        a.kind: a.date
        for a in find_agreements(context(text, language, datetime.date(*published)))
    }
    assert dated[kind] == value


def test_an_instrument_does_not_take_the_days_of_an_event_named_between():
    ctx = context(
        "両機関は、24日から26日までタリンで開かれた協議に合わせて覚書を交わした。",
        "ja",
        datetime.date(2025, 6, 27),
    )
    (agreement,) = find_agreements(ctx)
    assert (agreement.kind, agreement.date) == ("mou", "2025-06")


def test_an_arabic_memorandum_is_not_a_verb_of_reporting():
    # "ذكر" (mentioned) is inside "مذكرة": yesterday is the signing's
    ctx = context(
        "وقّعت الهيئة الوطنية، أمس، مذكرة تفاهم مع المركز.",
        "ar",
        datetime.date(2024, 5, 15),
    )
    (agreement,) = find_agreements(ctx)
    assert agreement.date == "2024-05-14"


def test_an_instrument_signed_during_a_visit_keeps_the_day_the_visit_the_month():
    text = (
        "وقع المجلس والوكالة اتفاقية للتعاون في باريس يوم الأربعاء 11 ديسمبر 2024. "
        "وجاء توقيع الاتفاقية خلال زيارة عمل لوفد إماراتي إلى فرنسا."
    )
    ctx = context(text, "ar", datetime.date(2024, 12, 12))
    (agreement,) = find_agreements(ctx)
    assert agreement.date == "2024-12-11"
    from ingestion.extraction.events import find_events

    (visit,) = find_events(ctx)
    assert (visit.kind, visit.start, visit.end) == ("meeting", "2024-12", None)


def test_a_signing_told_next_at_an_event_takes_the_events_month():
    text = (
        "BSSN dan CSA menandatangani nota kesepahaman di Singapura, Selasa (14/10). "
        "Penandatanganan dilakukan di sela Singapore International Cyber Week yang "
        "berlangsung pada 14-16 Oktober 2025. Nota kesepahaman tersebut mencakup "
        "pertukaran informasi."
    )
    (agreement,) = find_agreements(context(text, "id"))
    assert (agreement.kind, agreement.date) == ("mou", "2025-10")


def test_a_ceremony_told_next_at_an_event_dates_the_instrument_by_it():
    text = (
        "NACSA dan CSA menandatangani memorandum persefahaman semalam. Majlis itu "
        "diadakan sempena Mesyuarat Dua Hala yang berlangsung pada 7 dan 8 Januari "
        "2025 di Putrajaya."
    )
    (agreement,) = find_agreements(context(text, "ms"))
    assert (agreement.kind, agreement.date) == ("mou", "2025-01")


@pytest.mark.parametrize(
    ("text", "language", "countries"),
    [
        (
            "Bereits 2021 hatten Deutschland und die Niederlande eine gemeinsame "
            "Erklärung zur Cybersicherheit abgegeben.",
            "de",
            [("Deutschland", "DE"), ("Niederlande", "NL")],
        ),
        (
            "Already in 2021 France and Morocco had signed a memorandum of "
            "understanding.",
            "en",
            [("France", "FR"), ("Morocco", "MA")],
        ),
        (
            "Dès 2021, la France et le Maroc avaient signé un protocole d'accord.",
            "fr",
            [("France", "FR"), ("Maroc", "MA")],
        ),
        (
            "Ya en 2021 España y Chile habían firmado un memorando de entendimiento.",
            "es",
            [("España", "ES"), ("Chile", "CL")],
        ),
        (
            "Desde 2021 España y Chile tienen un memorando de entendimiento firmado.",
            "es",
            [("España", "ES"), ("Chile", "CL")],
        ),
        (
            "Ещё в 2021 году Россия и Белоруссия подписали меморандум о "
            "взаимопонимании.",
            "ru",
            [("Россия", "RU"), ("Белоруссия", "BY")],
        ),
    ],
)
def test_a_background_instrument_keeps_the_year_its_sentence_opens_with(
    text, language, countries
):
    # "Bereits 2021", "Dès 2021", "Desde 2021" (not "Des(ember) de 2021"), "Ещё в
    # 2021 году": the year alone, after "already" or "since", dates it
    ctx = context(text, language, datetime.date(2025, 4, 21), countries=countries)
    assert [a.date for a in find_agreements(ctx)] == ["2021"]


_AMERICAS = [
    ("Colombia", "CO"),
    ("Mexico", "MX"),
    ("México", "MX"),
    ("Peru", "PE"),
    ("Perú", "PE"),
    ("Chile", "CL"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The OAS has signed similar agreements with Mexico, Peru and Chile.", "en"),
        ("The OAS had signed comparable agreements with Mexico and Peru.", "en"),
        ("La OEA ha firmado acuerdos similares con México, Perú y Chile.", "es"),
        ("La OEA ya ha firmado convenios de este tipo con México y Perú.", "es"),
        ("Die OAS hat ähnliche Abkommen mit Mexiko und Peru unterzeichnet.", "de"),
        ("وقعت المنظمة اتفاقيات مماثلة مع المكسيك والبيرو وتشيلي.", "ar"),
        ("Ранее ОАГ подписала аналогичные соглашения с Мексикой и Перу.", "ru"),
        ("ОАГ ранее подписала соглашения такого рода с Мексикой и Перу.", "ru"),
        ("OAS는 멕시코, 페루, 칠레와도 유사한 협정을 체결했다.", "ko"),
        ("OAS telah menandatangani perjanjian serupa dengan Meksiko dan Peru.", "id"),
        ("OEA đã ký các thỏa thuận tương tự với Mexico và Peru.", "vi"),
        ("美洲国家组织此前已与墨西哥、秘鲁签署了类似协议。", "zh"),
    ],
)
def test_similar_agreements_with_others_are_background(text, language):
    # the kind of instrument one side has with others, in general: no new one
    lead = {
        "en": "The OAS and Colombia signed a memorandum of understanding. ",
        "es": "La OEA y Colombia firmaron un memorando de entendimiento. ",
        "de": "Die OAS und Kolumbien unterzeichneten eine Absichtserklärung. ",
        "ar": "وقعت المنظمة وكولومبيا مذكرة تفاهم. ",
        "ru": "ОАГ и Колумбия подписали меморандум о взаимопонимании. ",
        "ko": "OAS와 콜롬비아는 양해각서를 체결했다. ",
        "id": "OAS dan Kolombia menandatangani nota kesepahaman. ",
        "vi": "OEA và Colombia đã ký bản ghi nhớ. ",
        "zh": "美洲国家组织与哥伦比亚签署了谅解备忘录。",
    }[language]
    assert find_agreements(context(text, language, countries=_AMERICAS)) == ()
    ctx = context(lead + text, language, countries=_AMERICAS)
    assert [a.kind for a in find_agreements(ctx)] == ["mou"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The participants adopted a joint action plan for 2025-2027.", "en"),
        ("Стороны приняли план совместных действий на 2025-2027 годы.", "ru"),
        ("واتفق المشاركون على خطة عمل مشتركة للعامين 2026 و2027.", "ar"),
        ("Hai bên đã thông qua lộ trình hợp tác giai đoạn 2025-2027.", "vi"),
        ("双方通过了2025-2027年行动计划。", "zh"),
        ("Les participants ont adopté une feuille de route pour 2025-2027.", "fr"),
        (
            "Los participantes aprobaron un plan de acción conjunto para 2025-2027.",
            "es",
        ),
        ("Die Teilnehmer verabschiedeten einen Aktionsplan für 2025 bis 2027.", "de"),
    ],
)
def test_a_plan_adopted_at_the_close_is_an_other_agreement(text, language):
    # the years a plan covers are not the day it was agreed ("计划" inside
    # "行动计划" is no plan to sign)
    ctx = context(text, language, datetime.date(2025, 4, 21))
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("other", "signed", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "BSI und NASK vereinbarten, im Herbst eine Absichtserklärung zu unterzeichnen.",
            "de",
        ),
        (
            "BSI und NASK haben vereinbart, eine Absichtserklärung zu unterzeichnen.",
            "de",
        ),
        ("BSI und NASK beabsichtigen, eine Absichtserklärung zu unterzeichnen.", "de"),
        ("BSI und NASK wollen im Herbst eine Absichtserklärung unterzeichnen.", "de"),
        ("The two agencies agreed to sign a memorandum of understanding.", "en"),
        ("Las dos agencias acordaron firmar un memorando de entendimiento.", "es"),
        ("Les deux agences ont convenu de signer un protocole d'accord.", "fr"),
        ("Le due agenzie hanno concordato di firmare un protocollo d'intesa.", "it"),
        ("As duas agências acordaram assinar um memorando de entendimento.", "pt"),
        ("Kedua lembaga sepakat untuk menandatangani nota kesepahaman.", "id"),
        (
            "Kedua-dua agensi bersetuju untuk menandatangani memorandum persefahaman.",
            "ms",
        ),
        ("اتفق الجانبان على توقيع مذكرة تفاهم في الخريف.", "ar"),
        ("Стороны договорились подписать меморандум о взаимопонимании.", "ru"),
    ],
)
def test_agreeing_or_wanting_to_sign_is_a_planned_signing(text, language):
    assert kinds_and_statuses(context(text, language)) == [("mou", "planned")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("BSI und NASK unterzeichneten eine Absichtserklärung.", "de"),
        ("Le due agenzie hanno firmato un protocollo d'intesa.", "it"),
        ("وقع الجانبان مذكرة تفاهم.", "ar"),
    ],
)
def test_a_signing_told_in_the_past_stays_signed(text, language):
    assert kinds_and_statuses(context(text, language)) == [("mou", "signed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The workshop took place on 10 and 11 November 2025. At the close of the "
            "workshop the participants adopted a joint action plan.",
            "en",
        ),
        (
            "عقد الاجتماع يومي 10 و11 نوفمبر 2025. واتفق المشاركون في ختام الاجتماع "
            "على خطة عمل مشتركة.",
            "ar",
        ),
        (
            "La réunion s'est tenue les 10 et 11 novembre 2025. À l'issue de la "
            "réunion, les participants ont adopté une feuille de route.",
            "fr",
        ),
    ],
)
def test_a_plan_adopted_at_the_close_of_a_meeting_takes_its_last_day(text, language):
    ctx = context(text, language, datetime.date(2025, 11, 12))
    assert [(a.kind, a.date) for a in find_agreements(ctx)] == [("other", "2025-11-11")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Si è concluso ieri a Roma il vertice dei ministri del G7 sulla "
            "cybersicurezza. Al termine dei lavori, i rappresentanti hanno adottato "
            "una dichiarazione congiunta.",
            "it",
        ),
        (
            "The summit of G7 ministers on cybersecurity ended in Rome yesterday. At "
            "the close of the talks, the ministers adopted a joint statement.",
            "en",
        ),
    ],
)
def test_a_statement_adopted_at_the_close_of_the_event_told_before(text, language):
    ctx = context(text, language, datetime.date(2024, 10, 9))
    assert [(a.kind, a.date) for a in find_agreements(ctx)] == [
        ("joint_statement", "2024-10-08")
    ]


def test_a_close_of_no_event_told_before_gives_no_date():
    text = (
        "At the close of the talks, the ministers adopted a joint statement. The "
        "summit was held in Rome."
    )
    ctx = context(text, "en", datetime.date(2024, 10, 9))
    assert [(a.kind, a.date) for a in find_agreements(ctx)] == [
        ("joint_statement", None)
    ]


def test_a_mention_that_only_refers_back_adds_no_signatory():
    text = (
        "Kenya's Ministry of Information signed a memorandum of understanding with "
        "Estonia's e-Governance Academy on Monday. The agreement follows a 2023 "
        "assessment by the World Bank."
    )
    found = extract_article(ArticleInput(text=text), fixture_gazetteer())
    [agreement] = found.agreements
    assert len(agreement.parties) == 2
    assert "World Bank" not in agreement.parties


@pytest.mark.parametrize(
    ("text", "language", "published", "date"),
    [
        (
            "The two agencies renewed the memorandum of understanding they first "
            "signed in 2019.",
            "en",
            datetime.date(2025, 3, 6),
            None,
        ),
        (
            "Kedua lembaga memperbarui nota kesepahaman yang ditandatangani pada "
            "2020 untuk lima tahun lagi.",
            "id",
            datetime.date(2025, 3, 6),
            None,
        ),
        (
            "KISA는 NACSA와 2019년 체결한 업무협약을 3년 연장했다고 밝혔다.",
            "ko",
            datetime.date(2025, 10, 15),
            None,
        ),
        (
            "JPCERT/CCとNCSCは28日、2020年に結んだ協力覚書を更新した。",
            "ja",
            datetime.date(2026, 1, 29),
            "2026-01-28",
        ),
        (
            "Das BSI und das NÚKIB haben ihre 2022 unterzeichnete "
            "Absichtserklärung um fünf Jahre verlängert. Die Verlängerung wurde am "
            "Mittwoch in Prag unterzeichnet.",
            "de",
            datetime.date(2026, 5, 22),
            "2026-05-20",
        ),
        (
            "Les deux agences ont renouvelé leur protocole d'accord signé en 2021. "
            "Le renouvellement a été signé le 3 mars à Paris.",
            "fr",
            datetime.date(2025, 3, 5),
            "2025-03-03",
        ),
    ],
)
def test_a_renewal_is_not_dated_by_the_year_of_the_first_signing(
    text, language, published, date
):
    found = find_agreements(context(text, language, published=published))
    assert [(a.kind, a.status, a.date) for a in found] == [("mou", "signed", date)]


@pytest.mark.parametrize(
    "text",
    [
        "اعتمد المجلس والمركز إعلاناً مشتركاً بشأن حماية البنية التحتية الحيوية.",
        "وأصدر الجانبان بيانا مشتركا في ختام الاجتماع.",
    ],
)
def test_an_arabic_joint_statement_in_the_accusative(text):
    assert kinds_and_statuses(context(text, "ar")) == [("joint_statement", "signed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Правоохранительные органы государств – членов Организации Договора о "
            "коллективной безопасности подписали протокол.",
            "ru",
        ),
        ("The North Atlantic Treaty Organization signed the plan.", "en"),
        ("L'Organisation du traité de l'Atlantique Nord a signé le plan.", "fr"),
    ],
)
def test_a_treaty_word_in_the_name_of_a_body_is_no_treaty(text, language):
    assert "treaty" not in [k for k, _ in kinds_and_statuses(context(text, language))]


def test_a_treaty_after_a_body_s_name_still_counts():
    found = kinds_and_statuses(
        context(
            "Les pays de l'Organisation du traité de l'Atlantique Nord ont signé un "
            "traité.",
            "fr",
        )
    )
    assert found == [("treaty", "signed")]


def test_an_instrument_an_event_is_about_takes_not_the_event_s_date():
    ctx = context(
        "Les deux agences ont également arrêté un plan d'action commun pour 2026. "
        "Un webinaire de restitution du plan d'action est prévu en janvier.",
        "fr",
        published=datetime.date(2025, 11, 28),
    )
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("other", "signed", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un accord de coopération pourrait être signé l'an prochain.", "fr"),
        ("A cooperation agreement could be signed next year.", "en"),
        ("Un acuerdo de cooperación podría firmarse el próximo año.", "es"),
        ("Um acordo de cooperação poderá ser assinado no próximo ano.", "pt"),
    ],
)
def test_could_be_signed_is_planned(text, language):
    assert kinds_and_statuses(context(text, language)) == [("agreement", "planned")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tonga's prime minister proposed a regional cyber incident response "
            "centre.",
            "en",
        ),
        (
            "La délégation a proposé la création d'un centre régional de réponse "
            "aux incidents.",
            "fr",
        ),
    ],
)
def test_a_proposed_regional_response_centre(text, language):
    assert kinds_and_statuses(context(text, language)) == [("other", "proposed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Стороны договорились подготовить план совместных мероприятий на "
            "2025–2026 годы.",
            "ru",
        ),
        ("The two sides agreed to draft a joint action plan for 2026.", "en"),
    ],
)
def test_a_plan_the_sides_agreed_to_prepare_is_planned(text, language):
    assert kinds_and_statuses(context(text, language)) == [("other", "planned")]


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        (
            "The signing of a memorandum of understanding is scheduled for July.",
            "en",
            "planned",
        ),
        ("The two agencies are negotiating a memorandum of understanding.", "en",
         "planned"),
        ("Die Unterzeichnung einer Absichtserklärung ist für Juli geplant.", "de",
         "planned"),
        ("Die tschechische Seite schlug eine Absichtserklärung vor.", "de",
         "proposed"),
        ("اقترح الجانب البحريني توقيع مذكرة تفاهم.", "ar", "proposed"),
        ("Казахстанская сторона предложила подписать меморандум.", "ru",
         "proposed"),
        ("The two sides inked a memorandum of understanding on Monday.", "en",
         "signed"),
    ],
)  # fmt: skip
def test_the_status_a_signing_word_stands_for(text, language, status):
    assert kinds_and_statuses(context(text, language)) == [("mou", status)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El acuerdo de París sobre el clima no fue tratado.", "es", []),
        ("Los temas tratados en la reunión fueron firmados por todos.", "es", []),
        ("Ambos países firmaron un tratado de asistencia judicial.", "es",
         [("treaty", "signed")]),
        ("Os dois países assinaram o Tratado de Cooperação.", "pt",
         [("treaty", "signed")]),
    ],
)  # fmt: skip
def test_tratado_as_a_participle_is_no_treaty(text, language, expected):
    assert kinds_and_statuses(context(text, language)) == expected


def test_an_accord_named_with_a_demonstrative_is_the_one_just_signed():
    ctx = context(
        "L'ANSSI et le CCB ont signé lundi un protocole d'accord. Cet accord prévoit "
        "des échanges d'informations.",
        "fr",
    )
    assert kinds_and_statuses(ctx) == [("mou", "signed")]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("The agencies signed a Memorandum of Arrangement.", "en", "mou"),
        ("The agencies signed a cooperation arrangement.", "en", "mou"),
        ("The agencies signed a Statement of Intent.", "en", "mou"),
        ("Les agences ont signé une déclaration d'intention.", "fr", "mou"),
        ("As agências assinaram uma carta de intenções.", "pt", "mou"),
        ("Kedua lembaga menandatangani surat pernyataan kehendak.", "id", "mou"),
        ("Kedua-dua agensi menandatangani surat niat.", "ms", "mou"),
        ("Hai bên đã ký thư ý định hợp tác.", "vi", "mou"),
        ("وقع الجانبان برنامجاً تنفيذياً.", "ar", "other"),
        ("双方签署合作意向书。", "zh", "mou"),
        ("双方发表联合宣言。", "zh", "joint_statement"),
        ("Стороны подписали протокол о намерениях.", "ru", "mou"),
        ("Стороны подписали совместную декларацию.", "ru", "joint_statement"),
        ("ทั้งสองฝ่ายลงนามหนังสือแสดงเจตจำนง", "th", "mou"),
        ("ทั้งสองฝ่ายลงนามปฏิญญาร่วม", "th", "joint_statement"),
    ],
)
def test_letters_of_intent_and_declarations_in_more_words(text, language, kind):
    assert [a.kind for a in find_agreements(context(text, language))] == [kind]


def test_cooperation_arrangements_in_general_are_no_instrument():
    ctx = context(
        "The agencies discussed cooperation arrangements in the region.", "en"
    )
    assert find_agreements(ctx) == ()


def test_a_signed_instrument_is_not_dated_after_the_story():
    ctx = context(
        "KISA는 업무협약(MOU)을 체결했으며, 내년에는 케냐에서 교육과정을 운영할 예정이다.",
        "ko",
        published=datetime.date(2025, 7, 3),
    )
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("mou", "signed", None)
    ]


def test_signing_an_instrument_next_year_is_a_plan():
    ctx = context(
        "양 기관은 내년 상반기 인력교류 협정을 체결하고, 오는 12월 8일에는 웨비나를 "
        "공동 개최할 예정이다.",
        "ko",
        published=datetime.date(2025, 11, 20),
    )
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("agreement", "planned", "2026")
    ]


def test_korean_mous_signed_each_with_agencies_named_by_country():
    ctx = context(
        "KISA는 과테말라, 르완다 사이버보안 기관과 각각 업무협약(MOU)을 체결했으며, "
        "내년에는 케냐에서 교육과정을 운영할 예정이다.",
        "ko",
        orgs=[("KISA", "Korea Internet & Security Agency", "KR")],
        countries=[("과테말라", "GT"), ("르완다", "RW"), ("케냐", "KE")],
    )
    assert sorted(a.countries[-1] for a in find_agreements(ctx)) == ["GT", "RW"]


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "A memorandum of understanding on threat information was also "
            "discussed. It is expected to be signed on 15 July, officials said.",
            "en",
            "2025-07-15",
        ),
        (
            "Les deux parties ont évoqué un protocole d'accord. Le document devrait "
            "être signé en juillet.",
            "fr",
            "2025-07",
        ),
    ],
)
def test_the_plan_told_of_it_in_the_next_sentence(text, language, date):
    ctx = context(text, language, published=datetime.date(2025, 5, 5))
    assert [(a.kind, a.status, a.date) for a in find_agreements(ctx)] == [
        ("mou", "planned", date)
    ]


def test_an_instrument_only_discussed_is_none():
    ctx = context("The two sides discussed a memorandum of understanding.", "en")
    assert find_agreements(ctx) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two sides signed a cooperation plan.", "en"),
        ("Les deux parties ont signé un plan de coopération.", "fr"),
        ("Beide Seiten unterzeichneten einen Kooperationsplan.", "de"),
        ("Hai bên đã ký kế hoạch hợp tác.", "vi"),
        ("وقع الجانبان خطة تعاون.", "ar"),
        ("양국은 협력 계획을 체결했다.", "ko"),
        ("双方签署合作计划。", "zh"),
        ("Стороны подписали план сотрудничества.", "ru"),
        ("ทั้งสองฝ่ายลงนามแผนความร่วมมือ", "th"),
    ],
)
def test_a_cooperation_plan_signed_is_an_other_agreement(text, language):
    assert kinds_and_statuses(context(text, language)) == [("other", "signed")]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("زوروا موقع الهيئة للاطلاع على مذكرة التفاهم.", False),
        ("ومن المتوقع أن يتم التوقيع لاحقاً.", True),  # التوقيع: the noun
        ("ووقع الجانبان مذكرة تفاهم.", True),
        ("بحثت الجهات المعتمدة مذكرة التفاهم.", False),
    ],
)
def test_arabic_signing_cues_start_a_word(text, signed):
    from ingestion.extraction import triggers as t

    found = t.cues(text, "ar", "signed")
    assert bool(found) == signed


@pytest.mark.parametrize(
    ("text", "language", "future"),
    [
        ("Beide Behörden wollen vom 30. Juni bis 2. Juli üben.", "de", True),
        ("Ein Workshop ist für Juli vorgesehen.", "de", True),
        ("Das BSI beabsichtigt, im Herbst ein Abkommen zu schließen.", "de", True),
        ("Das BSI und die ANSSI unterzeichneten die Erklärung.", "de", False),
        ("Le due agenzie intendono firmare il memorandum il 20 maggio.", "it", True),
        ("Un corso è in programma nei prossimi mesi.", "it", True),
        ("Le due agenzie hanno firmato il memorandum.", "it", False),
        ("Стороны намерены провести учения в июне.", "ru", True),
        ("Семинар запланирован на осень.", "ru", True),
        ("Стороны подписали меморандум.", "ru", False),
    ],
)
def test_intentions_and_schedules_are_future_cues(text, language, future):
    assert bool(triggers.cues(text, language, "future")) is future
