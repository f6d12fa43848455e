"""Places given in answer to a question for them, on the next line of a chat or a call (privacy/engine/answered.py)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.answered import answered_places


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in answered_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: Sorry about that. What's the postcode?\n[13:49] 0176 19531641: 01044", ["01044"]),
        (
            "Agent: and the delivery address please\nCaller: um 174 st john's wood road widcombe bath ba1 9aq",
            ["174 st john's wood road widcombe bath ba1 9aq"],
        ),
        (
            "Rep: where should we deliver?\nCUSTOMER: 12 ormond road cork t12 w0e1 we moved in march",
            ["12 ormond road cork t12 w0e1"],
        ),
        ("agent: thx wat's the postcode\nsolene: great postcode is e1c 7q7", ["e1c 7q7"]),
    ],
)
def test_an_answer_to_a_question_for_a_place_is_a_place(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agent: what's the address of the branch?\nCaller: no idea sorry",  # no digit: no place given
        "Agent: the postcode is on the letter.\nCaller: ok 2 mins",  # no question asked
        "Agent: What's the postcode?",  # no answer
        "Mum: can you update his address?\nSchool: Just to confirm Saif has been added to Bus 7A",  # a sentence
    ],
)
def test_no_place_without_a_question_and_an_answer_with_a_digit(text: str) -> None:
    assert _found(text) == []


def test_the_answered_place_is_replaced() -> None:
    text = "[19:25] Sri: and the address?\n[19:26] Customer: molenweg 99-ii, 2312 pu leiden\n[19:28] Sri: Thanks."
    result = get_anonymizer().anonymize(text).text
    assert "molenweg" not in result and "leiden" not in result and "<LOCATION_1>" in result
