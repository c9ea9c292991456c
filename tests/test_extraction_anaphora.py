"""Events that say "both sides" instead of naming who takes part get the parties of
the agreement the phrase refers back to, in every language."""

import pytest

from ingestion.extraction import extract_article
from ingestion.extraction.anaphora import (
    refers_to_both,
    resolve_agreements,
    resolve_both,
)
from ingestion.records import Agreement, ArticleInput, Event, Evidence
from tests.extraction_helpers import fixture_gazetteer

SIGNED_THEN_BOTH = [
    (
        "en",
        "Paris, 7 November 2024 - France's ANSSI and Morocco's DGSSI signed a "
        "memorandum of understanding on cybersecurity in Rabat on Thursday. The two "
        "agencies will also hold a joint crisis management exercise next year.",
    ),
    (
        "id",
        "Jakarta, 6 November 2024 - Badan Siber dan Sandi Negara (BSSN) dan Australian "
        "Signals Directorate (ASD) menandatangani nota kesepahaman di bidang keamanan "
        "siber. Kedua pihak juga sepakat menggelar pelatihan bersama bagi tim tanggap "
        "insiden pada tahun depan.",
    ),
    (
        "ar",
        "الرياض - وقّعت الهيئة الوطنية للأمن السيبراني في المملكة العربية السعودية "
        "ومجلس الأمن السيبراني لحكومة الإمارات مذكرة تفاهم للتعاون في مجال الأمن "
        "السيبراني. واتفق الجانبان على عقد أول تمرين سيبراني مشترك في أبوظبي خلال "
        "العام المقبل.",
    ),
    (
        "ko",
        "한국인터넷진흥원(KISA)과 말레이시아 국가사이버보안청(NACSA)이 사이버보안 협력 "
        "양해각서를 체결했다. 양측은 내년에 서울에서 공동 워크숍을 개최할 예정이다.",
    ),
    (
        "ja",
        "フィリピン情報通信技術省（DICT）とJPCERTコーディネーションセンター（JPCERT/CC）"
        "は、サイバーセキュリティ協力に関する覚書を締結した。両者は来月、共同訓練を実施"
        "する予定だ。",
    ),
]


@pytest.mark.parametrize(("language", "text"), SIGNED_THEN_BOTH)
def test_event_of_both_sides_takes_the_agreement_parties(language, text):
    found = extract_article(ArticleInput(text=text), fixture_gazetteer())
    assert found.language == language
    [agreement] = found.agreements
    [event] = found.events
    assert len(agreement.parties) == 2
    assert event.participants == agreement.parties
    assert set(agreement.countries) <= set(event.countries)


def test_event_without_a_back_reference_keeps_no_participant():
    text = (
        "France's ANSSI and Morocco's DGSSI signed a memorandum of understanding on "
        "cybersecurity in Rabat on 7 November 2024. A regional exercise for African "
        "incident response teams is planned for next year."
    )
    found = extract_article(ArticleInput(text=text), fixture_gazetteer())
    [event] = found.events
    assert event.participants == ()


def evidence(start, sentence="x"):
    return (Evidence(sentence, start, start + len(sentence), 0.8),)


def test_the_nearest_earlier_agreement_is_the_one_referred_to():
    first = Agreement("mou", "signed", parties=("A", "B"), evidence=evidence(0))
    second = Agreement("mou", "signed", parties=("C", "D"), evidence=evidence(100))
    event = Event(
        "workshop", evidence=evidence(200, "Both sides will hold a workshop.")
    )
    [resolved] = resolve_both((event,), (first, second), "en")
    assert resolved.participants == ("C", "D")
    before = Event(
        "workshop", evidence=evidence(50, "Both sides will hold a workshop.")
    )
    [resolved] = resolve_both((before,), (first, second), "en")
    assert resolved.participants == ("A", "B")


def test_only_agreements_of_two_parties_are_referred_to():
    lone = Agreement("mou", "signed", parties=("A",), evidence=evidence(0))
    event = Event(
        "workshop", evidence=evidence(200, "Both sides will hold a workshop.")
    )
    assert resolve_both((event,), (lone,), "en") == (event,)


def test_named_participants_are_kept():
    pair = Agreement("mou", "signed", parties=("A", "B"), evidence=evidence(0))
    event = Event(
        "workshop",
        participants=("E",),
        evidence=evidence(200, "Both sides and E will hold a workshop."),
    )
    assert resolve_both((event,), (pair,), "en") == (event,)


