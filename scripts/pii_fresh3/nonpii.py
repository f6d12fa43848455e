"""No-PII records in the email and ocr styles (only look-alikes, no spans)."""

from .core import ocr_noise, wrap_hyphen
from .lookalike import biz_common, branch_for, currency_for
from .np_text import CLOSING, GREET, INTRO, MAILBOXES, NP, TEAMS2

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


class _Org:
    def __init__(self, cur):
        self.cur = cur


def np_ctx(rng, ind):
    org, domain = rng.choice(ind["orgs"])
    cur = currency_for(domain, rng)
    ctx = biz_common(rng, cur)
    ctx.update(ind["biz"](rng, _Org(cur)))
    brands = NP[ind["key"]].get("brands")
    if brands:
        ctx["BRAND"], ctx["BRAND2"] = rng.sample(brands, 2)
    ctx.update(
        {
            "ORG": org,
            "DOMAIN": domain,
            "TEAM": rng.choice(ind["teams"]),
            "TEAM2": rng.choice(TEAMS2),
            "BRANCH": branch_for(domain, rng),
        }
    )
    return ctx


def email(d, ind, rng):
    ctx = np_ctx(rng, ind)
    domain = ctx["DOMAIN"]
    txt = NP[ind["key"]]
    subj = rng.choice(txt["subjects"])
    mb1, mb2, mb3 = rng.sample(MAILBOXES, 3)
    team_mb = ctx["TEAM"].lower().replace(" & ", "-").replace(" ", ".").replace("(", "").replace(")", "")
    d.fill(
        "From: {TEAM} <%s@{DOMAIN}>\nSent: %s, {BDATE} {TIME}\nTo: {TEAM2} <%s@{DOMAIN}>\n"
        % (team_mb, rng.choice(WEEKDAYS), mb1),
        ctx,
    )
    if rng.random() < 0.5:
        d.fill("Cc: %s@{DOMAIN}\n" % mb2, ctx)
    d.fill("Subject: %s %s\n\n" % (rng.choice(["FW:", "Fwd:", "RE: FW:"]), subj), ctx)
    d.fill(rng.choice(GREET) + "\n\n" + rng.choice(INTRO) + "\n\n", ctx)
    d.fill(rng.choice(["---------- Forwarded message ---------\n", "-----Original Message-----\n"]), ctx)
    d.fill("From: {TEAM2} <%s@{DOMAIN}>\nDate: {BDATE2} at {TIME2}\nSubject: %s\n\n" % (mb3, subj), ctx)
    paras = list(txt["paras"])
    rng.shuffle(paras)
    for p in paras[: rng.randint(3, 5)]:
        d.fill(p + "\n\n", ctx)
    d.fill(rng.choice(CLOSING) + "\n{TEAM}\n{ORG} | {BRANCH}\nSwitchboard: {SWITCH} | www.{DOMAIN}\n", ctx)
    if domain.endswith(".uk"):
        legal = "%s is registered in England No. 0%d." % (ctx["ORG"], rng.randint(1000000, 9999999))
    else:
        legal = "Registered office: %s." % ctx["BRANCH"]
    d.t(
        rng.choice(
            [
                "\nThis email and any attachments are confidential and intended solely for the addressee. "
                + legal
                + "\n",
                "\nPlease consider the environment before printing this email.\n",
                "",
            ]
        )
    )
    return None


def ocr(d, ind, rng):
    ctx = np_ctx(rng, ind)
    title, fields = NP[ind["key"]]["form"]
    d.t(ctx["ORG"].upper() + "\n")
    d.t(
        title.replace("%s", "%d.%d" % (rng.randint(1, 4), rng.randint(0, 9)))
        + "    Form %s-%02d rev %s\n"
        % (ctx["ORG"][:2].upper(), rng.randint(1, 30), rng.choice(["3.2", "2.0", "11/24"]))
    )
    d.t(rng.choice(["=" * 38, "-" * 42, "_" * 30]) + "\n")
    for lab, val in fields:
        d.t(lab + rng.choice([":  ", ": ", ":", " . . . . ", ":\t"]))
        d.fill(val, ctx)
        d.t(rng.choice(["\n", "\n", "   ", "\n\n"]))
    d.fill(
        rng.choice(
            [
                "\nSignature: ______________   Date: {BDATE2}\n",
                "\nFor office use only  |  Scanned {BDATE2} {TIME}\n",
                "\nPage 1 of 2\n",
            ]
        ),
        ctx,
    )
    p = rng.uniform(0.02, 0.06)

    def tf(text, sp):
        return ocr_noise(wrap_hyphen(text, rng, 0.08), rng, p)

    return tf
