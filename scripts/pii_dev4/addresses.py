"""Registry of per-country personal address formatters."""

from .addr_africa import AFRICA
from .addr_americas import AMERICAS
from .addr_asia import ASIA
from .addr_europe import EUROPE_W
from .addr_europe_e import EUROPE_E

FORMATTERS = {}
for _part in (EUROPE_W, EUROPE_E, ASIA, AFRICA, AMERICAS):
    FORMATTERS.update(_part)
COUNTRIES = sorted(FORMATTERS)
# where people from elsewhere often live (diaspora destinations)
DIASPORA = ["GB", "US", "CA", "AU", "DE", "FR", "NL", "IE", "ES", "IT", "BE", "NZ", "AT", "CH"]


def make_addr(rng, cc):
    return FORMATTERS[cc](rng)
