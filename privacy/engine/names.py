"""Names written without capitals ("spoke to amara okafor", "CALLER AMARA OKAFOR") or surname first
("Okafor, Amara"), from name lists.

The NER model finds names by their capitals; in lowercase chat and ALL-CAPS notes it finds few. Here a
first name followed by a surname, both in lower case or both in capitals, is a name when the two are in the
name lists of `names-dataset` (MIT; first names and surnames of 105 countries with their rank in each) and
at least one of them is rare as an English word (`wordfreq`: "will smith", "rose hill" stay words; "amara
okafor" does not). The lists are extracted once per machine into a small cached file: the package's whole
data takes 0.9 GB of memory to read.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import os
import pickle
import re
import uuid
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from privacy.engine.people import an_addressee, leading_role
from privacy.engine.places import a_country, a_town_or_region
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

MAX_RANK = 1000  # a name among the 1,000 most common of at least one country
COMMON_ZIPF = 3.5  # wordfreq's Zipf scale: 3.5 is about 3 uses per million English words
SCORE = 0.6
_VERSION = 1
_WORD = re.compile(r"(?<![\w'.@/-])[^\W\d_][\w'-]*[^\W\d_](?![\w'-]|[.@/]\w)")  # whole words, not in an address


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]
    last: frozenset[str]


def cache_path() -> Path:
    var = Path(os.environ.get("TUNELOOP_VAR_DIR", Path(__file__).resolve().parents[2] / "var"))
    return var / "names" / f"names-v{_VERSION}-rank{MAX_RANK}.json.gz"


@functools.cache
def name_lists() -> NameLists:
    """The lists, from the cache file, or extracted into it the first time (a few seconds)."""
    path = cache_path()
    if not path.exists():
        _extract(path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return NameLists(first=frozenset(data["first"]), last=frozenset(data["last"]))


def _extract(path: Path) -> None:
    data = {kind: sorted(_common(f"{kind}_names.pkl.gz")) for kind in ("first", "last")}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)
    tmp.replace(path)  # two processes extracting at once write the same file


def _common(filename: str) -> set[str]:
    source = resources.files("names_dataset") / "v3" / filename
    with source.open("rb") as raw, gzip.open(raw) as handle:
        names: dict[str, Any] = pickle.load(handle)  # the installed package's own data, never a user's file
    return {
        name.casefold()
        for name, info in names.items()
        if info.get("rank") and min(info["rank"].values()) <= MAX_RANK and " " not in name
    }


def _list_word(word: str, lists: NameLists) -> bool:
    """A word of the lists that may stand in a name: not a greeting ("Hi" is a surname: "Hi Thaís"), a role
    word or a title ("PT VIGNESH SUBRAMANIAN")."""
    listed = word in lists.first or word in lists.last
    return listed and not an_addressee(word) and leading_role(f"{word} x") != len(word) + 1


def _uncapitalised(a: str, b: str) -> bool:
    """Both in lower case, or both in capitals: capitalised names are the NER model's to find."""
    return (a.islower() and b.islower()) or (a.isupper() and b.isupper())


def common_word(word: str) -> bool:
    return word_zipf(word) >= COMMON_ZIPF


ENGLISH_ZIPF = 2.6  # on wordfreq's large list: "adjuster", "metering"; names of the lists are rarer or listed


