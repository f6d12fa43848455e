"""Initials that sign a log entry or a note, names spelled out or above a chat message, dates of birth (issue 14)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date given in answer to a question for a date of birth, under a chat message's header
        (
            "can you confirm your date of birth?\n\nYetunde Adebanjo  18:22\n26/04/44",
            "can you confirm your date of birth?\n\n<PERSON_1>  18:22\n<DATE_TIME_1>",
        ),
        (
            "[22/06/2025, 22:00:55] Agent: can you confirm your date of birth?\n"
            "[22/06/2025, 22:05:45] Gary D: 19780715",
            "[22/06/2025, 22:00:55] Agent: can you confirm your date of birth?\n[22/06/2025, 22:05:45] <PERSON_1>: "
            "<DATE_TIME_1>",
        ),
        # words between the birth word and the date; a JSON field; a log's compact date
        ("Our records show your date of birth as 3 Feb 71.", "Our records show your date of birth as <DATE_TIME_1>."),
        ('{"dob": "1998.08.01", "x": 1}', '{"dob": "<DATE_TIME_1>", "x": 1}'),
        ("2025-08-27 20:13:00 DOB:14JUL74", "2025-08-27 20:13:00 DOB:<DATE_TIME_1>"),
        # a business date stays
        ("meeting on 12 Mar 2024", "meeting on 12 Mar 2024"),
    ],
)
def test_dates_of_birth_given_in_answer_after_words_or_in_a_field(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who acted, in an audit trail's key=value pairs; a service account is no one
        (
            '2026-01-21T00:18:33Z NOTE added_by=Rosalinda de Guzman text="Nurul Aina binti Rahman, a neighbour"',
            '2026-01-21T00:18:33Z NOTE added_by=<PERSON_1> text="<PERSON_2>, a neighbour"',
        ),
        ("2025 user=svc_batch action=export", "2025 user=svc_batch action=export"),
        # a log's "NOTE BY" and a speaker of four words
        ("2025-08-27 22:22:00 NOTE BY EPELI PITA BULEWA", "2025-08-27 22:22:00 NOTE BY <PERSON_1>"),
        ("07:19 Beatriz Catarina dos Santos: email on file", "07:19 <PERSON_1>: email on file"),
    ],
)
def test_actors_of_an_audit_trail_and_authors_of_a_log_or_a_chat(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("parcel left with neighbour. nb niece has spare key. tx rf", ["rf"]),
        ("flat battery, jump started. tx LDC", ["LDC"]),
        ("jump started. tx mm", ["mm"]),  # no English word, though wordfreq counts it often
        ("call me back. thanks, bye", []),
        ("survey done, 3 crates needed. /eö", ["eö"]),  # a letter with an accent
        ("all sorted, thanks all", []),  # the one thanked signs nothing
        ("ok cheers mate", []),
    ],
)
def test_initials_after_a_thanks_sign_a_note(text, initials):
    assert _signed(text) == initials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who speaks in an Android WhatsApp export and in an IRC log; a desk's nick is no one
        (
            "19/12/2024, 16:35 - sachin: can someone call back?\n19/12/2024, 16:41 - vahe: on it",
            "19/12/2024, 16:35 - <PERSON_1>: can someone call back?\n19/12/2024, 16:41 - <PERSON_2>: on it",
        ),
        ("<priya> pls chek the passport\n<frontdesk> on it", "<<PERSON_1>> pls chek the passport\n<frontdesk> on it"),
        ("<onb_ops> compliance call moved to 9am", "<onb_ops> compliance call moved to 9am"),
    ],
)
def test_speakers_of_android_whatsapp_exports_and_irc_logs(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("13007 marseille gone away\n/m.a.", ["m.a."]),  # initials with full stops, after a slash or a dash
        ("car in level -2\n- c.o.", ["c.o."]),
        ("card declined, pt paying cash\ni.n.", ["i.n."]),  # alone on the last line
        ("all fine -o.k.", []),  # a word written with full stops
        ("see notes\ne.g.", []),
    ],
)
def test_initials_with_full_stops_sign_a_note(text, initials):
    assert _signed(text) == initials
