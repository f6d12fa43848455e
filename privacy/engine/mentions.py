"""Every mention of what was found once: found again, joined where split, and told apart by its words."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from privacy.engine.findings import NAME_TYPES, Span
from privacy.engine.identifiers import is_date
from privacy.engine.people import NOT_NAME_TAGS, PARTICLES
from privacy.engine.presets import names_an_organisation

if TYPE_CHECKING:  # spaCy is imported lazily, under the load lock (see presidio_engine).
    from spacy.tokens import Doc

# Skips initials ("J.") so "J. Miller" can match "Miller"; a word keeps its marks ("प्रिया", not "प", "र", "य").
_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]+")
_JOINED_NAME = regex.compile(r"\p{L}[\p{L}\p{M}]+(?:-\p{L}[\p{L}\p{M}]+)+")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"})
# Honorifics after a name: "Gulsen Hanim" (dotless i), "Tanaka-san", "Ahmet Bey", "Min-ji ssi"; not "chan" or
# "ji", which are names too.
_HONORIFICS = frozenset(
    {"han\u0131m", "hanim", "bey", "efendi", "san", "sama", "nim", "ssi", "sahib", "saheb", "sensei"}
)
_NOT_ALONE = _TITLES | _HONORIFICS | PARTICLES  # words of a name that name no one alone: "Dr", "von", "Bey"


def repeated_mentions(text: str, spans: list[Span], doc: Doc) -> list[Span]:
    """Find the other occurrences of what was recognised once (the NER model often misses "Called Jo Bo").

    A person's name and each of its words are found in any case ("Amara Okafor … AMARA … okafor said"),
    except where the tagger reads the word as something a name is not ("hope" the verb, of Hope Mwangi)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    found = []
    for span in spans:
        person = span.entity_type == "PERSON"
        value = text[span.start : span.end]
        # a pattern finds every occurrence of its shape, but an identifier its word announces is found once
        # ("Your file: CR/36664/HL" … "dispute CR/36664/HL"): it is found again wherever it is written
        if span.from_pattern and not person and not _an_identifier(span.entity_type, value):
            continue
        terms = {value}
        if person:  # and each name alone: "Called Sofia Tanaka ... Tanaka said"; never "the" or "my" alone
            terms |= {word for word in _NAME_WORD.findall(value) if word.casefold() not in _NOT_ALONE | STOP_WORDS}
            terms |= set(_JOINED_NAME.findall(value))  # "Dong-hyun" of "Kim Dong-hyun", before "Dong"
            terms |= _particle_surnames(value)
        alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        # not inside an e-mail address or a link: "payroll@…", "…/okafor"
        mention = rf"(?<![\w@/.])(?:{alternatives})(?![\w@]|\.\w)"
        for match in re.finditer(mention, text, re.IGNORECASE if person else 0):
            if person and match.group() not in terms and not _name_like(doc, match):
                continue
            if person and match.group() != value and _hyphen_joined(text, match):
                continue  # "Dong" of "Kim Dong-hyun" is no mention in "Sanggye-dong" or "107-dong"
            found.append(Span(match.start(), match.end(), span.entity_type, span.score, from_pattern=False))
    return found


def _hyphen_joined(text: str, match: re.Match[str]) -> bool:
    """A word of a name joined by a hyphen to a word it was not joined to in the name."""
    before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() : match.end() + 2]
    return re.fullmatch(r"\w-", before) is not None or re.fullmatch(r"-\w", after) is not None


_AMOUNT = re.compile(r"\d{1,3}(?:[,. ]\d{3})*[.,]\d{2}")
# 20231028, 12-MAY-2023
_DATE_DIGITS = re.compile(
    r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|\d{1,2}[-/. ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-/. ]?\d{2,4}",
    re.IGNORECASE,
)
_NOT_IDENTIFIERS = frozenset({"DATE_TIME", "LOCATION", "AGE", "NRP", "URL", "EMAIL_ADDRESS"})


def _an_identifier(entity_type: str, value: str) -> bool:
    """A value worth finding again: no date or amount ("12-MAY-2023", "844.20"), with a digit, five long."""
    if entity_type in _NOT_IDENTIFIERS or len(value) < 5 or not any(ch.isdigit() for ch in value):
        return False
    return not (is_date(value) or _DATE_DIGITS.fullmatch(value) or _AMOUNT.fullmatch(value))


def _particle_surnames(value: str) -> set[str]:
    """The surname that opens with a particle, as written alone: "von der Heyde" of "Matthias von der Heyde"."""
    words = list(re.finditer(r"\S+", value))
    return {value[word.start() :] for word in words[1:-1] if word.group().casefold() in PARTICLES}


