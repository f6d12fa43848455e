"""Address chains: the parts around an address that was found, in the words of many countries' addresses.

An address is a chain of parts joined by commas, spaces or short lines: street, house number, flat
("kv. 142", "bl. M4, sc. 2, ap. 47", "Int. 4", "3. tv.", "5º Dto."), quarter ("Col. Roma Norte",
"Brgy. Poblacion", "Kel. Menteng", "RT 004/RW 008", "Phường 13", "Haeundae-gu"), town and postal code,
read aloud on a call too ("seven nine zero one two"). Once one part is known to be an address, each
neighbour that has the shape of such a part belongs to it; a capitalised word belongs only between two
such parts or as a known town. Parts are told by their words, which are listed here for the address
formats of Europe, the Americas, Asia and Africa, not by the place a note was written about.
"""

# ruff: noqa: RUF001  # ordinal marks and Vietnamese letters are what addresses are written with

from __future__ import annotations

import re

from privacy.engine.places import a_country, a_town_or_region
from privacy.engine.streets import leading_town

# Flats, floors, entrances, blocks and buildings, and house numbers' markers: always with a number or a
# one- or two-character mark after them.
_UNIT_WORD = (
    r"kv|kvartira|dom|korp|korpus|str|stroenie|bud|bl|bloc|sc|scara|et|etaj|ap|apt|app|appt|apto|apart"
    r"|apartamento|depto|dpto|dto|int|interior|piso|pta|puerta|esc|escalera|bus|bte|boîte|boite|lok|lokal"
    r"|flat|unit|suite|ste|fl|floor|level|lvl|lot|plot|block|blk|bldg|building|tower|twr|house|hse|no|nr"
    r"|n[º°o]|num|número|numero|moo|mu|hẻm|kiệt|ngõ|ngách|số|gang|gg|whg"
    r"|stiege|stg|top|tür|wohnung|etage|étage|bât|bat|lgh|byt|villa|shop|wing|entrance|ent|quadra|qd|conj"
    r"|casa|cs|andar|sala|loja|bloco|lote|lt|mz|manzana|torre|oficina|depart|departamento|apartment|appartement"
    r"|vh|vhod|pod|podjezd"  # a Bulgarian or Russian block's entrance: "vh. A", "pod. 2"
)
_UNIT_LETTER = r"d|k|m|h|g"  # "d. 43", "d:5", "k. 2", "m. 37": a single letter only with its mark
_MARK = r"(?:\d{1,5}[a-zA-Z]?(?:[/-]\d{1,5}[a-zA-Z]?)*\.?|[A-Za-z]\d{0,3}\b|[A-Za-z]{1,2}\b(?!\.))"
_UNIT = rf"(?:(?i:{_UNIT_WORD})(?![^\W\d_])\.?|(?i:{_UNIT_LETTER})[.:])[ \t]*(?::[ \t]*)?{_MARK}"
# Floors and doors written as ordinals: "3. tv.", "6. em. 8.", "1. mf.", "5º Dto.", "6º esq.", "13º c"
_ORDINAL = (
    r"\d{1,3}\.[ \t]?(?i:tv|th|mf|em|emelet|sal|og|etg|et|st|sz|ajtó)\.?(?:[ \t]?\d{1,3}\.?)?"
    r"(?:[ \t](?i:rechts|links|mitte|re|li)\b\.?)?"  # "1. OG rechts"
    r"|\d{1,3}\.?[º°ª][ \t]?(?i:dto|dta|esq|izq|izda|dcha|dr|drt|andar|piso|frente|fte|esquerdo|direito|[a-z])\b\.?"
    r"|\d{1,3}/F\b"  # a Hong Kong floor: "29/F"
)
# Quarters, districts, municipalities and provinces, by their word before a name or a number.
_AREA_WORD = (
    r"col|colonia|alc|alcaldía|alcaldia|del|delegación|delegacion|mun|municipio|brgy|barangay|purok|sitio"
    r"|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota|desa|rt|rw|tambon|amphoe|khet|kwaeng|phường|phuong"
    r"|quận|quan|huyện|huyen|xã|tp|thành phố|jud|județul|judetul|sect|sector|sat|comuna|taman|mukim|ward"
    r"|mah|mahallesi|barrio|bo|urb|urbanización|urbanizacion|fracc|fraccionamiento|distrito|dist|district"
    r"|prov|provincia|dept|departamento|oblast|obl|raion|r-n|okres|gmina|gm|powiat|woj|województwo|kanton"
    r"|bezirk|ortsteil|bairro|freguesia|concelho|frazione|località|block|phase|zone|sub-district|soi"
    r"|thanon|village|vill|tehsil|taluk|mandal|layout|sec|co|county|parish|zh\.[ \t]?k|khoroo|zona"
)
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_AREA_NUMBER = rf"{_MARK}(?:[ \t]?/[ \t]?(?i:rw|rt)\.?[ \t]*{_MARK})?"  # "RT 004/RW 008", "Purok 2", "Quận 3"
_AREA = rf"(?i:{_AREA_WORD})(?![^\W\d_])\.?[ \t]*(?:{_AREA_NUMBER}|{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})"
# Counted after the number: "111 hao", "17 dong 4 danyuan 712 shi", "102-dong 629-ho", "785号室"
_COUNTER = r"(?i:hao|hào|dong|danyuan|shi|lou|ceng|ho|gō|go|ban|chome|haus|号室|号|室|棟)"
_COUNTED = rf"\d{{1,5}}[ \t-]?{_COUNTER}(?:[ \t]+\d{{1,5}}[ \t-]?{_COUNTER}){{0,3}}"
# A place joined to its kind: "Haeundae-gu", "Seogyo-dong", "Kita-ku", "Osaka-shi", "Osaka-fu", "Mirpur-10"
_SUFFIXED = (
    r"[^\W\d_][\w'’]*-(?i:gu|dong|ku|shi|ken|fu|to|si|gun|myeon|eup|ri|cho|machi|mura|ro|gil|daero)\b"
    r"|(?-i:[A-Z])[\w'’]+-\d{1,4}\b|[^\W\d_][\w'’]*[ \t](?i:qu|shi|xian|zhen|lu|jie)\b"
)
# Postal codes of most countries, in any case: "07127", "629 09", "51-690", "1100-053", "F4108CVC",
# "c2s 1t3", "g3 3am", "R58 Y0X2"; after "C.P." or "PIN" too, and a Canadian code after its province's two
# letters ("ns c2s 1t3").
_CODE = (
    r"(?:(?i:c\.p\.|cp|cep|pin|zip|postcode|plz)[ \t]*:?[ \t]*|[A-Za-z]{2}[ \t]+(?=[A-Za-z]\d[A-Za-z]))?"
    r"(?:\d{3,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{4}|[A-Za-z]\d{4}[A-Za-z]{3}"
    r"|[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z][ \t]?\d[A-Za-z]\d"
    r"|[A-Za-z]\d{2}[ \t]?[A-Za-z\d]{4}|\d{4}[ \t]?[A-Za-z]{2})(?![\w-])"
)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
# A postal code read aloud: four or more digits as words, letters among them ("V seven four K C three eight").
_SPOKEN_CODE = rf"(?i:(?:{_DIGIT_WORD}|[a-z])(?:[ \t,-]+(?:{_DIGIT_WORD}|[a-z])){{3,9}})(?![\w-])"
# A part ends where the text, a line, a comma, a field's quote, a sentence's mark or a " - " follows it.
_STOP = r"$|[,\n;\"'()?!/]|\.(?:\s|$)|[ \t]+-[ \t]|[ \t]+[A-Za-z][\w.]*="  # ... or a log's next "KEY="
_END = rf"(?=[ \t]*(?:{_STOP}|[ \t]+\d{{3,6}}[ \t]*(?:{_STOP})))"
_PROVINCE = r"\((?-i:[A-Z]{2})\)"  # "56667 napoli (TO)"
# Places joined to their kinds, written one after another as Japan and Korea write them, before the block's
# numbers: "Osaka-fu Osaka-shi Kita-ku Tenjinbashi 3-21-14"
_SUFFIXED_RUN = re.compile(rf"(?:{_SUFFIXED})(?:[ \t]+(?:{_SUFFIXED}))*(?![\w-])")
_BLOCK_NUMBERS = re.compile(r"[ \t]+(?:[^\W\d_][\w'’]*[ \t]+)?\d{1,4}(?:-\d{1,4}){1,2}(?![\w-])")
PART = re.compile(rf"(?:{_ORDINAL}|{_COUNTED}|{_UNIT}|{_AREA}|{_SUFFIXED}|{_PROVINCE})(?![\w-]){_END}", re.MULTILINE)
# A flat's or a staircase's letter and number after the house number: "Mannerheimintie 75 B 6"
_LETTERED = re.compile(rf"[A-Za-z][ \t]?\d{{1,4}}(?![\w-]){_END}", re.MULTILINE)
CODE = re.compile(_CODE)
_STRICT_END = re.compile(_END, re.MULTILINE)
_SPACED_CODE = re.compile(rf"[ \t]+{_CODE}")
SPOKEN_CODE = re.compile(_SPOKEN_CODE)
_SEPARATOR = re.compile(r"[ \t]*[,/][ \t]*|[ \t]+-[ \t]+(?=\d{3,6}\b)|[ \t]+|[ \t]*\n[ \t]*")  # "pune - 521057"
_TOWN_WORD = r"[^\W\d_](?:[\w'’-]|\.(?=\w))*"  # no full stop at its end: "Leipzig. Thanks" is no town
_TOWN = re.compile(rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}")
_MAX_PARTS = 10


