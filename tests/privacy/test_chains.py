"""Address chains and the streets of more countries: flats, quarters, postal codes and towns around an address
are replaced with it; words that only look like them, away from an address, are kept (issue 14)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.chains import address_chain
from privacy.engine.world_streets import world_street_spans


@pytest.mark.parametrize(
    ("text", "street", "chain"),
    [
        ("Lives at ul. Lesnaya, d. 7, kv. 31, Kazan, 420111 - call", "ul. Lesnaya, d. 7", ", kv. 31, Kazan, 420111"),
        ("Str. Florilor nr. 12, bl. A2, sc. 1, ap. 9, Iasi", "Str. Florilor nr. 12", ", bl. A2, sc. 1, ap. 9, Iasi"),
        ("Av. Juárez 210 Int. 7, Col. Centro, C.P. 06000\nAlc. Cuauhtémoc, CDMX\n\nDear Sir", "Av. Juárez 210", None),
        ("Jl. Merdeka No. 14, RT 003/RW 011, Kel. Cikini, Kec. Menteng, Jakarta 10330 ??", "Jl. Merdeka No. 14", None),
    ],
)
def test_the_parts_after_a_street_belong_to_its_address(text: str, street: str, chain: str | None) -> None:
    start = text.index(street)
    _, end = address_chain(text, start, start + len(street))
    expected = street + chain if chain else None
    if expected is not None:
        assert text[start:end] == expected
    result = get_anonymizer().anonymize(text).text
    for value in ("Lesnaya", "kv. 31", "420111", "Florilor", "A2", "ap. 9", "210", "Int. 7", "Centro", "06000"):
        assert value not in result, result
    for value in ("Merdeka", "RT 003", "RW 011", "Cikini", "Kec. Menteng", "10330", "Kastanienweg", "2. OG", "04109"):
        assert value not in result, result


def test_a_postal_code_read_aloud_after_an_address_is_replaced_with_it() -> None:
    text = "CALLER: ul. Długa 5 m. 12, zero zero one two three Gdańsk.\nAGENT: thanks"
    result = get_anonymizer().anonymize(text).text
    assert "Długa" not in result and "m. 12" not in result and "zero zero one two three" not in result, result
    assert result.endswith("\nAGENT: thanks")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Delivered to Harbour Rd 12, then 120 pallets went back.", "Harbour Rd 12"),
        ("Her flat at Kastanienweg 4, Anna said, is cold.", "Kastanienweg 4"),
        ("Kastanienweg 4, 2. OG, 04109 Leipzig. Thanks for the call.", "Kastanienweg 4, 2. OG, 04109 Leipzig"),
        ("ul. Lesnaya, d. 7 - all of the team agreed", "ul. Lesnaya, d. 7"),
    ],
)
def test_words_after_an_address_that_are_no_part_of_it_are_left_out(text: str, place: str) -> None:
    start = text.index(place.split(",")[0])
    first = min(len(place), place.find(",") if "," in place else len(place))
    assert text[slice(*address_chain(text, start, start + first))] == place


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("is she still at Odos Pindarou 19, Kavala?", "Odos Pindarou 19"),
        ("Unterer Rebberg Weg 14b, 3012 Bern", "Unterer Rebberg Weg 14b"),
        ("Address: Rákóczi út 18. 2. em. 5.", "Rákóczi út 18"),
        ("Sinsa-daero 7-gil 22, Gangnam-gu", "Sinsa-daero 7-gil 22"),
        ("Carrera 15 # 93-47, Bogotá", "Carrera 15 # 93-47"),
        ("delivered to 1200 boul. Saint-Laurent, app. 4", "1200 boul. Saint-Laurent"),
        ("Số 8 ngõ 12 Trần Phú, Hà Nội", "Số 8 ngõ 12 Trần Phú"),
        ("rue des Lilas 14, Namur", "rue des Lilas 14"),
        ("Umeda 2-4-9, Kita-ku", "Umeda 2-4-9"),
    ],
)
def test_streets_of_more_countries_are_found(text: str, street: str) -> None:
    found = [text[start:end] for start, end in world_street_spans(text)]
    assert street in found
    assert street not in get_anonymizer().anonymize(text).text


@pytest.mark.parametrize("text", ["sent via email 2 times", "the road to 2025", "Rule 15 of the Street Trading Act"])
def test_english_words_before_a_number_are_no_street(text: str) -> None:
    assert world_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "replaced", "kept"),
    [
        # lower-case towns, lettered flats, provinces in brackets
        ("hey is mirela still at königsberger weg 12, 04109 leipzig ??", ["königsberger", "04109", "leipzig"], []),
        ("cust novak - moved to brno - deposit released", ["brno"], ["deposit released"]),
        ("Matti lives at Hämeenkatu 9 C 12, 33100 Tampere.", ["C 12", "33100"], []),
        ("still at via Verdi, 14 int. 3, 10121 torino (TO) ??", ["int. 3", "10121", "torino", "(TO)"], []),
        # short hand's "@" announces an address up to its " - ", never a time or a price
        ("ftx-63 cust karthik @ flat 5, 7, gandhi marg, pune - 560038 - engineer late", ["560038"], ["late"]),
        ("cust cian @ 46 ballymun road, ballinacurra, co. kerry, d06 s1y0 - photos", ["kerry", "d06"], ["photos"]),
        ("cust amy @ 3353 maple crescent, app. 712, halifax ns c2s 1t3 - no access", ["712", "c2s 1t3"], ["no access"]),
        ("team lunch @ 5pm - bring snacks; apples @ £5 each", [], ["@ 5pm - bring snacks", "@ £5 each"]),
    ],
)
def test_more_of_an_address_goes_with_it_and_nothing_after_it(text: str, replaced: list[str], kept: list[str]) -> None:
    result = get_anonymizer().anonymize(text).text
    for value in replaced:
        assert value not in result, result
    for value in kept:
        assert value in result, result


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a prefecture, a city and a ward, one after another, before the block's numbers
        (
            "Saitō Takuya\n〒519-0985 Osaka-fu Osaka-shi Kita-ku Tenjinbashi 3-21-14\n\nDear M. Saitō,",
            ["519-0985", "Osaka-fu", "Osaka-shi", "Kita-ku", "3-21-14"],
        ),
        # a city in its own language after a move, as a town of the lists would be
        ("cust florian - now living in warszawa - damage photos taken", ["warszawa"]),
        ("relocating to københavn next month", ["københavn"]),
    ],
)
def test_places_joined_to_their_kinds_and_towns_in_their_own_language(text: str, gone: list[str]) -> None:
    result = get_anonymizer().anonymize(text).text
    for value in gone:
        assert value not in result, result


def test_a_city_s_other_names_leave_out_peoples_names_and_codes() -> None:
    from privacy.engine.places import a_town_or_region

    assert all(map(a_town_or_region, ["Warszawa", "Lisboa", "Praha", "Wien", "Göteborg"]))
    assert not any(map(a_town_or_region, ["Sofie", "Flavia", "CPH", "bu la ge"]))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a German floor and side, a Portuguese floor and door, after the street
        ("has since moved to Lindenallee 73, 1. OG rechts, 04630 Leipzig, Germany today", ["OG rechts", "04630"]),
        ("home address, Rua Morais Soares, 161, 2.º Frente, 2725-129 Amadora.", ["Frente", "2725-129", "Amadora"]),
    ],
)
def test_floors_and_doors_as_more_countries_write_them(text: str, gone: list[str]) -> None:
    result = get_anonymizer().anonymize(text).text
    for value in gone:
        assert value not in result, result
