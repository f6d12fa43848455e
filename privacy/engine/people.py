"""People by the words around them, not by capital letters: titles, salutations, form labels, sign-offs.

The NER model finds names mostly by their capitals, so "dear ms kowalczyk", "PATIENT: AMARA OKAFOR" or a
name under "Kind regards," pass it by. Here a name is what follows a cue that announces one, in any case:
a title ("Mr", "Dr", "Sra."), a salutation opening a line ("Dear", "Hi"), a form label with a colon ("Name:",
"Insured:", "Patient name -"), an introduction ("my name is", "spoke with"), or the line after a sign-off
("Best regards,"). The name is one to four words (particles such as "van der", "da", "bin" inside it,
hyphens, apostrophes, diacritics, initials, any script), ending at the first word the tagger reads as
something a name is not (a verb, a determiner, a preposition, a number) or at a stop word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.initials import actors, signing_initials
from privacy.engine.recognizers import span_recognizer
from privacy.engine.shorthand import initial_surnames, named_relations, residents

if TYPE_CHECKING:  # Presidio and spaCy are imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer
    from spacy.tokens import Doc

SCORE = 0.9  # above the NER model's 0.85: a name a cue announces is kept as the cue's (common_words_only)
_TITLE = r"(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mme|mlle|herr|frau|sr|sra|srta|dott|dra|fr|rev|capt|insp)\.?"
_SALUTATION = r"(?:dear|hi|hello|hey|attn|attention)"
_FORM = (
    r"(?:(?:full|first|last|given|family|patient|insured|member|customer|client|caller|claimant|employee"
    r"|policy\s*holder|account\s+holder|card\s*holder|contact|applicant|driver|witness)\s+)?(?:name|surname)"
    r"|insured|claimant|policy\s*holder|patient|caller|customer|client|witness|driver|employee|beneficiary"
    r"|applicant|tenant|guardian|next\s+of\s+kin|emergency\s+contact|contact\s+person|signed|signature"
    r"|attending|physician|adjuster|agent|from|to|cc|bcc|reply-to|assignee|assigned\s+to|requester|reporter"
)
_INTRODUCTION = (
    r"(?:my\s+name\s+is|name\s+is|(?:my|the)\s+name['\u2019]s|spoke\s+(?:to|with)|speaking\s+(?:to|with)|talked\s+to|called|this\s+is"
    r"|i'?m|i\s+am"
    # a case note's short hand: "spk to jing", "RPC w/ Otieno", "LVM for Kowalczyk", "phoned Hye-jin"
    r"|spk\s+(?:to|with|w/)|spoke\s+w/|(?:rpc|tc|mtg|met|agreed|seen)\s+w/|lvm\s+(?:for|with|w/)|phoned|rang|texted"
    r"|tx'?d\s+to|transferred\s+to|f/u\s+w/)"  # "tx'd to magdalena on ext. 5509", "f/u w/ hanitra tmrw"
)
# A role word right before a capitalised name, no colon: "Claimant Sydney Okafor", "wife Maria", "pt Ana Ruiz".
ROLES = (
    r"insured|claimant|patient|pt|caller|customer|client|member|witness|driver|passenger|employee|tenant"
    r"|landlord|applicant|beneficiary|policyholder|cardholder|subscriber|guarantor|borrower|debtor|student"
    r"|adjuster|handler|agent|rep|representative|nurse|physician|surgeon|technician|engineer|inspector"
    r"|crew|escort|vet|dn|eng|collected\s+by|handover\s+to|signed(?:\s+by)?"  # a dispatch log's, in capitals
    r"|officer|supervisor|manager|owner|resident|guest|traveller|traveler|recipient|sender|colleague"
    r"|wife|husband|spouse|partner|son|daughter|mother|father|brother|sister|parent|guardian|carer|caregiver"
    r"|nok|next\s+of\s+kin|emergency\s+contact"
    r"|thanks|thank\s+you|cheers|bye|hey|hi|hello"  # and the courtesies said to a name: "Thanks Babatunde,"
)
# Who someone is to the writer, before a name in any case: "my wife joy", "his son koa", "our neighbour sven".
_KIN_WORDS = (
    r"wife|husband|spouse|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|grandson|granddaughter"
    r"|grandmother|grandfather|nan|uncle|aunt|nephew|niece|cousin|friend|flatmate|roommate|housemate|neighbour"
    r"|neighbor|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|carer|colleague"
)
_KIN = rf"(?:my|his|her|their|our)\s+(?:{_KIN_WORDS})"
# Short hand's words that end a name in lower case: "f/u w/ hanitra tmrw"
_SHORT_HAND = frozenset({"tmrw", "tmr", "tmw", "2moro", "asap", "pls", "plz", "thx", "abt", "re", "fyi", "eod", "lol"})
_KIN_WORD = re.compile(rf"(?:{_KIN_WORDS})\b", re.IGNORECASE)
_SIGN_OFF = (
    r"(?:regards|best|thanks|thank\s+you|sincerely|cheers|cordially|yours(?:\s+truly|\s+faithfully|\s+sincerely)?"
    r"|sincerely\s+yours|best\s+wishes|many\s+thanks|with\s+thanks)"
)
# Where a name starts: after the cue, in any case. Form labels and salutations open a line.
CUES = re.compile(
    rf"(?<![\w.@])(?:{_TITLE})[ \t]+"  # not a domain's ".mx" before a line's end
    rf"|^[ \t>]*{_SALUTATION}[ \t,]+"
    rf"|(?P<label>(?:^[ \t>*-]*|(?<=[.;|,] ))(?:{_FORM})[ \t]*[:\-][ \t]*)"
    rf"|(?P<intro>(?<![\w]){_INTRODUCTION}\s+)|(?P<kin>(?<![\w]){_KIN},?[ \t]+)"
    rf"|(?P<role>(?<![\w])(?:{ROLES})[ \t]+(?=(?-i:[A-Z])))"
    rf"|(?P<sign>^[ \t>]*(?:kind\s+|best\s+|warm\s+|many\s+)?{_SIGN_OFF}[ \t]*[,!.]?[ \t]*\r?\n"
    r"(?:[ \t>-]*\r?\n)?[ \t>-]*)"
    # short hand's kin or customer before a first name in lower case: "nb grandson vicente", "cust yasmin"
    rf"|(?P<bare>(?<![\w])(?:{_KIN_WORDS}|cust|customer|client|tenant|patient|pt)[ \t]+(?=(?-i:[a-zà-ÿ])))",
    re.IGNORECASE | re.MULTILINE,
)
# A form label that opens a line ("Caller:", "Patient name -"): a label, never a name, whatever the model says.
LABELS = re.compile(rf"(?:^[ \t>*-]*|(?<=[.;|,] ))(?:{_FORM})(?=[ \t]*[:\-])", re.IGNORECASE | re.MULTILINE)
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le"}
    | {"bin", "binti", "ibn", "al", "el", "ben", "bat", "ter", "ten", "y", "e", "st"}
)
# Who a salutation or label may name without naming a person: "Dear Sir or Madam", "Hi team".
_ADDRESSEES = frozenset(
    {"sir", "madam", "team", "all", "customer", "client", "colleague", "colleagues", "there", "everyone"}
    | {"folks", "guys", "friend", "valued", "patient", "member", "doctor", "nurse", "manager", "support"}
    # and what opens a reply after a speaker's label: "Agent: Thanks, …", "Caller: Sure, …"
    | {"thanks", "thank", "sure", "yes", "yeah", "no", "ok", "okay", "hello", "hi", "please", "sorry", "lovely"}
    | {"great", "perfect", "right", "well", "cheers", "morning", "afternoon", "evening", "bye", "goodbye", "good"}
    # and titles, which precede a name and are none
    | {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "rev"}
)
# A name ending in one of these is a team or an organisation ("Claims Team", "Customer Care").
_GROUP_WORDS = frozenset({"team", "desk", "support", "unit", "crew", "staff", "care", "service", "services"})
# A word a name is not: the tagger's verbs, determiners, prepositions, pronouns, numbers, conjunctions.
NOT_NAME_TAGS = ("VB", "MD", "IN", "DT", "PRP", "CC", "TO", "CD", "WDT", "WP", "EX", "RP", "UH", "POS", "PDT")
_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019-]*[^\W_])?\.?|[^\W\d_]\.")  # "O'Brien", "Nguyễn", "J.", "김민준"
_POSSESSIVE = re.compile(r"(?<=\w\w)['\u2019]s\Z")
_NOT_FIRST_TAGS = (*NOT_NAME_TAGS, "JJ", "RB")
MAX_WORDS = 4
# What follows a role word without being a name: "member ID …", "patient DOB …", "caller No. …".
FIELD_WORDS = frozenset({"id", "no", "nr", "num", "dob", "mrn", "ssn", "sin", "ref", "tel", "ph", "acct", "pin"})


# The name shown before an e-mail address in a header or a quoted reply: 'Cc: "Seung-hoon Shin" <s@x.com>',
# "On 2 May, Art Price <art@x.com> wrote:".
DISPLAY_NAME = re.compile(
    r"(?:^|(?<=[:,;]))[ \t>]*\"?(?P<name>[^\W\d_][^\n<>\"@:;,()]{0,60}?)\"?[ \t]*<[^<>\s@]+@[^<>\s]+>",
    re.MULTILINE,
)


def display_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each display name that holds a name of the lists and is no team's ("Claims Team")."""
    from privacy.engine.names import holds_a_name

    found = []
    for match in DISPLAY_NAME.finditer(text):
        value = match.group("name").strip()
        if value and holds_a_name(value) and not _a_group(value) and not _words_only(value):
            found.append((match.start("name"), match.start("name") + len(value)))
    return found


