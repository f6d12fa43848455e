"""What a firm writes about itself in its letters and mails: its letterhead, its contact line, its
registered office. They identify the firm, not a person, and are kept under the default preset.

- A contact line: a short line with a website (a bare domain, no path: "medivale-rx.com") and a number
  ("Tel. +353 87 044 1619 · medivale-rx.com", "T +1 (455) 555-0196 | suncoastpower.com").
- A letterhead: the first block of a text (up to its first blank line, at most eight lines) that ends in a
  contact line: the firm's name, address and numbers above the addressee's.
- A registered office, in a letter's footer ("Registered office: 1 Main Street, Leeds").
"""

from __future__ import annotations

import re

from privacy.engine.identifiers import DATE_INSIDE

# A website's bare domain: not an e-mail's (no "@" before), not a link's (no "/" after).
DOMAIN = re.compile(
    r"(?<![@\w./:-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|info|biz|health|app|io"
    r"|co|[a-z]{2})(?:\.[a-z]{2})?(?![\w@/.-]|\.\w)"
)
_NUMBER = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")  # seven digits or more, grouped as phone numbers are
_MAX_LETTERHEAD_LINES = 8
_MIN_DIGITS = 7
_REGISTERED_OFFICE = re.compile(r"registered\s+(?:office|address)\s*[:\-]?[ \t]*[^\n]+", re.IGNORECASE)


def contact_line(line: str) -> bool:
    """Whether `line` is a firm's contact line: a website and a number on one short line."""
    if len(line) > 100 or not DOMAIN.search(line):
        return False
    numbers = _NUMBER.findall(line)
    return any(
        sum(ch.isdigit() for ch in number) >= _MIN_DIGITS and not DATE_INSIDE.search(number) for number in numbers
    )


def firm_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each letterhead, contact line and registered office in `text`: kept by default."""
    regions = [match.span() for match in _REGISTERED_OFFICE.finditer(text)]
    lines = [(match.start(), match.end()) for match in re.finditer(r"[^\n]+", text)]
    regions += [(start, end) for start, end in lines if contact_line(text[start:end])]
    head = text.lstrip().split("\n\n", 1)[0]
    if head.count("\n") < _MAX_LETTERHEAD_LINES and contact_line(head.rsplit("\n", 1)[-1]):
        start = len(text) - len(text.lstrip())
        regions.append((start, start + len(head)))
    return regions
