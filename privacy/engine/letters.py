"""What a firm writes about itself in its letters and mails: its letterhead, its contact line, its
registered office. They identify the firm, not a person, and are kept under the default preset.

- A contact line: a short line with a website (a bare domain, no path: "medivale-rx.com") and a number
  ("Tel. +353 87 044 1619 · medivale-rx.com", "T +1 (455) 555-0196 | suncoastpower.com").
- A letterhead: the first block of a text (up to its first blank line, at most eight lines) that ends in a
  contact line: the firm's name, address and numbers above the addressee's.
- A registered office, in a letter's footer ("Registered office: 1 Main Street, Leeds").
- An addressee that is a firm: a block of lines, between blank lines, that opens with a department ("Accounts
  Payable", "The Contracts Manager") or with a firm's name ("Skyway Catering Services",
  "Crownline Print & Mail Ltd"): short lines, a number, no label and no person's title ("Mr", "FAO").
- A role's mailbox, not a person's (RFC 2142's and the like): "noreply@", "enquiries@", "support@".

And the other way round: the addressee's name that opens an address block is a person's (`addressee_end`).
"""

from __future__ import annotations

import re

from privacy.engine.addresses import UNIT_LINE
from privacy.engine.identifiers import DATE_INSIDE
from privacy.engine.places import a_town_or_region
from privacy.engine.urls import PROFILE_URL

# A website's bare domain: not an e-mail's (no "@" before), not a link's (no "/" after).
DOMAIN = re.compile(
    r"(?<![@\w./:-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|info|biz|health|app|io"
    r"|co|[a-z]{2})(?:\.[a-z]{2})?(?![\w@/.-]|\.\w)"
)
# A link to a page of the firm's site: a path of words only ("pkn.no/help", "https://www.acme.com/contact-us").
_SITE_PAGE = re.compile(
    r"(?<![\w@/.:-])(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[a-z-]+){1,2}/?(?![\w@/.-]|\.\w)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")  # seven digits or more, grouped as phone numbers are
_MAX_LETTERHEAD_LINES = 8
_MIN_DIGITS = 7
_REGISTERED_OFFICE = re.compile(r"registered\s+(?:office|address)\s*[:\-]?[ \t]*[^\n]+", re.IGNORECASE)
_DEPARTMENT = re.compile(
    r"(?:the\s+)?(?:accounts?\s+(?:payable|receivable|department|team)|credit\s+control|purchasing|procurement"
    r"|customer\s+(?:services?|relations|care)|head\s+office|human\s+resources|legal\s+department"
    r"|(?:finance|complaints|claims|payroll)\s+(?:team|department)"
    r"|(?:contracts?|office|practice|facilities|finance|procurement|operations|branch|site|claims)\s+manager)",
    re.IGNORECASE,
)
# Words that end a firm's name; no county ("Co. Kerry" opens with "Co."), nor a campus a student lives on.
_FIRM_END = re.compile(
    r"\b(?:ltd|limited|llc|llp|plc|inc|corp|gmbh|ag|bv|dac|pty|company|group|holdings|services|solutions"
    r"|supplies|solicitors|partners|associates|pharmacy|council|authority|bank|insurance)\.?[ \t]*$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|fao|attn|c/o)\b\.?", re.IGNORECASE)