# A name given in answer to a question for one, on the next line of a chat or a call: "Can you confirm the
# name on the account?" / "318 3379756: Liezl du Plessis"; "Can I take your name and address?" / "Customer: …".
_NAME_ASKED = re.compile(r"\b(?:your|the|his|her|their)\s+(?:full\s+|first\s+|last\s+|sur)?name\b", re.IGNORECASE)
_ANSWER_FILLER = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay|um|uh|so|it'?s|it\s+is|that'?s|my\s+name(?:'s|\s+is)|i'?m|this\s+is)[ \t,]+)*",
    re.IGNORECASE,
)
# Who wrote an internal note, with its time: "Internal note (Johan Jaco van der Merwe, 9.15am): …".
_NOTE_AUTHOR = re.compile(
    r"\((?P<name>[^\W\d_][^(),\n]{1,60}?),[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]?(?:[ap]\.?m\.?)?|\d{4}|\d{1,2}[ \t]?[ap]m)\)"
)
# Initials alone on the last line of a message, or before its signature: "…pending ID.\n\nAS\n\n-- ".
_INITIALS = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?P<initials>[A-Z]{2,3})[ \t]*(?=\Z|\n[ \t]*(?:\n|--))")
_NOT_INITIALS = frozenset({"OK", "PS", "NB", "FYI", "TBC", "TBD", "RE", "FW", "CC", "NA", "EOM", "PTO", "AOB"})