def _name_like(doc: Doc, match: re.Match[str]) -> bool:
    """A mention in another case may be the name: not a stop word, not tagged as a verb, preposition…"""
    from spacy.lang.en.stop_words import STOP_WORDS

    if len(match.group()) < 3 or match.group().casefold() in STOP_WORDS:
        return False
    tokens = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    return not tokens or not any(token.tag_.startswith(NOT_NAME_TAGS) for token in tokens)


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?-i:[A-Z])[^\W\d_]+(?:[-'\u2019][^\W\d_]+)?[ ]\Z")
_RARE_ZIPF = 3.0  # as names.RARE_ZIPF: "Debashis", "Vaishnavi"; not "Check", "Dear", "Please"


def with_given_names(text: str, spans: list[Span]) -> list[Span]:
    """Each person with the capitalised word right before it that no list has and English rarely uses: the
    given name of a surname the lists know ("Vaishnavi Venkatesan", "Debashis Tanvir Bhattacharya")."""
    from privacy.engine.names import word_zipf
    from privacy.engine.people import leading_role
    from privacy.engine.places import a_town_or_region

    widened = []
    for span in spans:
        before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        word = before.group().strip() if before is not None and span.entity_type == "PERSON" else ""
        given = bool(word) and not word.isupper() and word_zipf(word.casefold()) < _RARE_ZIPF
        if given and not (leading_role(word + " x") or a_town_or_region(word) or names_an_organisation(word)):
            span = replace(span, start=span.start - len(word) - 1)
        widened.append(span)
    return widened


_WORD_AFTER = re.compile(r"\A[ ](?P<word>[^\W\d_]+(?:[-'\u2019][^\W\d_]+)?)(?![\w'\u2019-])")


def with_family_names(text: str, spans: list[Span]) -> list[Span]:
    """Each first name of the lists found alone, with the word right after it that no list has and English
    rarely uses, in the same case: its family name ("Funmilayo Ogunbiyi", "sagal guled"; not "Maria booked")."""
    from privacy.engine.names import a_first_name, word_zipf
    from privacy.engine.people import leading_role
    from privacy.engine.places import a_town_or_region

    widened = []
    for span in spans:
        value = text[span.start : span.end]
        after = _WORD_AFTER.match(text[span.end : span.end + 40])
        word = after.group("word") if after is not None else ""
        alone = span.entity_type == "PERSON" and " " not in value and a_first_name(value.casefold())
        same_case = (word[:1].isupper() and value[:1].isupper()) or (word.islower() and value.islower())
        rare = not word.isupper() and word_zipf(word.casefold()) < _RARE_ZIPF
        other = leading_role(word + " x") or a_town_or_region(word) or names_an_organisation(word)
        if alone and same_case and rare and not other:
            span = replace(span, end=span.end + 1 + len(word))
        widened.append(span)
    return widened


def next_to_a_person(text: str, spans: list[Span], people: set[Span]) -> set[Span]:
    """Organisations of one or two capitalised words one space from a person, that say nothing of being an
    organisation: the given name the lists lack before a surname they have ("Narongrit Sukprasert")."""
    edges = {person.start for person in people} | {person.end for person in people}
    found = set()
    for span in spans:
        value = text[span.start : span.end]
        if span.entity_type != "ORGANIZATION" or not _CAPITALISED_WORDS.fullmatch(value) or value.isupper():
            continue
        after = span.end + 1 in edges and text[span.end] == " "
        before = span.start - 1 in edges and text[span.start - 1] == " "
        if (after or before) and not names_an_organisation(value):
            found.add(span)
    return found


_CAPITALISED_WORDS = re.compile(r"(?-i:[A-Z])[^\W\d_]+(?:[ ](?-i:[A-Z])[^\W\d_]+)?")


def joined_names(text: str, spans: list[Span]) -> list[Span]:
    """A person and a name the model guessed right after it, one space or a particle apart, as one person:
    "Matthias von der" and "Heyde" (read as a place), "Jarosław" and "Wiśniewski", "Nurul Aina" binti
    "Rahman"; `spans` are in order and apart."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        gap = text[last.end : span.start] if last is not None else ""
        between = gap == " " or (gap[:1] == gap[-1:] == " " and gap.strip() in PARTICLES)  # " binti "
        if last is not None and between and _one_person(last, span):
            joined[-1] = Span(last.start, span.end, "PERSON", max(last.score, span.score), from_pattern=False)
        else:
            joined.append(span)
    return joined


def _one_person(a: Span, b: Span) -> bool:
    types = {a.entity_type, b.entity_type}
    guessed_name = all(
        s.entity_type == "PERSON" or (s.entity_type in NAME_TYPES and not s.from_pattern) for s in (a, b)
    )
    return "PERSON" in types and guessed_name


def name_words(value: str) -> set[str]:
    return {word for word in _NAME_WORD.findall(value.casefold()) if word not in _NOT_ALONE}