def english_word(word: str) -> bool:
    """Whether the case-folded `word` is an English word, however rare ("renewals", "pharmacist")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="large") >= ENGLISH_ZIPF


def english_words_only(value: str) -> bool:
    """Whether `value` is English words that open with no first name: a role or a team ("Delivery Driver",
    "Superintendent Pharmacist", "Disputes Handler"), not a person ("Grace Hopper", "Hope Green")."""
    words = [word.casefold() for word in regex.findall(r"\p{L}+(?:[-'\u2019]\p{L}+)*", value)]
    return bool(words) and all(map(_english_compound, words)) and not a_first_name(words[0])


def _english_compound(word: str) -> bool:
    """An English word; joined by hyphens, of English parts none of which is a name ("self-employed", not
    "seo-yeon")."""
    parts = re.split(r"[-'\u2019]", word)
    if len(parts) == 1:
        return english_word(word)
    return all(english_word(part) and not a_name(part) for part in parts if len(part) > 1)


def word_zipf(word: str) -> float:
    """How common `word` is in English (wordfreq's Zipf scale); a word joined by hyphens or apostrophes is
    as common as its rarest part ("o'neill" is as rare as "neill", "self-employed" as common as "employed")."""
    from wordfreq import zipf_frequency

    parts = [part for part in re.split(r"[-'\u2019]", word) if len(part) > 1]
    if parts and parts != [word]:
        return min(zipf_frequency(part, "en", wordlist="small") for part in parts)
    return zipf_frequency(word, "en", wordlist="small")


def uncapitalised_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each first name + surname pair written all in lower case or all in capitals."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lists, found = name_lists(), []
    words = list(_WORD.finditer(text))
    for first, last in itertools.pairwise(words):
        a, b = first.group(), last.group()
        if text[first.end() : last.start()] != " " or not _uncapitalised(a, b):
            continue
        a, b = a.casefold(), _unpossessive(b).casefold()  # "hamish robertson's"
        if a in STOP_WORDS or b in STOP_WORDS or an_addressee(a) or a not in lists.first or b not in lists.last:
            continue  # "hi sven": a greeting, then the name the cue recognizer takes
        if not (common_word(a) and common_word(b)):
            found.append((first.start(), last.end()))
    return found


_CAPITALISED = r"(?-i:[A-Z][\w'\u2019-]*[^\W\d_]|[A-Z]{2,})"
# "Okafor, Amara", "NGUYEN, Thi Lan", "de la Cruz, María José" in a form or a list: the surname (particles
# before it), a comma, then the given names, then the end of the item (a line end, ";", "|", "(", ", ", ". ").
SURNAME_FIRST = re.compile(
    rf"(?<![\w'\u2019-])(?P<last>(?:(?:de|van|von|der|den|da|di|del|la|le|du|dos|al|el|bin)\s)*{_CAPITALISED})"
    rf"(?:,[ \t]+|/)(?P<given>{_CAPITALISED}(?:[ \t]{_CAPITALISED})?|(?-i:[A-Z])\.(?:[ \t]?(?-i:[A-Z])\.)?)"
    r"(?=[ \t]*(?:$|[;|\n(/<]|,\s|\.\s|\.$|\s-\s))",
    re.MULTILINE | re.IGNORECASE,
)


def surname_first_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "Surname, Given" name: a given name of the lists after a surname that is in
    them or is no common English word ("Okafor, Amara"; not "Leeds, Yorkshire" or "Sales, Marketing")."""
    found = []
    for match in SURNAME_FIRST.finditer(text):
        last = match.group("last").split()[-1].casefold()
        given = match.group("given").split()[0].casefold()
        if a_country(match.group("given")):  # "Paris, France"
            continue
        initial = len(given.rstrip(".")) == 1
        if (initial or a_first_name(given)) and (last in name_lists().last or not common_word(last)):
            found.append(match.span())
    return found


# A word in another script than Latin, in an English note: a name ("Ελένη Γεωργίου", "佐藤 陽菜", "지훈"),
# unless an address pattern claims it (its score is higher).
OTHER_SCRIPT = regex.compile(
    r"(?V1)(?<![\p{L}\p{M}\p{N}])[[\p{L}\p{M}]--[\p{Latin}\p{Common}]]+"
    r"(?:[ \u00b7\u30fb][[\p{L}\p{M}]--[\p{Latin}\p{Common}]]+){0,3}(?![\p{L}\p{M}\p{N}])"
)
# Who speaks, at a line's start in a chat, an SMS log or a transcript: "[16:20] Ελένη Γεωργίου: …",
# "12:42 Atieno > Thanks", "Zdeňka (20:09): …", "agent martina: hi", "13:09 Padmavathi (Northern Lakes
# Health) > Hi", "Abdi J  18:06" above what they said: with a time, any name; without, one that is a first
# name of the lists and no common word.
# "[22/06/2025, 21:55:18]" in a WhatsApp export, "19/12/2024, 16:35 - " in an Android one; "Abdi J  18:06" alone
# on its line in a Slack or Teams one; "<dilnoza> " in an IRC log.
_TIME = r"[\[(]?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t])?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[ap]m)?[\])]?"
SPEAKER = re.compile(
    rf"^[ \t>]*(?P<time>{_TIME}[ \t]+(?:-[ \t]+)?|<(?=[^>\n]{{2,40}}>[ \t]))?"
    rf"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){{0,3}})"
    rf"(?:>[ \t]|(?P<after>[ \t]*{_TIME})?(?:[ \t]*\((?P<aside>(?![^()\n]*\d)[^()\n]{{2,40}})\))?[ \t]*[:>][ \t]"
    rf"|(?P<header>[ \t]{{1,3}}{_TIME})[ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)


_SUBJECTS = frozenset({"re", "fw", "fwd", "subject", "note", "notes", "update"})  # "9.10am re: vongsa"


# A given name of syllables joined by a hyphen, as Korean and Chinese ones are romanised: "Min-ji", "Seung-hoon".
_GIVEN_NAME_SHAPE = re.compile(r"(?-i:[A-Z][a-z]{1,6}-[a-z]{1,6})")
_NOT_NAMES = frozenset({"生年月日", "생년월일", "住所", "주소", "電話", "전화", "氏名", "이름"})  # birth date, address…


def other_script_names(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in OTHER_SCRIPT.finditer(text) if match.group() not in _NOT_NAMES]


def speaker_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name that opens a line as its speaker; see SPEAKER."""
    from privacy.engine.people import leading_role

    found = []
    matches = list(SPEAKER.finditer(text))
    turns = Counter(match.group("name").casefold() for match in matches)
    for match in matches:
        start, end = match.span("name")
        start += leading_role(text[start:end] + " ") if " " in text[start:end] else 0  # "agent martina"
        words = text[start:end].casefold().split()
        if leading_role(text[start:end]) == end - start and _a_named_aside(match):  # "AGENT (Jianguo):"
            found.append(match.span("aside"))
        if not words or an_addressee(words[0]) or words[0] in _SUBJECTS or leading_role(text[start:end]) == end - start:
            continue
        # no common word: "Totò L", "Ελένη Γεωργίου"; not "duty pohne", "front dsk" (a desk, misspelt)
        uncommon = not any(common_word(word) for word in words if len(word) > 1)
        uncommon = uncommon or bool(_GIVEN_NAME_SHAPE.fullmatch(text[start:end]))
        if match.group("time") == "<":  # an IRC log's nick: a first name, not a desk ("<frontdesk>", "<onb_ops>")
            named = a_first_name(words[0]) or all(map(a_first_name, words[0].split("-")))
        elif match.group("time") or match.group("after") or match.group("header"):  # "jun-jun (08:52):"
            named = a_first_name(words[0]) or all(map(a_first_name, words[0].split("-"))) or uncommon
        else:  # "Da-eun: ok" thrice in a chat: who speaks more than once is no form's label
            named = (a_first_name(words[0]) and not common_word(words[0])) or (
                turns[match.group("name").casefold()] > 1 and uncommon
            )
        if named:
            found.append((start, end))
    return found


def _a_named_aside(match: re.Match[str]) -> bool:
    """A speaker's role with a name in brackets: "AGENT (Jianguo):", not "Agent (claims):"."""
    aside = match.group("aside")
    words = aside.casefold().split() if aside else []
    return 0 < len(words) <= 3 and not common_word(words[0]) and (a_first_name(words[0]) or not english_word(words[0]))


# Capitalised names the NER model missed: two to four capitalised words, each a first name or surname of
# the lists, one at least no common English word ("Debashis Tanvir Bhattacharya", "ĐỖ NGỌC LAN"); an initial
# before a surname of the lists or no common word ("D. Shin", "R. Cook"); a name before "speaking".
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ\u0100-\u017f])[\w'\u2019-]*[^\W\d_]"
CAPITALISED_NAME = re.compile(rf"(?<![\w'\u2019.@/-]){_NAME_WORD}(?:[ \t]{_NAME_WORD})+(?![\w@-]|\.\w)")
INITIAL_NAME = re.compile(rf"(?<![\w.])(?-i:[A-Z])\.(?:[ \t]?(?-i:[A-Z])\.)?[ \t]{_NAME_WORD}(?![\w'\u2019-])")
SPEAKING = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME_WORD})(?=[ \t]+speaking\b)")
_NOT_SURNAMES = frozenset({"box", "street", "road", "avenue", "lane", "close", "drive", "court"})