def address_chain(text: str, start: int, end: int) -> tuple[int, int]:
    """The address at text[start:end] with the chain of parts that follows it, on its line and on the next
    lines of its block (see the module docstring)."""
    end = _reopened(text, start, end)
    for count in range(_MAX_PARTS):
        after = _next_part(text, end, count > 0)
        if after is None:
            break
        end = after
    return start, end


def _reopened(text: str, start: int, end: int) -> int:
    """Past the part that the address's last word opens: "…NR. 9, BL" of "BL. M4", "…, 412" of "412 89"."""
    last = max(text.rfind(" ", start, end), text.rfind(",", start, end)) + 1
    part = PART.match(text, last) if start < last < end else None
    return part.end() if part is not None and part.end() > end else end


def _next_part(text: str, end: int, grown: bool) -> int | None:
    """Where the part that follows the address ending at `end` ends; None if none follows. Once the address has
    grown by a part, a capitalised word that ends it is its town ("…, ap. 9, Iasi")."""
    separator = _SEPARATOR.match(text, end)
    if separator is None or separator.end() >= len(text):
        return None
    at, newline = separator.end(), "\n" in separator.group()
    if newline and _a_paragraph(text, end):
        return None
    if (part := PART.match(text, at)) is not None:
        return part.end()
    run = _SUFFIXED_RUN.match(text, at)
    if run is not None and (_ended(text, run.end()) or _BLOCK_NUMBERS.match(text, run.end())):
        return run.end()
    lettered = _LETTERED.match(text, at) if separator.group().isspace() and text[end - 1].isdigit() else None
    if lettered is not None and not newline:
        return lettered.end()
    if (code := CODE.match(text, at)) is not None and _a_code(text, code):
        return code.end()
    spoken = None if newline else SPOKEN_CODE.match(text, at)
    if spoken is not None and _a_spoken_code(text, spoken):
        return spoken.end()
    return _town(text, at, False, grown)


