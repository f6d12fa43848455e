"""Usernames and logins after a username word are identifiers; words after "user" or "login" are not."""

from __future__ import annotations

import pytest

from privacy.engine.handles import handles, registrations


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("user: thibodeaux04", "thibodeaux04"),
        ("2024-06-09 11:21:00 LOGIN: SKRISHNAN  ADM NO.: W821164412539", "SKRISHNAN"),
        ("INFO attendance.mark username=giedre.v pupil_id=023108", "giedre.v"),
        ("Details on file - login gcafarovaquliyeva, NHS#: 4996266481", "gcafarovaquliyeva"),
        ("UPN 020365, username: mjankauskas, NHS No: 978 073 6565.", "mjankauskas"),
    ],
)
def test_the_handle_after_a_username_word_is_an_identifier(text, handle):
    start = text.index(handle)
    assert handles(text) == [(start, start + len(handle))]


@pytest.mark.parametrize(
    "text",
    [
        "user logged out at 5",
        "failed login attempt",
        "ESS login 41.215.35.144",
        "the user is the tenant",
        "user=svc_batch",
    ],
)
def test_english_words_and_addresses_after_a_username_word_are_no_handles(text):
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("car reg: 7LP6AV", "7LP6AV"),
        ("20240203 044900 VRN YG26 VLA  TENANCY NO.: NMD2013-09", "YG26 VLA"),
        ("Reg: KGA 47J\n\nDear Nadia,", "KGA 47J"),
        ("For reference: plate 1001 KB, iban GB95", "1001 KB"),
        ("reg 4TN7YP is on file", "4TN7YP"),
    ],
)
def test_a_registration_after_a_vehicle_word_is_an_identifier(text, plate):
    start = text.index(plate)
    assert registrations(text) == [(start, start + len(plate))]


@pytest.mark.parametrize(
    "text", ["please follow HMR 2012 reg. 214.", "Regulation (EC) No 261/2004", "reg no. on file", "plate 12"]
)
def test_regulations_and_words_after_a_vehicle_word_are_no_registration(text):
    assert registrations(text) == []