_MAX_BLOCK_LINES = 8
_MAX_ADDRESS_LINE = 60
_MAX_NAME_WORDS = 4
# RFC 2142's role mailboxes and those of common use: a firm's desks, not a person.
ROLE_MAILBOXES = frozenset(
    {"postmaster", "abuse", "noc", "security", "info", "marketing", "sales", "support", "hostmaster", "webmaster"}
    | {"noreply", "no-reply", "donotreply", "do-not-reply", "admin", "office", "contact", "enquiries", "inquiries"}
    | {"help", "helpdesk", "service", "customerservice", "billing", "accounts", "finance", "payroll", "hr"}
    | {"claims", "fnol", "disputes", "deliveries", "bookings", "orders", "returns", "careers", "jobs", "press"}
    | {"reception", "frontdesk", "appointments", "pharmacy", "team", "hello", "mail", "notifications", "alerts"}
    | {"enquiry", "inquiry", "customercare", "customer-service", "customer_service", "privacy", "dpo", "legal"}
)
_MAILBOX = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def contact_line(line: str) -> bool:
    """Whether `line` is a firm's contact line: a website and a number on one short line."""
    if len(line) > 100 or not (DOMAIN.search(line) or _firm_page(line)):
        return False
    numbers = _NUMBER.findall(line)
    return any(
        sum(ch.isdigit() for ch in number) >= _MIN_DIGITS and not DATE_INSIDE.search(number) for number in numbers
    )


def a_role_mailbox(local: str) -> bool:
    """Whether an e-mail address's local part is a role's, not a person's ("noreply", "billing",
    "bed-management"): a role word of ROLE_MAILBOXES, or only common English words that are no names."""
    from privacy.engine.names import plain_word

    local = local.casefold()
    parts = [part for part in re.split(r"[._+-]", local) if part]
    if not parts or any(ch.isdigit() for ch in local):
        return False
    return local in ROLE_MAILBOXES or all(part in ROLE_MAILBOXES for part in parts) or all(map(plain_word, parts))


def _firm_page(line: str) -> bool:
    return any(not PROFILE_URL.search(match.group()) for match in _SITE_PAGE.finditer(line))


def firm_addressee(block: str) -> bool:
    """Whether a block of lines is addressed to a firm or one of its departments, not to a person."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _MAX_BLOCK_LINES or _TITLE.search(block) or not any(ch.isdigit() for ch in block):
        return False
    if any(len(line) > _MAX_ADDRESS_LINE or ":" in line for line in lines):  # a chat, a form: no address
        return False
    return bool(_DEPARTMENT.fullmatch(lines[0]) or _FIRM_END.search(lines[0]))


# Two lines or more with no blank one between, from a line's start: possessive, as a line that no second line
# follows is no block, and must not be tried again from each of its characters (that was quadratic).
_BLOCK = re.compile(r"^[^\n]++(?:\n[^\n]++)+", re.MULTILINE)


def firm_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each letterhead, contact line, firm addressee, registered office and role mailbox in
    `text`: kept by default."""
    regions = [match.span() for match in _REGISTERED_OFFICE.finditer(text)]
    regions += [m.span() for m in _MAILBOX.finditer(text) if a_role_mailbox(m.group("local"))]
    regions += [match.span() for match in _BLOCK.finditer(text) if firm_addressee(match.group())]
    lines = [(match.start(), match.end()) for match in re.finditer(r"[^\n]+", text)]
    regions += [(start, end) for start, end in lines if contact_line(text[start:end])]
    head = text.lstrip().split("\n\n", 1)[0]
    if head.count("\n") < _MAX_LETTERHEAD_LINES and contact_line(head.rsplit("\n", 1)[-1]):
        start = len(text) - len(text.lstrip())
        regions.append((start, start + len(head)))
    return regions


def addressee_end(text: str, start: int, end: int) -> int | None:
    """Where the addressee's name ends when an address block at text[start:end] opens with one: a block's
    first line of one to four words, with no number, no flat or building and no known town ("Rakiya Bello",
    "THARSHINI RATNAM" above "60 Bompai Road"), whatever the name lists hold; not the text's first block, a
    letterhead's. None when it does not."""
    line_end = text.find("\n", start, end)
    line = text[start:line_end]
    first = text[:start].strip() and not text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    if line_end < 0 or not first or not 1 <= len(line.split()) <= _MAX_NAME_WORDS or re.search(r"[\d,:;@]", line):
        return None
    return None if UNIT_LINE.fullmatch(line) or a_town_or_region(line.strip()) else start + len(line.rstrip())
