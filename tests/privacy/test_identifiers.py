"""Identifiers announced by a context word, in formats no recognizer was written for (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.identifiers import identifier_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], family) for start, end, family in identifier_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claim WC-2321-02 was opened.", [("WC-2321-02", "CLAIM_ID")]),
        ("re claim no. H3557416 pls", [("H3557416", "CLAIM_ID")]),
        ("CLM#88-1123 escalated", [("88-1123", "CLAIM_ID")]),
        ("policy KB 580 955 was renewed", [("KB 580 955", "POLICY_NUMBER")]),
        ("Pol. nr 7781-22 lapsed", [("7781-22", "POLICY_NUMBER")]),
        ("MRN 21477270, stable", [("21477270", "MRN")]),
        ("med rec # 004-55-12 reviewed", [("004-55-12", "MRN")]),
        ("HOSPITAL NO: A1234567", [("A1234567", "MRN")]),
        ("card on acct ending 4471", [("4471", "ACCOUNT_NUMBER")]),
        ("a/c 12-34-56 78901234", [("12-34-56 78901234", "ACCOUNT_NUMBER")]),
        ("Member ID: XJH884721903", [("XJH884721903", "ID")]),
        ("case ref 2023/HR/0447 closed", [("2023/HR/0447", "ID")]),
        ("case file 2023/HR/0447", [("2023/HR/0447", "ID")]),  # "file" is refused as a value, then announces
        ("passport no. X1234567 seen", [("X1234567", "ID")]),
        ("Ref: KX/2024/0091.", [("KX/2024/0091", "ID")]),
        ("diners 3056 9309 0259 04 on file", [("3056 9309 0259 04", "CREDIT_CARD")]),  # Luhn-valid
        ("policy kb 580 955 lapsed", [("kb 580 955", "POLICY_NUMBER")]),  # chat: a lower-case prefix
        ("the policy number on file is PX-77812", [("PX-77812", "POLICY_NUMBER")]),
        ("Frequent flyer 88213456 added", [("88213456", "ID")]),
        ("NI number QQ123456C", [("QQ123456C", "ID")]),
        ("aadhaar 2345 6789 0123 seen", [("2345 6789 0123", "ID")]),
        ("ssn 123456789", [("123456789", "ID")]),
        ("UR no. 1234567 on the chart", [("1234567", "MRN")]),
        ("sort code 12-34-56", [("12-34-56", "ACCOUNT_NUMBER")]),
        ("employee badge E-55231", [("E-55231", "ID")]),
        ("card ending 1111", [("1111", "CREDIT_CARD")]),
        ("CARD ON FILE = 2303", [("2303", "CREDIT_CARD")]),
        ("VIN E9RJM7F7A40D0L2MP, reg 5rzr423", [("E9RJM7F7A40D0L2MP", "ID"), ("5rzr423", "ID")]),
        ("Cl. No. AX8718323 submitted", [("AX8718323", "CLAIM_ID")]),
        ("record number 20-49-75-4", [("20-49-75-4", "MRN")]),  # the last four digits, as a bank's letter shows them
        ("visa ****4471 declined", [("4471", "CREDIT_CARD")]),
        ("card xxxx xxxx xxxx 4471", [("4471", "CREDIT_CARD")]),
        ("sort code 12-03-85 then", [("12-03-85", "ACCOUNT_NUMBER")]),  # a sort code that reads as a date
        ("Tel. 612 34 56 78", [("612 34 56 78", "PHONE_NUMBER")]),  # Spain
        ("mob 010-1234-5678", [("010-1234-5678", "PHONE_NUMBER")]),  # Korea
        ("call me on 01 23 45 67 89", [("01 23 45 67 89", "PHONE_NUMBER")]),  # France
        ("Phone: (020) 7946 0958", [("(020) 7946 0958", "PHONE_NUMBER")]),
    ],
)
def test_a_value_is_typed_by_the_word_that_announces_it(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "claim of 4000 USD approved",  # an amount
        "claim 4000 USD approved",
        "policy 12/03/2024 start",  # a date
        "policy started 12/03/2024",  # a word is never part of the value
        "the policy 2024 renewal",  # a year
        "policy 2024",
        "claim for 12345",
        "customer since 2019",
        "ID 12",  # too few digits
        "section 14(2)(b) of the policy",
        "Claim Type: Theft",
        "Insurance member DOB 555-0100.",  # a label is not a value's prefix
        "invoice 44712 paid",  # no announcing word
        "phone bill of 12345 USD",  # an amount
        "card 4471 on file",  # four digits that are no last four
        "card 4111 1111 1111 1112",  # fails the card check
    ],
)
def test_amounts_dates_years_words_and_labels_are_not_identifiers(text):
    assert _found(text) == []


def test_the_anonymizer_replaces_an_announced_identifier_whatever_its_format():
    result = get_anonymizer().anonymize("Spoke about claim H3557416 and member ID XJH884721903 today.")
    assert result.text == "Spoke about claim <CLAIM_ID_1> and member ID <ID_1> today.", result.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her number 943 476 5919 is on the referral.", "943 476 5919"),  # "NHS" would announce an MRN
        ("PESEL 44051401359 confirmed.", "44051401359"),
        ("PAN ABCDE1234F for the refund.", "ABCDE1234F"),
    ],
)
def test_presidios_national_identifiers_run_on_english_text_as_id(text, value):
    result = get_anonymizer().anonymize(text)
    assert value not in result.text and "<ID_1>" in result.text, result.text


def test_an_announced_account_number_keeps_its_type_over_a_national_id_it_also_satisfies():
    result = get_anonymizer().anonymize("Refund to account 9434765919 today.")
    assert result.text == "Refund to account <ACCOUNT_NUMBER_1> today.", result.text


def test_order_ticket_and_invoice_numbers_are_kept_by_default_whatever_they_look_like():
    text = "Order 212-555-0147 shipped. Ticket ref 55231-A closed. Invoice no. 4471 2231 8890 paid."
    assert get_anonymizer().anonymize(text).text == text
    # the reference's own prefix stays with it: not a "REF-" left to replace
    text = "Recording REF-985795 — May 5, 2023\nSubmitted 08:33, Form ID: REF-978724"
    assert get_anonymizer().anonymize(text).text == text
    mixed = get_anonymizer().anonymize("Order 212-555-0147 shipped. Call the customer on 212-555-0198.")
    assert mixed.text == "Order 212-555-0147 shipped. Call the customer on <PHONE_NUMBER_1>."


def test_safe_harbor_keeps_no_reference_number():
    from privacy.engine.policy import Policy

    text = "Order 212-555-0147 shipped."
    assert get_anonymizer(policy=Policy(preset="safe_harbor")).anonymize(text).text == "Order <PHONE_NUMBER_1> shipped."


def test_a_firms_registered_number_and_office_in_a_letter_footer_are_kept():
    text = "Registered in England & Wales No. 0437137. Registered office: 62 Acacia Avenue, Inverness IV19 2AD."
    assert get_anonymizer().anonymize(text).text == text
    personal = get_anonymizer().anonymize("Amara Okafor lives at 62 Acacia Avenue, Inverness IV19 2AD.")
    assert personal.text == "<PERSON_1> lives at <LOCATION_1>.", personal.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the debt on 442109786 (Account No.) to us", [("442109786", "ACCOUNT_NUMBER")]),
        ("birth date on file. E0356421 (Med. Rec. No.). Address", [("E0356421", "MRN")]),
        ("Name: Ana, HR-75-1860 is the employee ID.", [("HR-75-1860", "ID")]),
        ("the standing order from 9468 (account ending) was returned", [("9468", "ACCOUNT_NUMBER")]),
        ("bring 12 (customer copies) and 2024 (the policy year)", []),  # a count and a year
    ],
)
def test_an_identifier_whose_word_follows_it(text, expected):
    from privacy.engine.identifiers import trailing_identifiers

    assert [(text[start:end], family) for start, end, family in trailing_identifiers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[12:14] Shop: What's your employee number?\n[12:15] +31 6 50652596: 02505-B", [("02505-B", "ID")]),
        ("Agent: what's your tenancy reference\nCaller: ten34702\nAgent: thanks", [("ten34702", "ID")]),
        ("need his passport number and date of birth.\nloïc (08:52): p9677818 and 18/08/1943", [("p9677818", "ID")]),
        ("What's your order number?\nC: 12345678", []),  # an order is no identifier of a person
        ("Your policy is renewed.\nC: thanks, 2 cars 12345", []),  # no question
    ],
)
def test_an_identifier_given_in_answer_to_a_question_for_one(text, expected):
    from privacy.engine.identifiers import answered_identifiers

    assert [(text[start:end], family) for start, end, family in answered_identifiers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BANK CHG 796676-10 SORT 73-57-22 AUTH HP", [("796676-10", "ACCOUNT_NUMBER"), ("73-57-22", "ACCOUNT_NUMBER")]),
        ("bank change to 754559780086, verified", [("754559780086", "ACCOUNT_NUMBER")]),
        ("the debt on Kontonr.: Z74853799 to us", [("Z74853799", "ACCOUNT_NUMBER")]),
        ("bank holiday 2024 on Monday; Bank of Ireland branch 1234", []),
    ],
)
def test_bank_and_sort_words_announce_an_account(text, expected):
    from privacy.engine.identifiers import identifier_spans

    assert [(text[start:end], family) for start, end, family in identifier_spans(text)] == expected


def test_an_answered_account_number_in_digit_groups_is_taken_whole():
    from privacy.engine.identifiers import answered_identifiers

    text = "AGENT: Can I take your account number?\nCUSTOMER: It's 2469 4456 666.\nAGENT: thanks"
    assert [text[start:end] for start, end, _ in answered_identifiers(text)] == ["2469 4456 666"]
