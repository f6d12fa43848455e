"""Things the NER model reads as people or places: products, vehicles, rooms and buildings, dates, amounts.

Replacing them destroys what reviewers and training need ("switched to <PERSON_1> 20mg", "a <PERSON_2>
Mustang"), and they identify nobody. A name the model found is a thing when:
- a dose or a pack size follows it ("Eliquis 5mg", "Adderall XR 20mg", "Royal Canin Renal, 7kg bag");
- it opens with a vehicle maker's name and goes on with no name of the lists ("Ford Mustang", "Honda Jazz",
  "Mercedes-Benz C200"; not "Honda Keisuke");
- a word for a room, a building or a branch follows it or ends it ("the Grace Hopper building", "Mayo
  Building", "our Elm Park branch", "the Will Adams room", "the Leeds office", "the Harmondsworth hearing
  centre");
- it is a date and time ("Thursday 29 June 07:32") or an amount ("NZ$85.57").
Only the model's findings are judged this way; a pattern's (an address, an identifier) never are.
"""

from __future__ import annotations

import re

_DOSE_AFTER = re.compile(
    r"[ \t]?\d*(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|ml|g|kg|iu|units?|tablets?|tabs?|caps(?:ules)?|puffs?)\b",
    re.IGNORECASE,
)
# Makers of cars, vans and motorcycles sold widely; their names open a model's ("Toyota Camry").
VEHICLE_MAKERS = frozenset(
    {"alfa", "audi", "bmw", "buick", "byd", "cadillac", "chevrolet", "chevy", "chrysler", "citroen", "citroën"}
    | {"cupra", "dacia", "daewoo", "daihatsu", "dodge", "ducati", "ferrari", "fiat", "ford", "genesis", "gmc"}
    | {"harley-davidson", "holden", "honda", "hyundai", "infiniti", "isuzu", "jaguar", "jeep", "kawasaki", "kia"}
    | {"lada", "lamborghini", "land", "lexus", "lincoln", "lotus", "mahindra", "maserati", "mazda", "mercedes"}
    | {"mercedes-benz", "mg", "mini", "mitsubishi", "nissan", "opel", "perodua", "peugeot", "polestar", "porsche"}
    | {"proton", "ram", "renault", "rivian", "rover", "saab", "seat", "skoda", "škoda", "smart", "subaru"}
    | {"suzuki", "tata", "tesla", "toyota", "vauxhall", "volkswagen", "volvo", "vw", "yamaha"}
)
_MODEL_AFTER = re.compile(r" ([\w-]+)(?![\w.-])")
_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|dr|prof|sr|sra)\.?\s+$", re.IGNORECASE)
_PLACE_WORDS = (
    r"building|bldg|room|rm|hall|wing|block|centre|center|lecture\s+theatre|theatre|library|suite|lifts?"
    r"|entrance|branch|depot|store|shop|campus|site|lounge|terminal|ward|unit|annex|pavilion|auditorium"
    r"|office|yard|hub|warehouse"
)
# A site's word may follow after what is done there: "the Harmondsworth hearing centre", "Canal Park ops centre".
_SITE_USE = r"ops|operations|hearing|contact|sorting|service|distribution|head|main|regional|call|post|processing"
_PLACE_AFTER = re.compile(rf"[ \t]+(?:(?:{_SITE_USE})[ \t]+)?(?:{_PLACE_WORDS})\b", re.IGNORECASE)
# Ending a name, only the words that are no common surnames ("Sarah Hall", "Lee Wing", "Ana Ward" are people).
_PLACE_END = re.compile(r"\b(?:building|bldg|room|centre|center|library|lounge|terminal|campus|depot|branch)$", re.I)
_WEEKDAY_OR_MONTH = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_DATE_AND_TIME = re.compile(r"[\w ,.]*\d{1,2}[:.]\d{2}")
_AMOUNT = re.compile(r"[A-Z]{0,3}[$€£¥₹][ \t]?\d[\d.,]*|\d[\d.,]*[ \t]?(?:[$€£¥₹]|[A-Z]{3})")


def _a_model(word: str) -> bool:
    """A vehicle's model after its maker: "C200", "Mustang"; not a name ("Honda Keisuke", "Ram Kumar")."""
    from privacy.engine.names import a_name

    return any(ch.isdigit() for ch in word) or not a_name(word.casefold().strip(".,"))


def a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name the model found at text[start:end] is a thing; see the module docstring."""
    value = text[start:end].strip()
    words = value.split()
    if not words:
        return False
    if _DOSE_AFTER.match(text, end) or _PLACE_AFTER.match(text, end) or _PLACE_END.search(value):
        return True
    after = _MODEL_AFTER.match(text, end)  # "<Honda> Jazz"; not "Dr. Suzuki. Contact"
    model = words[1] if len(words) > 1 else after.group(1) if after else ""
    titled = _TITLE_BEFORE.search(text[max(0, start - 6) : start])
    if words[0].casefold() in VEHICLE_MAKERS and model and _a_model(model) and not titled:
        return True
    if _AMOUNT.fullmatch(value):
        return True
    return bool(_WEEKDAY_OR_MONTH.search(value) and _DATE_AND_TIME.fullmatch(value))
