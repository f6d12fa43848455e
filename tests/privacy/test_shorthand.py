"""Names that short hand writes in lower case: an initial and a surname, a name before who the person is."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.shorthand import initial_surnames, named_relations, residents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dsl informed 15:50\n-- k. ekanayake", "k. ekanayake"),
        ("r. thibodeaux (y9) seen by s. virdee at break", "s. virdee"),
        ("interp D. Ní Dhomhnaill booked for 4 august", "D. Ní Dhomhnaill"),
        ("24-Nov-24 - f. joshi\npt allergic to penicillin", "f. joshi"),
    ],
)
def test_an_initial_and_a_surname_in_lower_case_is_a_name(text, name):
    start = text.index(name)
    assert (start, start + len(name)) in initial_surnames(text)


@pytest.mark.parametrize(
    "text",
    ["v. good progress", "e.g. the form", "i.e. another visit", "see s. 87 cca", "paid by b. cheque", "Dr. Patel"],
)
def test_abbreviations_sections_and_titles_are_no_initial_and_surname(text):
    assert initial_surnames(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("01:05 Fiona Fraser: did usman (partner) ever send the signed form", "usman"),
        ("07:21 Pradeep D: hamisi the ex-partner rang pretending to be him", "hamisi"),
        ("harry the brother rang pretending to be her", "harry"),
    ],
)
def test_a_name_before_who_the_person_is_is_a_name(text, name):
    start = text.index(name)
    assert named_relations(text) == [(start, start + len(name))]


@pytest.mark.parametrize(
    "text", ["the caller (wife) confirmed", "contact (partner) on file", "the dog (tiger) is in", "see the landlord"]
)
def test_roles_and_common_words_before_who_are_no_names(text):
    assert named_relations(text) == []


def test_a_log_in_capitals_replaces_the_initial_with_the_surname():
    text = "0138 UNIT 06 CLEAR\n0145 PAYMENT PLAN AGREED K. MÜLLER\n0150 SEE PRIOR NOTE"
    assert "K." not in get_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[07:09] somchai: hey is johann - moved to København N ?", "johann"),
        ("hey is rosa elvira still at via garibaldi, 12", "rosa elvira"),  # a common first name joins it
        ("ok so mads - now living in indiranagar ??", "mads"),
        ("and imran relocating to block a", "imran"),
    ],
)
def test_a_first_name_in_lower_case_before_where_that_person_lives_is_a_name(text, name):
    start = text.index(name)
    assert residents(text) == [(start, start + len(name))]


@pytest.mark.parametrize(
    "text",
    ["the van still at the depot", "stock moved to warehouse 4", "will still at home", "Johann moved to Leeds"],
)
def test_things_that_moved_and_capitalised_names_are_not_residents(text):
    assert residents(text) == []  # a capitalised name is the model's and the lists' to find
