"""Registry of address formats (58 countries) and country choice."""

from . import geo_afam, geo_asia, geo_eu

FUNCS = {}
FUNCS.update(geo_eu.FUNCS)
FUNCS.update(geo_asia.FUNCS)
FUNCS.update(geo_afam.FUNCS)
ORDER = sorted(FUNCS)


def pick_country(rng, cul):
    homes = [h for h in cul["homes"] if h in FUNCS]
    if homes and rng.random() < 0.5:
        return rng.choice(homes)
    return rng.choice(ORDER)


def make_address(rng, cc):
    return FUNCS[cc](rng)
