"""Sub-Saharan Africa (North Africa is with the Middle East)."""

from cooperation.agency_data import (
    AGENCY,
    CERT,
    MINISTRY,
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
    ],
    "KE": [
        entry(REGULATOR, "Communications Authority of Kenya", "CA"),
        entry(CERT, "National Kenya Computer Incident Response Team Coordination Centre", "KE-CIRT/CC",
              "National KE-CIRT/CC", parent="Communications Authority of Kenya"),
        entry(AGENCY, "National Computer and Cybercrimes Coordination Committee", "NC4"),
        entry(MINISTRY, "Ministry of Information, Communications and the Digital Economy", "MICDE"),
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
        entry(AGENCY, "Cyber Security Authority", "CSA", "Cyber Security Authority Ghana"),
        entry(CERT, "Ghana Computer Emergency Response Team", "CERT-GH", parent="Cyber Security Authority"),
        entry(MINISTRY, "Ministry of Communications and Digitalisation", "MoCD"),
    ],
    "RW": [
        entry(AGENCY, "National Cyber Security Authority", "NCSA"),
        entry(CERT, "Rwanda Computer Security Incident Response Team", "Rw-CSIRT",
              parent="National Cyber Security Authority"),
    ],
    "ET": [
        entry(AGENCY, "Information Network Security Administration", "INSA",
              "የኢንፎርሜሽን መረብ ደህንነት አስተዳደር", "Information Network Security Agency"),
        entry(CERT, "Ethiopian Computer Emergency Response Team", "Ethio-CERT",
              parent="Information Network Security Administration"),
    ],
    "CI": [
        entry(REGULATOR, "Telecommunications/ICT Regulatory Authority of Côte d'Ivoire", "ARTCI",
              "Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire"),
        entry(CERT, "CI-CERT", "", "Côte d'Ivoire Computer Emergency Response Team",
              parent="Telecommunications/ICT Regulatory Authority of Côte d'Ivoire"),
        entry(AGENCY, "Platform for the Fight against Cybercrime", "PLCC",
              "Plateforme de Lutte Contre la Cybercriminalité"),
    ],
    "CM": [
        entry(AGENCY, "National Agency for Information and Communication Technologies", "ANTIC",
              "Agence Nationale des Technologies de l'Information et de la Communication"),
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
    ],
    "UG": [
        entry(REGULATOR, "Uganda Communications Commission", "UCC"),
        entry(CERT, "Uganda Computer Emergency Response Team", "UG-CERT",
              parent="Uganda Communications Commission"),
        entry(AGENCY, "National Information Technology Authority Uganda", "NITA-U"),
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
}
# fmt: on
