"""The multilingual lexicon of the agreement and event stages: the words that name
an agreement or an event, the cues of its status (signed, planned, proposed),
the prepositions that introduce a place, and the cues that tell cooperation from
an attack report.

Patterns are written per language and compiled once, at import. English patterns
also run on every other language, since "MoU", "workshop" or "webinar" are used
as loanwords nearly everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingestion.extraction.patterns import Caseless

# Languages written without spaces between words: no word boundaries around terms.
UNSPACED = frozenset({"ja", "zh", "th", "ko"})

# --- agreements -------------------------------------------------------------------
# (kind, pattern); order matters where terms overlap: the longest match wins, and
# on a tie the earlier pattern.

# Instruments that are neither MoUs nor agreements: plans, roadmaps, letters of
# cooperation, double-degree programmes, and joint labs, centres or working groups
# the parties set up ("other").
_OTHER_EN = (
    r"(?:joint |bilateral |cooperation |collaboration |three-year |two-year )*"
    r"(?:work(?:ing)? plans?|action plans?|plans? of action|road ?maps?|"
    r"cooperation plans?|plans? of cooperation|"
    r"programmes? of cooperation)|letters? of cooperation|"
    r"(?:double|dual|joint)[- ]degree(?: programmes?| programs?| agreements?)?|"
    r"academic (?:cooperation |exchange )?agreements?|student exchange agreements?|"
    r"joint (?:cyber ?security |research |cyber )?(?:lab|laborator(?:y|ies)|"
    r"cent(?:re|er)s?|working groups?|task force)|"
    # a regional response centre one side proposes or the parties set up
    r"regional (?:cyber ?(?:security )?)?(?:incident )?response cent(?:re|er)|"
    r"regional cyber ?(?:security )?cent(?:re|er)"
)

# A declaration named after the city of the meeting that adopted it: "the Riyadh
# Declaration", "Declaration of Lima" (capitals, whatever the flags).
_NAMED_DECLARATION_EN = (
    r"(?-i:(?:[A-Z][\w-]+ ){1,3}Declaration|Declaration (?:of|on) [A-Z][\w-]+)"
)

AGREEMENTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "mou",
            r"memorand(?:um|a) of (?:understanding|cooperation|intent|arrangement)|"
            # one instrument, not "existing cooperation arrangements"
            r"(?:cooperation|cooperative) arrangement(?!s)|statement of intent|"
            r"exchange of letters",
        ),
        ("mou", r"MoUs?|MOUs?|MoCs?|MOCs?|LoI|LOI"),
        ("mou", r"letter of intent"),
        (
            "joint_statement",
            r"joint (?:vision |leaders' |ministerial )?"
            r"(?:statement|declaration|communiqu[ée])|" + _NAMED_DECLARATION_EN,
        ),
        ("partnership", r"(?:strategic |comprehensive |cyber |new )*partnership"),
        (
            "treaty",
            r"treaty|Budapest Convention|(?:UN |United Nations )?"
            r"[Cc]onvention (?:on|against) [Cc]ybercrime",
        ),
        (
            "agreement",
            r"(?:cooperation |collaboration |bilateral |framework |"
            r"information[- ]sharing |cybersecurity |cyber )*(?:agreement|deal)|accord",
        ),
        ("agreement", r"protocol"),
        ("other", _OTHER_EN),
    ],
    "fr": [
        (
            "mou",
            r"protocoles? d[’'](?:accord|entente)|m[ée]morandums? d[’'](?:entente|accord)|"
            r"m[ée]morandums?(?: de (?:coop[ée]ration|compr[ée]hension))?|"
            r"lettres? d[’']intention|d[ée]clarations? d[’']intention",
        ),
        (
            "joint_statement",
            r"d[ée]claration (?:conjointe|commune)|"
            r"communiqu[ée] (?:conjoint|commun)|"
            r"(?-i:[Dd][ée]claration d(?:e |[’'])(?:la |l[’'])?[A-ZÀ-Ý][\w-]+)",
        ),
        ("partnership", r"partenariat(?: strat[ée]gique)?"),
        ("treaty", r"(?:le|un|du|au|ce) trait[ée]|[Cc]onvention de Budapest"),
        (
            "agreement",
            r"(?<!d[’'])accord(?: de (?:coop[ée]ration|partenariat))?|"
            r"convention(?: de \w+)?|protocole|entente(?: de coop[ée]ration)?",
        ),
        (
            "other",
            r"feuilles? de route|plans? d[’']action|plans? de travail|"
            r"plans? de coop[ée]ration|"
            r"programmes? de (?:travail|coop[ée]ration)|lettres? de coop[ée]ration|"
            r"(?:accord |programme |convention )?de double dipl[ôo]me|"
            r"double dipl[ôo]me|laboratoires? (?:commun|conjoint)s?|"
            r"centres? (?:commun|conjoint)s?|groupes? de travail (?:commun|conjoint|mixte)s?|"
            r"centre régional de (?:réponse|coordination)",
        ),
    ],
    "es": [
        (
            "mou",
            r"memor[áa]nd(?:um|o)s?(?: de (?:entendimiento|cooperaci[óo]n))?|memoranda|"
            r"carta de intenci[óo]n|protocolo de (?:entendimiento|intenci[óo]n)",
        ),
        (
            "joint_statement",
            r"declaraci[óo]n (?:conjunta|com[úu]n)|"
            r"comunicado conjunto|"
            r"(?-i:[Dd]eclaraci[óo]n de (?:la )?(?!Intenci)[A-ZÁ-Ú][\w-]+)",
        ),
        ("partnership", r"asociaci[óo]n estrat[ée]gica|alianza(?: estrat[ée]gica)?"),
        # a treaty, not "no fue tratado" (discussed) nor "los temas tratados"
        (
            "treaty",
            r"(?:un|el|del|al|este|ese|nuevo) tratado|(?-i:Tratado)|"
            r"[Cc]onvenio de Budapest",
        ),
        (
            "agreement",
            r"(?<!de )acuerdo(?! con\b)(?: de (?:colaboraci[óo]n|"
            r"cooperaci[óo]n))?|convenio(?: marco| de \w+)?|protocolo(?: de [\wó]+)?",
        ),
        (
            "other",
            r"hojas? de ruta|plan(?:es)? de (?:acci[óo]n|trabajo|cooperaci[óo]n)|"
            r"programas? de trabajo|"
            r"cartas? de cooperaci[óo]n|(?:acuerdo |programa |convenio )?de doble "
            r"(?:titulaci[óo]n|grado|diploma)|doble (?:titulaci[óo]n|grado)|"
            r"laboratorios? conjuntos?|centros? conjuntos?|"
            r"grupos? de trabajo (?:conjunto|bilateral|mixto)s?",
        ),
    ],
    "it": [
        (
            "mou",
            r"protocoll[oi] d[’']intesa|memorandum(?: d[’']intesa| di "
            r"(?:cooperazione|collaborazione|intesa))?|lettera d[’']intenti",
        ),
        (
            "joint_statement",
            r"dichiarazione (?:congiunta|comune)|"
            r"comunicato congiunto|"
            r"(?-i:[Dd]ichiarazione di [A-Z][\w-]+)",
        ),
        ("partnership", r"partenariato(?: strategico)?|partnership"),
        ("treaty", r"trattato|[Cc]onvenzione di Budapest"),
        (
            "agreement",
            r"accordo(?: di (?:cooperazione|collaborazione))?|"
            r"intesa|protocollo",
        ),
        (
            "other",
            r"tabell[ae] di marcia|roadmap|pian[oi] d[’']azione|pian[oi] di lavoro|"
            r"pian[oi] di cooperazione|"
            r"programm[ai] di lavoro|letter[ae] di cooperazione|"
            r"(?:accordo |programma )?di doppi[oa] (?:titolo|laurea)|"
            r"doppi[oa] (?:titolo|laurea)|laborator(?:io|i) congiunt[oi]|"
            r"centr[oi] congiunt[oi]|gruppo di lavoro congiunto",
        ),
    ],
    "de": [
        (
            "mou",
            r"Absichtserklärung(?:en)?|Memorand(?:um|en|a) of Understanding|"
            r"Memorand(?:um|en|a)",
        ),
        (
            "joint_statement",
            r"gemeinsame[nr]? Erklärung|"
            r"gemeinsame[nr]? Kommuniqué|"
            r"(?-i:[A-ZÄÖÜ]\w+er Erklärung|Erklärung von [A-ZÄÖÜ][\w-]+)",
        ),
        ("partnership", r"\w*[Pp]artnerschaft"),
        ("treaty", r"\w*[Vv]ertrag|Budapester Konvention"),
        ("agreement", r"\w*[Aa]bkommen|\w*[Vv]ereinbarung|Übereinkommen"),
        (
            "other",
            r"\w*[Aa]ktionsplan|Fahrplan|Roadmap|\w*[Aa]rbeitsplan|Kooperationsplan|"
            r"\w*[Aa]rbeitsprogramm|Doppelabschluss\w*|"
            r"gemeinsame[snr]? (?:Labor|Forschungslabor|Zentrum|Lagezentrum|"
            r"Arbeitsgruppe)",
        ),
    ],
    "pt": [
        (
            "mou",
            r"memorandos?(?: de (?:entendimento|cooperação|intenções))?|"
            r"protocolo de intenções|cartas? de intenç(?:ão|ões)",
        ),
        (
            "joint_statement",
            r"declaração (?:conjunta|comum)|comunicado conjunto|"
            r"(?-i:[Dd]eclaração de (?!Intenç)[A-ZÁ-Ú][\w-]+)",
        ),
        ("partnership", r"parceria(?: estratégica)?"),
        (
            "treaty",
            r"(?:um|o|do|ao|este|esse|novo) tratado|(?-i:Tratado)|"
            r"[Cc]onvenção de Budapeste",
        ),
        (
            "agreement",
            r"acordo(?: de (?:cooperação|colaboração))?|"
            r"protocolo(?: de [\wç]+)?|convênio",
        ),
        (
            "other",
            r"roteiros?|planos? de (?:ação|trabalho|cooperação)|programas? de trabalho|"
            r"cartas? de cooperação|(?:acordo |programa )?de dupla "
            r"(?:titulação|diplomação)|dupla (?:titulação|diplomação)|duplo diploma|"
            r"laboratórios? conjuntos?|centros? conjuntos?|"
            r"grupos? de trabalho conjuntos?",
        ),
    ],
    "id": [
        (
            "mou",
            r"nota kesepahaman|memorandum saling pengertian|"
            r"nota kesepakatan|MoU|MOU|surat pernyataan (?:kehendak|minat)|"
            r"surat minat",
        ),
        (
            "joint_statement",
            r"pernyataan bersama|deklarasi bersama|"
            r"komunike bersama|(?-i:[Dd]eklarasi [A-Z][\w-]+(?: [A-Z][\w-]+)?)",
        ),
        ("partnership", r"kemitraan(?: strategis)?"),
        ("treaty", r"traktat|Konvensi Budapest"),
        (
            "agreement",
            r"perjanjian(?: kerja ?sama)?|kesepakatan(?: kerja ?sama)?|"
            r"persetujuan",
        ),
        (
            "other",
            r"rencana aksi(?: bersama)?|peta jalan|rencana kerja(?: bersama)?|"
            r"rencana kerja sama|"
            r"program kerja(?: bersama)?|(?:program )?gelar ganda|"
            r"laboratorium bersama|pusat bersama|kelompok kerja bersama",
        ),
    ],
    "ms": [
        (
            "mou",
            r"memorandum persefahaman|nota kesefahaman|nota persefahaman|"
            r"MoU|MOU|surat (?:niat|hasrat)",
        ),
        (
            "joint_statement",
            r"kenyataan bersama|pernyataan bersama|"
            r"deklarasi bersama|(?-i:[Dd]eklarasi [A-Z][\w-]+(?: [A-Z][\w-]+)?)",
        ),
        ("partnership", r"perkongsian strategik|kerjasama strategik|kemitraan"),
        ("treaty", r"triti|Konvensyen Budapest"),
        ("agreement", r"perjanjian(?: kerjasama)?|persetujuan"),
        (
            "other",
            r"pelan tindakan(?: bersama)?|pelan hala tuju|peta jalan|pelan kerjasama|"
            r"pelan kerja(?: bersama)?|(?:program )?ijazah berkembar|makmal bersama|"
            r"pusat bersama|kumpulan kerja bersama|jawatankuasa kerja bersama",
        ),
    ],
    "vi": [
        ("mou", r"(?:biên )?bản ghi nhớ(?: hợp tác)?|thư ý định(?: hợp tác)?"),
        (
            "joint_statement",
            r"tuyên bố chung|thông cáo chung|(?-i:[Tt]uyên bố [A-ZĐ]\w+(?: [A-ZĐ]\w+)?)",
        ),
        (
            "partnership",
            r"quan hệ đối tác(?: chiến lược(?: toàn diện)?)?|"
            r"[Đđ]ối tác [Cc]hiến lược(?: [Tt]oàn diện)?",
        ),
        ("treaty", r"hiệp ước|Công ước Budapest"),
        (
            "agreement",
            r"thỏa thuận(?: hợp tác)?|thoả thuận(?: hợp tác)?|"
            r"hiệp định(?: hợp tác)?",
        ),
        (
            "other",
            r"kế hoạch hành động|lộ trình(?: hợp tác)?|kế hoạch làm việc|"
            r"kế hoạch hợp tác|"
            r"chương trình (?:đào tạo )?liên kết|bằng kép|phòng thí nghiệm chung|"
            r"trung tâm chung|nhóm công tác chung",
        ),
    ],
    "ar": [
        ("mou", r"مذكرة تفاهم|مذكرتي تفاهم|مذكرات (?:ال)?تفاهم|مذكرة تعاون|خطاب نوايا"),
        (
            "joint_statement",
            # "أصدرا بياناً مشتركاً", "اعتمدا إعلاناً مشتركاً": the accusative too
            r"(?:ال)?(?:بيان|إعلان)(?:اً|ًا|ا)? (?:ال)?مشترك(?:اً|ًا|ا)?|"
            r"إعلان (?:الرياض|جدة|مسقط|الدوحة|أبوظبي|أبو ظبي|دبي|المنامة|الكويت|عمان|"
            r"القاهرة|الرباط|تونس|الجزائر|بيروت|بغداد|الخرطوم|نواكشوط|طرابلس)",
        ),
        ("partnership", r"شراكة(?: استراتيجية)?"),
        ("treaty", r"معاهدة|اتفاقية بودابست"),
        (
            "agreement",
            r"اتفاقية(?: تعاون)?|اتفاق(?!ية)|(?:ال)?بروتوكول(?: (?:ال)?تعاون)?",
        ),
        (
            "other",
            r"خطة عمل|خطة العمل|خارطة (?:ال)?طريق|برنامج(?:اً|ًا|ا)? عمل|خطة تعاون|"
            r"(?:ال)?برنامج(?:اً|ًا|ا)? (?:ال)?تنفيذي(?:اً|ًا|ا)?|"
            r"مختبر مشترك|مركز مشترك|فريق عمل مشترك",
        ),
    ],
    "ja": [
        ("mou", r"覚書|協力覚書|了解覚書|趣意書"),
        ("joint_statement", r"共同声明|共同宣言|共同コミュニケ|共同ビジョン声明|宣言"),
        ("partnership", r"パートナーシップ"),
        ("treaty", r"条約(?!機構)"),
        ("agreement", r"協定|協力文書|取り決め"),
        (
            "other",
            r"行動計画|作業計画|協力計画|ロードマップ|工程表|共同研究所|共同ラボ|"
            r"共同センター|ダブルディグリー|学術交流協定|共同作業部会",
        ),
    ],
    "ko": [
        ("mou", r"양해각서|업무\s*협약\s*(?:\(?MOU\)?)?|MOU|MoU"),
        ("joint_statement", r"공동\s*성명|공동\s*선언|선언"),
        ("partnership", r"파트너십|동반자\s*관계"),
        ("treaty", r"조약(?!기구)"),
        ("agreement", r"협정|협약"),
        (
            "other",
            r"로드맵|행동\s*계획|실행\s*계획|협력\s*계획|공동\s*연구소|공동\s*센터|"
            r"공동\s*실무\s*그룹|복수\s*학위|공동\s*학위|학술\s*교류\s*협정",
        ),
    ],
    "zh": [
        ("mou", r"谅解备忘录|合作备忘录|备忘录|合作意向书|意向书"),
        ("joint_statement", r"联合声明|共同声明|联合宣言|共同宣言|宣言"),
        ("partnership", r"伙伴关系"),
        ("treaty", r"条约(?!组织)"),
        ("agreement", r"协议|协定"),
        (
            "other",
            r"行动计划|工作计划|合作计划|路线图|联合实验室|联合中心|联合工作组|双学位|"
            r"学术合作协议",
        ),
    ],
    "ru": [
        ("mou", r"меморандум\w*|протокол\w* о намерениях"),
        (
            "joint_statement",
            r"совместн\w+ заявлени\w+|совместн\w+ деклараци\w+|"
            r"(?-i:[А-Я]\w+ деклараци\w+)",
        ),
        ("partnership", r"партнерств\w*|партнёрств\w*"),
        ("treaty", r"договор(?:а|ом|е|ы|ов)?"),
        ("agreement", r"соглашени\w+"),
        (
            "other",
            r"дорожн\w+ карт\w+|план\w*(?: совместн\w+)? действий|план\w*(?: совместн\w+)? работы|"
            r"план\w*(?: совместн\w+)? мероприятий|план\w* сотрудничества|"
            r"программ\w+ сотрудничества|совместн\w+ лаборатори\w+|"
            r"совместн\w+ центр\w*|рабоч\w+ групп\w+|двойн\w+ диплом\w*",
        ),
    ],
    "th": [
        ("mou", r"บันทึกความเข้าใจ|MOU|MoU|หนังสือแสดงเจตจำนง"),
        ("joint_statement", r"แถลงการณ์ร่วม|ปฏิญญาร่วม|ปฏิญญา"),
        ("partnership", r"ความเป็นหุ้นส่วน"),
        ("treaty", r"สนธิสัญญา"),
        ("agreement", r"ข้อตกลง|ความตกลง"),
        (
            "other",
            r"แผนงาน(?:ความร่วมมือ)?|แผนความร่วมมือ|แผนปฏิบัติการ|โรดแมป|แผนที่นำทาง|"
            r"ห้องปฏิบัติการร่วม|ศูนย์ร่วม",
        ),
    ],
}

# --- events -----------------------------------------------------------------------

_NAMED_EXERCISES = (
    r"Locked Shields|Crossed Swords|Cyber Coalition|Cyber ?Storm|Cyber Europe|"
    r"Cyber Polygon|ASEAN CERT Incident Drill|ACID|APCERT Drill|"
    r"Cyber ?Drill|Cyber ?SEA Game|Cyber Flag|Cyber Shield"
)
_NAMED_CONFERENCES = (
    r"Singapore International Cyber Week|SICW|Munich Security Conference|"
    r"ASEAN Ministerial Conference on Cybersecurity|AMCC"
)
# forums by their name, as the corpus has the Global Cybersecurity Forum (091)
_NAMED_FORUMS = r"International Cyber ?Security Forum|Global Cybersecurity Forum"

EVENTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("exercise", _NAMED_EXERCISES),
        ("conference", _NAMED_CONFERENCES),
        ("forum", _NAMED_FORUMS),
        ("summit", r"summits?"),
        (
            "webinar",
            r"webinars?|web seminars?|(?:online|virtual) (?:seminars?|workshops?)",
        ),
        ("workshop", r"workshops?|hackathons?"),
        (
            "conference",
            r"conferences?|symposi(?:um|ums|a)|congress|seminars?|colloqui(?:um|a|ums)|"
            r"cyber week",
        ),
        ("forum", r"forums?"),
        (
            "exercise",
            r"(?:cyber[- ])?(?:exercises?|drills?|war ?games?|"
            r"table-?top(?: exercises?)?|capture[- ]the[- ]flag|CTF)|"
            r"(?:cyber ?security|cyber|hacking|CTF) (?:competitions?|contests?)|"
            r"(?:crisis|cyber[- ]crisis) simulations?|simulation exercises?",
        ),
        (
            "training",
            r"trainings?|training (?:course|session|programme|program)s?|"
            r"courses?|bootcamps?|(?:were |been |are )trained",
        ),
        (
            "meeting",
            r"meetings?|talks|consultations|dialogues?|dialogs?|"
            r"roundtables?|round-table|courtesy calls?|(?:official |state |working |study |"
            r"courtesy |reciprocal |return )?visits?(?= to\b)|(?:official|state|"
            r"working|study|courtesy|reciprocal|return) visits?",
        ),
    ],
    "fr": [
        ("summit", r"sommets?"),
        ("webinar", r"webinaires?|webinars?|s[ée]minaires? (?:en ligne|web)"),
        ("workshop", r"ateliers?"),
        (
            "conference",
            r"conf[ée]rences?|symposiums?|colloques?|s[ée]minaires?|"
            r"congr[èe]s",
        ),
        ("forum", r"forums?"),
        ("exercise", r"(?:cyber)?exercices?"),
        (
            "training",
            r"formations?|stages? de formation|sessions? de formation|"
            r"(?:été|sont|ont été) formé(?:e?s)?|"
            # a course, not "au cours de" (during) nor "en cours" (under way)
            r"(?<!au )(?<!en )cours(?! d['’]eau)",
        ),
        (
            "meeting",
            r"r[ée]unions?|rencontres?|entretiens?|consultations|"
            r"dialogues?|pourparlers|concertations?|tables? rondes?|"
            r"visites? (?:officielle|de travail|"
            r"d[’']État|d[’'][ée]tat)s?|visites?(?= (?:au|en|à|aux)\s)",
        ),
    ],
    "es": [
        ("summit", r"cumbres?"),
        (
            "webinar",
            r"webinars?|webinarios?|seminarios? (?:web|en l[íi]nea|virtual(?:es)?)",
        ),
        ("workshop", r"taller(?:es)?"),
        (
            "conference",
            r"conferencias?|simposios?|congresos?|seminarios?|"
            # "las jornadas técnicas", "una jornada sobre ...": not "la jornada de
            # ayer" (the day), "siguieron la jornada"
            r"jornadas|jornada (?:técnica|sobre)",
        ),
        ("forum", r"foros?"),
        (
            "exercise",
            r"(?:ciber)?ejercicios?|simulacros?|competencias? de ciberseguridad",
        ),
        (
            "training",
            r"capacitaci[óo]n|formaci[óo]n|cursos?|entrenamientos?|"
            r"(?:fueron|han sido) (?:capacitad|formad)[oa]s|capacitaron",
        ),
        (
            "meeting",
            r"reuni[óo]n|reuniones|encuentros?|di[áa]logos?|"
            r"consultas (?:bilaterales|pol[íi]ticas)|conversaciones|mesas? redondas?|"
            r"visitas? (?:oficial|de trabajo|de Estado)(?:es)?|visitas?(?= (?:a|al|en)\s)|"
            r"misi(?:ón|ones) (?:técnicas?|oficial(?:es)?)",
        ),
    ],
    "it": [
        ("summit", r"vertic[ei]|summit"),
        ("webinar", r"webinar|seminari?o? (?:online|web)"),
        ("workshop", r"workshop|laborator(?:io|i)"),
        (
            "conference",
            r"conferenz[ae]|simposi[oi]|convegn[oi]|seminari?o?|"
            r"congress[oi]",
        ),
        ("forum", r"forum"),
        ("exercise", r"esercitazion[ei]|(?:cyber ?)?esercizi?o?"),
        (
            "training",
            r"formazione|cors[oi] di formazione|addestramento|"
            # a course, not "nel corso di" (during) nor "in corso" (under way)
            r"(?<!nel )(?<!in )(?<!del )(?<!dal )cors[oi](?! di (?:laurea|studi))",
        ),
        (
            "meeting",
            r"riunion[ei]|incontr[oi]|dialog(?:o|hi)|colloqui[o]?|"
            r"consultazioni|tavol[ae] rotond[ae]|tavol[oi] tecnic[oi]|"
            r"visit[ae] (?:ufficial[ei]|di lavoro|di Stato)|"
            r"visit[ae](?= (?:a|in|al|ad)\s)",
        ),
    ],
    "de": [
        ("summit", r"\w*[Gg]ipfel(?:treffen)?"),
        ("webinar", r"Webinar(?:e|en)?|Online-Seminar(?:e|en)?|Web-Seminar(?:e|en)?"),
        ("workshop", r"\w*[Ww]orkshops?"),
        (
            "conference",
            r"\w*[Kk]onferenz(?:en)?|Symposium|Symposien|\w*[Tt]agung(?:en)?|"
            r"Kongress",
        ),
        ("forum", r"\w*[Ff]orum"),
        ("exercise", r"\w*[Üü]bung(?:en)?|\w*[Pp]lanspiel(?:e|en)?"),
        (
            "training",
            r"\w*[Ss]chulung(?:en)?|\w*[Tt]raining(?:s)?|Lehrgang|"
            r"(?<!auf )(?:Online-|Schulungs|Lehr|Fortbildungs|Weiterbildungs|"
            r"Intensiv)?Kurs(?:e|en)?|"
            r"(?:wurden|werden) (?:\w+ ){0,4}geschult",
        ),
        (
            "meeting",
            r"\w*[Tt]reffens?|\w*[Kk]onsultationen|\w*[Gg]espräche|"
            r"\w*[Dd]ialog|Sitzung(?:en)?|\w*[Bb]esuch(?:e?s|e)?|Runde[nr]? Tisch\w*",
        ),
    ],
    "pt": [
        ("summit", r"cúpulas?|cimeiras?"),
        (
            "webinar",
            r"webinars?|webinários?|seminários? (?:online|web|virtua(?:l|is))",
        ),
        ("workshop", r"workshops?|oficinas?"),
        ("conference", r"conferências?|simpósios?|congressos?|seminários?"),
        ("forum", r"fóruns?|fórum"),
        ("exercise", r"(?:ciber)?exercícios?|simulacros?|simulados?"),
        (
            "training",
            r"treinamentos?|formação|capacitação|cursos?|"
            r"(?:foram|são) (?:formad|capacitad|treinad)[oa]s",
        ),
        (
            "meeting",
            r"reuniões|reunião|encontros?|diálogos?|consultas (?:bilaterais|políticas)|"
            r"conversações|mesas?-redondas?|mesas? redondas?|"
            r"visitas? (?:oficia(?:l|is)|de trabalho|de Estado)|"
            r"visitas?(?= (?:a|ao|à|em)\s)|miss(?:ão|ões) (?:técnicas?|oficia(?:l|is))",
        ),
    ],
    "id": [
        ("summit", r"KTT|konferensi tingkat tinggi"),
        ("webinar", r"webinar|seminar (?:daring|web|online|virtual)"),
        ("workshop", r"lokakarya|workshop"),
        ("conference", r"konferensi|simposium|seminar"),
        ("forum", r"forum"),
        ("exercise", r"latihan (?:bersama|gabungan|siber)|simulasi|drill"),
        (
            "training",
            r"pelatihan|diklat|kursus|dilatih|melatih|bimbingan teknis|bimtek",
        ),
        (
            "meeting",
            r"pertemuan|rapat|dialog|konsultasi|perundingan|audiensi|"
            r"kunjungan(?: kerja| resmi| kenegaraan| kehormatan)?|meja bundar|"
            r"diskusi panel|diskusi kelompok terpumpun|focus group discussion",
        ),
    ],
    "ms": [
        ("summit", r"sidang kemuncak|KTT"),
        ("webinar", r"webinar|seminar (?:dalam talian|web|atas talian)"),
        ("workshop", r"bengkel|lokakarya|workshop"),
        ("conference", r"persidangan|konferensi|simposium|seminar"),
        ("forum", r"forum"),
        ("exercise", r"latihan (?:bersama|gabungan|siber|simulasi)|simulasi|drill"),
        ("training", r"latihan|kursus|pelatihan"),
        (
            "meeting",
            r"mesyuarat|pertemuan|dialog|rundingan|konsultasi|"
            r"lawatan(?: rasmi| kerja)?|kunjungan hormat|(?:perbincangan )?meja bulat",
        ),
    ],
    "vi": [
        ("summit", r"hội nghị thượng đỉnh"),
        ("meeting", r"hội nghị (?:các )?bộ trưởng|hội nghị cấp bộ trưởng"),
        ("webinar", r"hội thảo trực tuyến|webinar"),
        ("workshop", r"hội thảo|tọa đàm"),
        ("conference", r"hội nghị"),
        ("forum", r"diễn đàn"),
        ("exercise", r"diễn tập"),
        (
            "training",
            r"khóa đào tạo|khoá đào tạo|đào tạo|tập huấn|khóa học|khoá học|"
            r"khóa huấn luyện",
        ),
        (
            "meeting",
            r"cuộc họp|phiên họp|cuộc gặp|hội đàm|phiên đối thoại|"
            r"đối thoại|buổi làm việc|gặp gỡ|tham vấn|"
            r"làm việc với(?= (?:đoàn|Đoàn|phái đoàn|lãnh đạo|Bộ|bộ|Cơ quan|cơ quan))|"
            r"chuyến thăm(?: chính thức| làm việc)?|thăm (?:chính thức|làm việc)|"
            # "tiếp" a delegation, not "trực tiếp" (directly), "liên tiếp"...
            r"(?<!trực )(?<!gián )(?<!liên )(?<!kế )(?<!chuyển )"
            r"tiếp(?! (?:tục|theo|cận|nhận|xúc|thu|đó|tế|diễn|sức|sóng))",
        ),
    ],
    "ar": [
        ("summit", r"قمة|القمة"),
        ("webinar", r"ندوة (?:افتراضية|إلكترونية|عبر الإنترنت)|ويبينار"),
        ("workshop", r"ورشة عمل|ورشة|ورش عمل"),
        ("conference", r"مؤتمر|المؤتمر|ندوة|الندوة"),
        ("forum", r"منتدى|المنتدى"),
        ("exercise", r"تمرين|التمرين|مناورات?"),
        ("training", r"دورة تدريبية|الدورة التدريبية|تدريب|التدريب|برنامج تدريبي"),
        (
            "meeting",
            r"اجتماع|الاجتماع|لقاء|اللقاء|مباحثات|محادثات|حوار|الحوار|مشاورات|"
            r"زيارة|الزيارة|حلقة نقاش(?:ية)?|جلسة نقاش(?:ية)?|"
            r"(?:ال)?(?:طاولة|مائدة) (?:ال)?مستديرة",
        ),
    ],
    "ja": [
        ("exercise", r"サイバー演習|共同演習|演習|訓練|\S{0,8}(?:競技大会|コンテスト)"),
        ("summit", r"首脳会議|首脳会談|サミット"),
        ("webinar", r"ウェビナー|オンラインセミナー|Webセミナー|ウェブセミナー"),
        ("workshop", r"ワークショップ"),
        ("conference", r"シンポジウム|国際会議|カンファレンス|セミナー"),
        ("forum", r"フォーラム"),
        ("training", r"研修"),
        ("meeting", r"政策会議|会合|会談|会議|協議|対話|訪問|訪日|来日|意見交換会"),
    ],
    "ko": [
        ("summit", r"정상회의|정상회담"),
        ("webinar", r"웨비나|온라인\s*세미나|웹\s*세미나"),
        ("workshop", r"워크숍|워크샵"),
        ("conference", r"컨퍼런스|콘퍼런스|학술대회|심포지엄|세미나"),
        ("forum", r"포럼"),
        (
            "exercise",
            r"모의훈련|합동훈련|훈련|연습|\S*해킹\S*대회|\S*(?:보안|사이버)\s*경진대회",
        ),
        ("training", r"교육과정|교육 과정|연수"),
        (
            "meeting",
            r"회담|회의|협의회|정책\s*협의|협의|대화|면담|간담회|방문|(?:연례|연차|정기)?총회",
        ),
    ],
    "zh": [
        ("summit", r"峰会|首脑会议"),
        ("webinar", r"网络研讨会|线上研讨会|在线研讨会"),
        ("workshop", r"研讨会|讲习班|工作坊"),
        ("conference", r"大会|会议"),
        ("forum", r"论坛"),
        ("exercise", r"演习|演练|竞赛|夺旗赛"),
        ("training", r"培训"),
        (
            "meeting",
            r"会谈|会晤|磋商|对话|会见|座谈会|正式访问|国事访问|工作访问|访问期间|"
            r"视频会议|视频会晤|双边会议|工作会议|交流会",
        ),
    ],
    "ru": [
        ("summit", r"саммит\w*"),
        ("webinar", r"вебинар\w*|онлайн-семинар\w*"),
        ("workshop", r"семинар\w*|воркшоп\w*"),
        ("conference", r"конференци\w+|симпозиум\w*"),
        ("forum", r"форум\w*"),
        ("exercise", r"\w*учени\w+"),
        (
            "training",
            # courses, not "курс на сотрудничество" (a policy) nor "курс рубля"
            r"тренинг\w*|обучени\w+|курс\w*(?= (?:повышения|обучения|по |для ))",
        ),
        (
            "meeting",
            r"встреч\w+|переговор\w+|совещани\w+|консультаци\w+|визит\w*|"
            r"кругл\w+ стол\w*|заседани\w+",
        ),
    ],
    "th": [
        ("summit", r"การประชุมสุดยอด"),
        ("webinar", r"สัมมนาออนไลน์|เว็บินาร์"),
        # "อบรมเชิงปฏิบัติการ" is a workshop, "ฝึกอบรมเชิงปฏิบัติการ" a hands-on training
        (
            "workshop",
            r"(?:การ)?(?:ประชุม|สัมมนา)เชิงปฏิบัติการ|(?<!ฝึก)(?:การ)?อบรมเชิงปฏิบัติการ",
        ),
        ("conference", r"การประชุมวิชาการ|สัมมนา"),
        ("forum", r"ฟอรัม|เวที"),
        (
            "exercise",
            r"การฝึกซ้อม|การแข่งขัน(?=\s*(?:ไซเบอร์|ทักษะ|CTF|Capture|ความมั่นคง|แฮ็ก))",
        ),
        ("training", r"(?:การ)?ฝึกอบรม(?:เชิงปฏิบัติการ)?"),
        ("meeting", r"การประชุม|การหารือ|ประชุมหารือ|ประชุม|การเยือน"),
    ],
}

# Uses of event words that are not events.
NOT_EVENTS = Caseless(
    r"press conference|news conference|conférence de presse|rueda de prensa|"
    r"conferencia de prensa|conferenza stampa|Pressekonferenz|coletiva de imprensa|"
    r"konferensi pers|sidang media|họp báo|記者会見|기자회견|مؤتمر صحفي|"
    r"conference calls?|confer[êe]ncias? de imprensa|"
    r"(?:ال)?مؤتمر(?:اً|ًا|ا)? (?:ال)?صحفي(?:اً|ًا|ا)?|пресс-конференци\w*|"
    r"新闻发布会|记者会|การแถลงข่าว|"
    r"training (?:data|set)|formation (?:professionnelle|continue|initiale)|"
    r"(?:programmes?|programs?|programmi|programas?|programa|actions?|plan(?:es)?|"
    r"chương trình|program) (?:de |di |of |d[’'])?(?:\w+ )?(?:formation|formazione|"
    r"formación|training|capacitación|formação|pelatihan|đào tạo)|"
    r"meeting (?:the|their|its|our|these|those|demand|needs|requirements|standards|"
    r"targets|goals|obligations)|exercise (?:of|their|its|caution|control|power)|"
    r"exercer|ejercicio (?:de (?:sus|la|las|los)|fiscal)|esercizio (?:di|delle|dei)|"
    r"(?:in|during|over) the course of|of course|course of action|"
    r"laborator(?:io|i) (?:congiunt|comun|di ricerca)\w*|"
    r"Staatsvertrag|Arbeitsvertrag|Forum (?:for|of) [A-Z][\w ]+ (?:Security|Cooperation)"
)

# --- statuses -----------------------------------------------------------------------

SIGNED = {
    "en": r"signed|inked|concluded|sealed|entered into|signing|adopted|issued|"
    r"released|established|launched|formali[sz]ed|renewed|agreed|struck",
    "fr": r"sign[ée]s?|ont sign[ée]|a sign[ée]|paraph[ée]|conclu[es]?|scell[ée]|"
    r"signature|adopt[ée]|publi[ée]|renouvel[ée]|scellent|signent|concluent|"
    r"(?:ont|a)(?: \w+)? arrêté|entérin[ée]",
    "es": r"firm(?:ó|aron|ado|ada|an)|suscri(?:bió|bieron|to|ta)|firma(?! de)|"
    r"adopt(?:ó|aron|ado|ada)|rubric(?:ó|aron)|sell(?:ó|aron|ado)|establecieron|"
    r"aprob(?:ó|aron)",
    "it": r"firmat[oaie]|sottoscritt[oaie]|siglat[oaie]|firmano|firmato|"
    r"adottat[oaie]|hanno firmato|ha firmato|firma(?! di)|sigla(?:no|to)",
    "de": r"unterzeichne(?:t|ten|te|n)|unterschrieben|geschlossen|"
    r"verabschiede(?:t|ten)|veröffentlich(?:t|en|ten)|vereinbar(?:t|ten)|"
    r"besiegel(?:t|ten)|Unterzeichnung",
    "pt": r"assinad[oa]s?|assin(?:ou|aram|am)|firm(?:ou|aram|ado)|"
    r"celebr(?:ou|aram|ado)|adot(?:ou|aram|ado)|assinatura|aprov(?:ou|aram)",
    "id": r"(?<!akan )menandatangani|(?<!akan )meneken|ditandatangani|diteken|"
    r"memperbarui|diperbarui|perbarui|"
    r"penandatanganan|(?<!akan )menyepakati",
    "ms": r"(?<!akan )menandatangani|ditandatangani|memeterai|dimeterai|"
    r"menandatangan|pemeteraian|bersetuju|menyetujui|dipersetujui|menerima pakai",
    "vi": r"(?<!sẽ )ký kết|đã ký|ký(?! kết)|lễ ký|trao|thông qua|"
    r"thống nhất(?! sẽ)|nhất trí|phê duyệt|ban hành",
    # at the start of a word or after a proclitic (و، ب، ل، ف): not "موقع" (site),
    # "متوقع" (expected), "المعتمد" (accredited)
    "ar": r"(?<![^\W\dوبلف_])(?:وقع|وقعت|وقّع|وقّعت|توقيع|تم توقيع|أبرم|أبرمت|"
    r"وقعا|اعتمد|اعتماد|و?اتفق\w*|و?أقر\w*)",
    "ja": r"署名|締結|調印|採択|交わし|結んだ|発出|公表|合意(?!を目指)|策定",
    "ko": r"체결|서명|맺었|채택",
    "zh": r"签署|签订|签约|通过了|审议通过|商定了|达成了",
    "ru": r"подписал\w*|подписан\w*|утверди\w+|заключил\w*|одобрил\w*|"
    r"приняли|принял\w*|принят\w*|согласовал\w*",
    "th": r"ลงนาม|จัดทำ|เห็นชอบ|รับรอง",
}

PLANNED = {
    "en": r"will (?:\w+ )?(?:sign|adopt|conclude|issue|ink|seal|establish|launch|"
    r"develop|draw up|prepare|set up|create|build)|(?:committed|pledged) to|"
    r"to (?:sign|adopt|conclude|ink|seal)|(?:are|is) (?:expected|set|due|scheduled|"
    r"slated) to|plans? to|planned|would sign|being forged|being negotiated|"
    r"under negotiation|in the works|upcoming|adoption of|expected to|"
    r"negotiat(?:ing|es?)|signing (?:of|ceremony)[^.;]{0,80}?(?:is|are|has been) "
    r"(?:scheduled|planned|expected|set|slated|due)|"
    r"intends? to|aims? to|agreed to (?:sign|establish|set up|create|build|"
    r"prepare|draft|develop|draw up)|"
    r"to (?:establish|set up|create|build)|(?:will|would|is to|are to) be signed|"
    r"(?:could|may|might) be (?:signed|adopted|concluded)",
    "fr": r"signer(?:a|ont|aient)?|va signer|vont signer|sera (?:sign|adopt|conclu)|"
    r"seront (?:sign|adopt)|doi(?:t|vent) (?:être )?sign|devrai(?:t|ent) "
    r"(?:être )?sign|prévoi(?:t|ent)|en cours de négociation|adopter(?:a|ont)?|"
    r"envisag\w+ de|entend(?:ent)? (?:signer|créer)|compte(?:nt)? signer|"
    r"en vue de (?:la signature|signer)|devrai(?:t|ent)|(?:se sont |s[’'])engag\w+ à|"
    r"élaborer(?:a|ont)|pourrai(?:t|ent) être (?:sign|adopt|conclu)[ée]*s?",
    "es": r"firmar(?:á|án)?|suscribir(?:á|án)?|se suscribirá|se firmará|"
    r"va(?:n)? a firmar|prev(?:é|én) firmar|adoptar(?:á|án)|está previsto|"
    r"en negociación|tiene(?:n)? previsto|firmarían|"
    r"acordaron firmar|ha(?:n)? acordado firmar|previst[oa] para|"
    r"se comprometi(?:eron|ó) a|se comprometen a|elaborar(?:á|án)|"
    r"podría(?:n)? (?:ser )?firma(?:rse|d[oa]s?)",
    "it": r"firmer(?:à|anno)|sottoscriver(?:à|anno)|sarà (?:firmat|sottoscritt|"
    r"adottat|inclus|siglat)|saranno (?:firmat|adottat)|prevede di firmare|"
    r"intend(?:e|ono)|in via di definizione|"
    r"(?:concordat\w*|convenut\w*|decis\w*|stabilit\w*)\s+di\s+(?:firmare|sottoscrivere)|adotter(?:à|anno)|"
    r"dovr(?:à|anno|ebbe|ebbero) (?:essere )?(?:firmat|sottoscritt|firmare|"
    r"sottoscrivere|siglare)|entro (?:l[’']estate|l[’']anno|fine anno)|"
    r"si sono impegnat\w|elaborer(?:à|anno)|potrebbe(?:ro)? essere firmat[oaie]",
    "de": r"(?:wollen|werden|wird|soll(?:en)?|könnte(?:n)?) (?:\w+ ){0,4}"
    r"(?:unterzeichnen|unterzeichnet|verabschieden|abschließen|schließen|"
    r"erarbeiten|ausarbeiten|entwickeln|einrichten|gründen|aufbauen)|geplant|wollen|"
    r"planen|beabsichtig\w+|vorgesehen|"
    # "vereinbarten, ... eine Absichtserklärung zu unterzeichnen": to sign, not signed
    r"vereinbar\w*,?\s+[^.;]{0,80}?zu (?:unterzeichnen|unterschreiben|schließen)|"
    r"zu (?:unterzeichnen|unterschreiben)|abzuschließen|"
    r"Unterzeichnung[^.;]{0,80}?(?:ist|sind|wird|soll) (?:\w+ ){0,3}?"
    r"(?:geplant|vorgesehen)",
    "pt": r"assinar(?:á|ão)?|vai assinar|vão assinar|será assinad|"
    r"serão assinad|prevê(?:em)? assinar|adotar(?:á|ão)|dever(?:á|ão) (?:ser )?"
    r"assina|pretende(?:m)?|está previst|estão previst|comprometeram-se a|"
    r"elaborar(?:á|ão)|poder(?:á|ão|ia|iam) ser assinad[oa]s?",
    "id": r"akan (?:\w+ )?(?:menandatangani|meneken|ditandatangani)|"
    r"berencana|direncanakan|dijadwalkan|rencana penandatanganan|rencananya|"
    r"hendak|(?:sepakat|bersepakat|setuju|menyetujui) untuk (?:menandatangani|meneken)",
    "ms": r"akan (?:\w+ )?(?:menandatangani|memeterai|ditandatangani)|dijangka|"
    r"dirancang|merancang|(?:bersetuju|sepakat) untuk (?:menandatangani|memeterai)",
    "vi": r"sẽ (?:\w+ )?ký(?: kết)?|dự kiến|sắp ký|sẽ được ký|thống nhất sẽ",
    "ar": r"سيوقع|ستوقع|سيتم توقيع|سوف (?:يتم )?توقيع|من المقرر|المزمع|يعتزم|"
    r"و?اتفق\w*\s+(?:\S+\s+){0,2}على\s+(?:توقيع|إبرام)",
    "ja": r"予定|方針|見通し|署名へ|締結へ|調整|目指",
    "ko": r"예정|계획|추진|체결하기로|서명하기로",
    "zh": r"将签署|将于|计划|拟|同意\S{0,4}签署|明年签署|即将签署",
    "ru": r"подпишут|будет подписан|планиру|намерен|подписать|"
    r"договорил\w+ (?:\w+ ){0,2}?(?:подготовить|разработать|согласовать)|"
    r"подготов(?:ить|ят|ит)|разработа(?:ть|ют|ет)",
    "th": r"เตรียมลงนาม|จะลงนาม|มีกำหนด|เตรียม|จะมีขึ้น",
}

PROPOSED = {
    "en": r"propos(?:ed|es|al)|suggest(?:ed|s)|offered",
    "fr": r"propos(?:é|ée|ait|e|ent|ition)|sugg[ée]r",
    "es": r"propu(?:so|sieron|esto|esta)|propone|sugiri[óo]",
    "it": r"propost[oa]|propone|ha proposto|suggeri",
    "de": r"vorgeschlagen|schlug(?:en)?(?= [^.;]{0,80}?\bvor\b)|Vorschlag|"
    r"regte (?:\w+ )?an",
    "pt": r"propôs|propuseram|proposto|proposta|sugeriu",
    "id": r"mengusulkan|usulan|diusulkan|mengusul",
    "ms": r"mencadangkan|cadangan|dicadangkan",
    "vi": r"đề xuất|đề nghị",
    "ar": r"اقترح|اقترحت|مقترح|اقتراح",
    "ja": r"提案",
    "ko": r"제안",
    "zh": r"提议|建议",
    "ru": r"предложил\w*",
    "th": r"เสนอ",
}

# Future tense and modals: a sentence that announces rather than reports.
FUTURE = {
    "en": r"will|shall|is to|are to|to be held|to take place|next|upcoming|"
    r"plans? to|expected to|scheduled|set to",
    "fr": r"\w+(?:era|eront|iront|ira)|va|vont|prochain\w*|prévu\w*|devrai(?:t|ent)",
    "es": r"\w+(?:ará|arán|erá|erán|irá|irán)|va a|van a|próxim[oa]s?|previst[oa]s?",
    "it": r"\w+(?:erà|eranno|irà|iranno|arà|aranno)|previst[oiae]|prossim[oaie]|"
    r"si terrà|intend(?:e|ono)|in programma",
    "de": r"wird|werden|soll(?:en)?|nächste[nrs]?|kommende[nrs]?|geplant|"
    r"wollen|will|planen|plant|beabsichtig\w+|vorgesehen",
    "pt": r"\w+(?:ará|arão|erá|erão|irá|irão)|vai|vão|próxim[oa]s?|previst[oa]s?",
    "id": r"akan|berencana|dijadwalkan|mendatang|depan",
    "ms": r"akan|dijangka|dijadual|akan datang|depan",
    # "tháng tới" (next month), not "liên quan tới" (related to)
    "vi": r"sẽ|dự kiến|sắp|(?:tháng|năm|tuần|thời gian|đợt|kỳ|quý) tới",
    # the future prefix of a verb ("سيوقع", "وستعقد"), at the start of a word, not
    # "السيبراني", "سياسة", "ستة"
    "ar": r"سوف|(?:(?<=\s)|(?<=^)|(?<=\sو)|(?<=^و))"
    r"(?:سي(?!بران|اس|ار|اد|اق|طر)|ست(?!ة|ين|ار|ون))\w+|"
    r"المقبل\w*|القادم\w*|من المقرر",
    "ja": r"予定|方針|見通し|来年|来月|来週|次回",
    "ko": r"예정|계획|오는|다음",
    # "下个月", "下半年", "下届", not "在…下" (under) nor "下午" (afternoon)
    "zh": r"将|计划|拟|下(?:周|月|个月|半年|一年|届|一轮|一次|阶段|一步)",
    "ru": r"будет|будут|планиру\w+|запланирован\w*|намерен\w*|собира\w+",
    "th": r"จะ",
}

# Verbs that report the news, so a date next to them is the reporting date.
REPORTING = {
    "en": r"said|says|told|announced|reported|stated|added|confirmed|noted",
    "fr": r"a (?:dit|déclaré|annoncé|indiqué|précisé)|ont (?:dit|annoncé)|"
    r"annonce|a-t-on appris|selon",
    "es": r"inform[óa]|dijo|anunci[óa]|declar[óa]|señal[óa]|explic[óa]|"
    r"según|indic[óa]",
    "it": r"(?:ha|hanno) (?:detto|annunciato|affermato|dichiarato|riferito)|"
    r"secondo|annuncia",
    "de": r"sagte|teilte (?:\w+ )?mit|erklärte|kündigte|berichtete|mitgeteilt",
    "pt": r"disse|anunciou|afirmou|informou|declarou",
    "id": r"mengatakan|kata|menyatakan|mengumumkan|ujar|menurut",
    "ms": r"berkata|kata|menurut|mengumumkan",
    "vi": r"cho biết|thông báo|phát biểu|nói",
    # Arabic cues are matched without a word boundary (for the prefixes و, ف):
    # these bound themselves, or "ذكر" (mentioned) is found in "مذكرة" (memorandum)
    "ar": r"(?<![^\W\d_])[وف]?(?:قال|أعلن|أعلنت|صرح|أكد|ذكر|أفاد)",
    "ja": r"発表|明らかにした|述べた|話した",
    "ko": r"밝혔다|발표|전했다|말했다",
    "zh": r"表示|宣布|称",
    "ru": r"заявил\w*|сообщил\w*",
    "th": r"กล่าว|เปิดเผย",
}

# Verbs that make an event mention a real, situated event.
EVENT_VERBS = {
    "en": r"held|hosted|organi[sz]ed|took place|takes place|convened|opened|"
    r"attended|co-hosted|wrapped up|concluded|kicked off|ran|had a|will host|"
    r"participated|took part|to be held",
    "fr": r"tenu\w*|organis\w+|accueilli\w*|déroulé\w*|ouvert\w*|réuni\w*|"
    r"participé|s'est tenue?|a eu lieu|ont pris part|clôtur\w+",
    "es": r"celebr\w+|organiz\w+|acogi\w+|realiz\w+|desarroll\w+|particip\w+|"
    r"inaugur\w+|clausur\w+|tuvo lugar",
    "it": r"svolt[oaie]|tenut[oaie]|organizzat[oaie]|ospitat[oaie]|"
    r"partecipa\w*|si terr(?:à|anno)|si è tenut\w|si sono tenut\w|"
    r"previst[oiae]|inaugurat\w",
    "de": r"fand\w* statt|stattfinden|ausgerichtet|veranstaltet|organisiert|"
    r"nahmen? (?:\w+ )*teil|beraten|eröffnet|abgehalten|tagte",
    "pt": r"realizad\w|organizad\w|decorreu|acolheu|sediou|particip\w+|"
    r"promovid\w|teve lugar",
    "id": r"digelar|diselenggarakan|berlangsung|diadakan|dihadiri|menggelar|"
    r"menyelenggarakan|diikuti|mengikuti",
    "ms": r"diadakan|berlangsung|dianjurkan|menganjurkan|dihadiri|menyertai",
    "vi": r"tổ chức|diễn ra|chủ trì|tham dự|tham gia|khai mạc|bế mạc",
    "ar": r"عقد|عُقد|عقدت|عُقدت|نظم|نظمت|نظّم|استضاف|استضافت|اختتم|اختتمت|"
    r"انطلق|بمشاركة|شارك|حضر|افتتح",
    "ja": r"開催|開かれ|実施|参加|出席|行われ",
    "ko": r"개최|열린|열리는|열렸|진행|참가|참석",
    "zh": r"举行|举办|召开|参加|出席|开班|开幕|主办|开展|启动",
    "ru": r"прошл\w+|состоял\w+|организ\w+|провел\w+|провест\w+|провод\w+|"
    r"пройд\w+",
    "th": r"จัด|เข้าร่วม",
}

# --- places -----------------------------------------------------------------------

LOCATION_BEFORE = {
    # a preposition or phrase right before the place
    "en": r"in|at|hosted by|(?:visit|trip|travel|delegation) to",
    "fr": r"à|au|en|aux|dans|depuis",
    "es": r"en",
    "it": r"a|in|ad",
    "de": r"in|im",
    "pt": r"em|no|na|nas|nos",
    "id": r"di|ke",
    "ms": r"di|ke",
    "vi": r"tại|ở|ở thủ đô",
    "ar": r"في|ب|إلى",
    "ru": r"в|во",
    "zh": r"在|于|赴",
}
LOCATION_AFTER = {
    # a particle right after the place (no spaces in ja and ko)
    "ja": r"で|都内で|市内で|において|にて|にある",
    "ko": r"에서|서",
    "zh": r"举行|举办|召开",
}

# --- cooperation or attack --------------------------------------------------------

COOPERATION_CUES = (
    r"cooperat\w*|co-operat\w*|collaborat\w*|partner\w*|memorandum|\bMoUs?\b|"
    r"joint|bilateral|multilateral|alliance|coopér\w+|partenari\w+|conjoint\w*|"
    r"cooperaci[óo]n|colaboraci[óo]n|alianza|conjunt\w+|cooperazione|"
    r"collaborazione|intesa|congiunt\w+|Zusammenarbeit|Kooperation|gemeinsam\w*|"
    r"Partnerschaft|cooperação|colaboração|parceria|kerja ?sama|kolaborasi|"
    r"kemitraan|bersama|hợp tác|đối tác|phối hợp|協力|連携|協定|覚書|共同|"
    r"협력|협약|공조|양해각서|تعاون|شراكة|مذكرة تفاهم|مذكرات تفاهم|合作|伙伴|сотрудничеств\w+|"
    r"ความร่วมมือ|summit|workshop|exercise|drill|sommet|atelier|exercice|cumbre|"
    r"taller|ejercicio|vertice|esercitazione|Gipfel|Übung|cúpula|exercício|"
    r"latihan|lokakarya|diễn tập|hội thảo|演習|훈련|تمرين|ورشة|منتدى|forum|"
    # incident response is a capacity topic, not an attack: "formés à la réponse
    # aux incidents", "インシデント対応の研修"
    r"incident[- ]response|resposta (?:a|aos) incidentes|"
    r"r[ée]ponse aux incidents|respuesta (?:a|ante) incidentes|"
    r"risposta (?:agli|a) incidenti|penanganan insiden|tindak balas insiden|"
    r"ứng phó sự cố|الاستجابة للحوادث|インシデント対応|침해사고\s*대응|"
    r"事件响应|应急响应|реагировани\w* на (?:компьютерные )?инцидент\w*|"
    r"รับมือเหตุการณ์|"
    # trainings and the people trained in them
    r"trained|training|(?<!of )(?<!the )courses?\b|formad[oa]s|formação|"
    r"capacitad[oa]s|capacit(?:ó|aron|ou|aram)|capacitação|capacitaci[óo]n|"
    r"(?<!en )curso|formé(?:e?s)?\b|formations?|formación|formati\b|formazione|"
    r"corso|addestrat\w+|geschult|ausgebildet|Schulung\w*|Lehrgang|dilatih|"
    r"melatih|pelatihan|kursus|đào tạo|tập huấn|研修|연수|교육|تدريب|دورة تدريبية|"
    r"培训|обучени\w+|обучен\w*|ฝึกอบรม|"
    # delegations of several countries at one table
    r"delegations?|délégations?|delegaci(?:ón|ones)|delegazion[ei]|Delegation(?:en)?|"
    r"delegaç(?:ão|ões)|delegasi|đoàn công tác|وفد|وفود|代表団|대표단|代表团|"
    r"делегаци\w+|คณะผู้แทน|"
    # joint police operations across borders: the takedown of a ransomware gang by
    # several countries' police is cooperation, a national arrest is not
    r"Europol|Interpol|Eurojust|Afripol|Ameripol|Aseanapol|"
    r"international (?:law[- ]enforcement |police )?operation|"
    r"joint (?:law[- ]enforcement |police )?operation|"
    r"multinational (?:law[- ]enforcement |police )?operation|"
    r"coordinated (?:law[- ]enforcement |police )?operation|opération (?:internationale|conjointe|coordonnée)|"
    r"operaci[óo]n (?:internacional|conjunta|coordinada)|"
    r"operazione (?:internazionale|congiunta|coordinata)|"
    r"internationale\w* (?:Polizei)?(?:operation|aktion|einsatz)|"
    r"operação (?:internacional|conjunta|coordenada)|"
    r"operasi (?:internasional|gabungan|bersama)|chiến dịch (?:quốc tế|chung)|"
    r"عملية (?:دولية|مشتركة|أمنية دولية)|国際(?:共同)?捜査|共同捜査|"
    r"국제 ?공조|공조 ?수사|합동 ?작전|联合行动|跨国(?:联合)?(?:执法|打击|行动)|"
    r"международн\w+ (?:полицейск\w+ )?операци\w+|совместн\w+ операци\w+|"
    r"ปฏิบัติการร่วม"
)
ATTACK_CUES = (
    r"ransomware|malware|breach\w*|hack(?:ed|ers?|ing)|attack\w*|vulnerabilit\w+|"
    r"phishing|leak\w*|stolen|extortion|espionage|spyware|botnet|DDoS|exploit\w*|"
    r"fine[ds]?|penalt\w+|threat report|outage|zero-day|"
    r"rançongiciel|cyberattaque\w*|attaque\w*|fuite\w*|piratage|amende|sanction\w*|"
    r"ciberataque\w*|ataque\w*|filtraci[óo]n|brecha|secuestro de datos|multa\w*|"
    r"ciberespionaje|campaña|attacco|attacchi|violazione|furto|riscatto|"
    r"Angriff\w*|Cyberangriff\w*|Datenleck|Erpressung|Schwachstelle\w*|"
    r"Bußgeld|ataque|vazamento|sequestro|resgate|serangan|kebocoran|peretasan|"
    r"tebusan|retas|diretas|pencerobohan|kebocoran data|tấn công|lộ lọt|rò rỉ|"
    r"mã độc|tống tiền|攻撃|ランサムウェア|漏えい|漏洩|不正アクセス|脆弱性|"
    r"공격|랜섬웨어|유출|해킹|과징금|취약점|هجوم|هجمات|اختراق|تسريب|برمجيات الفدية|"
    r"فدية|攻击|勒索|泄露|атак\w+|утечк\w+|product|produit|producto|prodotto|"
    r"Produkt|produto|produk|sản phẩm|製品|제품|launch(?:es|ed)?|lance|lanza|"
    r"lancia|vorgestellt|lança|meluncurkan|luncurkan|peluncuran|melancarkan|"
    r"pelancaran|ra mắt|เปิดตัว|発売|출시|推出|تطلق|أطلقت|يطلق|"
    r"sanci[óo]n|sanzion\w+|denda|phạt|غرامة|罚款|制裁金|штраф\w*|оштрафова\w+|"
    r"ค่าปรับ|แรนซัมแวร์|вымогател\w+|勒索软件"
)


# --- compiled -----------------------------------------------------------------------

_NO_BOUNDARY = UNSPACED | {"ar"}


def _bounded(pattern: str, language: str) -> str:
    if language in _NO_BOUNDARY:
        return f"(?:{pattern})"
    return rf"(?<![\w])(?:{pattern})(?![\w])"


def _compile_terms(table: dict[str, list[tuple[str, str]]]):
    compiled = {}
    for language in table:
        rows = list(table[language])
        if language != "en":
            rows += table["en"]
        compiled[language] = tuple(
            (kind, Caseless(_bounded(p, language))) for kind, p in rows
        )
    return compiled


def _compile_cues(table: dict[str, str]):
    """Cues are stems ("sarà inclus" for incluso, inclusa...): bounded on the left
    only."""
    compiled = {}
    for language, pattern in table.items():
        if language != "en":
            pattern = f"{pattern}|{table['en']}"
        if language not in _NO_BOUNDARY:
            pattern = rf"(?<![\w])(?:{pattern})"
        compiled[language] = Caseless(pattern)
    return compiled


_AGREEMENT_TERMS = _compile_terms(AGREEMENTS)
# A joint police operation across borders is an event of its own ("other"): the
# qualified word ("an international operation", "operación conjunta", "совместная
# операция") or an operation named in quotes or capitals ("Operation Endgame",
# "операция «ПРОКСИ»"). A plain "operation" is no event: "security operations".
OPERATIONS = {
    "en": r"(?:joint|international|multinational|coordinated|cross-border|global)"
    r" (?:law[- ]enforcement |police |cybercrime )?operation(?!s)|"
    r"(?-i:Operation [A-Z][\w-]+)",
    "fr": r"opération (?:policière )?(?:internationale|conjointe|coordonnée)|"
    r"opération [«\"“]",
    "es": r"operaci[óo]n (?:policial )?(?:internacional|conjunta|coordinada)|"
    r"operaci[óo]n [«\"“]",
    "it": r"operazione (?:di polizia )?(?:internazionale|congiunta|coordinata)|"
    r"operazione [«\"“]",
    "de": r"(?:international|gemeinsam|koordiniert)\w* (?:Polizei)?[Oo]peration|"
    r"Operation [„\"«]",
    "pt": r"operação (?:policial )?(?:internacional|conjunta|coordenada)|"
    r"operação [«\"“]",
    "id": r"operasi (?:gabungan|internasional|bersama)|operasi [\"“]",
    "ms": r"operasi (?:gabungan|antarabangsa|bersama)|operasi [\"“]",
    "vi": r"chiến dịch (?:quốc tế|chung|phối hợp)|chuyên án quốc tế",
    "ar": r"عملية (?:أمنية )?(?:دولية|مشتركة)",
    "ja": r"国際(?:共同)?捜査|共同捜査|合同捜査",
    "ko": r"국제\s*공조\s*수사|국제\s*합동\s*(?:작전|단속)",
    "zh": r"联合(?:执法)?行动|跨国联合执法",
    "ru": r"(?:международн|совместн)\w* (?:полицейск\w+ )?операци\w+|операци\w+ «",
    "th": r"ปฏิบัติการร่วม",
}
for _language, _pattern in OPERATIONS.items():
    EVENTS[_language].append(("other", _pattern))

# A meeting told by its verb, with whom: "met his Japanese counterpart", "a reçu une
# délégation", "se reunió con", "بحث ... مع وفد", "bertemu dengan". Only with a
# counterpart or a delegation, never "met the requirements".
_COUNTERPART = (
    r"(?:(?:his|her|their|the) )?(?:\w+ ){0,3}?(?:counterparts?|delegations?|"
    r"ministers?|ambassadors?)"
)
MEETING_VERBS = {
    "en": rf"met (?:with )?{_COUNTERPART}|received (?:a|the) (?:\w+ ){{0,2}}?delegation",
    "fr": r"s[’']est entretenue? avec|se sont entretenus|"
    r"(?:a|ont) reçu une délégation|(?:a|ont) rencontré (?:son|ses|leur|leurs) "
    r"homologues?",
    "es": r"se reuni(?:ó|eron) con|recibi(?:ó|eron) a una delegación",
    "it": r"ha(?:nno)? incontrato (?:il suo|la sua|i loro|gli) (?:\w+ )?omolog\w+|"
    r"ha(?:nno)? ricevuto una delegazione",
    "de": r"traf(?:en)? sich mit|empfing(?:en)? eine (?:\w+ )?Delegation",
    "pt": r"reuniu-se com|reuniram-se com|recebeu uma delegação|encontrou-se com",
    "id": r"bertemu dengan|menerima (?:kunjungan|delegasi)",
    "ms": r"bertemu dengan|menerima (?:kunjungan|delegasi)",
    "ar": r"التقى|التقت|استقبل\w* وفد\w*|بحث\w* (?:\S+ ){0,16}?مع وفد",
    "ru": r"встретил\w* с (?:\w+ ){0,2}?(?:коллег\w*|делегаци\w+|министр\w*)",
    "th": r"เข้าพบ|ให้การต้อนรับคณะ",
}
for _language, _pattern in MEETING_VERBS.items():
    EVENTS[_language].append(("meeting", _pattern))

_EVENT_TERMS = _compile_terms(EVENTS)
_SIGNED = _compile_cues(SIGNED)
_PLANNED = _compile_cues(PLANNED)
_PROPOSED = _compile_cues(PROPOSED)
_FUTURE = _compile_cues(FUTURE)
_REPORTING = _compile_cues(REPORTING)
_EVENT_VERBS = _compile_cues(EVENT_VERBS)
_LOCATION_BEFORE = {
    lang: Caseless(rf"(?:{p})\s*$" if lang in UNSPACED else rf"(?<![\w])(?:{p})\s*$")
    for lang, p in LOCATION_BEFORE.items()
}
_LOCATION_AFTER = {
    lang: re.compile(rf"^\s*(?:{p})") for lang, p in LOCATION_AFTER.items()
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`."""
    found, current, depth, i = [], "", 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if char == "[":
            close = pattern.index("]", i + 2)
            current += pattern[i : close + 1]
            i = close + 1
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            found.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*found, current]


