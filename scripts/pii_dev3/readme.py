"""Writes PII_DEV3.md: authorship, layout, styles, rules, counts and determinism."""

from collections import Counter

from .builder import STYLE_NAMES, TOTAL
from .industries import INDUSTRIES

HEAD = """# PII_DEV3: blind synthetic evaluation set

Written by an AI assistant helper session, started by a project session, working **blind** to the anonymizer:
it did not open the anonymizer code, its tests, docs, benchmarks or any other data file or generator. Everything
here comes from hand-written name lists and address formats in `scripts/pii_dev3/`, using the Python standard
library only (no Faker, no name packages, no downloads). Regenerate with `python3 scripts/make_pii_dev3.py`;
verify with `python3 scripts/make_pii_dev3.py --check`.

## Record layout

One JSON object per line (`json.dumps(obj, ensure_ascii=False, sort_keys=True)`), keys `industry`, `record`
(`dev3-0001` .. `dev3-{total:04d}`), `spans`, `style`, `text`. Each span has `type`, `start`, `end` (Python code-point
offsets into `text`, end exclusive), `kind`; PERSON spans add `id` (`p1`, `p2`, ... by first mention in the
record, shared by all mentions of one person) and `culture`; LOCATION spans add `country` (ISO 3166 alpha-2).

## Styles and industries

Record i (0-based) has style `i % 8` and industry `(i // 8 + i) % 8`; each style and each industry has 50 records.
Styles: {styles}.
Industries: {industries}.

Style notes: shorthand is lower case (most name/address spans too); caps_log is upper case with diacritics stripped
in about half the records; table uses comma (quoted fields, quotes outside spans), pipe, tab or semicolon with a
header row; letter has a multi-line recipient address, "Dear <title> <surname>" and a staff sign-off with a direct
line; chat is lower case with typos in plain words only; handover names relatives, neighbours, landlords, GPs,
social workers; transcript spells surnames letter by letter, says house numbers in words and spells postcodes out;
form is key=value, a JSON fragment or an SMS body.

## Annotation rules

- Every record with `i % 5 == 4` has **no PII** and no spans: only look-alikes (company depots/offices/warehouses
  with their business addresses, landmarks, airports, stations, brand names built from surnames, fleet numbers,
  tracking/invoice/ticket numbers, business dates, amounts, regulation references, role words).
- LOCATION: personal addresses only, one span per component; kinds street_address, unit, building, po_box,
  landmark, district, city, region, postal_code. Separating punctuation, "CEP", "C.P." and the 〒 mark lie outside.
  Country names are never annotated; business addresses never.
- PERSON: every natural person (customers, relatives, neighbours, landlords, GPs, staff, staff initials, chat
  display names). Titles (Mr, Mrs, Dr, Herr, Sra., Mme ...) lie outside. Kinds: full_name, first_name, last_name,
  nickname, initials, spelled_name. Pets are not persons.
- DATE_TIME: dates of birth only. PHONE_NUMBER (customers and staff direct lines), EMAIL_ADDRESS (personal),
  ACCOUNT_NUMBER (customer numbers), ID (national ids, private licence plates), IBAN_CODE (valid mod-97),
  CREDIT_CARD (valid Luhn).
- Texts are built from plain and annotated segments; case, diacritics stripping and typos are applied per
  segment before offsets are computed, so offsets are exact by construction and re-checked by `--check`.

## Determinism

Record i uses `random.Random(f"pii-dev3-2026-{{i}}")`; no set is iterated and nothing depends on PYTHONHASHSEED,
so the output is byte-identical on every run.
"""


def table(title, counter):
    """A markdown count table."""
    rows = [f"### {title}", "", "| value | spans |", "|---|---|"]
    rows += [f"| {key} | {val} |" for key, val in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows) + "\n"


def render(records):
    """The full markdown text."""
    spans = [sp for rec in records for sp in rec["spans"]]
    by_type = Counter(sp["type"] for sp in spans)
    countries = Counter(sp["country"] for sp in spans if sp["type"] == "LOCATION")
    cultures = Counter(sp["culture"] for sp in spans if sp["type"] == "PERSON")
    kinds = Counter(sp["kind"] for sp in spans if sp["type"] == "LOCATION")
    empty = sum(1 for rec in records if not rec["spans"])
    head = HEAD.format(total=TOTAL, styles=", ".join(STYLE_NAMES), industries=", ".join(i["key"] for i in INDUSTRIES))
    summary = (
        f"## Counts\n\n{len(records)} records, {empty} without spans, {len(spans)} spans; "
        f"{len(countries)} countries, {len(cultures)} cultures.\n\n"
    )
    parts = [
        table("Spans per type", by_type),
        table("LOCATION spans per kind", kinds),
        table("LOCATION spans per country", countries),
        table("PERSON spans per culture", cultures),
    ]
    return head + "\n" + summary + "\n".join(parts)
