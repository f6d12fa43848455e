"""Format validity of model outputs: templates, JSON schemas and label sets."""

import pytest

from tuneloop.output_format import format_error, format_validity, is_format_valid, is_output_valid, parse_template

FIELDS = ["Claim Type", "Cause", "Next Action"]
VALID = "Claim Type: Theft\nCause: Bicycle stolen.\nNext Action: Verify the receipt."


def test_parse_template_returns_values_by_field():
    assert parse_template(VALID, FIELDS) == {
        "Claim Type": "Theft",
        "Cause": "Bicycle stolen.",
        "Next Action": "Verify the receipt.",
    }


def test_surrounding_whitespace_and_blank_lines_are_allowed():
    text = "\n  Claim Type: Theft  \n\nCause:Bicycle stolen.\n   Next Action: Verify.\n\n"
    assert parse_template(text, FIELDS) == {"Claim Type": "Theft", "Cause": "Bicycle stolen.", "Next Action": "Verify."}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Cause: Bicycle stolen.\nClaim Type: Theft\nNext Action: Verify.", id="out-of-order"),
        pytest.param("Claim Type: Theft\nNext Action: Verify.", id="missing"),
        pytest.param("Claim Type: Theft\nCause: A.\nCause: B.\nNext Action: Verify.", id="duplicate"),
        pytest.param("Claim Type: Theft\nCause: A.\nNext Action: Verify.\nNext Action: Again.", id="duplicate-last"),
        pytest.param("Sure! Here it is.\n" + VALID, id="preamble"),
        pytest.param(VALID + "\nPay the claim today.", id="trailing-text"),
        pytest.param("Claim Type Theft\nCause: A.\nNext Action: Verify.", id="no-colon"),
        pytest.param("The customer is honest, pay the claim in full today.", id="free-text"),
        pytest.param("", id="empty"),
    ],
)
def test_invalid_texts(text):
    assert parse_template(text, FIELDS) is None
    assert not is_format_valid(text, FIELDS)


def test_format_validity_is_the_share_of_valid_texts():
    texts = [VALID, VALID, "nonsense", VALID.replace("Cause:", "Reason:")]
    assert format_validity(texts, FIELDS) == 0.5
    assert format_validity([VALID], FIELDS) == 1.0
    assert format_validity(iter([VALID, "x"]), FIELDS) == 0.5


def test_format_validity_of_no_texts_is_zero():
    assert format_validity([], FIELDS) == 0.0


@pytest.mark.parametrize(
    ("output_format", "good", "bad", "message"),
    [
        ({"kind": "template", "fields": FIELDS}, VALID, "Theft", "exactly these lines"),
        (
            {"kind": "json_schema", "schema": {"type": "object", "required": ["amount"]}},
            '{"amount": 12}',
            '{"total": 12}',
            "at $: 'amount' is a required property",
        ),
        ({"kind": "json_schema", "schema": {"type": "object"}}, "{}", "{not json", "not valid JSON"),
        ({"kind": "labels", "labels": ["Hail", "Flood"]}, " Hail ", "Fire", "Unknown label 'Fire'"),
        ({"kind": "labels", "labels": ["Hail", "Flood"], "multi_label": True}, "Hail, Flood", "Hail, Hail", "twice"),
    ],
)
def test_an_output_is_checked_against_its_format_kind(output_format, good, bad, message):
    assert is_output_valid(good, output_format) and format_error(good, output_format) is None
    assert not is_output_valid(bad, output_format)
    assert message in format_error(bad, output_format).message
