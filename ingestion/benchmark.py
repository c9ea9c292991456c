"""A generated news corpus for `manage.py benchmark_ingest`, and the measurements.

Articles are built from templates in eleven languages, filled with real country
and agency names from the gazetteer, at the length of real news (400 to 600
words), so that extraction and ingestion do the work they do on real input. The
generator is seeded: the same size gives the same corpus.
"""

from __future__ import annotations

import datetime
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass

from ingestion import records

# Share of each language in the corpus, roughly that of cyber cooperation news.
LANGUAGE_MIX = {
    "en": 30,
    "fr": 9,
    "es": 9,
    "de": 6,
    "it": 5,
    "pt": 5,
    "id": 7,
    "vi": 7,
    "ar": 6,
    "ja": 6,
    "ru": 5,
}

# Placeholders: {a} {b} agencies, {x} {y} countries, {city}, {date}, {n} a number.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "headline": (
            "{x} and {y} sign cybersecurity memorandum",
            "{a} and {b} deepen cyber cooperation",
        ),
        "lead": (
            "{city}, {date} - {a} and {b} signed a memorandum of understanding on "
            "cybersecurity cooperation on {date}, officials from {x} and {y} said.",
            "{a} of {x} and {b} of {y} agreed on {date} to share threat "
            "intelligence and to train incident responders together.",
        ),
        "event": (
            "The signing took place during a two-day workshop on critical "
            "infrastructure protection held in {city} on {date}.",
            "Both agencies will take part in a joint exercise in {city} next year, "
            "with {n} experts from each side.",
        ),
        "quote": (
            '"Cyber threats do not stop at borders, and neither should our '
            'response," the head of {a} said at a press conference.',
        ),
        "filler": (
            "The agreement covers the exchange of information on vulnerabilities, "
            "coordinated responses to incidents and the training of specialists.",
            "Officials said the number of ransomware attacks on hospitals and local "
            "governments had risen sharply over the past two years.",
            "The two countries have held regular consultations on security in "
            "cyberspace since the first dialogue was launched a decade ago.",
            "Analysts noted that smaller states increasingly rely on partnerships "
            "to build the capacity they cannot afford to develop alone.",
            "The memorandum also foresees joint research projects between "
            "universities and the exchange of students in digital forensics.",
            "A working group will meet twice a year to review progress and to "
            "prepare the next round of technical talks.",
            "Industry representatives welcomed the move, saying that clear channels "
            "between national teams shorten the time needed to contain attacks.",
            "The ministry said that details of the implementation plan would be "
            "published in the coming months after consultations with operators.",
        ),
    },
    "fr": {
        "headline": ("{x} et {y} signent un accord sur la cybersécurité",),
        "lead": (
            "{city}, le {date} - {a} et {b} ont signé le {date} un protocole "
            "d'accord sur la coopération en matière de cybersécurité.",
        ),
        "event": (
            "La signature a eu lieu lors d'un atelier consacré à la protection des "
            "infrastructures critiques, organisé à {city}.",
        ),
        "quote": (
            "« Les menaces ne connaissent pas de frontières », a déclaré le "
            "directeur de {a} lors d'une conférence de presse.",
        ),
        "filler": (
            "L'accord prévoit l'échange d'informations sur les vulnérabilités et "
            "la coordination de la réponse aux incidents.",
            "Les responsables ont souligné la forte hausse des attaques par "
            "rançongiciel contre les hôpitaux et les collectivités.",
            "Les deux pays mènent des consultations régulières sur la sécurité du "
            "cyberespace depuis une dizaine d'années.",
            "Un groupe de travail se réunira deux fois par an pour faire le point "
            "et préparer les prochaines discussions techniques.",
            "Des programmes de formation communs seront proposés aux équipes de "
            "réponse aux incidents des deux administrations.",
            "Les industriels ont salué une initiative qui raccourcit le délai "
            "nécessaire pour contenir une attaque.",
        ),
    },
    "es": {
        "headline": ("{x} y {y} firman un acuerdo de ciberseguridad",),
        "lead": (
            "{city}, {date} - {a} y {b} firmaron el {date} un memorando de "
            "entendimiento sobre cooperación en ciberseguridad.",
        ),
        "event": (
            "La firma se produjo durante un taller sobre protección de "
            "infraestructuras críticas celebrado en {city}.",
        ),
        "quote": (
            "«Las amenazas no conocen fronteras», afirmó el director de {a} en "
            "una rueda de prensa.",
        ),
        "filler": (
            "El acuerdo contempla el intercambio de información sobre "
            "vulnerabilidades y la coordinación de la respuesta a incidentes.",
            "Las autoridades señalaron el fuerte aumento de los ataques de "
            "ransomware contra hospitales y ayuntamientos.",
            "Ambos países mantienen consultas periódicas sobre seguridad en el "
            "ciberespacio desde hace una década.",
            "Un grupo de trabajo se reunirá dos veces al año para revisar los "
            "avances y preparar la próxima ronda de conversaciones.",
            "Se ofrecerán programas de formación conjuntos a los equipos de "
            "respuesta a incidentes de ambas administraciones.",
        ),
    },
    "de": {
        "headline": ("{x} und {y} unterzeichnen Abkommen zur Cybersicherheit",),
        "lead": (
            "{city}, {date} - {a} und {b} haben am {date} eine Absichtserklärung "
            "über die Zusammenarbeit in der Cybersicherheit unterzeichnet.",
        ),
        "event": (
            "Die Unterzeichnung fand während eines Workshops zum Schutz kritischer "
            "Infrastrukturen in {city} statt.",
        ),
        "quote": (
            "„Cyberbedrohungen machen nicht an Grenzen halt“, sagte der Leiter von "
            "{a} auf einer Pressekonferenz.",
        ),
        "filler": (
            "Die Vereinbarung sieht den Austausch von Informationen über "
            "Schwachstellen und eine abgestimmte Reaktion auf Vorfälle vor.",
            "Die Behörden verwiesen auf den starken Anstieg von Angriffen mit "
            "Erpressersoftware auf Krankenhäuser und Kommunen.",
            "Beide Länder führen seit einem Jahrzehnt regelmäßige Konsultationen "
            "über die Sicherheit im Cyberraum.",
            "Eine Arbeitsgruppe soll zweimal im Jahr zusammenkommen und die "
            "nächste Runde technischer Gespräche vorbereiten.",
            "Gemeinsame Schulungen für die Notfallteams beider Verwaltungen sind "
            "ebenfalls geplant.",
        ),
    },
    "it": {
        "headline": ("{x} e {y} firmano un accordo sulla cybersicurezza",),
        "lead": (
            "{city}, {date} - {a} e {b} hanno firmato il {date} un memorandum "
            "d'intesa sulla cooperazione nella sicurezza informatica.",
        ),
        "event": (
            "La firma è avvenuta durante un seminario sulla protezione delle "
            "infrastrutture critiche tenutosi a {city}.",
        ),
        "quote": (
            "«Le minacce informatiche non conoscono confini», ha dichiarato il "
            "direttore di {a} in conferenza stampa.",
        ),
        "filler": (
            "L'intesa prevede lo scambio di informazioni sulle vulnerabilità e il "
            "coordinamento della risposta agli incidenti.",
            "I funzionari hanno sottolineato il forte aumento degli attacchi "
            "ransomware contro ospedali ed enti locali.",
            "I due paesi tengono consultazioni regolari sulla sicurezza del "
            "cyberspazio da oltre dieci anni.",
            "Un gruppo di lavoro si riunirà due volte l'anno per esaminare i "
            "progressi e preparare i prossimi colloqui tecnici.",
        ),
    },
    "pt": {
        "headline": ("{x} e {y} assinam acordo de cibersegurança",),
        "lead": (
            "{city}, {date} - {a} e {b} assinaram em {date} um memorando de "
            "entendimento sobre cooperação em cibersegurança.",
        ),
        "event": (
            "A assinatura ocorreu durante um workshop sobre proteção de "
            "infraestruturas críticas realizado em {city}.",
        ),
        "quote": (
            "“As ameaças não conhecem fronteiras”, afirmou o diretor de {a} em "
            "entrevista coletiva.",
        ),
        "filler": (
            "O acordo prevê a troca de informações sobre vulnerabilidades e a "
            "coordenação da resposta a incidentes.",
            "As autoridades destacaram o forte aumento dos ataques de ransomware "
            "contra hospitais e prefeituras.",
            "Os dois países mantêm consultas regulares sobre segurança no "
            "ciberespaço há uma década.",
            "Um grupo de trabalho se reunirá duas vezes por ano para avaliar os "
            "avanços e preparar a próxima rodada de negociações.",
        ),
    },
    "id": {
        "headline": ("{x} dan {y} teken nota kesepahaman keamanan siber",),
        "lead": (
            "{city}, {date} - {a} dan {b} menandatangani nota kesepahaman "
            "kerja sama keamanan siber pada {date}.",
        ),
        "event": (
            "Penandatanganan dilakukan dalam lokakarya perlindungan infrastruktur "
            "informasi vital yang digelar di {city}.",
        ),
        "quote": (
            '"Ancaman siber tidak mengenal batas negara," kata kepala {a} dalam '
            "konferensi pers.",
        ),
        "filler": (
            "Kerja sama ini mencakup pertukaran informasi kerentanan dan "
            "koordinasi penanganan insiden siber.",
            "Para pejabat menyebut serangan ransomware terhadap rumah sakit dan "
            "pemerintah daerah meningkat tajam.",
            "Kedua negara telah mengadakan konsultasi rutin mengenai keamanan "
            "ruang siber selama sepuluh tahun terakhir.",
            "Kelompok kerja akan bertemu dua kali setahun untuk meninjau kemajuan "
            "dan menyiapkan pembicaraan teknis berikutnya.",
        ),
    },
    "vi": {
        "headline": ("{x} và {y} ký kết hợp tác về an ninh mạng",),
        "lead": (
            "{city}, {date} - {a} và {b} đã ký biên bản ghi nhớ hợp tác về an "
            "ninh mạng vào ngày {date}.",
        ),
        "event": (
            "Lễ ký kết diễn ra trong khuôn khổ hội thảo về bảo vệ hạ tầng thông "
            "tin trọng yếu tổ chức tại {city}.",
        ),
        "quote": (
            "“Các mối đe dọa trên không gian mạng không có biên giới”, lãnh đạo "
            "{a} phát biểu tại buổi họp báo.",
        ),
        "filler": (
            "Thỏa thuận bao gồm việc chia sẻ thông tin về lỗ hổng bảo mật và phối "
            "hợp ứng cứu sự cố.",
            "Các quan chức cho biết số vụ tấn công bằng mã độc tống tiền nhằm vào "
            "bệnh viện đã tăng mạnh.",
            "Hai nước đã tổ chức tham vấn thường xuyên về an ninh không gian mạng "
            "trong suốt một thập kỷ qua.",
            "Một nhóm công tác sẽ họp hai lần mỗi năm để đánh giá tiến độ và chuẩn "
            "bị cho vòng trao đổi kỹ thuật tiếp theo.",
        ),
    },
    "ar": {
        "headline": ("{x} و{y} توقعان مذكرة تفاهم في الأمن السيبراني",),
        "lead": (
            "{city}، {date} - وقعت {a} و{b} مذكرة تفاهم للتعاون في مجال الأمن "
            "السيبراني بتاريخ {date}.",
        ),
        "event": (
            "وجرى التوقيع خلال ورشة عمل حول حماية البنية التحتية الحيوية عقدت في "
            "{city}.",
        ),
        "quote": (
            "وقال رئيس {a} في مؤتمر صحفي إن التهديدات السيبرانية لا تعرف حدودا.",
        ),
        "filler": (
            "وتشمل المذكرة تبادل المعلومات حول الثغرات الأمنية وتنسيق الاستجابة "
            "للحوادث.",
            "وأشار المسؤولون إلى ارتفاع حاد في هجمات برامج الفدية على المستشفيات "
            "والبلديات.",
            "ويعقد البلدان مشاورات منتظمة حول أمن الفضاء السيبراني منذ عقد من الزمن.",
            "وستجتمع مجموعة عمل مرتين في السنة لمراجعة التقدم والتحضير للجولة "
            "المقبلة من المحادثات الفنية.",
        ),
    },
    "ja": {
        "headline": ("{x}と{y}、サイバーセキュリティ協力の覚書に署名",),
        "lead": (
            "{city}、{date} - {a}と{b}は{date}、サイバーセキュリティ分野の協力に"
            "関する覚書に署名した。",
        ),
        "event": (
            "署名は{city}で開かれた重要インフラ防護に関するワークショップで行われた。",
        ),
        "quote": ("{a}の長官は記者会見で「サイバー脅威に国境はない」と述べた。",),
        "filler": (
            "覚書は脆弱性に関する情報の共有と、インシデント対応の連携を柱としている。",
            "当局者によると、病院や自治体を狙ったランサムウェア攻撃が急増している。",
            "両国は十年前からサイバー空間の安全保障に関する定期協議を続けている。",
            "作業部会は年二回会合を開き、進捗を確認して次回の技術協議に備える。",
            "両機関の対応チームを対象とした合同研修も計画されている。",
        ),
    },
    "ru": {
        "headline": ("{x} и {y} подписали меморандум о кибербезопасности",),
        "lead": (
            "{city}, {date} - {a} и {b} подписали {date} меморандум о "
            "взаимопонимании в области кибербезопасности.",
        ),
        "event": (
            "Подписание состоялось в ходе семинара по защите критической "
            "инфраструктуры в городе {city}.",
        ),
        "quote": (
            "«Киберугрозы не знают границ», заявил руководитель {a} на "
            "пресс-конференции.",
        ),
        "filler": (
            "Документ предусматривает обмен информацией об уязвимостях и "
            "координацию реагирования на инциденты.",
            "По словам официальных лиц, число атак программ-вымогателей на "
            "больницы резко выросло.",
            "Две страны проводят регулярные консультации по безопасности в "
            "киберпространстве уже десять лет.",
            "Рабочая группа будет собираться два раза в год, чтобы оценивать "
            "ход работы и готовить новые технические переговоры.",
        ),
    },
}

