"""Cooperation or incident report: headlines and leads in many languages."""

import pytest

from ingestion.extraction.agreements import find_agreements
from ingestion.extraction.context import ArticleContext
from ingestion.extraction.cooperation import is_cooperation
from ingestion.extraction.events import find_events


def judge(title, lead, language):
    ctx = ArticleContext(text=f"{title}\n\n{lead}", language=language, title=title)
    return is_cooperation(ctx, find_agreements(ctx), find_events(ctx))


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Italy wants to cooperate with Malaysia on cybersecurity",
            "Italy is looking into greater cooperation with Malaysia.",
            "en",
        ),
        (
            "La France et le Maroc scellent un partenariat",
            "L'ANSSI et la DGSSI ont signé un mémorandum d'entente.",
            "fr",
        ),
        (
            "INCIBE y la OEA firman un acuerdo",
            "Ambas instituciones celebrarán un ciberejercicio regional.",
            "es",
        ),
        (
            "BSI und ANSSI veröffentlichen gemeinsame Erklärung",
            "Die Zusammenarbeit der beiden Behörden wird vertieft.",
            "de",
        ),
        (
            "BSSN dan CSA perkuat kerja sama siber",
            "BSSN akan menandatangani nota kesepahaman dengan CSA.",
            "id",
        ),
        (
            "Việt Nam - Hoa Kỳ đối thoại về an ninh mạng",
            "Hai bên thống nhất tăng cường hợp tác.",
            "vi",
        ),
        (
            "KISA, 에스토니아와 사이버보안 협력 MOU 체결",
            "양 기관은 협력하기로 했다.",
            "ko",
        ),
        (
            "السعودية والإمارات توقعان مذكرة تفاهم",
            "لتعزيز التعاون في مجال الأمن.",
            "ar",
        ),
    ],
)
def test_cooperation_stories(title, lead, language):
    assert judge(title, lead, language) is True


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Ransomware attack forces hospital trust to cancel operations",
            "A ransomware attack hit the trust; data was stolen in the breach.",
            "en",
        ),
        (
            "La CNIL inflige une amende à un éditeur de logiciels",
            "Une fuite de données a exposé des patients ; l'amende est de 800 000 euros.",
            "fr",
        ),
        (
            "El CCN-CERT alerta de una nueva campaña de ciberespionaje",
            "Los ataques se dirigen contra ministerios.",
            "es",
        ),
        (
            "Attacco ransomware a un'azienda sanitaria",
            "L'attacco ha bloccato le prenotazioni.",
            "it",
        ),
        (
            "Serangan ransomware lumpuhkan layanan rumah sakit",
            "Peretas meminta tebusan setelah serangan.",
            "id",
        ),
        ("개인정보위, 유출 쇼핑몰에 과징금", "해킹으로 회원 정보가 유출됐다.", "ko"),
        ("Report on a new APT group", "The group exploits a vulnerability.", "en"),
    ],
)
def test_incident_reports_are_not_cooperation(title, lead, language):
    assert judge(title, lead, language) is False


def test_no_cue_at_all_is_not_cooperation():
    assert judge("Weather in Kuala Lumpur", "It rained all day.", "en") is False


