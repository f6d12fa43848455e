"""Values typed by their table column or form label (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.fields import label_type


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Date of birth", "DATE_TIME"),
        ("dob", "DATE_TIME"),
        ("tenant_ref", "ID"),
        ("Patient name", "PERSON"),
        ("surname", "PERSON"),
        ("Member ID", "ID"),
        ("Policy no", "POLICY_NUMBER"),
        ("Home address", "LOCATION"),
        ("phone", "PHONE_NUMBER"),
        ("Email", "EMAIL_ADDRESS"),
        ("iban", "ACCOUNT_NUMBER"),
        ("pet name", None),  # a thing's name
        ("Company name", None),
        ("order id", None),
        ("date", None),  # a business date
        ("rent", None),
    ],
)
def test_a_label_says_what_its_value_is(label, kind):
    assert label_type(label) == kind


def test_a_tables_columns_type_its_cells():
    text = "tenant_ref,tenant,dob,rent,arrears_since\nT-319809,Jasleen Sekhon,04/03/1979,£950,2024-01-03"
    result = get_anonymizer().anonymize(text)
    assert result.text.splitlines()[1] == "<ID_1>,<PERSON_1>,<DATE_TIME_1>,£950,2024-01-03", result.text


def test_form_lines_with_dot_leaders_tabs_and_equals_signs():
    text = "Full name\tSai Kiran Reddy\nDate of birth....: 20th of March 2013\nUPN....: C09051901792E\n"
    text += "Pet name = Biscuit\nOrder ID | 4471-2231"
    result = get_anonymizer().anonymize(text)
    expected = "Full name\t<PERSON_1>\nDate of birth....: <DATE_TIME_1>\nUPN....: <ID_1>\nPet name = Biscuit\n"
    assert result.text == expected + "Order ID | 4471-2231", result.text


def test_a_person_the_model_ran_into_other_cells_is_cut_where_the_cell_ends():
    text = "tenant_ref,tenant,property,rent,arrears_since\nT-078944,Jarosław Wójcik,185 Acacia Ave,£875,2023-11-01"
    result = get_anonymizer().anonymize(text)
    assert result.text.endswith(",£875,2023-11-01"), result.text


def test_a_name_in_a_cell_after_one_the_model_ran_into_is_replaced():
    # The NER model reads "T-243097|Rafiq Sen Gupta|Flat B" as one person; Presidio then drops the tenant
    # column's own finding inside it as a duplicate, so the cells after the first are judged again.
    text = (
        "tenant_ref|tenant|property|rent\n"
        "T-201932|Oisín O'Neill|57 Elm Grove, Croydon, CR22 6BP|£23.12\n"
        "T-243097|Rafiq Sen Gupta|Flat B, 51 Kingsway, Eaton, Norwich, Norfolk, NR15 6EE|£427.16\n"
    )
    result = get_anonymizer().anonymize(text).text
    assert "Rafiq" not in result and "Gupta" not in result, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an audit trail's key=value pairs, typed by their key; a status or a count stays
        (
            "job.created vehicle_plate=KGE 188B customer_number=C20698318 status=open count=12",
            "job.created vehicle_plate=<ID_1> customer_number=<ID_2> status=open count=12",
        ),
        (
            "ptp.created card_masked=9862 ni_number=RL 30 28 04 C",
            "ptp.created card_masked=<CREDIT_CARD_1> ni_number=<ID_1>",
        ),
        # a card shown masked between its first and last digits, and its last four after "Card:"
        ("Card: 4389********2096 | Card: 9623", "Card: <CREDIT_CARD_1> | Card: <CREDIT_CARD_2>"),
    ],
)
def test_key_value_pairs_and_masked_cards(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_a_json_objects_pairs_are_typed_by_their_keys() -> None:
    text = '{"name": "Tavita Leota", "addr2": "Ponsonby, Auckland 1011", "note1": "Ticket closed"}'
    result = get_anonymizer().anonymize(text).text
    assert "Tavita" not in result and "Leota" not in result and "Ponsonby" not in result, result
    assert '"note1": "Ticket closed"' in result


@pytest.mark.parametrize(
    "text",
    [
        "name;phone;city\rnote\nAna Ruiz;+44 7700 900123;Leeds",  # a carriage return inside a table's line
        'ref,name\r\nA1,"Bo\rLi"\r\n',
        "name|phone\nAna Ruiz|\x0b+44 7700 900123\u2028|\x00",
    ],
)
def test_control_characters_in_a_table_never_stop_the_anonymizer(text):
    result = get_anonymizer().anonymize(text).text
    assert "Ana Ruiz" not in result and "7700 900123" not in result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a log's fields in capitals, after "=" or ":", to the next key, a "|", ";" or two spaces
        (
            "02JUL24 1200|CLMSYS01|WARN|CUST_NAME=ADUNNI AJAYI-COKER RSV=$26.29",
            "02JUL24 1200|CLMSYS01|WARN|CUST_NAME=<PERSON_1> RSV=$26.29",
        ),
        (
            "2024.209 12:34:11.194 [PMS01] NM=AZIZ, AZAD  ROOM=BAY 18",
            "2024.209 12:34:11.194 [PMS01] NM=<PERSON_1>  ROOM=BAY 18",
        ),
        ("05/08/25 12:59:16 ONB-API AUDIT USR: SSEITKALI", "05/08/25 12:59:16 ONB-API AUDIT USR: <PERSON_1>"),
        (
            "12/30/24 09:48:21|SCHADEN2|WARN|BIRTH_DT: 01.05.1953",
            "12/30/24 09:48:21|SCHADEN2|WARN|BIRTH_DT: <DATE_TIME_1>",
        ),
        # a key is kept whatever the model reads in it; a name's value ends before another field's label
        (
            "29SEP24 1222 SAP-ISU.ADD UPD: NM: EL FASSI, SAID SVC_DT: Q4 2023",
            "29SEP24 1222 SAP-ISU.ADD UPD: NM: <PERSON_1> SVC_DT: Q4 2023",
        ),
        (
            "20250920 NAME=FALGUNI MODI DOB 14-JUN-1938 PH:+44 7600 121003",
            "20250920 NAME=<PERSON_1> DOB <DATE_TIME_1> PH:<PHONE_NUMBER_1>",
        ),
        # a program's account is no person; an address's "NO:" and "D:" are no keys
        ("STAT=DOCS OUTSTANDING OPR=SYS TERM=T02", "STAT=DOCS OUTSTANDING OPR=SYS TERM=T02"),
        ("ADDR: ÇIÇEK SOK. NO: 18 D: 12 / 35007 BORNOVA/İZMIR", "ADDR: <LOCATION_1>"),
    ],
)
def test_fields_of_a_log_in_capitals(text, expected):
    assert get_anonymizer().anonymize(text).text == expected


def test_lower_case_and_mixed_case_lines_have_no_capitals_fields():
    from privacy.engine.fields import caps_keys

    assert caps_keys("TO: Ana Ruiz, about the claim") == []
    line = "LOG LINE NOTE: CALL BACK AT 10:30 AGENT: GGIRMA SOCIAL: HTTPS://WWW.XING.COM/PROFILE/G_GIRMA"
    assert [line[start:end] for start, end in caps_keys(line)] == ["NOTE", "AGENT", "SOCIAL"]
