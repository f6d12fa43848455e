"""Products, vehicles, rooms, dates and amounts the NER model reads as names are kept (issue 14, item 3)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer


@pytest.mark.parametrize(
    "text",
    [
        "Patients can be switched to Adderall XR 20mg after review. Eliquis 5mg is out of stock.",
        "We have 43 open claims, mostly Ford Mustang and Honda Jazz models.",
        "The Grace Hopper building will be closed; parking is near the Mayo Building entrance.",
        "It is out of stock at our Elm Park branch until Friday.",
        "Regards,\nDelivery Driver, Dispensary",
        "Reviewed by | Superintendent Pharmacist",
        "LAST UPDATED = Thursday 29 June 07:32",
    ],
)
def test_things_and_roles_are_kept(text):
    assert get_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sarah Hall called about Grace Hopper's claim.", ["called about"]),  # surnames that name rooms
        ("Patient: Ram Kumar, 52, driving a Honda.", ["52, driving a"]),  # a maker's name as a first name
    ],
)
def test_people_named_like_things_are_still_replaced(text, kept):
    result = get_anonymizer().anonymize(text).text
    assert "Sarah" not in result and "Grace" not in result and "Ram Kumar" not in result, result
    assert all(part in result for part in kept), result


def test_a_vehicles_registration_is_replaced_by_its_field_and_a_count_column_is_not_an_identifier():
    text = "TP VEHICLE = SYE736\nvehicle, claims, avg_cost\nToyota Camry, 37, 1.2k\nHonda Jazz, 3, 450"
    result = get_anonymizer().anonymize(text).text
    assert "SYE736" not in result and "Toyota Camry, 37, 1.2k" in result, result
