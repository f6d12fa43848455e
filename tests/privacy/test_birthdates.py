"""Dates of birth in a table pasted with no header: an old date right after a person's name."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.birthdates import row_birth_dates


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("+447504054239\tFifita, Paula\t19th January 1963\tDTH-4407616\tbatch TV15", "19th January 1963"),
        ('"Joshi, Nilesh",nilesh.joshi@btinternet.com,1978.07.08,ARRANGEMENT', "1978.07.08"),
        ("| Murdo MacLeod | 26 Dec 1998 | AS22 KUD | YL623827B |", "26 Dec 1998"),
        ("Sam;Sreynich;5/8/1985;Masarykova 1109/21, 101 00 Praha 10", "5/8/1985"),
    ],
)
def test_an_old_date_after_a_name_in_a_row_is_a_date_of_birth(line, date):
    start = line.index(date)
    assert row_birth_dates(line) == [(start, start + len(date))]


@pytest.mark.parametrize(
    "line",
    [
        "Fifita, Paula\t2025-10-20\tREBOOK",  # a recent date is the row's business
        "Paula Fifita was born in the spring of 1963, she says",  # no table
        "57.072,69 TL;2005-10-20;WO-1268603;CLOSED",  # no name before the date
    ],
)
def test_recent_dates_prose_and_rows_with_no_name_have_no_date_of_birth(line):
    assert row_birth_dates(line) == []


def test_the_anonymizer_replaces_the_date_of_birth_and_keeps_the_rows_business_date():
    text = "| Murdo MacLeod | 26 Dec 1998 | CLOSED | 14/11/2025 |"
    result = get_anonymizer().anonymize(text).text
    assert "26 Dec 1998" not in result and "14/11/2025" in result, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date read out in answer to a question for one: a month's name and a year of two words, or numbers
        (
            "Operator: And your date of birth?\nCaller: third September, ninety-four.\nOperator: Thanks",
            "Operator: And your date of birth?\nCaller: <DATE_TIME_1>.\nOperator: Thanks",
        ),
        (
            "Agent: date of birth?\nCaller: It's sixteen, oh six, nineteen eighty-eight.\nAgent: ok",
            "Agent: date of birth?\nCaller: It's <DATE_TIME_1>.\nAgent: ok",
        ),
        ("we have twelve, ten, nine boxes", "we have twelve, ten, nine boxes"),
        # labels that shorten "date of birth", with a colon or an equals sign; "né(e) le"
        ("Birth dt: 18 FEB 1944", "Birth dt: <DATE_TIME_1>"),
        ("date_naissance = 08.11.62", "date_naissance = <DATE_TIME_1>"),
        ("Date: 12 March 2024", "Date: 12 March 2024"),
    ],
)
def test_dates_of_birth_read_out_or_under_short_labels(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_a_date_after_ne_e_le_is_a_date_of_birth():
    assert "<DATE_TIME_1>) applied" in get_anonymizer().anonymize("the client (né(e) le 14/07/1982) applied").text