_LEADING_ASSERTION = re.compile(r"\\b|\(\?<[!=](?:[^()\\]|\\.)*\)")


def _by_first_letter(pattern: str) -> str:
    """The same case-insensitive alternation grouped by first letter ("c(?:ooperat\\w*|
    ollaborat\\w*)|j(?:oint)"), so the regex engine tries a few letters at each
    position instead of every cue. Alternatives that start with different letters
    never match at the same position, and those that share one keep their order,
    so the matches are the same. An assertion before the first letter moves after
    it, one character wider: "(?<!of )courses?" becomes "c(?<!of .)ourses?"."""
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(pattern):
        rest, assertions = alternative, ""
        while lead := _LEADING_ASSERTION.match(rest):
            text = lead.group()
            # the first letter is a word character: "\b" before it is "no word
            # character before it"
            text = r"(?<!\w)" if text == r"\b" else text
            assertions += f"{text[:-1]}.)"
            rest = rest[lead.end() :]
        first = rest[:1]
        if not first.isalpha() or rest[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"no first letter to group by: {alternative!r}")
        groups.setdefault(first.lower(), []).append(assertions + rest[1:])
    return "|".join(f"{first}(?:{'|'.join(tails)})" for first, tails in groups.items())


_COOPERATION = Caseless(_by_first_letter(COOPERATION_CUES))
_ATTACK = Caseless(_by_first_letter(ATTACK_CUES))

