"""No-PII records: business addresses, place and brand names, reference numbers, role words."""

from .address import COUNTRIES, FORMATS, flat_text
from .names import CULTURES
from .segments import P

PLACES = [
    "the Abbey Road Studios tour",
    "the Baker Street branch",
    "Heathrow Terminal 5",
    "Gare de Lyon",
    "Shinjuku Station",
    "Plaza de Mayo",
    "Alexanderplatz",
    "Piazza San Marco",
    "Wenceslas Square",
    "Kossuth Lajos tér metro stop",
    "Schiphol Plaza",
    "Changi Airport T3",
    "the Marina Bay Sands car park",
    "Sandton City mall",
    "JFK Terminal 4",
    "the Oxford Street store",
    "Jomo Kenyatta Airport cargo gate",
    "Dubai Mall valet",
    "Avenida Paulista flagship store",
]
BRAND_TAILS = [
    "Logistik GmbH",
    "& Sons Removals",
    "Motors Ltd",
    "Veterinary Supplies",
    "Transportes S.A.",
    "Telecom BV",
    "Haulage",
    "Pharma AG",
    "Brothers Towing",
    "Cleaning Services",
]
ROLES = [
    "the tenant",
    "the owner",
    "the driver",
    "the resident",
    "the caller",
    "the landlord",
    "the keyholder",
    "the patient",
]
REGS = [
    "Reg. (EU) 2016/679 Art. 6(1)(b)",
    "Road Traffic Act 1988 s.41",
    "§ 14 StVO",
    "ISO 9001 clause 8.5",
    "Highways Act 1980 s.184",
    "Directive 2010/63/EU",
    "Article L.2213-1 CGCT",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def brand(r):
    """An organisation named after a surname."""
    culture = r.choice(sorted(CULTURES))
    last = r.choice([s for s in CULTURES[culture][2].split("|") if s])
    return f"{last} {r.choice(BRAND_TAILS)}"


def depot(r):
    """A company depot/office line with its business address."""
    country = r.choice(COUNTRIES)
    text = flat_text(FORMATS[country](r))
    kind = r.choice(["depot", "office", "warehouse", "branch", "workshop", "service centre"])
    return f"our {kind} at {text}"


def fact(r, ind):
    """One look-alike sentence."""
    n = r.randint(100000, 999999)
    choices = [
        f"Tracking {ind['code']}{n}GB rerouted via {depot(r)}.",
        f"Group booking for {r.choice(PLACES)} moved to {r.randint(1, 28)} {r.choice(MONTHS)} 2026.",
        f"Invoice INV-2026-{n % 100000:05d} for EUR {r.randint(40, 4000)}.{r.randint(0, 99):02d} sent to {brand(r)}.",
        f"Fleet van {r.choice(['VAN', 'TRK', 'FV'])}-{r.randint(100, 999)} back from service at {depot(r)}.",
        f"{r.choice(ROLES).capitalize()} asked about {ind['visit']} times; told {r.choice(ROLES)} to call the hotline.",
        f"Ticket #{n} closed under {r.choice(REGS)}.",
        f"Stock for {ind['company']} moved from {depot(r)} to {depot(r)}.",
        f"Pickup point changed to {r.choice(PLACES)}; {r.choice(ROLES)} informed.",
        f"Order {n} for {brand(r)} delivered on {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026, SLA met.",
    ]
    return r.choice(choices)


def negative(c, style):
    """Segments of a no-PII note in the record's style (style is 0-based)."""
    r, ind = c.rng, c.ind
    facts = [fact(r, ind) for _ in range(r.randint(2, 3))]
    if style == 2:
        sep = r.choice([",", "|", "\t", ";"])
        rows = [sep.join(["ref", "site", "note"])]
        rows += [
            sep.join([f"{ind['code']}-{r.randint(1000, 9999)}", f'"{f}"' if sep == "," else f, "ok"]) for f in facts
        ]
        return [P("\n".join(rows))]
    if style == 3:
        body = " ".join(facts)
        sign = f"{ind['company']} Operations\ninfo@{ind['key']}.example"
        text = f"Dear Customer Services team,\n\n{body}\n\nKind regards,\n{sign}"
        return [P(text)]
    if style == 4:
        who = ["Dispatch", "Depot bot", "Ops desk"]
        return [
            P("\n".join(f"[{r.randint(6, 21):02d}:{r.randint(10, 59)}] {r.choice(who)}: {f.lower()}" for f in facts))
        ]
    if style == 6:
        lines = ["AGENT: " + ind["company"] + ", how can I help?", "CALLER: " + facts[0], "AGENT: noted. " + facts[1]]
        return [P("\n".join(lines))]
    if style == 7:
        return [P("{" + ", ".join(f'"note{k + 1}": "{f}"' for k, f in enumerate(facts)) + "}")]
    if style == 1:
        return [P("\n".join(f"2026-03-{r.randint(10, 28)} {ind['code']} {f}" for f in facts))]
    return [P(" ".join(facts))]
