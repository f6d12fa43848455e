"""A firm's letterhead, contact line and registered office are the firm's, not a person's (issue 14, item 3)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.letters import contact_line, firm_regions

LETTER = (
    "Medivale Pharmacy\n72 Ormond Road\nBallintemple\nCork\nT12 T5U2\n"
    "Tel. +353 87 044 1619 · medivale-rx.com\n\n"
    "Bartłomiej Kamiński\nDrumlish\nDingle\nCo. Kerry\nV92 A8L8\n\nDear Mr Kamiński,\nPlease call us."
)


def test_a_letterhead_is_kept_and_the_addressee_below_it_is_not():
    result = get_anonymizer().anonymize(LETTER).text
    assert result.startswith(LETTER.split("\n\n")[0] + "\n\n"), result  # the firm's block, whole
    for value in ("Bartłomiej", "Kamiński", "Drumlish", "V92 A8L8"):
        assert value not in result, result


def test_a_signatures_contact_line_with_the_firms_website_is_kept():
    text = "Thanks,\nMhairi\nReception, Paws & Claws\nT +33 (0)1 57 85 31 08 | pawsandclaws-ah.com"
    assert "T +33 (0)1 57 85 31 08 | pawsandclaws-ah.com" in get_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    "line",
    [
        "profile at linkedin.com/in/mcolombo, phone 0871234567",  # a link is no website of the firm's
        "[16:25] Ana: ticket SR-414740 still open with E.ON",  # a time and a ticket are no phone number
        "write to ana.ruiz@gmail.com or call 087 123 4567",  # an e-mail's domain is the person's
    ],
)
def test_links_mail_addresses_and_times_make_no_contact_line(line):
    assert not contact_line(line)


def test_a_chat_that_opens_with_its_site_is_no_letterhead():
    text = "Chat started 08-19-2024 12:55 via keystoneresidential.com\nmarites ocampo: hi its marites\nagent: hi"
    assert firm_regions(text) == []


def test_a_contact_line_may_link_a_page_of_the_firms_site():
    assert contact_line("flyskylark.ie/help  ·  061 702 881")
    assert contact_line("T (225) 555 0140   W https://www.bayoucredit.com/contact-us")
    assert not contact_line("see linkedin.com/in/mcolombo or call 0871 234 567")  # a profile is a person's


def test_an_addressee_that_is_a_firm_is_kept_and_a_person_at_a_firm_is_not():
    firm = "Accounts Payable\nCrownline Print & Mail\nCrownline Works\nStation Approach\nDarlington DL1 4QJ"
    person = "Mr Tomasz Wójcik\nFlat 2, 14 Mill Road\nDarlington DL1 4QJ"
    signature = "Z. Zhou\nFirst Notice of Loss, Kōwhai Insurance\n+64 21 344 9628"
    result = get_anonymizer().anonymize(f"14/04/2025\n\n{firm}\n\n{person}\n\n{signature}").text
    assert firm in result, result
    for value in ("Wójcik", "14 Mill Road", "Zhou", "344 9628"):
        assert value not in result, result


def test_a_roles_mailbox_is_the_firms_and_a_persons_is_not():
    text = "NOTIFY channel=email from=noreply@bayoucredit.com to=amara.okafor@gmail.com\nqueries: ENQUIRIES@ACME.CO.KE"
    result = get_anonymizer().anonymize(text).text
    assert "from=noreply@bayoucredit.com" in result and "ENQUIRIES@ACME.CO.KE" in result, result
    assert "amara.okafor" not in result, result


def test_an_office_named_for_its_town_is_a_place_of_business():
    text = "Team huddle at 11.30am in the Leeds office; bundle sent to the Harmondsworth hearing centre."
    assert get_anonymizer().anonymize(text).text == text
