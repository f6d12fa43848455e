"""Places that identify nobody: countries and continents, kept under every preset (HIPAA Safe Harbor too).

Safe Harbor lists "all geographic subdivisions smaller than a state" as identifiers; a country is none, and
"shipped from Germany" or "a Bank of America card" tells nothing about who a person is. The names come from
`pycountry` (ISO 3166: short, common and official names) with the customary short forms ISO leaves out.
"""

from __future__ import annotations

import functools
import re

# What people write that ISO 3166 does not spell that way.
_CUSTOMARY = [
    "usa",
    "us",
    "u.s.",
    "u.s.a.",
    "america",
    "united states of america",
    "uk",
    "u.k.",
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "holland",
    "russia",
    "south korea",
    "north korea",
    "korea",
    "iran",
    "syria",
    "vietnam",
    "laos",
    "bolivia",
    "venezuela",
    "tanzania",
    "moldova",
    "taiwan",
    "palestine",
    "czech republic",
    "czechia",
    "turkey",
    "uae",
    "the uae",
    "ivory coast",
    "congo",
    "drc",
    "macedonia",
    "burma",
    "the philippines",
    "the netherlands",
    "the gambia",
    "the bahamas",
    "the us",
    "the uk",
    "the usa",
    "europe",
    "asia",
    "africa",
    "north america",
    "south america",
    "latin america",
    "oceania",
    "antarctica",
    "the middle east",
    "middle east",
    "the eu",
    "eu",
    "european union",
    "scandinavia",
    "the caribbean",
    "caribbean",
]


@functools.cache
def countries() -> frozenset[str]:
    """Country and continent names, case-folded."""
    import pycountry

    names = set(_CUSTOMARY)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value.casefold())
                if ", " in value:  # "Korea, Republic of" is written "Republic of Korea"
                    head, tail = value.split(", ", 1)
                    names.add(f"{tail} {head}".casefold())
    return frozenset(names)


def a_country(value: str) -> bool:
    """Whether `value` names a country or a continent ("Germany", "the UK", "U.S.", "South America")."""
    folded = re.sub(r"\s+", " ", value.strip(" ,;:'\u2019").casefold())
    return folded in countries() or folded.removeprefix("the ") in countries()
