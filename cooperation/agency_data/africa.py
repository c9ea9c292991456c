"""Sub-Saharan Africa (North Africa is with the Middle East)."""

from cooperation.agency_data import (
    AGENCY,
    CERT,
    MINISTRY,
    OTHER,
    REGULATOR,
    UNIVERSITY,
    entry,
)

# fmt: off
AGENCIES = {
    "NG": [
        entry(AGENCY, "Office of the National Security Adviser", "ONSA"),
        entry(CERT, "Nigeria Computer Emergency Response Team", "ngCERT",
              parent="Office of the National Security Adviser"),
        entry(AGENCY, "National Information Technology Development Agency", "NITDA"),
        entry(REGULATOR, "Nigerian Communications Commission", "NCC"),
        entry(AGENCY, "Economic and Financial Crimes Commission", "EFCC"),
        entry(AGENCY, "Nigeria Police Force National Cybercrime Centre", "NPF-NCCC"),
        entry(MINISTRY, "Ministry of Foreign Affairs", "MFA"),
        entry(MINISTRY, "Federal Ministry of Communications, Innovation and Digital Economy", "FMCIDE"),
    ],
    "KE": [
        entry(REGULATOR, "Communications Authority of Kenya", "CA"),
        entry(CERT, "National Kenya Computer Incident Response Team Coordination Centre", "KE-CIRT/CC",
              "National KE-CIRT/CC", parent="Communications Authority of Kenya"),
        entry(AGENCY, "National Computer and Cybercrimes Coordination Committee", "NC4"),
        entry(MINISTRY, "Ministry of Information, Communications and the Digital Economy", "MICDE"),
        entry(MINISTRY, "Ministry of Foreign and Diaspora Affairs", ""),
        entry(AGENCY, "Directorate of Criminal Investigations", "DCI"),
    ],
    "ZA": [
        entry(MINISTRY, "Department of Communications and Digital Technologies", "DCDT"),
        entry(CERT, "National Cybersecurity Hub", "", "Cybersecurity Hub",
              parent="Department of Communications and Digital Technologies"),
        entry(AGENCY, "State Security Agency", "SSA"),
        entry(MINISTRY, "Department of International Relations and Cooperation", "DIRCO"),
        entry(AGENCY, "South African Police Service", "SAPS"),
        entry(UNIVERSITY, "Council for Scientific and Industrial Research", "CSIR"),
    ],
    "GH": [
        entry(OTHER, "Kofi Annan International Peacekeeping Training Centre", "KAIPTC",
              website="https://www.kaiptc.org"),
        entry(AGENCY, "Cyber Security Authority", "CSA", "Cyber Security Authority Ghana"),
        entry(CERT, "Ghana Computer Emergency Response Team", "CERT-GH", parent="Cyber Security Authority"),
        entry(MINISTRY, "Ministry of Communications and Digitalisation", "MoCD"),
        entry(MINISTRY, "Ministry of Foreign Affairs", "MFA"),
        entry(REGULATOR, "National Communications Authority", "NCA"),
    ],
    "RW": [
        entry(AGENCY, "National Cyber Security Authority", "NCSA"),
        entry(CERT, "Rwanda Computer Security Incident Response Team", "Rw-CSIRT",
              parent="National Cyber Security Authority"),
        entry(MINISTRY, "Ministry of Foreign Affairs and International Cooperation", "MINAFFET"),
        entry(MINISTRY, "Ministry of ICT and Innovation", "MINICT"),
        entry(AGENCY, "Rwanda Information Society Authority", "RISA"),
        entry(UNIVERSITY, "Carnegie Mellon University Africa", "CMU-Africa",
              "Carnegie Mellon University in Rwanda", "CMU Africa",
              parent=("Carnegie Mellon University", "US"),
              desc="Carnegie Mellon's campus in Kigali, opened in 2011."),
    ],
    "ET": [
        entry(AGENCY, "Information Network Security Administration", "INSA",
              "የኢንፎርሜሽን መረብ ደህንነት አስተዳደር", "Information Network Security Agency"),
        entry(CERT, "Ethiopian Computer Emergency Response Team", "Ethio-CERT",
              parent="Information Network Security Administration"),
        entry(MINISTRY, "Ministry of Foreign Affairs", "", "የውጭ ጉዳይ ሚኒስቴር"),
        entry(MINISTRY, "Ministry of Innovation and Technology", "MInT", "የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር"),
    ],
    "CI": [
        entry(REGULATOR, "Telecommunications/ICT Regulatory Authority of Côte d'Ivoire", "ARTCI",
              "Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire"),
        entry(CERT, "CI-CERT", "", "Côte d'Ivoire Computer Emergency Response Team",
              parent="Telecommunications/ICT Regulatory Authority of Côte d'Ivoire"),
        entry(AGENCY, "Platform for the Fight against Cybercrime", "PLCC",
              "Plateforme de Lutte Contre la Cybercriminalité"),
        entry(MINISTRY, "Ministry of Foreign Affairs", "", "Ministère des Affaires étrangères"),
        entry(AGENCY, "Directorate of Informatics and Technological Traces", "DITT",
              "Direction de l'informatique et des traces technologiques"),
        entry(MINISTRY, "Ministry of Digital Transition and Digitalisation", "",
              "Ministère de la Transition numérique et de la Digitalisation"),
    ],
    "CM": [
        entry(AGENCY, "National Agency for Information and Communication Technologies", "ANTIC",
              "Agence Nationale des Technologies de l'Information et de la Communication"),
        entry(MINISTRY, "Ministry of External Relations", "MINREX", "Ministère des Relations extérieures"),
        entry(MINISTRY, "Ministry of Posts and Telecommunications", "MINPOSTEL",
              "Ministère des Postes et Télécommunications"),
    ],
    "BJ": [
        entry(AGENCY, "National Agency for Information Systems Security", "ANSSI",
              "Agence Nationale de la Sécurité des Systèmes d'Information", "ANSSI Bénin"),
        entry(CERT, "bjCSIRT", "", "Benin CSIRT",
              parent="National Agency for Information Systems Security"),
    ],
    "TG": [
        entry(AGENCY, "National Cybersecurity Agency", "ANCy", "Agence Nationale de la Cybersécurité"),
        entry(CERT, "CERT.tg", "", "CERT Togo", parent="National Cybersecurity Agency"),
    ],
    "TZ": [
        entry(REGULATOR, "Tanzania Communications Regulatory Authority", "TCRA"),
        entry(CERT, "Tanzania Computer Emergency Response Team", "TZ-CERT",
              parent="Tanzania Communications Regulatory Authority"),
        entry(MINISTRY, "Ministry of Foreign Affairs and East African Cooperation", ""),
    ],
    "UG": [
        entry(REGULATOR, "Uganda Communications Commission", "UCC"),
        entry(AGENCY, "National Information Technology Authority Uganda", "NITA-U"),
        entry(MINISTRY, "Ministry of Foreign Affairs", "MOFA"),
        entry(MINISTRY, "Ministry of ICT and National Guidance", "MoICT&NG"),
    ],
    "ZM": [
        entry(REGULATOR, "Zambia Information and Communications Technology Authority", "ZICTA"),
        entry(CERT, "Zambia Computer Incident Response Team", "ZM-CIRT",
              parent="Zambia Information and Communications Technology Authority"),
    ],
    "MU": [
        entry(MINISTRY, "Ministry of Information Technology, Communication and Innovation", "MITCI"),
        entry(CERT, "Computer Emergency Response Team of Mauritius", "CERT-MU",
              parent="Ministry of Information Technology, Communication and Innovation"),
    ],
    "BW": [
        entry(REGULATOR, "Botswana Communications Regulatory Authority", "BOCRA"),
        entry(CERT, "Botswana Computer Security Incident Response Team", "bwCIRT",
              parent="Botswana Communications Regulatory Authority"),
    ],
    "BF": [
        entry(AGENCY, "National Agency for Information Systems Security", "ANSSI",
              "Agence Nationale de Sécurité des Systèmes d'Information", "ANSSI Burkina Faso"),
    ],
    "GA": [
        entry(AGENCY, "National Agency for Digital Infrastructure and Frequencies", "ANINF",
              "Agence Nationale des Infrastructures Numériques et des Fréquences"),
    ],
    "GM": [
        entry(CERT, "Gambia Computer Security Incident Response Team", "GM-CSIRT"),
    ],
    "MZ": [
        entry(AGENCY, "National Institute of Information and Communication Technologies", "INTIC",
              "Instituto Nacional de Tecnologias de Informação e Comunicação"),
    ],
    "MW": [
        entry(REGULATOR, "Malawi Communications Regulatory Authority", "MACRA"),
        entry(CERT, "Malawi Computer Emergency Response Team", "mwCERT",
              parent="Malawi Communications Regulatory Authority"),
    ],
    "NA": [
        entry(REGULATOR, "Communications Regulatory Authority of Namibia", "CRAN"),
    ],
    "SD": [
        entry(CERT, "Sudan Computer Emergency Response Team", "Sudan CERT", "SudanCERT"),
    ],
    "SN": [
        entry(REGULATOR, "Telecommunications and Posts Regulatory Authority", "ARTP",
              "Autorité de Régulation des Télécommunications et des Postes"),
        entry(AGENCY, "National School of Cybersecurity with Regional Vocation", "ENVR",
              "École nationale à vocation régionale de cybersécurité",
              "École nationale à vocation régionale",
              desc="Cybersecurity school in Dakar opened in 2018 with French support."),
    ],
    "SZ": [
        entry(REGULATOR, "Eswatini Communications Commission", "ESCCOM"),
    ],
    "TD": [
        entry(AGENCY, "National Agency for IT Security and Electronic Certification", "ANSICE",
              "Agence Nationale de Sécurité Informatique et de Certification Électronique"),
    ],
    "ZW": [
        entry(REGULATOR, "Postal and Telecommunications Regulatory Authority of Zimbabwe", "POTRAZ"),
    ],
    "AO": [
        entry(MINISTRY, "Ministry of Foreign Affairs", "MIREX", "Ministério das Relações Exteriores"),
        entry(REGULATOR, "Angolan Communications Institute", "INACOM", "Instituto Angolano das Comunicações"),
    ],
    "SO": [
        entry(REGULATOR, "National Communications Authority", "NCA"),
    ],
    "CV": [
        entry(AGENCY, "Information Society Operational Nucleus", "NOSi",
              "Núcleo Operacional da Sociedade de Informação"),
    ],
    "LS": [
        entry(REGULATOR, "Lesotho Communications Authority", "LCA"),
    ],
    "NE": [
        entry(AGENCY, "National Agency for the Information Society", "ANSI",
              "Agence Nationale pour la Société de l'Information"),
    ],
    "ML": [
        entry(AGENCY, "Agency for Information and Communication Technologies", "AGETIC",
              "Agence des Technologies de l'Information et de la Communication"),
    ],
    "LR": [
        entry(REGULATOR, "Liberia Telecommunications Authority", "LTA"),
    ],
    "MG": [
        entry(REGULATOR, "Communication Technologies Regulatory Authority", "ARTEC",
              "Autorité de Régulation des Technologies de Communication"),
    ],
    "CD": [
        entry(REGULATOR, "Regulatory Authority for Posts and Telecommunications of Congo", "ARPTC",
              "Autorité de Régulation de la Poste et des Télécommunications du Congo"),
    ],
    "CG": [
        entry(REGULATOR, "Regulatory Agency for Posts and Electronic Communications", "ARPCE",
              "Agence de Régulation des Postes et des Communications Électroniques"),
    ],
}
# fmt: on
