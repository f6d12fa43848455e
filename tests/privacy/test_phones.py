"""Phone numbers in national formats and the numbers that send texts (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.phones import phone_spans


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("call him back on 010-7256-6964, the number on file", ["010-7256-6964"]),  # Korea, no +82
        ("CUST ON (01) 601 5503 - CALL ON APPROACH", ["(01) 601 5503"]),
        ("SMS log for 0176 19531641\n0176 19531641 13:31: hey", ["0176 19531641", "0176 19531641"]),
        ("[10:00] 651 687 861: 08008", ["651 687 861"]),  # who sends, whatever the shape
    ],
)
def test_national_numbers_and_senders(text, numbers):
    assert [text[start:end] for start, end in phone_spans(text)] == numbers


@pytest.mark.parametrize(
    "text",
    ["Chat started 08-19-2024 12:55 via web", "run 09-19-2024 11:01.", "Total 0 12 45 paid", "Room 0123 4"],
)
def test_dates_times_and_short_numbers_are_no_phone_numbers(text):
    assert phone_spans(text) == []


def test_an_order_number_in_a_phones_shape_is_kept():
    text = "Invoice 0123 456 789 is paid."
    assert get_anonymizer().anonymize(text).text == text