def _a_spoken_code(text: str, spoken: re.Match[str]) -> bool:
    """Three digits or more said as words, then the chain's end or a town ("zero zero one two three Gdańsk")."""
    said = len(re.findall(_DIGIT_WORD, spoken.group(), re.IGNORECASE)) >= 3
    return said and (_ended(text, spoken.end()) or _town(text, spoken.end(), True) is not None)


def _town(text: str, at: int, after_code: bool, grown: bool = False) -> int | None:
    """A town or region: known as one, or capitalised words that end the chain after a postal code ("0724
    Bruxelles") or after a grown address, or that another part follows ("Rathgar, Co. Kerry", "Te Aro,
    Auckland 2996")."""
    if after_code:
        separator = re.match(r"[ \t]+", text[at:])
        if separator is None:
            return None
        at += separator.end()
    words = _TOWN.match(text, at)
    if words is None:
        return None
    found = list(re.finditer(r"\S+", words.group()))
    for count in range(len(found), 0, -1):
        value = words.group()[: found[count - 1].end()].rstrip(".,")
        end = at + len(value)
        if not (_ended(text, end) or _code_follows(text, end)) or a_country(value):
            continue
        if a_town_or_region(value):
            return end
        if _capitalised(value) and (after_code or _part_follows(text, end) or (grown and _last(text, end))):
            return end
        if count == 1 and _uncommon(value) and (after_code or _part_follows(text, end)):  # "56667 napoli"
            return end  # and "ballinacurra, co. kerry"
    return None


def _last(text: str, end: int) -> bool:
    """The chain ends here: the text, its line, a sentence or a field ends."""
    return re.match(r"[ \t]*(?:$|\n|[.;\"')?!](?:\s|$))", text[end:]) is not None


def _part_follows(text: str, end: int) -> bool:
    """Whether a part, a postal code or a known town follows on the same line."""
    separator = _SEPARATOR.match(text, end)
    if separator is None or "\n" in separator.group():
        return False
    at = separator.end()
    code = CODE.match(text, at)
    if PART.match(text, at) is not None or (code is not None and _ended(text, code.end())):
        return True
    return leading_town(text[at : at + 60]) > 0


def _code_follows(text: str, end: int) -> bool:
    """ "Beijing 591869", "surabaya 94185": a postal code after the town, with a space."""
    code = _SPACED_CODE.match(text, end)
    return code is not None and _a_code(text, code)


def _a_code(text: str, code: re.Match[str]) -> bool:
    """A postal code ends the chain or a town follows it, unless it mixes letters and digits ("t12 w0e1")."""
    value = code.group().strip()
    mixed = re.search(r"\d", value) is not None and re.search(r"[^\W\d_]{1}\d|\d[^\W\d_]", value) is not None
    return mixed or _ended(text, code.end()) or _town(text, code.end(), True) is not None


def _capitalised(value: str) -> bool:
    """Capitalised words, not all common English ones, and no stop word among them."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import common_word

    words = value.split()
    if any(word.casefold() in STOP_WORDS for word in words):
        return False
    return words[0][:1].isupper() and not all(common_word(word.casefold().strip(".")) for word in words)


def _uncommon(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import common_word

    folded = word.casefold()
    return folded not in STOP_WORDS and not common_word(folded) and not a_country(word)


def _ended(text: str, end: int) -> bool:
    return _STRICT_END.match(text, end) is not None


def _a_paragraph(text: str, end: int) -> bool:
    """A blank line, or the letter's salutation, ends an address block."""
    return bool(re.match(r"[ \t]*\n[ \t]*(?:\n|(?i:dear|hi|hello|re:|subject)\b)", text[end:]))
