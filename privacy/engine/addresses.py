"""Postal addresses in the formats of many countries, and whatever an address word announces.

Three ways in, each a LOCATION: (1) the line after an address cue ("Address:", "lives at", "ship to";
"c/o" only before a number), up to the end of the line or of the sentence, whatever its format; (2) street
patterns of the common European, Latin American and Asian formats ("Hauptstraße 12", "12 rue de la Paix",
"Calle Mayor 5", "ul. Marszałkowska 10/12", "東京都渋谷区…", "서울특별시 강남구 테헤란로 152") and English
ones with more street words than the US pattern knows ("Flat 3, 12 Rosemary Close"); (3) postal codes of
unmistakable shape (UK, Canada, the Netherlands, Poland, Brazil, Japan) and a five-digit code followed by a
town's capitalised name.
"""

# ruff: noqa: RUF001  # full-width digits, curly apostrophes and dashes are what addresses are written with

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.places import a_country, a_town_or_region
from privacy.engine.recognizers import span_recognizer
from privacy.engine.streets import a_street_line, announced_span, english_in_capitals, more_street_spans
from privacy.engine.world_streets import world_street_spans

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.7
_CUE = (
    r"(?:(?:home|postal|mailing|billing|shipping|delivery|correspondence|residential|street|current|new|old)\s+)?"
    r"address(?:\s+(?:line\s*\d|on\s+file))?\s*[:\-]|(?:address|addr\.?)\s+(?:is|was|still|now)\b|(?:lives|living|resides|residing|resident|located)\s+(?:at|in)"
    r"|(?:moved|relocat(?:ed|ing|es))\s+to|(?:ship|deliver|send|post|mail)(?:ped|ed)?\s+to|wohnhaft\s+in|domicili[oée]"
    # a log's and a short hand's: "ADDR1:", "addr:", "fwd addr", "new adr is", "new addr from 01/02:"
    r"|\baddr\d?\s*[:=]|(?:fwd|forwarding|new)\s+addr?(?:ess)?\b(?:\s+(?:is|from\s+[\d/.-]+))?"
    r"|address\s+(?:will\s+be|confirmed\s+as|changed\s+to|updated\s+to)|\"(?:address|line1|locality)\"\s*:\s*\""
    r"|\btown(?:/pc)?\s*[:=]|(?<=[ \t])@(?=[ \t])"  # and short hand's "cust novak @ 12 …"
)
# Cues that announce a place (or a person: "c/o Eleri Griffiths") as often as an address: what follows is
# one only if it holds a digit.
_WEAK_CUE = r"c/o|care\s+of|moving\s+to|(?:i'?m|i\s+am|we'?re|she'?s|he'?s)\s+(?:now\s+)?at|\bits(?=\s+\d)"
# After a cue: the rest of the line, stopping before a sentence's end (". " then a capital, but not after
# "Mah.", "No." or "St."), a quote, a field's " | " or a log's next "KEY=".
_VALUE = (
    r"[ \t]*:?[ \t]*(?P<value>[^\n]{4,120}?)"
    r"(?=\s*(?:$|\.[ \t]*$|(?<!\bmah)(?<!\bcad)(?<!\bsok)(?<!\bno)(?<!\bst)(?<!\bblk)(?<!\brd)\.\s+[A-Z]|;|\"|"
    r"[ \t]\|[ \t]|[ \t]+[A-Za-z][\w.]*=|[ \t]-[ \t]|"  # a field's separator, a log's next key, a dash
    r"\s\((?!\d)|,?\s+(?:and|but|since|for|from|with|who|where|while|until|if|when"
    r"|because|unless|before|after|you)\s|\s+on\s+(?:\d|the\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|,?\s+(?:tel|phone|email|e-mail|dob|mob)\b|\.\.\.))"
)
ANNOUNCED = re.compile(rf"(?:{_CUE}){_VALUE}", re.IGNORECASE | re.MULTILINE)
WEAKLY_ANNOUNCED = re.compile(rf"(?<![\w'])(?:{_WEAK_CUE}){_VALUE}", re.IGNORECASE | re.MULTILINE)
_LETTER = r"[^\W\d_]"
# A street's name: words on one line ("via Xero.\ncustomer 11" is none).
_NAME_WORDS = rf"{_LETTER}[\w'’.-]*(?:[ \t]+{_LETTER}[\w'’.-]*){{0,3}}"
# a house number, not a time's hours ("Lottie 15:40", Lot-tie a Finnish street's "-tie")
# and its letter or floor: "12a", "12 B", "123-II" (not the "h" of "38 huis", which the tail takes)
_NUMBER = r"\d{1,5}(?![:.]\d|\d)(?:[ \t]?[a-zA-Z]\b)?(?:[ \t]?[/-][ \t]?(?:\d{1,4}[a-zA-Z]?|[a-zA-Z]{1,3}\b))?"
STREETS = re.compile(
    "|".join(
        [
            # Hauptstraße 12, Keizersgracht 123-II, Drottninggatan 5, Storgata 8
            rf"\b{_LETTER}[\w'’-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|straat|gracht"
            rf"|laan|plein|kade|singel|gatan|vägen|gata|gate|veien|vej|gade|katu|tie)\s+{_NUMBER}",
            # 12 rue de la Paix, 5 bis avenue Foch
            rf"\b{_NUMBER}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai"
            rf"|cours|route|rua|avenida)\s+{_NAME_WORDS}",
            # Calle Mayor 5, Via Roma 10, ul. Marszałkowska 10/12, Rua Augusta, 1500
            rf"\b(?:calle|c/|avenida|avda\.?|plaza|paseo|carrer|via|viale|piazza|corso|largo|rua|travessa|praça"
            rf"|ul\.|al\.|pl\.|ulica|aleja|os\.)[ \t]+{_NAME_WORDS},?[ \t]*(?:n[º°o]\.?[ \t]*)?{_NUMBER}",
            # Flat 3, 12 Rosemary Close; 4 Orchard Grove
            r"\b(?:(?:flat|apartment|apt|unit|suite)\s+\w+,?\s+)?\d{1,5}[a-zA-Z]?\s+(?P<english>(?:(?-i:[A-Z])[\w'’-]+\s+){1,3})"
            r"(?:close|crescent|gardens|grove|mews|row|walk|hill|park|green|rise|vale|view|parade|terrace|road"
            r"|street|lane|avenue|drive|way|court|place|square)\b",
            # PO Box 762, POB 4446, Postfach 12 34, Apartado 55; RR 5, Site 8, Box 49; RD 3
            r"\b(?:p\.?[ \t]?o\.?[ \t]?box|pob|post[ \t]+office[ \t]+box|postfach|apartado|caixa[ \t]+postal)"
            r"[ \t]*\d{1,6}(?:-\d{5})?\b"
            r"|\b(?-i:RR|RD|R\.R\.)[ \t]?\d{1,3}(?:,[ \t]*site[ \t]*\d{1,4})?(?:,[ \t]*(?:box|comp)[ \t]*\d{1,4})?\b",
            # Av. Chapultepec 813 (Mexico)
            rf"\bav\.[ \t]+{_NAME_WORDS}[ \t]+\d{{1,5}}\b",
            # 4-12-3 Yamashita-cho, 1-17-7 nishi-shinjuku (Japan: chōme-ban-gō); 311 Olympic-ro (Korea)
            r"\b\d{1,2}-\d{1,2}-\d{1,3}[ \t]+[^\W\d_][\w-]*(?<!day)\b(?!-)"
            r"|\b\d{1,4}(?:-\d{1,4})?[ \t]+[^\W\d_][\w]*-(?:ro|gil|daero|dong|cho|machi)\b",
            # 12th Cross, 2nd Main, 4TH CROSS ROAD (Bengaluru, Chennai…); Plot 76, Sector 12
            r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:cross|main)(?:[ \t]+road)?\b|\bplot[ \t]+(?:no\.?[ \t]*)?\d{1,5}\b",
            # 東京都渋谷区神宮前1-2-3, 大阪府大阪市北区梅田3丁目
            r"(?:東京都|北海道|(?:京都|大阪)府|\w{1,3}県)[\w\d０-９\-－ー丁目番地号の]+",
            # 서울특별시 강남구 테헤란로 152
            r"[가-힣]+(?:특별시|광역시|시|도)\s[가-힣]+(?:구|군|시)\s[가-힣0-9]+(?:로|길|동)\s?\d+(?:-\d+)?",
        ]
    ),
    re.IGNORECASE,
)
# English-speaking countries' streets in any case, with their abbreviations: "330 n lincoln st", "4351 W 34TH ST",
# "26/83 Brunswick St", "8 mill close"; the name's words are no stop words ("met 3 times with Dr Li" is none).
_STREET_WORD = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|crescent|cres|close|grove"
    r"|gardens|mews|row|walk|hill|parade|terrace|tce|way|square|sq|highway|hwy|parkway|pkwy|circle|cir|trail"
)
ANY_CASE_STREET = re.compile(
    r"\b(?P<number>\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?)[ \t]+(?:[nsew]\.?[ \t]+)?"
    rf"(?P<name>[^\W_][\w'’-]*(?:[ \t]+[^\W_][\w'’-]*){{0,2}})[ \t]+(?:{_STREET_WORD})\b\.?",
    re.IGNORECASE,
)
POSTCODES = re.compile(
    "|".join(
        [
            r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b",  # UK: SW1A 2AA, M1 1AE
            r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b",  # Canada: K1A 0B1
            r"\b[1-9]\d{3}[ \t]?(?P<dutch>[A-Z]{2})\b(?=[ \t]+(?P<town>[A-Z]\w*))",  # NL: 1015 CJ Amsterdam
            r"\b\d{2}-\d{3}\b(?=\s+\w)|\b\d{5}-\d{3}\b|〒\s?\d{3}-?\d{4}",  # Poland, Brazil, Japan
            # 10115 Berlin, 75002 Paris, 114 55 Stockholm: the town has lower-case letters ("10115 EUR" is none)
            r"\b(?:\d{5}|\d{3}[ \t]\d{2})[ \t]+[A-ZÄÖÜÉÈ][a-zäöüßéèàçåø'-]+"
            r"(?:[ \t]+(?:am|an|sur|en|de|del)[ \t]+[\w'-]+)?(?:[ \t]\d{1,2}\b)?",  # and its district: "Praha 10"
            r"\b\d{4}-\d{3}\b",  # Portugal: 1100-053
            # Ireland's Eircode: D06 F2K7; its last four are read loosely (people mistype them: "V92 A8L8")
            r"\b[AC-FHKNPRTV-Y]\d{2}[ \t]?(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4}\b",
            r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}\b",  # Australia: NSW 2001
            r"(?<=,\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b",  # …, Fair Haven, CT 06513
            r"\b[A-Z][a-z]{2,}\s?[-–]\s?\d{6}\b|(?<=\bPIN\s)\d{6}\b|(?<=\bPIN:\s)\d{6}\b",  # Mumbai - 400001
        ]
    )
)


