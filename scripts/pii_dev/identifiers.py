"""Identifier values (with checksums where the format has one), their context words, spoken forms."""

from .id_format import fmt_date, group, r, spell, spoken_date, spoken_email
from .id_numbers import HEALTH, LICENCE, PASSPORT, PLATE, card, iban, natid, nhs, ssn
from .names import fold

# spell and the spoken forms are used through this module (``ids.spell``, ...)
__all__ = ["email", "make", "phone", "profile_url", "spell", "spoken_date", "spoken_email"]


# ---------------------------------------------------------------- phones
PHONE = {
    "US": ["+1 (###) 555-01##", "(###) 555-01##", "###-555-01##", "###.555.01##", "1-###-555-01##"],
    "CA": ["+1 ###-555-01##", "(###) 555-01##"],
    "GB": ["+44 7700 900###", "07700 900###", "+44 (0)20 7946 0###", "0161 496 0###", "07### ######"],
    "IE": ["+353 87 ### ####", "087 ### ####", "(01) 6## ####"],
    "AU": ["+61 4## ### ###", "04## ### ###", "(02) 9### ####"],
    "NZ": ["+64 21 ### ####", "021 ### ####"],
    "DE": ["+49 30 ########", "030 #######", "+49 151 ########", "0176 ########"],
    "FR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 (0)1 ## ## ## ##"],
    "NL": ["+31 6 ########", "06-########", "020 ### ####"],
    "ES": ["+34 6## ## ## ##", "6## ### ###"],
    "IT": ["+39 3## ### ####", "3## #######"],
    "PL": ["+48 6## ### ###", "5## ### ###"],
    "BR": ["+55 11 9####-####", "(21) 9####-####"],
    "IN": ["+91 9#### #####", "09#########", "+91-8###-######"],
    "JP": ["090-####-####", "+81 3-####-####", "080-####-####"],
    "KR": ["010-####-####", "+82 10-####-####"],
    "MX": ["+52 55 #### ####", "55 ####-####", "+52 1 33 #### ####"],
    "NG": ["+234 803 ### ####", "0803 ### ####", "0812-###-####"],
    "ZA": ["+27 82 ### ####", "082 ### ####", "(021) ### ####"],
}


def phone(rng, country):
    return r(rng, rng.choice(PHONE[country]))


# ---------------------------------------------------------------- e-mail and profiles
PERSONAL_DOMAINS = {
    "US": "gmail.com yahoo.com outlook.com icloud.com aol.com proton.me",
    "GB": "gmail.com btinternet.com yahoo.co.uk hotmail.co.uk",
    "DE": "web.de gmx.de t-online.de gmail.com",
    "FR": "orange.fr free.fr laposte.net gmail.com",
    "IN": "rediffmail.com gmail.com yahoo.in",
    "BR": "uol.com.br bol.com.br gmail.com",
    "JP": "yahoo.co.jp docomo.ne.jp gmail.com",
    "KR": "naver.com daum.net",
    "AU": "bigpond.com optusnet.com.au gmail.com",
    "MX": "hotmail.com prodigy.net.mx gmail.com",
    "NL": "ziggo.nl kpnmail.nl",
    "PL": "wp.pl o2.pl onet.pl",
    "IT": "libero.it virgilio.it",
    "ES": "telefonica.net hotmail.es gmail.com",
    "NG": "yahoo.com gmail.com",
    "ZA": "mweb.co.za webmail.co.za",
    "IE": "eircom.net gmail.com",
    "CA": "rogers.com shaw.ca sympatico.ca",
    "NZ": "xtra.co.nz gmail.com",
}


def _slug(s):
    return "".join(ch for ch in fold(s).lower().replace(" ", "") if ch.isalnum() or ch == "-")


def email(rng, person, country, work_domain=None):
    g, f = _slug(person.given_lat), _slug(person.family_lat or person.given_lat)
    yy = person.dob.year % 100 if getattr(person, "dob", None) else rng.randint(60, 99)
    if work_domain:
        local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}.{f}", f"{g}_{f}", f"{f}{g[0]}"])
        return f"{local}@{work_domain}"
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{g[0]}{f}{yy:02d}",
            f"{f}.{g}",
            f"{g}_{f[:1]}{yy:02d}",
            f"{g}{yy:02d}",
            f"{f}{g[:3]}",
            f"the.{f}s",
            f"{g}.{f}.{rng.randint(100, 999)}",
        ]
    )
    return f"{local}@{rng.choice(PERSONAL_DOMAINS[country].split())}"


