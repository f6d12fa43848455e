"""Reference codes that no word announces, found by their shape (privacy/engine/shapes.py)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.findings import Span
from privacy.engine.shapes import NAME, masked_numbers, shaped_spans, yielding


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in shaped_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("re WC-2321-02 see notes", ["WC-2321-02"]),
        ("(H3557416) pending", ["H3557416"]),
        ("forwarded 21477270 to triage", ["21477270"]),
        ("see CR/36664/HL.", ["CR/36664/HL"]),
        ("XJH884721903 and AB-1234", ["XJH884721903"]),  # four digits are too few
        ("ticket #A123456 raised", ["A123456"]),
    ],
)
def test_reference_codes_are_found_by_their_shape(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "paid on 20240312 and 12032024",  # dates without separators
        "on 12-MAY-2023 and 2024-03-12 and 03/12/2024",
        "FY2023-24 and Q3-2024, 2019/2020",
        "under Regulation 2016/679 and Directive 93/2013",
        "open 0900-1700 daily",
        "sort code 20-45-77",
        "a fee of USD 12500000 or 12500000 dollars",
        "see https://example.com/claims/WC-2321-02 or jo.12345678@example.com",
        "12 345 and 1234567 and 1,250,000",  # digit groups, seven digits, an amount
        "model WH1000 and COVID-19",
    ],
)
def test_look_alikes_are_no_identifiers(text: str) -> None:
    assert _found(text) == []


def test_a_code_after_a_colon_or_a_labels_full_stop_is_found() -> None:
    assert _found("PESEL:85030412345 and No.12345678") == ["85030412345", "12345678"]
    assert _found("at 10:30:45, v1.2.123456, 1.234.56789") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paid with XXXX-XXXX-XXXX-4471 today", [("XXXX-XXXX-XXXX-4471", "ACCOUNT_NUMBER")]),
        ("card ****4471", [("****4471", "CREDIT_CARD")]),
        ("acct \u2022\u2022\u2022\u2022 9921", [("\u2022\u2022\u2022\u2022 9921", "ACCOUNT_NUMBER")]),
        ("visa ending in 4471", [("4471", "CREDIT_CARD")]),
        ("the last four digits are 0093", [("0093", "ACCOUNT_NUMBER")]),
        ("sort code 20-45-77 31926819", [("20-45-77 31926819", "ACCOUNT_NUMBER")]),
        ("for the year ending 2024, period ending 2023-03-31", []),  # a period's end, no account
        ("waited... 2024", []),
    ],
)
def test_masked_numbers_and_last_digits_are_a_cards_or_an_accounts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[start:end], kind) for start, end, kind in masked_numbers(text)] == expected


def test_a_code_in_a_field_about_a_thing_is_kept_and_one_in_an_account_field_is_not() -> None:
    table = "sku;description;qty\nART-82506;levothyroxine 75 mcg;6\n"
    form = "Product code....: QP-8691-68\nOrder ID | 4471-22318\nBank account | 821023-50\n"
    assert _found(table) == []
    assert _found(form) == ["821023-50"]


def test_a_shaped_identifier_yields_to_another_patterns_finding() -> None:
    phone = Span(6, 18, "PHONE_NUMBER", 0.7, True, "PhoneRecognizer")
    shaped = Span(6, 18, "ID", 0.5, True, NAME)
    guess = Span(30, 40, "PERSON", 0.85, False, "SpacyRecognizer")
    alone = Span(30, 40, "ID", 0.5, True, NAME)
    part = Span(53, 60, "PHONE_NUMBER", 0.4, True, "PhoneRecognizer")  # "DC-2022-721704": "2022-721704"
    longer = Span(50, 60, "ID", 0.5, True, NAME)
    assert yielding([phone, shaped, guess, alone, part, longer]) == [phone, guess, alone, part, longer]


@pytest.mark.django_db
def test_an_unannounced_identifier_is_replaced_and_a_business_date_is_kept() -> None:
    text = "Forwarded WC-2321-02 to the desk on 20240312; opening hours 0900-1700. Sakura on DC-2022-721704."
    result = get_anonymizer().anonymize(text)
    assert "WC-2321-02" not in result.text and "<ID_1>" in result.text
    assert "DC-" not in result.text  # the whole code, not the part that reads as a phone number
    assert "20240312" in result.text and "0900-1700" in result.text