# What follows an address on its line, or on the next lines of a block: ", Harrogate", ", North Yorkshire",
# " HG1 2AB", ", ON M5H 2N2", ", IL 62704". A town or region is one to four capitalised words after a comma;
# a postal code may follow a space.
_WORD_PART = r"(?:[^\W\d_](?:[\w'\u2019-]|\.(?=\w))*)"  # a full stop inside ("St.Ives"), never at the end
_ABBREVIATION = r"(?i:Co|St|Mt|Ft|Col|Av|Int)\.[ \t]"  # "Co. Galway", "Col. Americana"
_PLACE_WORDS = rf"(?:{_ABBREVIATION})?(?-i:[A-Z]){_WORD_PART}(?:[ \t](?-i:[A-Z]){_WORD_PART}){{0,3}}"
# A flat, a staircase, a building before or after the street: "Unit 11, Oak Court", "scala B", "Int. 36".
_UNIT = (
    r"(?i:flat|apartment|apt|appt|unit|suite|ste|scala|int\.|piso|bajo|etage|étage|floor|fl\.|bldg|block|piano"
    r"|whg\.|esc\.|casa|bloco|ap\.|bât\.|plot|sector|byt|lgh|lot|house[ \t]+no\.?|d:|#)[ \t]*"
    r"(?:[A-Za-z0-9/-]{1,5}\b|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\b)"
    r"|\d{1,2}[º°ªe][ \t]?(?i:[a-z]\b|izda\.?|dcha\.?|étage|etage)|(?i:bajo|huis)\b"
    r"|(?:(?-i:[A-Z])[\w'-]+[ \t]){0,2}(?-i:Court|House|Building|Tower|Towers|Residence|Apartments"
    r"|Mansions|Hall|Lodge|Cottage|Farm|Manor|Villa|Block|Estate|Maltings|Residency|COURT|HOUSE|TOWER|MALTINGS)"
)
_CODE = (
    r"(?:(?-i:[A-Z]{2,3})[ \t])?(?:\d{4}[ \t]?(?-i:[A-Z]{2})|\d{2}-\d{3}|[A-Z][0-9][0-9W][ \t]?[A-Z0-9]{4}"
    r"|[A-Z0-9]{2,4}[ \t]?[A-Z0-9]{3}"
    r"|\d{3,6}(?:[ \t-]\d{2,4})?)(?![\w-])"
)
_ENDS_WITH_CODE = re.compile(rf"(?<![\w-])(?:{_CODE})\Z")
# The town after a postal code on its line: "90-004 Łódź", "9711 QM Groningen", "70186 stuttgart".
_DISTRICT_PROVINCE = re.compile(r"[ \t]+(?-i:[A-ZÀ-Ž])[\w'-]+/(?-i:[A-ZÀ-Ž])[\w'-]+(?![\w/])")
_AFTER_CODE = re.compile(rf"[ \t]+(?:(?P<words>{_PLACE_WORDS})|(?P<lower>[^\W\d_][\w'-]+))")
_MAX_HEADS = 4
_TAIL = re.compile(
    rf"(?P<code>,?[ \t]*(?:{_CODE}))|,[ \t]*(?:{_UNIT})|[ \t]+(?i:huis|bajo|hs)\b"
    rf"|(?:,|[ \t]+-)[ \t]*(?P<words>{_PLACE_WORDS})(?:[ \t]\d{{1,2}}(?![\w-]))?"  # "Dublin 6"
    # a province after its town: "00130 Roma (RM)", "48001 Bilbo (Bizkaia)"
    rf"|[ \t]*\((?-i:[A-Z]{{2}}|{_PLACE_WORDS})\)"
    r"|[ \t](?:[NSEW]|[NS][EW])\b(?!=)|(?:[ \t]+-)?[ \t]+[A-Z]{2}(?![\w=-])|[ \t]+#\d{1,5}\b"
    # in lower case, a known town and a state's two letters: "… #305 sacramento ca 95880"
    r"|,?[ \t]+(?!(?:on|in|at|to|of|by|or|an|as|is|it|if|no|so|up|we|me|us)\b)[a-z]{2}(?=[ \t]+\d)"
    r"|,?[ \t]+(?P<lower>[a-z][\w'-]+(?:[ \t][a-z][\w'-]+)?)"
)
# A room is a flat on its own line or before the street ("Room 5, Larkspur House, 134 Kingsway"); after one,
# a meeting room ("12 Rosemary Close, Room 4 at 10am").
_FLAT = rf"{_UNIT}|(?i:room)[ \t]+\d{{1,4}}[A-Za-z]?\b"
_UNIT_BEFORE = re.compile(rf"(?<![\w.])(?:(?:{_FLAT}),?[ \t]*){{1,2}}\Z")
UNIT_LINE = re.compile(rf"[ \t]*(?:{_FLAT})(?:,[ \t]*(?:{_FLAT}))*,?[ \t]*")
_TO_CODE = re.compile(rf"(?:,[ \t]*{_PLACE_WORDS}){{1,3}},?[ \t]+{_CODE}")
_HEAD = re.compile(rf"(?:{_PLACE_WORDS}),?[ \t]+$")
_BLOCK_LINE = re.compile(rf"[ \t]*(?:{_PLACE_WORDS}|{_CODE})(?:(?:,?[ \t]*|/)(?:{_PLACE_WORDS}|{_CODE}))*[ \t,]*$")
_MAX_BLOCK_LINES = 3  # street, suburb, town and code, province