def test_a_party_named_beside_both_sides_is_one_of_the_two():
    pair = Agreement(
        "mou",
        "signed",
        parties=("A", "B"),
        countries=("BR", "PT"),
        evidence=evidence(0),
    )
    event = Event(
        "exercise",
        participants=("B",),
        countries=("PT",),
        evidence=evidence(
            200, "Segundo B, as duas instituições vão promover um exercício."
        ),
    )
    [resolved] = resolve_both((event,), (pair,), "pt")
    assert resolved.participants == ("A", "B")
    assert resolved.countries == ("PT", "BR")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Both sides agreed to meet again.", "en"),
        ("Les deux agences organiseront un exercice.", "fr"),
        ("Ambas instituciones celebrarán un ciberejercicio.", "es"),
        ("As duas agências vão realizar um exercício.", "pt"),
        ("Le due agenzie terranno un seminario.", "it"),
        ("Beide Behörden wollen eine Übung abhalten.", "de"),
        ("Kedua-dua agensi mengadakan bengkel bersama.", "ms"),
        ("Hai bên sẽ tổ chức diễn tập chung.", "vi"),
        ("وأكد الطرفان أهمية التعاون.", "ar"),
        ("양국은 훈련을 실시한다.", "ko"),
        ("双方将举行联合演习。", "zh"),
        ("Обе стороны проведут совместные учения.", "ru"),
        ("ทั้งสองฝ่ายจะจัดการฝึกซ้อมร่วมกัน", "th"),
    ],
)
def test_both_sides_in_many_languages(sentence, language):
    assert refers_to_both(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Threats grew both in Europe and in Asia.", "en"),
        ("The partners met in Lisbon.", "en"),
        ("Les deux derniers exercices ont eu lieu à Paris.", "fr"),
        ("Kedua pihaknya tidak hadir.", "id"),
        ("Both sides agreed to meet again.", "xx"),
    ],
)
def test_other_uses_of_both_are_not_a_back_reference(sentence, language):
    assert not refers_to_both(sentence, language)


def test_joint_activity_the_agreement_provides_for_is_between_its_parties():
    text = (
        "عمّان - وقّع المركز الوطني للأمن السيبراني في الأردن والمجلس الأعلى للأمن "
        "السيبراني في مصر مذكرة تفاهم لتبادل الخبرات في مجال حماية البنية التحتية "
        "الحرجة. وتنص المذكرة على تنظيم ورشة عمل مشتركة في القاهرة."
    )
    found = extract_article(ArticleInput(text=text), fixture_gazetteer())
    [agreement] = found.agreements
    [event] = found.events
    assert event.kind == "workshop"
    assert len(agreement.parties) == 2
    assert event.participants == agreement.parties


def test_joint_needs_a_reference_to_the_agreement():
    pair = Agreement("mou", "signed", parties=("A", "B"), evidence=evidence(0))
    event = Event(
        "exercise",
        evidence=evidence(200, "A joint exercise of twenty CERTs took place."),
    )
    assert resolve_both((event,), (pair,), "en") == (event,)
    under = Event(
        "exercise",
        evidence=evidence(200, "The memorandum provides for a joint exercise."),
    )
    [resolved] = resolve_both((under,), (pair,), "en")
    assert resolved.participants == ("A", "B")


def test_an_agreement_both_sides_plan_is_theirs():
    signed = Agreement(
        "agreement", "signed", parties=("CDP", "CNIL"), evidence=evidence(0)
    )
    roadmap = Agreement(
        "other",
        "planned",
        evidence=evidence(
            300,
            "Les deux autorités prévoient également de signer une feuille de route.",
        ),
    )
    assert resolve_agreements((signed, roadmap), "fr")[1].parties == ("CDP", "CNIL")
    lone = Agreement(
        "other", "planned", evidence=evidence(300, "Une feuille de route.")
    )
    assert resolve_agreements((signed, lone), "fr")[1].parties == ()


def test_japanese_both_ministries():
    assert refers_to_both("両省は来年、合同研修を東京で開く予定だ。", "ja")


def test_an_agreement_both_signed_before_takes_the_event_pair():
    text = (
        "Jakarta, 3 Juli 2024 - Badan Siber dan Sandi Negara (BSSN) bersama Cyber "
        "Security Agency of Singapore (CSA) menggelar latihan bersama penanganan "
        "insiden siber di Jakarta pada 1-2 Juli 2024. Kegiatan ini merupakan tindak "
        "lanjut dari nota kesepahaman yang ditandatangani kedua lembaga pada Agustus "
        "2022."
    )
    found = extract_article(ArticleInput(text=text), fixture_gazetteer())
    [event] = found.events
    [agreement] = found.agreements
    assert len(event.participants) == 2
    assert agreement.parties == event.participants
    assert agreement.date == "2022-08"


def test_no_event_pair_no_parties():
    alone = Agreement("mou", "signed", evidence=evidence(300, "Both sides signed it."))
    crowd = Event("summit", participants=("A", "B", "C"), evidence=evidence(0))
    assert resolve_agreements((alone,), "en", (crowd,))[0].parties == ()


def test_both_sides_after_a_meeting_of_two_take_its_participants():
    meeting = Event("meeting", participants=("CSC", "CERT-In"), evidence=evidence(0))
    workshop = Event(
        "workshop",
        evidence=evidence(300, "واتفق الجانبان على تنظيم ورشة عمل مشتركة في نيودلهي."),
    )
    resolved = resolve_both((meeting, workshop), (), "ar")
    assert resolved[1].participants == ("CSC", "CERT-In")


def test_an_event_a_signing_was_held_at_takes_the_signatories():
    mou = Agreement("mou", "signed", parties=("BSSN", "NISC"), evidence=evidence(0))
    dialogue = Event(
        "meeting",
        evidence=evidence(
            200,
            "Penandatanganan dilakukan di sela-sela pertemuan Dialog Siber "
            "Indonesia-Jepang ke-5.",
        ),
    )
    [resolved] = resolve_both((dialogue,), (mou,), "id")
    assert resolved.participants == ("BSSN", "NISC")


def test_german_genitive_both_authorities():
    assert refers_to_both(
        "Bereits im Herbst sollen Fachleute beider Behörden an einer Übung teilnehmen.",
        "de",
    )
