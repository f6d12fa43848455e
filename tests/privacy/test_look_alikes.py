"""Look-alikes that the default policy keeps: a JSON field's key, a statute's number, a firm named after a
family, a vehicle and its fleet number, a date something was moved to; and the PII beside them, which it
still replaces (issue 14)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer


def _anonymized(text: str) -> str:
    return get_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('{"note1": "Ticket 4471 closed", "cust_no": "ok"}', ['"note1"', '"cust_no"']),
        ("Ticket closed under Regulation (EU) 2016/679, art. 6(1)(b).", ["Regulation (EU) 2016/679"]),
        ("closed under reg. (eu) 2016/679 and Directive 2010/63/EU.", ["reg. (eu) 2016/679", "Directive 2010/63/EU"]),
        ("Invoice sent to Okonkwo & Sons Removals on time.", ["Okonkwo & Sons Removals"]),
        ("Order 5512 for Mendoza Veterinary Supplies delivered.", ["Mendoza Veterinary Supplies"]),
        ("inv for eur 310.20 sent to petrov transportes s.a. today", ["petrov transportes s.a."]),
        ("CALLER: Fleet van KX-204 back from service.", ["Fleet van KX-204"]),
        ("Group booking for the museum moved to 14 Nov 2026.", ["moved to 14 Nov 2026"]),
    ],
)
def test_business_look_alikes_are_kept(text: str, kept: list[str]) -> None:
    result = _anonymized(text)
    for value in kept:
        assert value in result, result


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ('{"name": "Anna Kowalski", "Anna Kowalski": 3}', ["Anna", "Kowalski"]),  # a key with capitals may be a name
        ("anna kowalski at the bank called back", ["anna", "kowalski"]),  # "at the bank" is no firm's name
        ("Spoke to Anna Kowalski & John Smith today.", ["Anna", "Kowalski", "John", "Smith"]),
        ("Tenant moved to 7 June Close, Leeds LS6 2AB.", ["7 June Close", "LS6 2AB"]),  # a street, not a date
    ],
)
def test_the_pii_beside_them_is_still_replaced(text: str, replaced: list[str]) -> None:
    result = _anonymized(text)
    for value in replaced:
        assert value not in result, result


def test_a_street_pattern_does_not_run_through_a_clause() -> None:
    result = _anonymized("Tracking 7731 rerouted via our warehouse at Aleksanterinkatu 32, Helsinki.")
    assert "rerouted via our warehouse at" in result


def test_a_logs_values_end_before_its_next_key() -> None:
    text = "2026-02-01 09:12 JOB#4471 CUST=NOWAK EWA ADDR=UL. DŁUGA 5 M. 12, 00-238 WARSZAWA ST=DONE"
    result = _anonymized(text)
    assert " ADDR=" in result and result.endswith(" ST=DONE"), result
    for value in ("NOWAK", "EWA", "DŁUGA", "M. 12", "00-238", "WARSZAWA"):
        assert value not in result, result


def test_a_forms_pairs_after_a_pipe_are_each_read_by_their_key() -> None:
    text = "ref=PCL-1 name=Tavita Leota | addr1=12 Kupe St | addr2=Ponsonby, Auckland 1011 | id=59641088H"
    result = _anonymized(text)
    for value in ("Tavita", "Kupe", "Ponsonby", "1011", "59641088H"):
        assert value not in result, result
    assert "| addr2=" in result and "| id=" in result, result


def test_a_name_in_a_capitals_logs_field_is_replaced_even_when_its_words_are_english_too() -> None:
    text = "2026-08-02 19:28 JOB#4270 CUST=BARLOW OLIVER ADDR=12 MILL LANE ST=DONE\n2026-08-02 20:11 DRV=SHEVCHENKO"
    result = _anonymized(text)
    for value in ("BARLOW", "OLIVER", "SHEVCHENKO"):
        assert value not in result, result


@pytest.mark.parametrize(
    "text",
    [
        "CALLER: yes it's G-A-T-H-O-N-I, Gathoni.\nAGENT: thanks",
        "CALLER: it's Ó-S-Ú-I-L-L-E-A-B-H-Á-I-N, Ó Súilleabháin.",
    ],
)
def test_a_name_said_again_after_its_spelling_is_replaced_with_it(text: str) -> None:
    result = _anonymized(text)
    assert "Gathoni" not in result and "Súilleabháin" not in result and "G-A-T" not in result, result