def capitalised_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of capitalised names by the lists; see CAPITALISED_NAME."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lists, found = name_lists(), []
    for match in CAPITALISED_NAME.finditer(text):  # the longest run of name words inside ("CUST ĐỖ NGỌC LAN")
        words = list(re.finditer(r"\S+", match.group()))
        index = 0
        while index < len(words) - 1:
            for end in range(len(words), index + 1, -1):
                run = [_unpossessive(word.group()).casefold() for word in words[index:end]]
                named = all(_list_word(word, lists) and word not in STOP_WORDS for word in run)
                if named and not all(map(common_word, run)):
                    value = match.group()[words[index].start() : words[end - 1].end()]
                    if not a_town_or_region(value):
                        found.append((match.start() + words[index].start(), match.start() + words[end - 1].end()))
                        index = end - 1
                        break
            index += 1
    for match in INITIAL_NAME.finditer(text):
        surname = match.group().split()[-1].casefold()
        if surname not in _NOT_SURNAMES and (surname in lists.last or not common_word(surname)):
            found.append(match.span())
    found += [match.span("name") for match in SPEAKING.finditer(text)]
    return found


# One capitalised word (or one in capitals) that is a first name or surname of the lists and rare as an
# English word: "Caoimhe -", "Kang asked", "CREW SOKOLOV", "Min-ji 14:40:". A rarer bar than COMMON_ZIPF:
# a lone word has no second name to vouch for it. Short words in capitals are acronyms ("ZAR", "NOK").
RARE_ZIPF = 3.0
LONE_NAME = re.compile(r"(?<![\w'\u2019@./-])(?-i:[A-ZÀ-ÖØ-Þ\u0100-\u017f])[\w'\u2019-]*[^\W\d_](?![\w'\u2019@-]|\.\w)")


