"""The firm's own sites ("our depot at ...") keep their address; a person's address and name never do (issue 14)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.sites import own_sites


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Stock moved from our depot at Calle Durango 302, Col. Roma, 52699, Del. Cuauhtémoc, CDMX today.",
            "Calle Durango 302, Col. Roma, 52699, Del. Cuauhtémoc, CDMX",
        ),
        ("TRACKING CRH336863GB REROUTED VIA OUR WORKSHOP AT 16 BIS RUE MOLIERE, 36254, LYON.", "16 BIS RUE MOLIERE"),
        ("Van back from service at our office at Plot 5, Adeola Odeku St, Victoria Island.", "Adeola Odeku St"),
    ],
)
def test_the_address_of_one_of_the_firms_own_sites_is_kept(text: str, kept: str) -> None:
    assert kept in get_anonymizer().anonymize(text).text


def test_a_persons_address_and_name_beside_the_firms_site_are_still_replaced() -> None:
    text = (
        "Parcel left with neighbour Anna Kowalski at 14 Elm Road, Leeds LS6 2AB; driver returned to our depot at "
        "5 High St. Customer Maria Lopez called, then Mrs Okafor moved from 12 Marina Rd, Lagos to our branch."
    )
    result = get_anonymizer().anonymize(text).text
    assert "our depot at 5 High St." in result
    for value in ("Anna", "Kowalski", "14 Elm Road", "LS6 2AB", "Maria", "Lopez", "Okafor", "12 Marina Rd"):
        assert value not in result, result


def test_a_phone_number_or_an_id_at_the_firms_site_is_still_replaced() -> None:
    result = get_anonymizer().anonymize("Call Priya Raman at our office at 5 Dock Rd, Hull, on 07700 900123.").text
    assert "5 Dock Rd, Hull" in result and "07700 900123" not in result and "Raman" not in result


def test_the_clause_ends_at_a_new_line_a_semicolon_a_new_clause_or_a_sentence_not_at_an_abbreviation() -> None:
    text = "our hub in Av. Paulista 1000, São Paulo to x\nour depot at 5 High St. Customer Ann called; ok"
    sites = own_sites(text)
    assert [text[site.start : site.end] for site in sites] == [
        "Av. Paulista 1000, São Paulo",
        "5 High St. Customer Ann called",
    ]
    assert [text[site.start : site.names_end] for site in sites] == ["Av. Paulista 1000, São Paulo", "5 High St"]


def test_a_stricter_preset_keeps_no_site() -> None:
    from privacy.engine.policy import Policy

    strict = get_anonymizer(policy=Policy(preset="safe_harbor"))
    assert "Calle Durango" not in strict.anonymize("Moved to our depot at Calle Durango 302, Col. Roma, CDMX.").text


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # an organisation's named site, a comma, its address: kept, as "our depot at …" is
        (
            "depot=Hotel Aurelia sales office, Unit 24, 253 Portage Ave, Surrey, BC V9J 6K1",
            ["Unit 24, 253 Portage Ave", "V9J 6K1"],
            [],
        ),
        # a person after such a comma is still replaced; a landmark's shop near a home is no site
        ("0738 RTN TO WESTFIELD STORE, MORAG MACGREGOR TO COLLECT", [], ["MORAG MACGREGOR"]),
        ("cust lives next to the Chinese shop, Greater Portmore, St. Catherine - ok", [], ["St. Catherine"]),
    ],
)
def test_a_named_sites_address_is_kept(text, kept, gone):
    result = get_anonymizer().anonymize(text).text
    assert all(value in result for value in kept), result
    assert not any(value in result for value in gone), result
