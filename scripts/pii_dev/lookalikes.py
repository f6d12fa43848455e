"""Things that look like PII but are not annotated: business dates, amounts, product and
organisation names that contain person or place names, codes, refs, headings."""

import datetime as dt

from .id_format import MONTHS, fmt_date, r
from .lookalike_lists import APPLIANCES, BRANDS, DEPTS, FOOD_DRINK, ICD, JOBS, ORGS, PRODUCTS, STATUTES

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

CURRENCY = {
    "US": ["${:,.2f}", "USD {:,.2f}", "$ {:,.0f}"],
    "CA": ["C${:,.2f}", "${:,.2f} CAD"],
    "GB": ["£{:,.2f}", "GBP {:,.2f}"],
    "IE": ["€{:,.2f}", "EUR {:,.2f}"],
    "AU": ["A${:,.2f}", "${:,.2f}"],
    "NZ": ["NZ${:,.2f}"],
    "DE": ["{:,.2f} €", "EUR {:,.2f}"],
    "FR": ["{:,.2f} €"],
    "NL": ["€ {:,.2f}"],
    "ES": ["{:,.2f} €"],
    "IT": ["€ {:,.2f}"],
    "PL": ["{:,.2f} zł", "PLN {:,.2f}"],
    "BR": ["R$ {:,.2f}"],
    "MX": ["${:,.2f} MXN", "MXN {:,.2f}"],
    "IN": ["₹{:,.0f}", "Rs. {:,.2f}", "INR {:,.0f}"],
    "JP": ["¥{:,.0f}", "{:,.0f}円"],
    "KR": ["₩{:,.0f}", "{:,.0f}원"],
    "NG": ["₦{:,.2f}", "NGN {:,.0f}"],
    "ZA": ["R {:,.2f}", "ZAR {:,.2f}"],
}
EURO_STYLE = {"DE", "FR", "NL", "ES", "IT", "PL", "BR"}
SCALE = {"JP": 150, "KR": 1300, "IN": 80, "NG": 1400, "ZA": 18, "MX": 17, "BR": 5, "PL": 4}


def amount(rng, country):
    x = rng.random()
    v = (
        rng.uniform(3, 95) if x < 0.65 else rng.uniform(100, 950) if x < 0.93 else rng.uniform(1000, 14000)
    ) * SCALE.get(country, 1)
    s = rng.choice(CURRENCY.get(country, CURRENCY["US"])).format(v)
    if country in EURO_STYLE and "." in s:
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def bizdate(rng, country):
    d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(-400, 560))
    x = rng.random()
    if x < 0.15:
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    if x < 0.25:
        return f"{MONTHS[d.month - 1]} {d.day}"
    return fmt_date(d, rng, us=country in ("US", "CA"))


def make(name, rng, country):
    if name == "date":
        return bizdate(rng, country)
    if name == "time":
        h, m = rng.randint(7, 19), rng.choice([0, 5, 12, 15, 20, 30, 42, 45, 50, 58])
        return rng.choice(
            [
                f"{h:02d}:{m:02d}",
                f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}",
                f"{h:02d}{m:02d}",
                f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}",
            ]
        )
    if name == "dt":
        return f"{bizdate(rng, country)} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    if name == "wday":
        return rng.choice(WEEKDAYS)
    if name == "month":
        return rng.choice(MONTHS)
    if name == "amount":
        return amount(rng, country)
    if name == "salary":
        v = rng.randrange(18, 140) * 1000 * SCALE.get(country, 1)
        s = rng.choice(CURRENCY.get(country, CURRENCY["US"])).format(v).replace(".00", "")
        return s.replace(",", ".") if country in EURO_STYLE else s
    if name == "window":
        return rng.choice(["8am and 12pm", "9:00 and 13:00", "12 and 4pm", "1pm and 5pm", "7:30 and 11:30"])
    if name == "product":
        return rng.choice(PRODUCTS)
    if name == "brand":
        return rng.choice(BRANDS)
    if name == "appliance":
        return rng.choice(APPLIANCES)
    if name == "treat":
        return rng.choice(FOOD_DRINK)
    if name == "org":
        return rng.choice(ORGS)
    if name == "dept":
        return rng.choice(DEPTS)
    if name == "job":
        return rng.choice(JOBS)
    if name == "icd":
        return rng.choice(ICD)
    if name == "cpt":
        return rng.choice(["99213", "99284", "93000", "J1100", "36415", "99238"])
    if name == "statute":
        return rng.choice(STATUTES)
    if name == "sku":
        return r(
            rng, rng.choice(["SKU ####-@@@-XL", "@@-####-##", "B0#@@#@#@#", "#@@-###-##", "WH-1000XM#", "ART-#####"])
        )
    if name == "order":
        return r(
            rng, rng.choice(["#######", "ORD-2024-######", "PO 45########", "INV-00####", "2024####-##", "SO-#####"])
        )
    if name == "ticket":
        return r(rng, rng.choice(["INC00#####", "#####", "SR-######", "TKT-####-@@", "REQ#######"]))
    if name == "tracking":
        return r(rng, rng.choice(["1Z###@@##########", "JD0146000########", "RR#########GB", "TBA############"]))
    if name == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "flight":
        return r(
            rng, rng.choice(["BA ###", "LH###", "EK ##", "QF#", "AI ###", "DL####", "KL ####", "EI ###", "LA####"])
        )
    if name == "room":
        return r(rng, rng.choice(["Room #.##", "Ward #@, Bed ##", "Bay #", "Suite ###", "Rm ###"]))
    if name == "version":
        return r(rng, rng.choice(["v#.##.#", "build ####", "iOS 17.#.#", "Android 1#", "release 2024.#", "fw #.#.##"]))
    if name == "status":
        return rng.choice(
            ["OPEN", "Pending customer", "In progress", "Escalated", "Resolved", "On hold", "Awaiting 3rd party"]
        )
    if name == "prio":
        return rng.choice(["P1", "P2", "P3", "Low", "Normal", "High", "Urgent"])
    if name == "qty":
        return str(rng.choice([7, 14, 28, 30, 56, 60, 84, 90, 1, 2, 3, 6, 12]))
    if name == "num":
        return str(rng.randint(2, 48))
    if name == "pct":
        return f"{rng.choice([2.5, 5, 7.5, 10, 12, 15, 20, 25, 33])}%"
    if name == "ref":
        return r(rng, rng.choice(["@@/####/##", "REF-######", "####-@", "OUR/@@@/###"]))
    if name == "unit":
        return r(rng, rng.choice(["##", "@-##", "##@", "MED ##", "TRK #"]))
    if name == "code":
        return r(rng, rng.choice(["@##", "@@-#", "##-@@", "E###"]))
    raise KeyError(name)
