"""Names written without capitals, found by the name lists (issue 14, item 2: lowercase names)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.names import cache_path, name_lists, surname_first_names, uncapitalised_names


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in uncapitalised_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("spoke to amara okafor about the claim", ["amara okafor"]),
        ("CALLER AMARA OKAFOR CONFIRMED THE ADDRESS", ["AMARA OKAFOR"]),
        ("pls call siobhan ocallaghan asap", ["siobhan ocallaghan"]),
    ],
)
def test_a_first_name_and_surname_in_lower_case_or_capitals_are_a_name(text, names):
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "will smith said the rose hill was wet",  # both words common in English: words, not a name
        "thanks mark down the refund",
        "hi sven, your parcel is late",  # a greeting is no first name (the cue recognizer takes "sven")
        "Spoke to Amara Okafor today",  # capitalised: the NER model's to find
        "write to amara.okafor@example.com or amara okafor.example.com",  # inside an address
        "the iban de89 3704 0044 0532 0130 00",  # not words of letters
    ],
)
def test_common_words_capitalised_names_and_addresses_are_left_to_others(text):
    assert _found(text) == []


def test_the_lists_are_extracted_once_into_a_small_cache_file():
    lists = name_lists()
    assert {"amara", "siobhan", "nguyen"} <= lists.first | lists.last
    assert len(lists.first) > 10_000 and len(lists.last) > 10_000
    assert cache_path().exists() and cache_path().stat().st_size < 2_000_000


def test_the_anonymizer_replaces_a_lowercase_name_and_its_later_mentions():
    result = get_anonymizer().anonymize("hi, i spoke to amara okafor today and okafor said yes")
    assert "amara" not in result.text and "okafor" not in result.text, result.text


def test_an_organisation_with_no_persons_name_in_it_is_kept_and_one_with_a_name_is_not():
    anonymizer = get_anonymizer()
    for kept in ("Vodafone upgraded the router last week.", "The refund came from Lufthansa after the strike."):
        assert anonymizer.anonymize(kept).text == kept
    # The small model calls this man an organisation; his names are in the lists, so he is replaced.
    assert "Watanabe" not in anonymizer.anonymize("Haruto Watanabe called about the invoice.").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient: Okafor, Amara\nDOB on file", "Patient: <PERSON_1>\nDOB on file"),
        ("Name: NGUYEN, Thi Lan | Member since May", "Name: <PERSON_1> | Member since May"),
        ("Attendees: Brennan, Siobhan; Haddad, Omar", "Attendees: <PERSON_1>; <PERSON_2>"),
        ("Signed: de la Cruz, María José", "Signed: <PERSON_1>"),
        ("Chambers/Rebecca, 13 September 2000", "<PERSON_1>, 13 September 2000"),  # a passenger list
    ],
)
def test_a_name_written_surname_first_is_one_person(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_places_and_departments_written_with_a_comma_are_no_surname_first_names():
    assert surname_first_names("Offices in Leeds, Yorkshire; Sales, Marketing and Paris, France.") == []


def test_a_name_in_another_script_than_latin_is_a_name():
    result = get_anonymizer().anonymize("Cc: Ελένη Γεωργίου, 佐藤 陽菜 and 지훈 asked about the refund.")
    assert result.text == "Cc: <PERSON_1>, <PERSON_2> and <PERSON_3> asked about the refund.", result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[08:37] Lottie: is the watch in stock", "[08:37] <PERSON_1>: is the watch in stock"),
        ("12:42 Atieno > Thanks Babatunde, all done", "12:42 <PERSON_1> > Thanks <PERSON_2>, all done"),
        ("Zdeňka (20:09): yes that is me", "<PERSON_1> (20:09): yes that is me"),
        ("agent martina: hi sorry to hear", "agent <PERSON_1>: hi sorry to hear"),
        # the speaker's organisation in brackets; a given name of two names joined by a hyphen
        ("13:09 Padmavathi (Northern Lakes Health) > Hi", "13:09 <PERSON_1> (Northern Lakes Health) > Hi"),
        ("jun-jun (08:52): sure, one moment", "<PERSON_1> (08:52): sure, one moment"),
        # the NER model's name runs on past the turn marker: "huang lijuan > lucero"
        ("15:51 huang lijuan > yifan do u have it", "15:51 <PERSON_1> > <PERSON_2> do u have it"),
        ("15:53 huang lijuan > thx also the email", "15:53 <PERSON_1> > thx also the email"),
    ],
)
def test_who_speaks_at_a_lines_start_is_a_name(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_labels_and_roles_that_open_a_line_are_no_speakers():
    text = "Status: open\nPlan: call back\nINFO: Hi, sorry\nMe 18:30: me, why\nAgent: Thanks, I can see it."
    text += "\nOps (16:38): ok"
    assert get_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("check Tanvir Bhattacharya's bank details", "check <PERSON_1>'s bank details"),
        ("2017 CUST ĐỖ NGỌC LAN ON SITE", "2017 CUST <PERSON_1> ON SITE"),  # the name words inside a capitalised run
        ("USD 74.24|D. Shin\nSigned|R. Cook|done", "USD 74.24|<PERSON_1>\nSigned|<PERSON_2>|done"),
        ("Best wishes,\n\nIvanova, T.\nCustomer Care", "Best wishes,\n\n<PERSON_1>\nCustomer Care"),
        ("Riverbend Veterinary Clinic, Pimchanok speaking.", "Riverbend Veterinary Clinic, <PERSON_1> speaking."),
        ("This is Ελένη, I'm Salma and I'm sure.", "This is <PERSON_1>, I'm <PERSON_2> and I'm sure."),
    ],
)
def test_capitalised_names_the_model_missed_are_found_by_the_lists(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_places_and_common_words_in_capitals_are_no_names_by_the_lists():
    from privacy.engine.names import capitalised_names

    assert capitalised_names("We visited New York and Los Angeles. Will Smith Street. P. O. Box 12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caoimhe - possible fraud on the account", "<PERSON_1> - possible fraud on the account"),
        ("0331 LOCKDOWN DRILL 1030 - GHOSH ON GATE", "0331 LOCKDOWN DRILL 1030 - <PERSON_1> ON GATE"),
        ("Called Mrs O'Neill back", "Called Mrs <PERSON_1> back"),  # as rare as "Neill", not as "O"
    ],
)
def test_a_lone_name_of_the_lists_that_is_rare_in_english_is_a_name(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_lone_words_that_are_common_places_or_acronyms_are_no_names():
    from privacy.engine.names import lone_names

    assert lone_names("Grace said the IBAN for ZAR payments in Dublin is fine. Will Hope call?") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soo-ah (16:17): can someone check", "<PERSON_1> (16:17): can someone check"),  # syllables with a hyphen
        ("Da-eun: hi\nXimena: Sorry!\nDa-eun: 78004", "<PERSON_1>: hi\n<PERSON_2>: Sorry!\n<PERSON_1>: 78004"),
    ],
)
def test_a_hyphenated_given_name_or_one_that_speaks_twice_is_a_speaker(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_a_form_label_with_a_hyphen_is_no_speaker():
    text = "Follow-up: none\nRe-check: 12 May"
    assert get_anonymizer().anonymize(text).text == text


def test_a_name_the_model_cut_at_a_hyphen_is_replaced_whole():
    from privacy.engine.findings import Span, whole_words

    text = "booking for Da-eun Choi"
    span = whole_words(text, Span(12, 14, "ORGANIZATION", 0.85, from_pattern=False))
    assert text[span.start : span.end] == "Da-eun"
    assert whole_words("Miller's", Span(0, 6, "PERSON", 0.85, from_pattern=False)).end == 6  # not the possessive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chargeback: Amelia Clarke disputes a charge. Clarke phoned today.",
            "Chargeback: <PERSON_1> disputes a charge. <PERSON_1> phoned today.",
        ),
        ("KYC review: Haruto Watanabe. Haruto confirmed it.", "KYC review: <PERSON_1>. <PERSON_1> confirmed it."),
        ("Dear Clarke, The Smith report", "Dear <PERSON_1>, The <PERSON_2> report"),  # "The" is no first name
    ],
)
def test_a_first_name_the_model_left_out_and_a_person_read_as_an_organisation(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("yes once ttos r back aoife is doing them", ["aoife"]),
        ("try yifan on 021 941 3619", ["yifan"]),
        ("we have the iban for zar and will call in june", []),  # a label, a currency, English words
    ],
)
def test_a_lower_case_first_name_that_is_no_english_word(text, names):
    from privacy.engine.names import lone_names

    assert [text[start:end] for start, end in lone_names(text)] == names


def test_a_name_in_another_script_in_a_csv_row_the_model_ran_across_is_replaced():
    text = "MRS/55738/24,최민준,9th of November 1979,577 050"
    assert "최민준" not in get_anonymizer().anonymize(text).text