def answered_names(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    """(start, end) of each name given in answer to a question for one; see _NAME_ASKED."""
    from privacy.engine.identifiers import answers

    found = []
    for _, start in answers(text, _NAME_ASKED):
        position = _ANSWER_FILLER.match(text, start).end()  # type: ignore[union-attr]  # matches ""
        span = _name_after(text, position, doc, cue="intro")
        if span is not None and not _words_only(text[span[0] : span[1]]) and not _a_group(text[span[0] : span[1]]):
            found.append(span)
    return found


# A name in lower case that a courtesy is said to, or that answers the phone: "thanks bambang what's the
# registration", "hey sven", "claims keiko speaking".
_COURTESY_NAME = re.compile(
    r"(?<![\w'\u2019])(?:thanks|thank\s+you|thx|cheers|hi|hey|hello|bye|morning)[ \t,]+(?P<name>[a-z][\w'\u2019-]+)"
    r"(?![\w'\u2019-])|(?<![\w'\u2019-])(?P<speaker>[a-z][\w'\u2019-]+)[ \t]+speaking\b"
)
_COURTESY_ZIPF = 4.0  # "rebecca" (3.96) and "sven" are names here; "mate", "june", "love" are words


def courtesy_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each first name of the lists, in lower case and not common in English, after a
    courtesy or before "speaking"; see _COURTESY_NAME."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import a_first_name, word_zipf

    found = []
    for match in _COURTESY_NAME.finditer(text):
        group = "name" if match.group("name") is not None else "speaker"
        word = match.group(group)
        if word in STOP_WORDS or an_addressee(word) or not a_first_name(word):
            continue
        if word_zipf(word) < _COURTESY_ZIPF:
            found.append(match.span(group))
    return found


# Initials that sign or authorise an entry of a log: "SIGNED MMM", "AUTH KJ", "approved by: JCF".
_SIGNING = re.compile(
    r"\b(?:signed|sgd|auth(?:ori[sz]ed)?|approved|checked|countersigned|initial(?:l)?ed)(?:[ \t]+by)?[ \t]*[:-]?[ \t]*"
    r"(?P<initials>(?-i:[A-Z]{2,4}))(?![\w-])",
    re.IGNORECASE,
)
_NOT_SIGNING_INITIALS = frozenset({"REQ", "CODE", "ONLY", "OPS", "ATM", "GP", "PIN", "OTP", "SMS", "OFF", "ID", "DOB"})
_COMMON_ZIPF = 4.5  # "AUTH OFF", "SIGNED FOR": words; "MMM", "KIK" are initials


def signed_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each note's author in brackets and of the initials that sign a message or an entry."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import english_words_only, word_zipf

    found = [m.span("name") for m in _NOTE_AUTHOR.finditer(text) if not english_words_only(m.group("name"))]
    found += [m.span("initials") for m in _INITIALS.finditer(text) if m.group("initials") not in _NOT_INITIALS]
    for match in _SIGNING.finditer(text):
        initials = match.group("initials")
        word = initials.casefold()
        if initials in _NOT_INITIALS | _NOT_SIGNING_INITIALS or word in STOP_WORDS:
            continue
        if len(word) == 2 or word_zipf(word) < _COMMON_ZIPF:
            found.append(match.span("initials"))
    return found


def cue_names(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    """(start, end) of each name a cue announces in `text`; `doc` is its spaCy parse, for the tags."""
    from privacy.engine.names import english_words_only

    found = []
    for cue in CUES.finditer(text):
        kind = next((k for k in ("label", "intro", "role", "kin", "bare", "sign") if cue.group(k)), "title")
        if kind == "bare" and not _a_first_name_after(text, cue.end(), surname=not _KIN_WORD.match(cue.group())):
            continue
        span = _name_after(text, cue.end(), doc, cue="kin" if kind in ("kin", "bare") else kind)
        if span is None or _a_group(value := text[span[0] : span[1]]) or _words_only(value):
            continue
        if kind in ("label", "sign") and english_words_only(value):  # "To: Disputes", "Regards,\nLoss Adjuster"
            continue
        found.append(span)
    return found


def _a_first_name_after(text: str, start: int, *, surname: bool = False) -> bool:
    """A first name of the lists that is no common English word opens text[start:]: "vicente", not "will" of
    "partner will call" nor "may"; after a customer word, a surname too ("cust fernández @ …")."""
    from privacy.engine.names import a_first_name, a_name, common_word

    word = re.match(r"[^\W\d_][\w'\u2019-]*", text[start:])
    folded = word.group().casefold() if word else ""
    listed = a_name(folded) if surname else a_first_name(folded)
    return bool(folded) and listed and not common_word(folded)


# "Dear Ms"; and short hand's "w/" (with) and "c/o" (care of) before a name
_LEADING_ROLE = re.compile(rf"(?:(?:(?:{ROLES})|{_TITLE}|dear|w/|c/o)[ \t]+(?=\S)){{1,3}}", re.IGNORECASE)


def role_word_only(value: str) -> bool:
    """Whether what is left of a name after its role word is one common word that is no name ("Driver
    Error" read as a person): the role word made the model see a name."""
    from privacy.engine.names import plain_word

    words = value.split()
    return len(words) == 1 and plain_word(words[0].casefold())


def leading_role(value: str) -> int:
    """How many characters of a found name are a role word or title before it ("Claimant Sydney Okafor",
    "Dr Ana Ruiz"): the model takes them along; they are kept, as the label is. All of them if the name
    is nothing but a role word ("Caller" tagged as a place)."""
    match = _LEADING_ROLE.match(f"{value} .")
    return min(match.end(), len(value)) if match else 0


def label_regions(text: str) -> list[tuple[int, int]]:
    """Where a form label stands ("Caller:", "Insured -"): kept as it is, like an output template's labels."""
    return [match.span() for match in LABELS.finditer(text)]


def an_addressee(value: str) -> bool:
    """ "Sir", "Madam", "Team": who a letter is to, not a person's name."""
    return value.casefold().strip(" .,") in _ADDRESSEES


def _words_only(value: str) -> bool:
    """Common English words that are no names of the lists: "To: Payroll", "Attending: Night Shift"."""
    from privacy.engine.names import plain_word

    return all(plain_word(word.casefold().strip(".,")) for word in value.split())


def _a_group(value: str) -> bool:
    from privacy.engine.presets import names_an_organisation

    words = value.casefold().split()
    return words[-1].rstrip(".") in _GROUP_WORDS or names_an_organisation(value)


def _name_after(text: str, position: int, doc: Doc | None, *, cue: str) -> tuple[int, int] | None:
    words: list[re.Match[str]] = []
    while len(words) < MAX_WORDS:
        word = _WORD.match(text, position)
        first = not words
        if word is None or not _may_be_name(word.group(), word.start(), doc, first=first, cue=cue):
            break
        words.append(word)
        gap = re.match(r"[ \t]", text[word.end() : word.end() + 1])
        if gap is None or (word.group().endswith(".") and len(word.group()) > 2):  # a full stop ends it
            break
        if _POSSESSIVE.search(word.group()):  # "nikos's blister pack": the name ends at its possessive
            break
        position = word.end() + 1
    while words and words[-1].group().casefold().rstrip(".") in PARTICLES:  # never end on "van"
        words.pop()
    if not words:
        return None
    end = words[-1].end()
    end -= text[words[-1].start() : end].endswith(".") and len(words[-1].group()) > 2  # a sentence's full stop
    end -= 2 * bool(_POSSESSIVE.search(text, words[-1].start(), end))
    return words[0].start(), end


def _may_be_name(word: str, start: int, doc: Doc | None, *, first: bool, cue: str) -> bool:
    """The first word: any but a stop word, a courtesy or an addressee; in lower case after a form label
    ("Agent: great, thanks") or an introduction ("called twice"), also not what the tagger reads as a verb,
    adjective or adverb unless it is a first name of the lists (the tagger is no guide to names themselves:
    it reads "Nguyễn" as a verb and "sven" as an adverb). After a role word ("Patient History"), every
    word capitalised, with no digit, a name of the lists or no common English word. Other later words:
    not a stop word or a verb, preposition… unless capitalised ("Nguyễn Văn An", "Hope Grant")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import a_first_name, a_name, common_word, plain_word

    folded = word.casefold().rstrip(".")
    if first and folded in _ADDRESSEES:
        return False
    if folded in PARTICLES:  # "de la Cruz" may open with a particle, capitalised or after a title ("Dr le Roux")
        return not first or word[0].isupper() or cue == "title"
    title_case = word[:1].isupper() and not word.isupper()
    if folded in STOP_WORDS:  # "Nguyễn Văn An", "Lê Thị Do": a stop word inside a capitalised name
        return not first and title_case and len(folded) > 1
    token = _token_at(doc, start)
    if cue == "role":  # capitalised, and a name of the lists or no common word: "Driver Error", "Maria present"
        plain = not any(ch.isdigit() for ch in word) and folded not in FIELD_WORDS  # "member ID XJH88"
        return plain and word[:1].isupper() and (a_name(folded) or not common_word(folded))
    if first:
        untagged = token is None or not token.tag_.startswith(_NOT_FIRST_TAGS)
        if cue == "intro":
            untagged = untagged or a_first_name(folded)
        if cue == "kin":  # a first name the tagger reads as a verb, unless it is a common word ("son said")
            untagged = untagged or (a_first_name(folded) and not (word.islower() and common_word(folded)))
        if cue == "label" and word.islower() and common_word(folded) and not a_first_name(folded):
            return False  # "Agent: date of birth please"
        return not (cue in ("label", "intro", "kin") and word.islower() and not untagged)
    if word.islower() and (plain_word(folded) or folded in _SHORT_HAND):  # "with Zainab today", "hanitra tmrw"
        return False
    return token is None or not token.tag_.startswith(NOT_NAME_TAGS) or title_case


def _token_at(doc: Doc | None, start: int) -> Any:
    if doc is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def cue_person_recognizer() -> EntityRecognizer:
    """Names announced by a title, salutation, form label, introduction or sign-off; see the module."""

    def find(text: str, doc: Doc | None) -> list[tuple[int, int, str]]:
        spans = cue_names(text, doc) + display_names(text) + answered_names(text, doc) + signed_names(text)
        spans += courtesy_names(text) + signing_initials(text) + actors(text)
        spans += initial_surnames(text) + named_relations(text) + residents(text)
        return [(start, end, "PERSON") for start, end in spans]

    return span_recognizer("CuePersonRecognizer", ["PERSON"], find, SCORE)