def lone_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each lone word that is a name of the lists and rare in English; see LONE_NAME."""
    found = []
    for match in LONE_NAME.finditer(text):
        word = _unpossessive(match.group())
        folded = word.casefold()
        if (word.isupper() and len(word) <= 4) or not all(map(a_name, folded.split("-"))):
            continue
        if word_zipf(folded) < RARE_ZIPF and not _a_place(word):
            found.append((match.start(), match.start() + len(word)))
    return found + _lower_case_first_names(text)


# In lower case, only a first name of the lists that is no English word at all (on wordfreq's large list)
# and no stop word: "aoife is doing them", "try yifan on 021 941 3619"; not "iban", "will", "june".
_LOWER_WORD = re.compile(r"(?<![\w'\u2019@./-])[^\W\d_A-Z][\w'\u2019-]*[^\W\d_](?![\w'\u2019@-]|\.\w)")


def _lower_case_first_names(text: str) -> list[tuple[int, int]]:
    from spacy.lang.en.stop_words import STOP_WORDS

    found = []
    for match in _LOWER_WORD.finditer(text):
        word = _unpossessive(match.group())
        if not word.islower() or word in STOP_WORDS or not a_first_name(word):
            continue
        if not english_word(word) and not _a_place(word) and not _a_code(word):
            found.append((match.start(), match.start() + len(word)))
    return found


def _a_code(word: str) -> bool:
    """An identifier's label ("iban", "acct") or a currency's code ("zar") written in lower case."""
    import pycountry

    from privacy.engine.identifiers import leading_identifier_word

    return (
        leading_identifier_word(f"{word} 0") == len(word) + 1
        or pycountry.currencies.get(alpha_3=word.upper()) is not None
    )


def _a_place(value: str) -> bool:
    return a_town_or_region(value) or a_country(value)


def _unpossessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def a_first_name(word: str) -> bool:
    """Whether the case-folded `word` is a first name of the lists."""
    return word in name_lists().first


def plain_word(word: str) -> bool:
    """Whether the case-folded `word` is a common English word and no first name or surname of the lists
    ("payroll", "error"; not "grace", "okafor")."""
    return common_word(word) and not a_name(word)


def a_name(word: str) -> bool:
    """Whether the case-folded `word` is a first name or a surname of the lists, or joins such names with
    hyphens ("ji-woo", "klaus-peter"), which wordfreq reads as its common parts ("ji", "woo")."""
    lists = name_lists()
    if word in lists.first or word in lists.last:
        return True
    parts = word.split("-")
    if len(parts) < 2 or common_word("".join(parts)) or any(part in _JOINERS for part in parts):  # "wi-fi", "in-law"
        return False
    return all(len(part) > 1 and (part in lists.first or part in lists.last) for part in parts)


_JOINERS = frozenset({"in", "of", "by", "on", "up", "to", "so", "the", "and", "at", "off", "out"})


def holds_a_name(value: str) -> bool:
    """Whether a word of `value` is a first name or a surname of the lists ("Haruto Watanabe", "Adebayo"); not
    a stop word in lower case, which the lists have too ("the" of "the Google Nest")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lists = name_lists()
    words = [word for word in _WORD.findall(value) if not (word.islower() and word in STOP_WORDS)]
    return any(word.casefold() in lists.first or word.casefold() in lists.last for word in words)


def name_list_recognizer() -> EntityRecognizer:
    """Uncapitalised and surname-first names by the name lists; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        spans = uncapitalised_names(text) + surname_first_names(text) + other_script_names(text)
        spans += capitalised_names(text) + speaker_names(text) + lone_names(text)
        return [(start, end, "PERSON") for start, end in spans]

    return span_recognizer("NameListRecognizer", ["PERSON"], find, SCORE)