def test_an_attack_report_yields_no_agreements_or_events():
    title = "Ransomware attack forces hospital trust to cancel operations"
    lead = (
        "A ransomware attack hit the trust on Monday; data was stolen. The trust "
        "held a meeting with the police on Tuesday and signed an agreement with "
        "a recovery firm."
    )
    ctx = ArticleContext(text=f"{title}\n\n{lead}", language="en", title=title)
    assert find_agreements(ctx) == ()
    assert find_events(ctx) == ()


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Técnicos de oito países formados em resposta a incidentes cibernéticos",
            "O curso terminou com um exercício que simulou um ataque de ransomware.",
            "pt",
        ),
        (
            "Officials trained in incident response",
            "The course ended with a drill that simulated a ransomware attack.",
            "en",
        ),
        (
            "Des agents africains formés à la réponse aux incidents",
            "Un exercice a simulé une attaque par rançongiciel.",
            "fr",
        ),
        (
            "Funcionarios capacitados en respuesta a incidentes",
            "El curso terminó con un ejercicio que simuló un ataque de ransomware.",
            "es",
        ),
        (
            "Fachleute in Incident-Response geschult",
            "Eine Übung simulierte einen Ransomware-Angriff.",
            "de",
        ),
        (
            "Petugas tujuh negara dilatih penanganan insiden siber",
            "Pelatihan ditutup dengan simulasi serangan ransomware.",
            "id",
        ),
        (
            "Cán bộ năm nước được đào tạo ứng phó sự cố",
            "Khóa học kết thúc bằng diễn tập giả lập tấn công mã độc tống tiền.",
            "vi",
        ),
        (
            "تدريب مختصين من ست دول على الاستجابة للحوادث السيبرانية",
            "واختتمت الدورة بتمرين حاكى هجوم فدية على مستشفى.",
            "ar",
        ),
        (
            "ASEAN各国の担当者がインシデント対応の研修を受けた",
            "研修はランサムウェア攻撃を想定した演習で締めくくられた。",
            "ja",
        ),
        (
            "아세안 담당자, 침해사고 대응 교육 받아",
            "연수는 랜섬웨어 공격을 가정한 훈련으로 마무리됐다.",
            "ko",
        ),
    ],
)
def test_a_training_in_incident_response_is_cooperation(title, lead, language):
    assert judge(title, lead, language)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Hospital hit by ransomware attack",
            "A real ransomware attack encrypted the records; staff had trained "
            "for incident response.",
            "en",
        ),
        (
            "Hospital sofre ataque de ransomware",
            "O ataque de ransomware paralisou o hospital na segunda-feira.",
            "pt",
        ),
    ],
)
def test_a_real_attack_stays_an_incident_report(title, lead, language):
    assert not judge(title, lead, language)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Страны СНГ отработали совместное реагирование на компьютерные атаки",
            "Специалисты семи государств провели в Минске совместные учения по "
            "реагированию на компьютерные инциденты.",
            "ru",
        ),
        (
            "Partners rehearse a joint response to ransomware attacks",
            "Teams from fourteen countries took part in a tabletop exercise in "
            "Singapore.",
            "en",
        ),
    ],
)
def test_attacks_a_response_is_about_are_no_incident(title, lead, language):
    assert judge(title, lead, language)


def test_an_attack_without_a_response_word_still_counts():
    from ingestion.extraction.cooperation import _attack_cues

    assert _attack_cues("Хакеры провели атаки на больницы") >= 1
    assert _attack_cues("совместное реагирование на компьютерные атаки") == 0


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Police take down ransomware gang in joint operation",
            "Officers from four countries seized servers in an international "
            "operation coordinated by Europol.",
            "en",
        ),
        (
            "Desarticulada una red de ransomware en una operación internacional",
            "La Guardia Civil detuvo a tres personas en una operación conjunta "
            "con la policía de Portugal, coordinada por Europol.",
            "es",
        ),
        (
            "Gang ransomware smantellata, operazione internazionale",
            "L'operazione congiunta con le polizie di Francia e Spagna è stata "
            "coordinata da Eurojust.",
            "it",
        ),
    ],
)
def test_a_joint_police_operation_against_ransomware_is_cooperation(
    title, lead, language
):
    assert judge(title, lead, language)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Ransomware contro gli studi legali, arrestato un 30enne",
            "La polizia ha arrestato un uomo accusato di aver diffuso un "
            "ransomware che ha bloccato i computer di decine di studi.",
            "it",
        ),
        (
            "Police arrest man over ransomware attacks on schools",
            "The suspect encrypted the networks of twelve schools and demanded a "
            "ransom, police said.",
            "en",
        ),
    ],
)
def test_a_national_arrest_for_ransomware_stays_an_incident_report(
    title, lead, language
):
    assert not judge(title, lead, language)


def test_two_cue_words_of_one_attack_count_once():
    from ingestion.extraction import triggers

    assert triggers.attack_cues("serangan ransomware terhadap pusat data") == 1
    assert triggers.attack_cues("a ransomware attack on the port") == 1
    assert triggers.attack_cues("ransomware hit the port; attackers stole data") == 2


def test_a_meeting_of_delegations_that_recalls_an_attack_is_cooperation():
    assert judge(
        "BSSN tuan rumah pertemuan keamanan jaringan ASEAN di Bali",
        "Pertemuan itu dihadiri delegasi dari Malaysia, Singapura dan Thailand. "
        "Kepala BSSN menyebut serangan ransomware pada 2024 sebagai pelajaran.",
        "id",
    )
