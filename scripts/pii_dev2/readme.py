"""The provenance note PII_DEV2.md, written from the generated records so its counts are always current."""

from __future__ import annotations

from collections import Counter

from .addresses import COUNTRIES
from .build import N_RECORDS, SEED, STYLES
from .people import CULTURE_NAMES

INTRO = """# pii_dev2 - synthetic, annotated PII evaluation notes (second independent set)

`pii_dev2.jsonl` holds {n} synthetic free-text notes with character-exact PII spans. It is written by
`scripts/make_pii_dev2.py` (package `scripts/pii_dev2/`); `python3 scripts/make_pii_dev2.py --check` confirms
that the file on disk equals the generator's output and that every span is valid.

## Who wrote it and how

- Written by an AI assistant (Claude) working as an independent helper session, from general knowledge of how
  operational notes look in the chosen industries. The author did not read the project's anonymizer, its other
  generators, tests, docs or benchmark data, did not open any other JSONL file, and never ran the anonymizer on
  this text, so the content is not tuned to what any detector finds easy or hard.
- Python standard library only. No Faker, no name packages, no downloads: every name list, street list, town table,
  phone pattern, identifier format and template sentence is hand-written in `scripts/pii_dev2/`.
- Deterministic: seed string `{seed}`; record *i* (0-based) uses `random.Random(f"{seed}-{{i}}")`; no set is
  iterated; lines are `json.dumps(obj, ensure_ascii=False, sort_keys=True)`. Output bytes do not depend on
  `PYTHONHASHSEED`.
- Every text is built from a list of segments (plain or annotated). Style transforms (capitals, lower case,
  diacritics stripped, typos in plain words only) are applied per segment before offsets are computed, so offsets
  are exact by construction.

## Record layout

`{{"industry", "record", "spans", "style", "text"}}`; `record` runs `dev2-0001` ... `dev2-{n:04d}`. Spans are
sorted, non-overlapping, with `start`/`end` in Python code points and no outer whitespace. PERSON spans carry `id`
(`p1`, `p2` ... in order of first mention; all mentions of one person share it) and `culture` (the hand-written
list the name came from); LOCATION spans carry `country` (ISO 3166 alpha-2).

Record *i* has style `i % 8` and industry `(i // 8 + i) % 8`, so each style and each industry has 50 records and
every pairing occurs. **Every record with `i % 5 == 4` (dev2-0005, dev2-0010, ...) contains no PII at all**, only
look-alikes: business dates and times, amounts in many currencies, job/order/ticket/invoice/booking/flight numbers,
product names and codes, versions such as `4.12.3.17`, rooms, gates and bays, statute and regulation references,
organisation and brand names (some made of surnames, e.g. "Moss & Daughters Chemist", "Marsh & Reid", "Ted Baker"),
role words ("the tenant", "pax", "the DSL"), the organisation's own website, office address, switchboard and
generic mailboxes (info@, noreply@), pet names.

## Styles

1. `shorthand` - case notes: c/o, w/, re:, f/u, LVM, NFA, TC'd, spk to, pt/cl/cust, sign-offs such as "— JK" or
   "/mk", mostly lower case, names in lower case or as surname only.
2. `caps_log` - ALL-CAPS mainframe/dispatch lines with timestamps, status codes, SURNAME, GIVEN, capitalised
   addresses and operator initials; diacritics stripped in about half.
3. `table` - pasted CSV, pipe, markdown, tab or semicolon tables, usually with a header row; quoted cells when a
   value contains the delimiter (quotes are outside the span).
4. `letter` - letterhead (not PII), recipient name and multi-line home address, Our ref / Your ref, Dear Mr X,
   staff sign-off with direct line and e-mail.
5. `chat` - WhatsApp/Teams/Slack style, display names as speaker labels, first names and nicknames, typos.
6. `narrative` - handover notes in normal case naming relatives, neighbours, landlords, GPs, interpreters, advisers.
7. `voicemail` - voicemail and call transcriptions: numbers, dates of birth and e-mails spoken as words, surnames
   spelled out ("K-O-W-A-L-S-K-I"), house numbers said as words.
8. `audit` - system notifications and audit trails: key=value pairs, JSON fragments, SMS bodies, free text.

Industries: water/utility field service, pharmacy dispensing, immigration/visa casework, debt collection, property
management/lettings, airline customer care, school safeguarding/pastoral notes, pension administration.

## Annotation rules

- PERSON: every natural person - customers, relatives, neighbours, third parties, staff (also staff initials
  used as sign-offs or operator codes, kind `initials`). Titles (Mr, Mrs, Dr, U, Daw, Encik, Puan) and the
  possessive ending ('s) are outside the span. Kinds: `full_name`, `given_name`, `surname`, `surname_given`
  ("NOWAK, JAN" or "Nagy Gábor" - one span), `initial_surname`, `given_initial`, `initials`, `nickname`, `spelled`.
  Malay names keep bin/binti inside a full name; Burmese names have no surname and are always whole.
  Pet names, product names and organisation names are never PERSON.
- LOCATION: personal addresses only (home, forwarding, delivery, mailing), one span per component: `street_address`
  (number and street, or a Pakistani/Sri Lankan/Malaysian house-street-sector line as written), `unit`,
  `building`, `po_box`, `landmark` (the whole phrase, e.g. "behind the Bodhiraja temple"), `city` (also
  districts such as "Dublin 8", "Kingston 6", "Colombo 06"), `region`, `postal_code`. Offices, depots, airports,
  schools and suppliers are not annotated.
- DATE_TIME: dates of birth only (`dob`, `dob_spoken`). All other dates and times are look-alikes.
- PHONE_NUMBER (`mobile`, `landline`, `phone`, `direct_line` for staff, `spoken`), EMAIL_ADDRESS (`personal`,
  `staff`, `spoken`), IP_ADDRESS (`ipv4`, `ipv6`, the customer's), URL (`profile`). The organisation's switchboard,
  website and generic mailboxes are not annotated.
- Identifiers: ID (national ids by scheme, `passport`, `visa`, `residence_permit`, `driver_licence`,
  `vehicle_plate` of private cars, `pupil_id`, `employee_id`, `case_ref` of a person, `username`), US_SSN,
  ACCOUNT_NUMBER (`account_number`, `customer_number`, `tenancy_ref`, `member_number`, `loyalty`, `bank_account`,
  and `sort_code` when written with the account), IBAN_CODE, CREDIT_CARD (`card_full`, `card_masked` - the
  visible token only: "4471" in "card ending 4471", the whole "**** 4471"), MRN (`nhs_number`, `chi_number`,
  `hospital_number`, `prescription_number`), POLICY_NUMBER, CLAIM_ID. Job, ticket, booking/PNR, voucher, bag
  tag, invoice and payment references are look-alikes.
- Check digits are real where the scheme is public: Luhn (cards), ISO 13616 mod-97 (IBAN), PESEL, Swedish
  personnummer (Luhn), Norwegian fodselsnummer (two mod-11 digits), Czech/Slovak rodne cislo (mod 11), Italian
  codice fiscale (check letter), Portuguese NIF, Turkish TC kimlik, Singapore NRIC letter, NHS and CHI numbers
  (mod 11), UK UPN check letter; DOB-bearing ids (PESEL, personnummer, fodselsnummer, rodne cislo, codice fiscale,
  CHI, MyKad, Sri Lankan NIC, DVLA licence) agree with the person's date of birth and sex.
"""

