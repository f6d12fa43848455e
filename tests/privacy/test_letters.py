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
