"""Postal addresses in the local format of 19 countries, split into annotated parts.

Each generator returns an ``Address``: a list of lines, each line a list of
``(text, kind)`` pairs where ``kind`` is None for separators.  Kinds:
street_address, unit, building, po_box, rural_route, landmark, city (also
suburb / ward / colonia / bairro), region, postal_code.
"""

from .addr_africa_asia import in_, jp, kr, ng, za
from .addr_americas import au, br, ca, mx, nz, us
from .addr_common import Address
from .addr_europe import de, es, fr, gb, ie, it, nl, pl

__all__ = ["GEN", "Address", "make"]


GEN = {
    "US": us,
    "GB": gb,
    "CA": ca,
    "AU": au,
    "NZ": nz,
    "DE": de,
    "FR": fr,
    "NL": nl,
    "ES": es,
    "IT": it,
    "PL": pl,
    "BR": br,
    "IN": in_,
    "JP": jp,
    "KR": kr,
    "MX": mx,
    "IE": ie,
    "NG": ng,
    "ZA": za,
}


def make(rng, country):
    return GEN[country](rng)