def address_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """The address found at text[start:end], with the town, region and postal code around it: what follows
    on its line, the next short lines of an address block, and the town before a postal code."""
    end = _line_tail(text, end)
    for _ in range(_MAX_BLOCK_LINES):
        if text[end : end + 1] != "\n":
            break
        line_end = text.find("\n", end + 1)
        line = text[end + 1 : len(text) if line_end < 0 else line_end]
        if not _block_line(line):
            break
        end = end + 1 + len(line.rstrip(" \t,"))
    unit = _UNIT_BEFORE.search(text[max(0, start - 60) : start])
    if unit is not None:
        start -= len(unit.group())
    start = _block_above(text, start)
    value = text[start:end].strip()
    if POSTCODES.fullmatch(value) or value[:1].isdigit():
        return _heads(text, start), end
    # a flat's street before it ("Im Wiesengrund 31, Whg. 5"); a street's number ("51 Kingsway")
    return _street_head(text, start), end


def _heads(text: str, start: int) -> int:
    """The places before a postal code or a house number: "Drumlish, Dingle, Co. Kerry, V92 F2K7", and the
    street and flat that open the line: "Flat B, 51 Kingsway, Eaton, Norwich, NR1 …", "Im Wiesengrund 31,
    Whg. 5, 50679 Köln"."""
    for _ in range(_MAX_HEADS):
        head = _HEAD.search(text[max(0, start - 60) : start])
        if head is None:
            return _street_head(text, start)
        place = _place_suffix(head.group())
        # "Owner: Manpreet Sandhu, 21/56 Banksia Crescent": the person; not a building ("SAI RESIDENCY")
        if _a_name_line(place.strip(" \t,")) and not re.search(_UNIT, place.title()):
            break
        start -= len(place)  # "FIELD VISIT ARDNAGREEVAGH, …", "58 TO KNOCKMORE, …": the visit stays
        if not place or len(place) < len(head.group()):
            break
    else:
        return _street_head(text, start)
    return start


