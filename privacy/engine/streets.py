"""Street lines that no street word of English, French or German opens or ends, from more countries.

Czech and Slovak streets carry a house and a street number ("Palackého 2939/20"); Swedish ones end in
"-stigen" or "-gränd", often with the marks stripped ("SVEAVAGEN 12B"); Malaysian and Singaporean ones open
with "Jalan", "Lorong" or "Blk"; Turkish ones name the quarter, the street and the door ("Kızılay Mah.
Meşrutiyet Cad. No: 8 D: 11"); Irish and Welsh ones join two words with "na" or "y" ("Ard na Gréine", "Heol
y Felin"). English street lines may open with "No.", "Lot" or "Blk" ("No. 25, Hospital Street"), and a
caller reads the house number out ("one hundred and forty-five Kingfisher Cres").
"""

# ruff: noqa: RUF001, RUF002, RUF003  # Turkish dotless i, curly apostrophes: what addresses are written with

from __future__ import annotations

import re

from privacy.engine.presets import MONTHS

_LETTER = r"[^\W\d_]"
_NAME = rf"{_LETTER}[\w'’.-]*"
_NAMES = rf"{_NAME}(?:[ \t]+{_NAME}){{0,3}}"
_STREET_WORD = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|crescent|cres|close|grove"
    r"|gardens|mews|row|walk|hill|parade|pde|terrace|tce|way|square|sq|highway|hwy|parkway|pkwy|circle|cir|trail"
    r"|lawn|view|mawatha|marg"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
MORE_STREETS = re.compile(
    "|".join(
        [
            # Palackého 2939/20, Masarykova 451/51 (a house's number over its number in the street)
            r"(?-i:\b(?P<czech>[A-ZÀ-Ž][\w'’-]+))(?:[ \t](?-i:[A-ZÀ-Ž])[\w'’-]+){0,2}[ \t]\d{2,4}/\d{1,3}[a-zA-Z]?\b",
            # Lärkstigen 88, ASGRAND 59, SVEAVAGEN 12B, Stortorget 3
            rf"\b{_LETTER}[\w-]*(?:stigen|gränd|grand|vagen|vägen|torget|backe|backen|gatan|gränden)[ \t]+\d{{1,4}}"
            r"[a-zA-Z]?\b",
            # Jalan Tun Razak, jalan ss 2/24, Lorong Chuan, Blk 896 Toa Payoh Lorong 1, Persiaran Gurney
            rf"\b(?:no\.?[ \t]*\d{{1,4}}[a-z]?,?[ \t]+)?(?:jalan|jln\.?|lorong|lrg\.?|persiaran|lebuh|lebuhraya)"
            rf"[ \t]+{_NAMES}(?:[ \t]+\d{{1,3}}(?:/\d{{1,3}})?)?"
            rf"|\b(?:\d{{1,4}}[ \t]+)?(?:lorong|jalan)[ \t]+{_NAME}"
            rf"|\bblk\.?[ \t]*\d{{1,4}}[a-z]?[ \t]+{_NAMES}",
            # Kızılay Mah. Meşrutiyet Cad. No: 8 D: 11; Çiçek Sok. No: 60; Fevzi Çakmak Mah. 1453 Sok. No: 109
            rf"\b(?:{_NAMES}[ \t]+(?:mah\.?|mahallesi)[ \t]+)?(?:{_NAMES}|\d{{1,5}})[ \t]+"
            r"(?:cad\.?|caddesi|sok\.?|sokak|sk\.|bulvarı|blv\.)[ \t]*(?:no[ \t]*[:.][ \t]*)?\d{1,4}"
            r"(?:[ \t]*d[ \t]*:[ \t]*\d{1,3})?",
            # 59 Ard na Gréine, Bóthar na Trá, Heol y Felin, Ffordd y Capel
            r"\b(?:\d{1,5}[a-z]?[ \t]+)?(?:ard|cnoc|bóthar|bothar|sráid|sraid|heol|ffordd|lôn|stryd|plas|rhodfa)"
            r"[ \t]+(?:na|an|y|yr)[ \t]+(?-i:[A-ZÀ-Ž])[\w'’-]+",
            # No. 25, Hospital Street; Lot 22 Queens Road; No. 387/2A, Stanley Road; 20 Hazel Lawn
            rf"\b(?:(?:no\.?|lot)[ \t]*)?\d{{1,5}}[a-z]?(?:/\d{{1,5}}[a-z]?)?,?[ \t]+(?:{_NAME}[ \t]+){{1,3}}"
            rf"(?:{_STREET_WORD})\b\.?",
            # one hundred and forty-five Kingfisher Cres, seventy-one Ironbark Way
            rf"\b{_NUMBER_WORD}(?:(?:[ \t-]|[ \t]+and[ \t]+){_NUMBER_WORD}){{0,5}}[ \t]+"
            rf"(?:(?-i:[A-Z])[\w'’-]+[ \t]+){{1,3}}(?:{_STREET_WORD})\b\.?",
        ]
    ),
    re.IGNORECASE,
)
_LEADING_STOP_WORDS = re.compile(r"((?-i:[a-z]+))[ \t]+(?=\S)")
_KEPT = frozenset({"and", "no"})  # "one hundred and five", "No. 25": stop words a street line holds