LIMITS = """
## Known limits

- Names are drawn independently within a culture list, so given name and surname combinations are plausible but
  random; relatives share a surname (with the right gendered form) only for family relations, most of the time.
- Addresses are plausible in form, not real: house numbers, streets and postcodes are combined at random within a
  town, so a postcode need not match its street. Phone numbers follow national patterns without checking that a
  range is allocated. Identifier formats without a public check rule (Kenyan ID, CNIC, MyKad, passports, visas,
  BRPs, plates) are format-only.
- Some spans are debatable by design and follow the rules above: staff initials as PERSON, the sort code as
  ACCOUNT_NUMBER, landmark phrases including their preposition, case references as ID while booking/job numbers
  are not.
- A name that is also an ordinary word (Hope, Faith, Will, Rose, Frank, Young, Little, Short, King, Day, Best,
  Page) is annotated only where it names a person; the same word elsewhere in the text is not.
- Chat typos only touch plain words; annotated values are never misspelled (they may be lower-cased or have their
  diacritics stripped).
- The texts are template-based: within one industry and style, sentences repeat with different fillers.
"""


def _table(title: str, counter: Counter, key_name: str) -> str:
    rows = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"### {title}", "", f"| {key_name} | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def render_md(st: dict[str, Counter]) -> str:
    misc = st["misc"]
    out = [INTRO.format(n=N_RECORDS, seed=SEED), "## Counts", ""]
    out.append(
        f"{misc['records']} records, {misc['spans']} spans, {misc['records_without_pii']} records without PII. "
        f"Of the records with PII, {misc['records_2plus_persons']} name two or more distinct people, "
        f"{misc['records_3plus_persons']} name three or more, and {misc['records_with_location']} contain at least "
        f"one address component. {misc['distinct_persons']} distinct people in all.\n"
    )
    out.append(_table("Records by style", Counter({k: st["style"][k] for k, _ in STYLES}), "style"))
    out.append(_table("Records by industry", st["industry"], "industry"))
    out.append(_table("Spans by type", st["type"], "type"))
    out.append(_table("Spans by type/kind", st["kind"], "type/kind"))
    out.append(_table("PERSON spans by culture", st["culture"], "culture"))
    out.append(_table("LOCATION spans by country", st["country"], "country"))
    out.append(f"Name lists: {len(CULTURE_NAMES)} cultures ({', '.join(CULTURE_NAMES)}).\n")
    out.append(f"Address formats: {len(COUNTRIES)} countries ({', '.join(COUNTRIES)}).\n")
    return "\n".join(out) + LIMITS