# A house number and a street's name with no street word, before the town: "45 Kingsway, ", "Im Wiesengrund 31, ".
_STREET_HEAD = re.compile(
    rf"(?<![^\s,:;(])(?:\d{{1,5}}[a-zA-Z]?[ \t]+{_PLACE_WORDS}|{_PLACE_WORDS}[ \t]+\d{{1,5}}[a-zA-Z]?),[ \t]*$"
)
_UNIT_HEAD = re.compile(rf"(?<![\w.])(?:{_UNIT}),[ \t]*$")


_HOUSE_NUMBER = re.compile(r"(?<![\w.,/:-])\d{1,5}[a-zA-Z]?[ \t]+$")


def _street_head(text: str, start: int) -> int:
    """Past the house number of a street with no street word ("45 Kingsway, "), or past a flat ("Whg. 5, ")
    and such a street before `start`."""
    before = text[max(0, start - 60) : start]
    street = re.match(r"[^,\n\d]*", text[start:]).group()  # type: ignore[union-attr]  # matches ""
    if (number := _HOUSE_NUMBER.search(before)) and street[:1].isupper() and _a_street_name(street):
        start -= len(number.group())
        unit = _UNIT_BEFORE.search(text[max(0, start - 60) : start])
        return start - (len(unit.group()) if unit else 0)
    if (unit := _UNIT_HEAD.search(before)) is not None:
        start, before = start - len(unit.group()), before[: unit.start()]
    if (head := _STREET_HEAD.search(before)) is not None:
        start -= len(head.group())
        unit = _UNIT_BEFORE.search(text[max(0, start - 60) : start])
        start -= len(unit.group()) if unit else 0
    return start