# Articles without cooperation, as any news feed carries.
UNRELATED_SHARE = 0.15
CITIES = ("Hanoi", "Paris", "Jakarta", "Tokyo", "Madrid", "Berlin", "Rome", "Cairo")


@dataclass(frozen=True)
class Corpus:
    articles: tuple[records.ArticleInput, ...]

    @property
    def languages(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for article in self.articles:
            counts[article.language] = counts.get(article.language, 0) + 1
        return counts


def generate_corpus(
    size: int, gazetteer: records.Gazetteer, *, seed: int = 2026
) -> Corpus:
    """`size` articles in the language mix, with names from the gazetteer."""
    rng = random.Random(seed)
    countries = [c for c in gazetteer.countries if c.names.get("en")]
    by_country: dict[str, list[records.AgencyEntry]] = {}
    for agency in gazetteer.agencies:
        if agency.country:
            by_country.setdefault(agency.country, []).append(agency)
    with_agencies = [c for c in countries if by_country.get(c.code)] or countries
    languages = list(LANGUAGE_MIX)
    weights = [LANGUAGE_MIX[lang] for lang in languages]
    articles = []
    for serial in range(size):
        language = rng.choices(languages, weights)[0]
        x, y = rng.sample(with_agencies, 2) if len(with_agencies) > 1 else (None, None)
        articles.append(
            make_article(rng, serial, language, x, y, by_country, cooperation=True)
            if rng.random() >= UNRELATED_SHARE
            else make_article(
                rng, serial, language, x, y, by_country, cooperation=False
            )
        )
    return Corpus(tuple(articles))


def make_article(rng, serial, language, x, y, by_country, *, cooperation):
    templates = TEMPLATES[language]
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
    values = {
        "x": country_name(x, language, rng),
        "y": country_name(y, language, rng),
        "a": agency_name(x, by_country, rng),
        "b": agency_name(y, by_country, rng),
        "city": rng.choice(CITIES),
        "date": day.isoformat(),
        "n": rng.randrange(5, 60),
    }
    fill = lambda template: template.format(**values)  # noqa: E731
    paragraphs = []
    if cooperation:
        headline = fill(rng.choice(templates["headline"]))
        paragraphs.append(fill(rng.choice(templates["lead"])))
    else:
        headline = fill(rng.choice(templates["filler"]))[:80]
    target = rng.randrange(400, 600)
    fillers = list(templates["filler"])
    while count_words("\n\n".join(paragraphs), language) < target:
        rng.shuffle(fillers)
        paragraph = " ".join(fill(s) for s in fillers[: rng.randrange(2, 4)])
        paragraphs.append(paragraph)
        if cooperation and len(paragraphs) == 3:
            paragraphs.append(
                fill(rng.choice(templates["event"]))
                + " "
                + fill(rng.choice(templates["quote"]))
            )
    # A serial in the dateline keeps every article distinct, as real ones are.
    text = f"{headline}\n\n({serial:05d}) " + "\n\n".join(paragraphs) + "\n"
    return records.ArticleInput(
        text=text,
        title=headline,
        url=f"https://news.example.org/{language}/{serial:05d}",
        published=day.isoformat(),
        language=language,
        outlet="Benchmark Wire",
        source=f"benchmark/{serial:05d}_{language}.txt",
    )


def country_name(entry, language, rng) -> str:
    if entry is None:
        return "Atlantis"
    names = entry.names.get(language) or entry.names.get("en") or (entry.name,)
    return names[0]


def agency_name(entry, by_country, rng) -> str:
    agencies = by_country.get(entry.code) if entry else None
    if not agencies:
        return "the national cybersecurity agency"
    agency = rng.choice(agencies)
    return agency.acronym if agency.acronym and rng.random() < 0.4 else agency.name


def count_words(text: str, language: str) -> int:
    """Words as a reader counts them; Japanese has no spaces, so about two
    characters a word."""
    if language in {"ja", "zh", "th"}:
        return len(text) // 2
    return len(text.split())


# --- measurements -------------------------------------------------------------------


def tokenizer_words_per_second(articles: Iterable[records.ArticleInput]):
    """(tokens, seconds) of spaCy's tokenizer alone over the texts, with the
    tokenizer the extraction uses for each language."""
    from ingestion.extraction.pipeline import get_pipeline

    articles = list(articles)
    tokenizers = {a.language: get_pipeline(a.language).tokenizer for a in articles}
    for tokenizer in tokenizers.values():
        tokenizer("warm up")
    started = time.perf_counter()
    tokens = 0
    for article in articles:
        doc = tokenizers[article.language](article.text)
        tokens += sum(1 for token in doc if not token.is_space)
    return tokens, time.perf_counter() - started
