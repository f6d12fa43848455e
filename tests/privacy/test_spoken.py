"""Numbers and e-mail addresses spelled out in a call transcript (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.spoken import spoken_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customer: yeah, five four zero, four seven seven, zero four seven, five one nine.",
            "Customer: yeah, <ID_1>.",
        ),
        ("CALLER: it's double seven oh three nine two one", "CALLER: it's <ID_1>"),
        ("Number is plus four four, oh two oh, seven nine four six.", "Number is <ID_1>."),
        (
            "Agent: date of birth please?\nCustomer: the thirtieth of november nineteen eighty-four.",
            "Agent: date of birth please?\nCustomer: <DATE_TIME_1>.",
        ),
        (
            "can you email me at victoria underscore w71 at eircom dot net? thanks",
            "can you email me at <EMAIL_ADDRESS_1>? thanks",
        ),
    ],
)
def test_a_number_or_an_email_address_read_out_in_words_is_replaced(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have one or two questions about the three items.",
        "We met at the office at nine and left at five.",
        "Counted one, two, three, four, five boxes.",
        "The meeting is on the first of May twenty twenty-four.",  # a business date read out
    ],
)
def test_counting_and_times_in_words_are_kept(text):
    assert get_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his date of birth is December the second two thousand eighteen.", "his date of birth is <DATE_TIME_1>."),
        ("my date of birth is seven ten ninety-five, if you need", "my date of birth is <DATE_TIME_1>, if you need"),
        (
            "the meeting is on March the third two thousand twenty-five",
            "the meeting is on March the third two thousand twenty-five",
        ),
    ],
)
def test_a_date_of_birth_read_out_month_first_or_as_numbers(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "Agent: is oh seven one three eight ... two oh one nine four five still the best number?",
            "oh seven one three eight ... two oh one nine four five",
            "ID",
        ),
        (
            "or email me, it's hamisi four eight one at yahoo dot com dot sg. bye",
            "hamisi four eight one at yahoo dot com dot sg",
            "EMAIL_ADDRESS",
        ),
        (
            "Caller: I've got the last four here, it's three six three one\nAgent: thanks",
            "three six three one",
            "CREDIT_CARD",
        ),
    ],
)
def test_pauses_digits_in_a_mailbox_and_a_cards_last_four_read_out(text, value, entity):
    start = text.index(value)
    assert (start, start + len(value), entity) in spoken_spans(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a postal code or an address read out in answer to a question for it
        (
            "Agent: Zip code?\nCaller: four zero zero zero.\nAgent: ok",
            "Agent: Zip code?\nCaller: <LOCATION_1>.\nAgent: ok",
        ),
        ("Agent: and the address?\nCaller: one moment please\nAgent: ok", None),
        # letters joined by commas spell a name where a spelling was asked for, and are a list elsewhere
        (
            "Operator: Sorry, can you spell that?\nCaller: Sure, K, H, A, I, R, U, L.\nOperator: ok",
            "Operator: Sorry, can you spell that?\nCaller: Sure, <PERSON_1>.\nOperator: ok",
        ),
        ("We stock A, B, C, D sizes.", None),
    ],
)
def test_places_read_out_in_answer_and_names_spelled_with_commas(text, expected):
    assert get_anonymizer().anonymize(text).text == (expected or text)