def _a_street_name(value: str) -> bool:
    """ "Kingsway", "Broadway": no known town ("3 Glasgow") and not all names of the lists ("STOP 7 MACGREGOR")."""
    from privacy.engine.names import a_name

    words = re.findall(r"[^\W\d_]+", value.casefold())
    return bool(words) and not a_town_or_region(value) and not all(map(a_name, words))


def _place_suffix(head: str) -> str:
    """The longest end of `head` that is a place and opens with no common word (unless it is a known
    town or region, "North Yorkshire"); "" if none."""
    from privacy.engine.names import common_word

    if re.match(_ABBREVIATION, head):  # "Co. Kerry"
        return head if _a_place(head.strip(" \t,")) else ""
    for word in re.finditer(r"\S+", head):
        place = head[word.start() :]
        value = place.strip(" \t,")
        known = a_town_or_region(value)
        if (known or not common_word(word.group().casefold())) and _a_place(value):
            return place
    return ""


def _block_line(line: str) -> bool:
    """A line of an address block: a flat or building, or places and postal codes, with a code or places
    that pass `_a_place` ("Bend, OR 97711-7541", "Co. Galway", "Unit 11, Oak Court")."""
    if UNIT_LINE.fullmatch(line):
        return True
    if not _BLOCK_LINE.fullmatch(line):
        return False
    return bool(re.search(rf"(?:{_CODE})", line) and re.search(r"\d", line)) or _a_place(
        " ".join(re.findall(_PLACE_WORDS, line)) or "0"
    )


