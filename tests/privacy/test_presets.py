"""What the policy presets keep: business dates and organisations by default; Safe Harbor's dates and ages
(issue 14, item 3)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.policy import Policy
from privacy.engine.presets import ages_over_89, date_of_birth


@pytest.fixture(scope="module")
def default():
    return get_anonymizer()


@pytest.fixture(scope="module")
def strict():
    return get_anonymizer(policy=Policy(preset="safe_harbor"))


@pytest.mark.parametrize(
    "text",
    [
        "The invoice dated 14 March 2024 for Rs. 38 was paid on 2024-03-20.",
        "The policy runs from 01/04/2024 to 31/03/2025; the meeting is on 12 June.",
        "Appointment booked for 3 May 2025 at the clinic.",
    ],
)
def test_the_default_keeps_business_dates_and_amounts(default, text):
    assert default.anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Confirmed DOB 03/14/1985 on the call.", "03/14/1985"),
        ("Date of Birth: 1985-03-14", "1985-03-14"),
        ("He was born on 12 October 1963 in a small town.", "12 October 1963"),
        ("Geb. 04.03.1985, wohnhaft in Köln.", "04.03.1985"),
    ],
)
def test_a_date_of_birth_is_replaced_whole_under_every_preset(default, strict, text, birth):
    for anonymizer in (default, strict):
        result = anonymizer.anonymize(text)
        assert birth not in result.text and "<DATE_TIME_1>" in result.text, result.text
        assert not any(part in result.text for part in birth.split() if part.isdigit()), result.text


def test_a_birth_word_must_announce_the_date():
    text = "Invoice dated 14 March 2024. DOB 03/14/1985."
    assert not date_of_birth(text, 14, 27)
    assert date_of_birth(text, text.index("03/14"), text.index("03/14") + 10)
    assert date_of_birth("14.03.1985 (DOB) on file", 0, 10)


def test_safe_harbor_replaces_every_date_and_ages_over_89(strict, default):
    text = "Seen on 12 March 2024, a 92-year-old man; his wife, aged 88, and his mother, aged 101."
    result = strict.anonymize(text)
    assert "12 March 2024" not in result.text and "92" not in result.text and "101" not in result.text
    assert "aged 88" in result.text, result.text  # 89 and under are not identifying under Safe Harbor
    assert result.entities["AGE"] == 2
    assert "92-year-old" in default.anonymize(text).text


def test_ages_over_89_in_their_usual_spellings():
    text = "92-year-old, 95 years old, 90 y/o, aged 94, age 99, 89-year-old, 45 yo, age 120"
    assert [text[start:end] for start, end in ages_over_89(text)] == ["92", "95", "90", "94", "99", "120"]


def test_an_organisation_that_says_so_is_kept_and_other_names_are_not(default):
    kept = "Allianz Insurance confirmed the cover; St Mary's Hospital sent the report."
    result = default.anonymize(kept)
    assert "Allianz Insurance" in result.text and "St Mary's Hospital" in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "[13:19] Northwind Mutual: hi there\n13:20 Northgate Pharmacy > ok",  # a firm speaking in a chat
        "[09:18] St Brigid's University Hospital: we are open",  # a name that an organisation's words follow
    ],
)
def test_an_organisation_the_name_lists_would_read_as_a_person_is_kept(default, text):
    assert default.anonymize(text).text == text


def test_a_surname_that_is_also_a_word_for_an_organisation_is_still_a_person(default):
    assert default.anonymize("Dr Anna Church called.").text == "Dr <PERSON_1> called."


def test_an_unknown_preset_is_refused():
    with pytest.raises(ValueError, match="unknown preset 'lenient'"):
        get_anonymizer(policy=Policy(preset="lenient"))


def test_the_preset_is_part_of_the_policy_document():
    policy = Policy.from_dict({"preset": "safe_harbor"})
    assert policy.preset == "safe_harbor" and policy.to_dict()["preset"] == "safe_harbor"
    assert Policy.from_dict({}).preset == "default"


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("DOB 19850304 confirmed", "19850304"),
        ("生年月日 1985年3月4日", "1985年3月4日"),
        ("geb. am 4. März 1985", "4. März 1985"),
        ("date of birth 4 de marzo de 1985", "4 de marzo de 1985"),
        ("born on the 4th of Mar. 85", "4th of Mar. 85"),
        ("DOB 850304 seen", "850304"),  # six digits, and eight in any order
        ("DOB: 12251985 seen", "12251985"),
        ("生年月日\uff1a1985年3月4日", "1985年3月4日"),  # a full-width colon
        ("d.o.b. 4-Mar-85 seen", "4-Mar-85"),
    ],
)
def test_a_date_of_birth_in_a_format_the_model_does_not_read_is_found_after_its_birth_word(default, text, birth):
    result = default.anonymize(text)
    assert birth not in result.text and "<DATE_TIME_1>" in result.text, result.text


def test_the_same_formats_without_a_birth_word_are_kept(default):
    text = "Order 19850304 shipped; the meeting of 4. März 2024 moved."
    assert "19850304" in default.anonymize(text).text


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Can you confirm her date of birth?\n[12:53] +44 7700 900576: 1960-05-20\nThanks", "1960-05-20"),
        ("passport number and date of birth.\n[10:17] (21) 98205-4437: GK567530 and 18/11/1964", "18/11/1964"),
        ("AGENT: name and date of birth?\n[00:00:58] CALLER: Ana Ruiz, 14 Jun 2005.\nAGENT: ok", "14 Jun 2005"),
        ("Name: Ximena. 30.11.1941 is the fecha de nac.. med rec", "30.11.1941"),
    ],
)
def test_a_date_of_birth_answered_after_a_phone_number_an_identifier_or_with_its_word_after_it(default, text, birth):
    result = default.anonymize(text).text
    assert birth not in result and "<DATE_TIME_1>" in result, result


def test_a_date_the_model_read_as_a_person_is_kept_when_no_birth_is_asked(default):
    text = "Invoice date?\nMe: 12/03/2024"
    assert default.anonymize(text).text == text
