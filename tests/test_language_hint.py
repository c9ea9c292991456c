"""The language a page or a feed states is a hint: it decides on short texts and
between close neighbours, and gives way when the text is plainly in another
language (a Malay page whose template says lang="en", a feed that labels every
line "en")."""

from __future__ import annotations

from ingestion.extraction.language import detect_language

MALAY = (
    "KUALA LUMPUR, 12 Mac (Bernama) -- Agensi Keselamatan Siber Negara (NACSA) dan "
    "Pejabat Majlis Keselamatan Siber Kebangsaan Thailand hari ini memeterai "
    "memorandum persefahaman bagi mengukuhkan kerjasama keselamatan siber antara "
    "kedua-dua negara. Ketua Eksekutif NACSA berkata MoU itu meliputi perkongsian "
    "maklumat ancaman dan latihan bersama pasukan tindak balas insiden."
)
SPANISH = (
    "El Instituto Nacional de Ciberseguridad de España y la Agencia Nacional de "
    "Ciberseguridad de Chile firmaron este lunes en Madrid un memorando de "
    "entendimiento para intercambiar información sobre amenazas y coordinar la "
    "respuesta a incidentes, informaron ambas instituciones en un comunicado."
)


def test_a_hint_the_text_contradicts_gives_way():
    assert detect_language(MALAY, "en") == "ms"
    assert detect_language(SPANISH, "en-US") == "es"
    assert detect_language("한국인터넷진흥원은 " * 30, "en") == "ko"


def test_a_hint_the_text_agrees_with_wins():
    assert detect_language(SPANISH, "es") == "es"
    assert detect_language(MALAY, "ms") == "ms"


def test_a_hint_wins_on_a_text_too_short_to_judge():
    assert detect_language("Le Maroc et la France signent un accord.", "pt-BR") == "pt"


def test_malay_hinted_as_indonesian_is_told_apart_by_its_words():
    assert detect_language(MALAY, "id") == "ms"


def test_feed_language_names_and_country_codes_are_understood():
    assert detect_language("Short.", "English") == "en"
    assert detect_language("Short.", "Bahasa Indonesia") == "id"
    assert detect_language("Short.", "日本語") == "ja"
    assert detect_language("Short.", "jp") == "ja"
    assert detect_language("Short.", "zh-Hant-TW") == "zh"


def test_a_cjk_paragraph_is_long_enough_to_overrule_a_wrong_hint():
    japanese = (
        "経済産業省とイスラエル国家サイバー総局は20日、東京でサイバーセキュリティ分野の"
        "協力覚書に署名しました。重要インフラを狙った攻撃の情報共有や人材育成で連携を"
        "強めることにしています。"
    )
    chinese = (
        "国家计算机网络应急技术处理协调中心与老挝计算机应急响应小组17日在万象签署网络"
        "安全合作谅解备忘录。双方将在网络安全事件通报和应急处置等方面加强信息共享。"
    )

    assert detect_language(japanese, "zh-CN") == "ja"
    assert detect_language(chinese, "ja") == "zh"
    assert detect_language("日本と中国", "zh") == "zh"  # too short to judge
