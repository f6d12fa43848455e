"""Names that short hand writes in lower case, where no capital and no name list gives them away.

- An initial and a surname: "k. gunawardena", "-- a. sandhu", "seen by s. virdee", "D. Ní Dhomhnaill".
  The surname is rare in English (wordfreq), or a name of the lists not common in English: "v. good" and
  "b. cheque" are no names, and "e.g." and "i.e." never open one.
- A name before who that person is to the case: "usman (partner)", "hamisi the ex-partner", "Chulpan
  (spouse)". The word is no stop word, no role ("caller (wife)") and no common English word unless a name
  of the lists ("harry the brother").
- One or two first names of the lists, not common in English, before where that person lives or moved:
  "is íñigo still at c/ mayor", "hey is juan pablo - moved to", "mads now living in indiranagar". Only
  people live somewhere: "the van still at the depot" and "stock moved to" name nothing.
"""

from __future__ import annotations

import re

_RARE_ZIPF = 3.0  # "gunawardena", "virdee": rare; "joshi" is on the lists
_COMMON_ZIPF = 4.0  # "good", "cheque", "contact": common words, whatever the lists hold
_NAME_WORD = r"[^\W\d_][\w'\u2019-]*[^\W\d_]"
_PARTICLE = r"(?:ní|nic|ni|mac|mc|ó|o'|de|da|di|del|van|von|der|dos|du|la|le|bin|binti|al|el|ap)"
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w.'\u2019-])[^\W\d_]\.[ \t]?(?P<surname>(?:{_PARTICLE}[ \t])?{_NAME_WORD})(?![\w'\u2019-]|\.\w)",
    re.IGNORECASE,
)
_WHO = (
    r"wife|husband|spouse|(?:ex-)?partner|son|daughter|mother|mum|mom|father|dad|brother|sister|grandson"
    r"|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|friend|neighbour|neighbor|landlord"
    r"|guarantor|carer|attorney|executor|lodger|flatmate|boyfriend|girlfriend|fianc[ée]e?|stepson|stepdaughter"
)
_BEFORE_WHO = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_NAME_WORD})[ \t]+(?:\((?:{_WHO})\)|the[ \t]+(?:ex-)?(?:{_WHO})\b)",
    re.IGNORECASE,
)
_LIVES = (
    r"still[ \t]+(?:at|in|on|living|lives|there)|(?:has[ \t]+|just[ \t]+)?moved[ \t]+(?:to|from|out|in)"
    r"|relocat(?:ed|ing)[ \t]+to|now[ \t]+(?:living|lives|at|in|on)|(?:lives|living|staying)[ \t]+(?:at|in|on|with)"
)
_BEFORE_HOME = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)[ \t]+(?:-[ \t]+)?(?:{_LIVES})\b"
)
_NOT_NAMES = frozenset(
    {"caller", "customer", "client", "tenant", "patient", "member", "contact", "applicant", "claimant", "debtor"}
    | {"resident", "occupant", "pupil", "student", "insured", "policyholder", "mr", "mrs", "ms", "miss", "dr"}
)


def initial_surnames(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "k. gunawardena": an initial, a full stop and a surname; see the module."""
    from privacy.engine.names import a_name, word_zipf

    found = []
    for match in _INITIAL_SURNAME.finditer(text):
        last = match.group("surname").split()[-1].casefold()
        zipf = word_zipf(last)
        if zipf < _RARE_ZIPF or (a_name(last) and zipf < _COMMON_ZIPF):
            found.append(match.span())
    return found


def named_relations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name right before who that person is: "usman (partner)"; see the module."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import a_name, word_zipf

    found = []
    for match in _BEFORE_WHO.finditer(text):
        word = match.group("name").casefold()
        if word in STOP_WORDS or word in _NOT_NAMES:
            continue
        if word_zipf(word) < _COMMON_ZIPF or a_name(word):
            found.append(match.span("name"))
    return found


def residents(text: str) -> list[tuple[int, int]]:
    """(start, end) of each first name in lower case before where that person lives; see the module."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import a_first_name, common_word

    found = []
    for match in _BEFORE_HOME.finditer(text):
        *before, last = match.group("name").split()
        if not match.group("name").islower() or not a_first_name(last) or common_word(last):
            continue
        # "rosa elvira": a first name before the last one belongs to it, however common ("rosa")
        joined = bool(before) and before[0] not in STOP_WORDS and a_first_name(before[0])
        found.append((match.end("name") - len(last) if not joined else match.start("name"), match.end("name")))
    return found
