"""Australia, New Zealand and the Pacific."""

from cooperation.agency_data import (
    AGENCY,
    CERT,
    MINISTRY,
    NGO,
    OTHER,
    UNIVERSITY,
    entry,
)

# fmt: off
AGENCIES = {
    None: [
        entry(OTHER, "Pacific Cyber Security Operational Network", "PaCSON"),
    ],
    "AU": [
        entry(MINISTRY, "Department of Defence", "", "Australian Department of Defence"),
        entry(AGENCY, "Australian Signals Directorate", "ASD", parent="Department of Defence",
              website="https://www.asd.gov.au"),
        entry(AGENCY, "Australian Cyber Security Centre", "ACSC", "ASD's ACSC",
              parent="Australian Signals Directorate", website="https://www.cyber.gov.au"),
        entry(MINISTRY, "Department of Foreign Affairs and Trade", "DFAT",
              "Departemen Luar Negeri dan Perdagangan Australia"),
        entry(MINISTRY, "Department of Home Affairs", "", "Home Affairs"),
        entry(AGENCY, "National Office of Cyber Security", "NOCS", "National Cyber Security Coordinator",
              parent="Department of Home Affairs"),
        entry(AGENCY, "Australian Federal Police", "AFP"),
        entry(UNIVERSITY, "Commonwealth Scientific and Industrial Research Organisation", "CSIRO"),
        entry(UNIVERSITY, "Data61", "", "CSIRO's Data61",
              parent="Commonwealth Scientific and Industrial Research Organisation"),
        entry(MINISTRY, "Attorney-General's Department", "AGD"),
        entry(NGO, "Australian Strategic Policy Institute", "ASPI"),
    ],
    "NZ": [
        entry(AGENCY, "Government Communications Security Bureau", "GCSB",
              "Te Tira Tiaki"),
        entry(AGENCY, "National Cyber Security Centre", "NCSC", "NCSC NZ", "CERT NZ",
              parent="Government Communications Security Bureau",
              desc="CERT NZ was merged into the NCSC in 2024."),
        entry(MINISTRY, "Ministry of Foreign Affairs and Trade", "MFAT", "Manatū Aorere"),
    ],
    "PG": [
        entry(MINISTRY, "Department of Information and Communications Technology", "DICT"),
        entry(CERT, "PNG Computer Emergency Response Team", "PNGCERT", "CERT PNG"),
        entry(MINISTRY, "Department of Foreign Affairs", "DFA"),
    ],
    "TO": [
        entry(CERT, "CERT Tonga", "", "Tonga National CERT"),
    ],
    "VU": [
        entry(CERT, "CERT Vanuatu", "", "CERTVU"),
    ],
    "FJ": [
        entry(MINISTRY, "Ministry of Foreign Affairs", ""),
    ],
    "WS": [
        entry(CERT, "Samoa Computer Emergency Response Team", "SamCERT"),
    ],
}
# fmt: on