# An attack an exercise plays out is its scenario, not an incident: "un exercício
# que simulou um ataque de ransomware", "ランサムウェア攻撃を想定した演習".
_SCENARIO = Caseless(
    r"simul\w*|scenari\w*|sc[ée]nario\w*|escenario|cenário|Szenario\w*|skenario|"
    r"ficti\w+|ficti\w+|fittizi\w+|fiktiv\w*|hypothetical|mock|"
    r"kịch bản|giả lập|giả định|想定|模擬|가정|모의|حاك\w*|محاكاة|افتراضي\w*|"
    r"模拟|假想|сценари\w*|имитац\w*|จำลอง"
)
_SCENARIO_REACH = 40


def _lang(language: str, table: dict) -> str:
    return language if language in table else "en"


# The stages ask about the same sentence many times over (the event mentions, their
# topics and dates, the agreement mentions): the answers for the sentences of the
# last few articles are kept. They are tuples, so no caller can change a kept one.
_MEMO_SIZE = 4096


@lru_cache(maxsize=_MEMO_SIZE)
def find_terms(
    text: str, language: str, category: str
) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of every agreement or event term in `text`, longest
    match first where terms overlap."""
    terms = _AGREEMENT_TERMS if category == "agreement" else _EVENT_TERMS
    found = []
    for order, (kind, pattern) in enumerate(terms[_lang(language, terms)]):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), order, kind, m.end()))
    found.sort()
    chosen: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for start, _, _, kind, end in sorted(found, key=lambda f: (f[1], f[2])):
        if all(end <= a or start >= b for a, b in taken):
            chosen.append((kind, start, end))
            taken.append((start, end))
    return tuple(sorted(chosen, key=lambda c: c[1]))


def _cue_table(name: str) -> dict[str, re.Pattern]:
    return {
        "signed": _SIGNED,
        "planned": _PLANNED,
        "proposed": _PROPOSED,
        "future": _FUTURE,
        "reporting": _REPORTING,
        "event_verb": _EVENT_VERBS,
    }[name]


@lru_cache(maxsize=_MEMO_SIZE)
def cues(text: str, language: str, name: str) -> tuple[tuple[int, int], ...]:
    """Spans of the cues of one kind (signed, planned, proposed, future,
    reporting, event_verb) in `text`."""
    table = _cue_table(name)
    return tuple(m.span() for m in table[_lang(language, table)].finditer(text))


@lru_cache(maxsize=_MEMO_SIZE)
def not_event_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in NOT_EVENTS.finditer(text))


def place_before(text_before: str, language: str) -> bool:
    """Whether `text_before` ends with a preposition that introduces a place."""
    pattern = _LOCATION_BEFORE.get(language)
    if pattern is not None and pattern.search(text_before[-20:]):
        return True
    return bool(_LOCATION_BEFORE["en"].search(text_before[-8:]))


def place_after(text_after: str, language: str) -> bool:
    pattern = _LOCATION_AFTER.get(language)
    return bool(pattern and pattern.match(text_after[:8]))


def cooperation_cues(text: str) -> int:
    return sum(1 for _ in _COOPERATION.finditer(text))


# "serangan ransomware", "ransomware attack", "attaque par rançongiciel": two
# cue words this close together name one attack
_SAME_ATTACK = re.compile(r"^[\s-]*(?:\w{1,4}\s+)?$")


def attack_matches(text: str) -> list[re.Match]:
    """The attack cues of a text, one per attack: a cue right after another
    ("ransomware attack") is the same attack."""
    found: list[re.Match] = []
    for m in _ATTACK.finditer(text):
        if found and _SAME_ATTACK.match(text[found[-1].end() : m.start()]):
            continue
        found.append(m)
    return found


def attack_cues(text: str) -> int:
    """Attack, breach, fine and launch cues, less those of an exercise's
    scenario (a simulation word in the same sentence, close by)."""
    count = 0
    for m in attack_matches(text):
        window = text[max(0, m.start() - _SCENARIO_REACH) : m.end() + _SCENARIO_REACH]
        before, _, rest = window.partition(m.group())
        near = re.split(r"[.!?。！？\n]", before)[-1] + m.group()
        near += re.split(r"[.!?。！？\n]", rest)[0]
        if not _SCENARIO.search(near):
            count += 1
    return count
