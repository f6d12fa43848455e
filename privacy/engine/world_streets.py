"""Street lines of the formats the other street patterns do not know, from Eastern Europe, Asia, Latin America.

A street word before the name ("ul. Sadovaya, d. 43", "Str. Zorilor nr. 80", "Jl. Diponegoro No. 76",
"Odos Ermou 73", "Rue des Bouchers 169", "Jr. Junín 211"), a street word after it as a word of its own
("Königsberger Weg 136a", "Kongens gate 27B", "Petőfi tér 65.", "Kossuth Lajos utca 101."), Korean road names
("Dosan-daero 12-gil 10"), Colombian grid addresses ("Transversal 45B # 39-83"), a number before the street
word ("5806 boul. Rene-Levesque", "Số 15 kiệt 7 Hoàng Diệu", "214/2 Moo 6", "house 31, road 11"), and a
Japanese block number after its district ("Tenjinbashi 3-21-14"). Each holds a house number; the name's
words are no English stop words, and not all common English words.
"""

# ruff: noqa: RUF001  # Vietnamese, Hungarian and Greek letters are what these streets are written with

from __future__ import annotations

import re

# Street words that open a street's name; the short ones only with their full stop.
_BEFORE = (
    r"ul\.?|vul\.?|ulica|ulitsa|vulytsia|prosp\.|prospekt|pr-t|per\.|pereulok|nab\.|sh\.|shosse|bulv\.|str\.|strada"
    r"|bd\.|bdul\.?|b-dul|calea|[sș]os\.|aleea|splaiul|pia[tț]a|jl\.?|jln\.?|jalan|gg\.|thanon|soi|đường|duong"
    r"|phố|odos|odós|leoforos|leof\.|plateia|calle|c/|av\.|avda\.?|avenida|jr\.|jirón|jiron|pasaje|psje\.|pje\."
    r"|transversal|carrera|cra\.?|diagonal|dg\.|bv\.|bulevar|boul\.|boulevard|camino|rua|r\.|travessa|trav\."
    r"|largo|estrada|alameda|viale|piazza|p\.zza|corso|vicolo|nám\.|náměstí|aleja|al\.|os\.|osiedle|rue"
    r"|avenue|chemin|allée|impasse|quai|rte\."
)
# Street words after the name, as a word of their own.
_AFTER = (
    r"weg|gate|gata|vej|gade|tie|katu|utca|út|útja|tér|körút|köz|sor|fasor|sétány|lu|jie|dao|hutong|cad\.?"
    r"|sok\.?|caddesi|sokak|marg|salai|mawatha|allee|straße|strasse|platz|gasse|laan|straat|gracht|plein"
    r"|vägen|gatan|ulica|prospekt|pereulok|shosse|ring|damm|steig|pfad|gränd|stræde|vegen|veien"
)
_MARKS = r"no|nr|n[º°o]|d|dom|bud|numero|número|hse|house"
_WORD = rf"(?!(?i:{_MARKS})\.?[ \t]*:?[ \t]*\d)[^\W\d_][\w'’.-]*"
_NAME = rf"(?:\d{{1,2}}[ \t]+(?i:de|del|di|da|do)[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_NUMBER_MARK = rf"(?:(?:(?i:{_MARKS})\.?|#)[ \t]*:?[ \t]*)"
_HOUSE = r"\d{1,5}[a-zA-Z]{0,3}(?:[/-]\d{1,5}[a-zA-Z]?)*\.?(?![\d:]|[ \t]?(?i:%|km|kg|mins?|hours?|days?|pm|am)\b)"
WORLD_STREETS = re.compile(
    "|".join(
        [
            # ul. Sadovaya, d. 43; Str. Zorilor nr. 80; Jl. Diponegoro No. 76; Odos Ermou 73; Jr. Junín 211
            rf"(?<![\w.])(?i:{_BEFORE})[ \t]+(?P<before>{_NAME}),?[ \t]*{_NUMBER_MARK}?{_HOUSE}",
            # Königsberger Weg 136a, Kongens gate 27B, Petőfi tér 65., Kossuth Lajos utca 101., moda cad. no:18
            rf"(?<![\w.])(?P<after>{_NAME})[ \t]+(?i:{_AFTER})(?![\w])[ \t]*,?[ \t]*{_NUMBER_MARK}?{_HOUSE}",
            # Dosan-daero 12-gil 10, gangnam-daero 94-gil 7, Teheran-ro 152
            r"(?<![\w.])[^\W\d_][\w]*-(?i:daero|ro|gil)(?:[ \t]+\d{1,4}-?(?i:gil|beon-gil))?"
            r"[ \t]+\d{1,4}(?:-\d{1,4})?\b",
            # Transversal 45B # 39-83, Carrera 7 No. 71-21, Calle 100 # 8A-55
            r"(?<![\w.])(?i:transversal|carrera|cra\.?|calle|cl\.|diagonal|dg\.|avenida|av\.|kr\.?|tv\.)[ \t]+"
            r"\d{1,3}[a-zA-Z]{0,3}(?:[ \t]?(?i:bis))?[ \t]*(?:#|(?i:no\.?|n[º°]))[ \t]*"
            r"\d{1,3}[a-zA-Z]?[ \t]*-[ \t]*\d{1,3}\b",
            # 5806 boul. Rene-Levesque; Số 15 kiệt 7 Hoàng Diệu; 214/2 Moo 6; house 31, road 11; Street 16
            rf"(?<![\w.])(?:(?i:số|so|house|hse|villa|plot)\.?[ \t]*(?i:no\.?)?[ \t]*)?"
            rf"\d{{1,5}}[a-zA-Z]?(?:/\d{{1,4}})?,?[ \t]+(?i:boul\.|rue|hẻm|hem|kiệt|ngõ|moo|road|street|soi|lane)[ \t]+"
            rf"(?:\d{{1,4}}(?:[ \t]+{_WORD}){{0,3}}|{_NAME})",
            # Japan's block number after its district: Tenjinbashi 3-21-14
            r"(?<![\w.-])(?-i:[A-Z])[a-zōū]+(?:-[a-z]+)?[ \t]+\d{1,2}-\d{1,2}-\d{1,3}(?![\w-])",
        ]
    )
)
_KEPT_WORDS = frozenset({"de", "del", "di", "da", "do", "des", "du", "la", "las", "los", "van", "von", "der"})


def world_street_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street line of the formats above (see the module docstring). A match whose name
    holds other words ("still at königsberger weg 138") is tried again from its next word."""
    found, position = [], 0
    while (match := WORLD_STREETS.search(text, position)) is not None:
        name = match.group("before") or match.group("after") or ""
        if name and not _a_street_name(name):
            next_word = re.compile(r"\S*\s+").match(text, match.start())
            position = next_word.end() if next_word is not None else match.end()
            continue
        start, end = match.span()
        while end > start and text[end - 1] in ",.;: ":
            end -= 1
        found.append((start, end))
        position = match.end()
    return found


def _a_street_name(name: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import common_word

    words = [w.casefold().strip(".") for w in re.findall(r"[^\W\d_][\w'’.-]*", name)]
    if any(w in STOP_WORDS and w not in _KEPT_WORDS for w in words):
        return False
    return not all(common_word(w) for w in words if w not in _KEPT_WORDS)
