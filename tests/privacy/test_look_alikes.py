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