def more_street_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street line of the formats above; one with an English stop word in its name
    ("3 times with Dr Li"), or a Czech one that opens with an English word, a code or capitals ("Invoice
    1234/22", "PAY RUN 52/85"), is none."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import english_word

    found = []
    for match in MORE_STREETS.finditer(text):
        lead = _LEADING_STOP_WORDS.match(match.group())  # "its Çiçek Sok. No: 132": the line, not "its"
        stop = lead is not None and lead.group(1) in STOP_WORDS and not re.fullmatch(_NUMBER_WORD, lead.group(1))
        start = match.start() + (lead.end() if lead is not None and stop else 0)
        value = text[start : match.end()].rstrip(",. ")
        czech = match.group("czech")  # not "Invoice 1234/22", "PAY RUN 52/85", "NV666 18/12"
        if czech and (english_word(czech.casefold()) or czech.isupper() or not czech.isalpha()):
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", value.casefold()) if not re.fullmatch(_NUMBER_WORD, w)]
        if words and not any(word in STOP_WORDS and word not in _KEPT for word in words):
            found.append((start, start + len(value)))
    return found


def a_street_line(value: str) -> bool:
    """What a weak cue ("I'm at", "moving to") announces is an address when it holds a number, two words and
    a comma between its parts, and no amount ("14 Rose Lane, Leeds"; not "3 pm", "24.5p/kwh, € 54,21/day")."""
    words = re.findall(r"[^\W\d_]{2,}", value)
    return bool(re.search(r"\d", value)) and len(words) >= 2 and ", " in value and not re.search(r"[€$£¥₹%]", value)


def english_in_capitals(value: str) -> bool:
    """ "VIA EPS FRIDGE 2": the English "via" and common words in a log in capitals, not "VIA ROMA 10"."""
    from privacy.engine.names import common_word

    words = re.findall(r"[^\W\d_]+", value)
    english = all(common_word(w.casefold()) for w in words[1:] if len(w) > 3)
    return value.isupper() and words[0] == "VIA" and len(words) > 1 and english


# What a move is to when it is a time: "moved to Monday 7.20pm", "moved to next week", "moved to 21 Oct 2026"
# (a date with its month's name and its year: "7 June Close" is a street, "3/12-14 High St" a flat's).
_WHEN = re.compile(
    rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:next|this|tomorrow|today|tonight)\b|[£$€¥₹]"
    r"|\d{1,2}(?::\d{2})?[ \t]?(?:am|pm)\b|\d{1,2}:\d{2}\b"  # "@ 5pm", "@ £5 each": a time, a price
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{MONTHS})\.?,?[ \t]+\d{{4}}\b"
    rf"|(?:{MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}\b",
    re.IGNORECASE,
)


def an_announced_address(value: str) -> bool:
    """What follows an address word is an address when it holds a number or a capitalised place name, and
    does not open with a day or a date."""
    return (any(ch.isdigit() for ch in value) or value[:1].isupper()) and not _WHEN.match(value)


def leading_town(value: str) -> int:
    """The length of the known town or region, in any case, that opens `value` ("kyiv ??", "salzburg - …",
    "Cape Town, 6533"); 0 if none does."""
    from privacy.engine.places import a_town_or_region

    words = list(re.finditer(r"[^\W\d_][\w'’-]*", value[:60]))[:3]
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        if words[0].start() == 0 and a_town_or_region(value[:end]) and not value[end : end + 1].isalnum():
            return end
    return 0


def announced_span(match: re.Match[str]) -> tuple[int, int] | None:
    """What an address word announces: the address, or a known town that opens it ("moved to kyiv - …")."""
    value = match.group("value").lstrip()  # the value holds the cue's space when it is short: "@ 5pm"
    start = match.end("value") - len(value)
    town = leading_town(value) if not an_announced_address(value) else len(value)
    return (start, start + town) if town else None
