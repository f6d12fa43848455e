"""Country registry, matching cultures, and rendering of addresses into segments."""

from . import addr_americas, addr_asia, addr_europe
from .segments import A, P

FORMATS = {**addr_europe.FORMATS, **addr_americas.FORMATS, **addr_asia.FORMATS}
COUNTRIES = sorted(FORMATS)
CULTURES_OF = {
    "JP": "japanese",
    "KR": "korean",
    "CN": "chinese",
    "IN": "hindi|tamil|bengali",
    "PK": "pakistani",
    "BD": "bengali",
    "PH": "filipino",
    "ID": "indonesian",
    "VN": "vietnamese",
    "TH": "thai",
    "MY": "malay|chinese|tamil",
    "TR": "turkish",
    "ZA": "zulu|afrikaans|english",
    "NG": "yoruba|igbo",
    "KE": "kikuyu",
    "EG": "egyptian",
    "AE": "arabic_gulf|hindi|persian",
    "SA": "arabic_gulf|egyptian",
    "DE": "german|turkish",
    "AT": "austrian",
    "CH": "swiss|italian",
    "NL": "dutch",
    "BE": "flemish|french",
    "FR": "french",
    "IT": "italian",
    "ES": "spanish|catalan",
    "PT": "portuguese",
    "PL": "polish",
    "CZ": "czech",
    "HU": "hungarian",
    "RO": "romanian",
    "GR": "greek",
    "RU": "russian",
    "UA": "ukrainian",
    "SE": "swedish",
    "NO": "norwegian",
    "DK": "danish",
    "FI": "finnish",
    "GB": "english|scottish|pakistani|igbo",
    "IE": "irish",
    "US": "american|mexican|korean|hebrew",
    "CA": "french|english|chinese",
    "AU": "english|greek|vietnamese",
    "NZ": "english|scottish",
    "BR": "brazilian",
    "MX": "mexican",
    "AR": "argentine|italian",
    "CL": "chilean",
    "CO": "colombian",
    "PE": "peruvian",
}


def make_address(rng, country):
    """Lines of tokens for one personal address."""
    fmt = FORMATS[country]
    extra = addr_asia.EXTRA.get(country)
    if extra and rng.random() < 0.5:
        fmt = extra
    return fmt(rng)


def token_segs(tokens, country):
    """Tokens of one line into segments."""
    out = []
    for tok in tokens:
        if isinstance(tok, str):
            out.append(P(tok))
        else:
            out.append(A(tok[0], "LOCATION", tok[1], country=country))
    return out


def render(lines, country, sep=", ", indent=""):
    """Render all lines joined by sep (use '\\n' for multi-line)."""
    segs = []
    for k, line in enumerate(lines):
        if k:
            segs.append(P(sep + indent if sep == "\n" else sep))
        segs.extend(token_segs(line, country))
    return segs


def flat_text(lines):
    """A plain one-line string (for business addresses, never annotated)."""
    return ", ".join(text for text, kind in components(lines) if kind not in ("unit", "building", "po_box"))


def components(lines):
    """All (text, kind) tokens of an address."""
    return [t for line in lines for t in line if not isinstance(t, str)]


def partial(rng, lines, country):
    """A partial mention: one or two components with a lead phrase."""
    comps = components(lines)
    cities = [c for c in comps if c[1] in ("city", "district")]
    streets = [c for c in comps if c[1] == "street_address"]
    if streets and rng.random() < 0.5:
        lead = rng.choice(["the flat on ", "the house at ", "the place on ", "the old address on ", "the one on "])
        return [P(lead), A(streets[0][0], "LOCATION", "street_address", country=country)]
    tok = (cities or comps)[0]
    lead = rng.choice(["moved to ", "now living in ", "relocating to ", "moving back to "])
    return [P(lead), A(tok[0], "LOCATION", tok[1], country=country)]