def _block_above(text: str, start: int) -> int:
    """Where an address block that ends in the line at `start` begins: the lines above it that are its
    flat, building, town or region lines (at most _MAX_BLOCK_LINES + 1)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return start
    for _ in range(_MAX_BLOCK_LINES + 1):
        if line_start == 0:
            break
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if not line.strip() or not _block_line(line) or _a_name_line(line):
            break
        start, line_start = above + len(line) - len(line.lstrip()), above
    return start


def _a_name_line(line: str) -> bool:
    """ "Joanna Kamińska" or "Dr Jarosław Wiśniewski" above the address: a first name of the lists (after a
    title), then one to three more words."""
    from privacy.engine.names import a_first_name
    from privacy.engine.people import leading_role

    line = line.strip()
    words = line[leading_role(line) :].split()
    return 2 <= len(words) <= 4 and a_first_name(words[0].casefold()) and not a_town_or_region(line)


def _line_tail(text: str, end: int) -> int:
    end = _town_after_code(text, end)
    while (tail := _TAIL.match(text, end)) is not None and tail.end() > end:
        words = tail.group("words")
        lower = tail.group("lower")
        if lower is not None and (not a_town_or_region(lower) or not _stop_free(lower)):  # "Poznań on 12 May"
            break
        # "Leeds, Room 4"; "Lagos, Nigeria": a country is kept; "Recife - PE": a state's two letters are not
        if words is not None and not (_a_place(words) or re.fullmatch(r"[A-Z]{2}", words)):
            to_code = _TO_CODE.match(text, end)  # "…, FAIR HAVEN, CONNECTICUT 06513": a postal code ends it
            if to_code is None or not _stop_free(to_code.group()):
                break
            tail = to_code
        end = _town_after_code(text, tail.end())
    return end


def _town_after_code(text: str, end: int) -> int:
    """Past the town that follows a postal code ending at `end`: capitalised words that pass `_a_place`
    (the longest run that is a known town, else the first word), or one lower-case word that is a known town."""
    after = _AFTER_CODE.match(text, end)
    if after is None or not _ENDS_WITH_CODE.search(text[max(0, end - 14) : end]):
        return end
    if (district := _DISTRICT_PROVINCE.match(text, end)) is not None:  # "27009 Şahinbey/Gaziantep"
        return district.end()
    if after.group("lower") is not None:
        return after.end() if a_town_or_region(after.group("lower")) else end
    words = list(re.finditer(r"\S+", after.group("words")))
    for count in range(len(words), 0, -1):
        value = after.group("words")[: words[count - 1].end()]
        if a_town_or_region(value) or (count == 1 and _a_place(value)):
            return after.start("words") + len(value)
    return end


def _a_place(words: str) -> bool:
    """A town or region after an address: known as one, or capitalised words that are not common English
    ones, nor a country."""
    from privacy.engine.names import common_word

    words = re.sub(rf"^{_ABBREVIATION}", "", words)  # "Co. Kerry": the county's name decides
    if a_country(words) or not _stop_free(words):
        return False
    return a_town_or_region(words) or not all(common_word(word.casefold()) for word in words.split())


def _stop_free(value: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return not any(word.casefold() in STOP_WORDS for word in re.findall(r"[^\W\d_]+", value))


def _log_words(match: re.Match[str]) -> bool:
    """ "0731 NO ANSWER", "1203 AT HOME": a time and words in capitals, where a Dutch postcode would be."""
    return not _stop_free(match.group("dutch")) and match.group("town").isupper()


def address_spans(text: str) -> list[tuple[int, int]]:
    found = [span for match in ANNOUNCED.finditer(text) if (span := announced_span(match)) is not None]
    found += [m.span("value") for m in WEAKLY_ANNOUNCED.finditer(text) if a_street_line(m.group("value"))]
    found += more_street_spans(text) + world_street_spans(text)
    # a log line in capitals is no street ("0103 EMERGENCY ON WAY") nor a Dutch postcode ("0731 NO ANSWER")
    found += [
        _trimmed(text, m)
        for m in STREETS.finditer(text)
        if _stop_free(m.group("english") or "") and not english_in_capitals(m.group()) and not _CLAUSE.search(m.group())
    ]
    found += [m.span() for m in POSTCODES.finditer(text) if not (m.group("dutch") and _log_words(m))]
    found += [_trimmed(text, match) for match in ANY_CASE_STREET.finditer(text) if _stop_free(match.group("name"))]
    return found


# "via our warehouse at 32": words of a clause, which no street's name holds
_CLAUSE = re.compile(r"[ \t](?:our|my|your|his|her|their|at|the|to|for|with|from)[ \t]", re.IGNORECASE)


def _trimmed(text: str, match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span()
    while end > start and text[end - 1] in ",.;: ":
        end -= 1
    return start, end


def address_recognizer() -> EntityRecognizer:
    """Addresses by cue, by street pattern and by postal code; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "LOCATION") for start, end in address_spans(text)]

    return span_recognizer("InternationalAddressRecognizer", ["LOCATION"], find, SCORE)
