"""Hand-curated country data that no maintained package ships: name variants the
news uses, demonyms, capitals, and the names that are also ordinary words.

``manage.py build_countries`` merges these tables with pycountry (codes, official
names) and CLDR through Babel (names in every language, regions) into
``fixtures/countries.json``. Edit the tables here, never the fixture, then rebuild.

The extraction should import ``AMBIGUOUS_NAMES`` to decide which matches need
support from the context before they count, and ``COMPOUND_FORMS`` for the
one-character country forms of compounds such as 日米 or 한미일.
"""

from cooperation.country_data.ambiguous import AMBIGUOUS_NAMES
from cooperation.country_data.capitals import CAPITALS
from cooperation.country_data.compounds import COMPOUND_FORMS
from cooperation.country_data.demonyms import DEMONYMS
from cooperation.country_data.english import ENGLISH
from cooperation.country_data.inflect import inflect
from cooperation.country_data.names import DISPLAY_NAMES, NAMES, SPELLINGS

__all__ = [
    "AMBIGUOUS_NAMES",
    "CAPITALS",
    "COMPOUND_FORMS",
    "DEMONYMS",
    "DISPLAY_NAMES",
    "ENGLISH",
    "NAMES",
    "SPELLINGS",
    "inflect",
]
