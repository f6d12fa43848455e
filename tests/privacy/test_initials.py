"""Initials that sign a log entry or a note, and names spelled out or above a chat message (issue 14)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.initials import signing_initials


def _signed(text: str) -> list[str]:
    return [text[start:end] for start, end in signing_initials(text)]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("[04:47:00] MF01 JOB 804-0135 STAT=OWING OPR=HO | [05:16:00] PT: ATTARD", ["HO"]),
        ("[08:09:00] CLOSED RC", ["RC"]),
        ("28FEB24 15:50 UPD BY AS", ["AS"]),  # a word in capitals, where an operator signs
        ("2025-05-12 07:06:00 *** END *** OPR AA", ["AA"]),
        ("spk to Osman, will call back after 1720 | /sm", ["sm"]),
        ("f/u 2025-12-21 | — AS (solicitor)", ["AS"]),
        ("email sent | — AD", ["AD"]),
        ("exported 24 April 2025 by dmp", ["dmp"]),
        ("bundle sent to tribunal\nTA", ["TA"]),
    ],
)
def test_initials_that_sign_an_entry(text, initials):
    assert _signed(text) == initials


@pytest.mark.parametrize(
    "text",
    ["all fine - ok", "paid by DD", "done by me", "CASE CLOSED - OK", "see below\nFYI", "STATUS: END\nNFA"],
)
def test_words_and_ways_to_pay_sign_nothing(text):
    assert _signed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name spelled out letter by letter is the person named before it
        (
            "my name is Pierre Broussard, surname B R O U S S A R D, yeah",
            "my name is <PERSON_1>, surname <PERSON_1>, yeah",
        ),
        (
            "Agent: could you spell the surname?\nCaller: M-O-M-A-N-D",
            "Agent: could you spell the surname?\nCaller: <PERSON_1>",
        ),
        # who speaks in a WhatsApp export and above a Slack message; not a desk or a subject line
        ("[22/06/2025, 21:55:18] Gary D: moving out", "[22/06/2025, 21:55:18] <PERSON_1>: moving out"),
        ("Abdi J  18:06\nhi, you're chatting with abdi.", "<PERSON_1>  18:06\nhi, you're chatting with <PERSON_1>."),
        ("niht desk  09:07 am\nnp", "niht desk  09:07 am\nnp"),
        ("23/11/2024 9.10am re: arrears", "23/11/2024 9.10am re: arrears"),
    ],
)
def test_names_spelled_out_and_speakers_of_chat_exports(text, expected):
    assert get_anonymizer().anonymize(text).text == expected