def profile_url(rng, person):
    g, f = _slug(person.given_lat), _slug(person.family_lat or person.given_lat)
    handle = rng.choice(
        [f"{g}-{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}-{f}-{r(rng, '#@#@')}".lower(), f"{f}{g[0]}{rng.randint(1, 99)}"]
    )
    kind, url = rng.choice(
        [
            ("linkedin", f"linkedin.com/in/{handle}"),
            ("github", f"github.com/{handle}"),
            ("substack", f"{handle.replace('-', '')}.substack.com"),
            ("instagram", f"instagram.com/{handle.replace('-', '_')}"),
            ("facebook", f"facebook.com/profile.php?id=1000{r(rng, '###########')}"),
            ("x", f"x.com/{handle.replace('-', '_')[:15]}"),
            ("tiktok", f"tiktok.com/@{handle.replace('-', '.')}"),
        ]
    )
    if rng.random() < 0.5:
        url = (
            "https://"
            + ("www." if rng.random() < 0.3 and not url.startswith(("x.", "tiktok")) and "substack" not in url else "")
            + url
        )
    return kind, url


def make(name, rng, country, p, company_code, style):
    """-> (TYPE, kind, written value).  ``style`` fixes the format choice, so one record
    (a CSV extract, say) writes every value of a kind the same way."""

    def ch(opts):
        return opts[style % len(opts)]

    yr = ch([2022, 2023, 2024, 2024, 2025])
    if name == "dob":
        return "DATE_TIME", "dob", fmt_date(p.dob, rng, us=country in ("US", "CA") and style % 5 != 0, style=style)
    if name == "ssn":
        return "US_SSN", "ssn", ssn(rng, style)
    if name == "natid":
        return natid(rng, country, p)
    if name == "tax":
        t = {
            "GB": ("tax ref:utr", "##### #####"),
            "US": ("tax ref:itin", "9##-7#-####"),
            "IN": ("tax ref:pan", "@@@P@####@"),
            "DE": ("tax ref:steuer-id", "## ### ### ###"),
            "MX": ("tax ref:rfc", None),
            "PL": ("tax ref:nip", "###-###-##-##"),
            "NG": ("tax ref:tin", "########-0001"),
            "ZA": ("tax ref:income tax no", "0#########"),
            "FR": ("tax ref:spi", "## ## ### ### ###"),
        }
        if country in t:
            kind, pat = t[country]
            if pat is None:
                return "ID", kind, natid(rng, "MX", p)[2][:10] + r(rng, "@@#")
            return "ID", kind, r(rng, pat)
        return natid(rng, country, p)
    if name == "passport":
        return "ID", f"passport:{country.lower()}", r(rng, PASSPORT[country])
    if name == "licence":
        if country == "GB":
            sur = (fold(p.last()).upper().replace(" ", "").replace("-", "") + "99999")[:5]
            m = p.dob.month + (50 if p.gender == "f" else 0)
            return (
                "ID",
                "licence:gb",
                (
                    f"{sur}{str(p.dob.year)[2]}{m:02d}{p.dob.day:02d}{str(p.dob.year)[3]}"
                    f"{fold(p.given)[0].upper()}9{r(rng, '#@@')}"
                ),
            )
        return "ID", f"licence:{country.lower()}", r(rng, ch(LICENCE.get(country) or ["@@######"]))
    if name == "plate":
        return "ID", "vehicle registration", r(rng, PLATE[country])
    if name == "vin":
        return "ID", "vin", "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if name == "claim":
        return (
            "CLAIM_ID",
            "claim",
            r(
                rng,
                ch(
                    [
                        f"{company_code}-{yr}-#######",
                        "AX#######",
                        "WC-#####-@",
                        "##########-0#",
                        f"MTR/{yr % 100}/######",
                        f"C{yr % 100}-######",
                        "1-##########",
                        "#########",
                    ]
                ),
            ),
        )
    if name == "policy":
        return (
            "POLICY_NUMBER",
            "policy",
            r(
                rng,
                ch(
                    [
                        "HO3-####-####",
                        "AUT ### ### ###",
                        "P#######-0#",
                        f"MOT/#######/{yr % 100}",
                        "####-####-##",
                        "PX-####-####",
                        f"{company_code}########",
                        "@@#########",
                    ]
                ),
            ),
        )
    if name == "mrn":
        return (
            "MRN",
            "mrn",
            r(rng, ch(["########", "#######", "H#######", "@@-#######", "##-##-##-#", "E#######", "K######-#"])),
        )
    if name == "acct":
        return (
            "ACCOUNT_NUMBER",
            "account",
            r(
                rng,
                ch(
                    [
                        "########",
                        "############",
                        "#### #### ###",
                        "#########",
                        "######-##",
                        "####-####-##",
                        "##-####-#######",
                        "@########",
                    ]
                ),
            ),
        )
    if name == "acct4":
        return "ACCOUNT_NUMBER", "last4", r(rng, "####")
    if name == "member":
        return (
            "ID",
            "member",
            r(
                rng,
                ch(
                    [
                        "@@@#########",
                        "W#########",
                        "@####-####-##",
                        "###-###-####",
                        "M########",
                        "#########-01",
                        "@@@@########",
                    ]
                ),
            ),
        )
    if name == "iban":
        cc = {
            "GB": "GB",
            "DE": "DE",
            "FR": "FR",
            "NL": "NL",
            "ES": "ES",
            "IT": "IT",
            "PL": "PL",
            "IE": "IE",
            "BR": "BR",
        }.get(country, rng.choice(["DE", "NL", "FR", "BE", "PT", "IE"]))
        v = iban(rng, cc)
        return "IBAN_CODE", cc.lower(), v if rng.random() < 0.35 else group(v, [4] * 8)
    if name == "card":
        brand, v = card(rng)
        return "CREDIT_CARD", brand, v
    if name == "card4":
        return "CREDIT_CARD", "last4", r(rng, "####")
    if name == "ip":
        return (
            "IP_ADDRESS",
            "ipv4",
            rng.choice(
                [
                    f"{rng.choice([81, 86, 92, 109, 151, 176, 187, 203, 41, 49])}.{rng.randint(0, 255)}."
                    f"{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"{rng.choice([198, 203])}.{rng.choice([51, 0])}.{rng.choice([100, 113])}.{rng.randint(2, 254)}",
                ]
            ),
        )
    if name == "ip6":
        blocks = [
            rng.choice(["2a02", "2001", "2600", "2406", "2804"]),
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
        ]
        tail = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 5]))]
        return "IP_ADDRESS", "ipv6", ":".join(blocks) + ("::" if len(tail) == 2 else ":") + ":".join(tail)
    if name == "emp":
        return "ID", "employee", r(rng, ch(["E-00###", "######", "EMP####", "HR-##-####", "#####-@", "00#####"]))
    if name == "student":
        return "ID", "student", r(rng, ch([f"S{yr}-####", "STU######", "#######", f"@###{yr % 100}####"]))
    if name == "upn":
        return "ID", "student:upn", r(rng, "@###########@")
    if name == "caseref":
        return (
            "ID",
            "case ref",
            r(
                rng,
                ch([f"DC-{yr}-######", "CR/#####/@@", "########", f"{company_code}/#####/{yr % 100}", "@@-######-#"]),
            ),
        )
    if name == "ffn":
        return (
            "ID",
            "loyalty:frequent flyer",
            r(rng, ch(["########", "### ### ### ### ###", "##########", "@#@#@##", "@@ #########"])),
        )
    if name == "health":
        kind, pat = HEALTH.get(country, ("insurance", "@@@#########"))
        if kind == "nhs":
            return "ID", "health id:nhs", nhs(rng)
        return "ID", f"health id:{kind}", r(rng, pat)
    if name == "badge":
        return "ID", "employee:badge", r(rng, ch(["B-####", "#####", "@@####"]))
    if name == "tenant":
        return "ID", "tenant ref", r(rng, ch(["T-######", "TEN#####", "##/####/@"]))
    raise KeyError(name)
