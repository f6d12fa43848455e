"""One person, one placeholder: greetings, particles, split findings and address blocks (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine import anonymizer as anonymization
from privacy.engine.addresses import address_spans
from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.findings import Span, outside
from privacy.engine.mentions import name_words
from privacy.engine.placeholders import PlaceholderNumbers, link_people


@pytest.fixture(scope="module")
def anonymizer():
    return get_anonymizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Hi" is a surname of the lists: a greeting is never part of the name
        (
            "name is Thaís Pereira\nPharmacy: Hi Thaís, can you confirm?",
            "name is <PERSON_1>\nPharmacy: Hi <PERSON_1>, can you confirm?",
        ),
        # a surname with its particles, alone, is the same person; the particles alone are no one
        (
            "In respect of Matthias von der Heyde (employee).\nRe: Final pay for von der Heyde",
            "In respect of <PERSON_1> (employee).\nRe: Final pay for <PERSON_1>",
        ),
        # a title above an address: the name line is the person, not the address
        (
            "Dr Jarosław Wiśniewski\nul. Piotrkowska 68\n90-004 Łódź\n\nDear Dr Wiśniewski, rent is due.",
            "Dr <PERSON_1>\n<LOCATION_1>\n\nDear Dr <PERSON_1>, rent is due.",
        ),
    ],
)
def test_every_mention_of_a_person_gets_one_placeholder(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


def test_a_name_a_kin_word_announces_stays_a_name_though_its_words_are_on_the_web(anonymizer):
    # "lachlan" and "campbell" are both on wordfreq's large list: the cue decides, not the word list
    text = "Dear Mr Mousavi, my son Lachlan Campbell in Homeroom 204 will be absent."
    assert anonymizer.anonymize(text).text == "Dear Mr <PERSON_1>, my son <PERSON_2> in Homeroom 204 will be absent."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regards,\nLoss Adjuster, Special Investigations", "Regards,\nLoss Adjuster, Special Investigations"),
        ("We have frozen the account.\n\nThanks\nSeo-yeon", "We have frozen the account.\n\nThanks\n<PERSON_1>"),
    ],
)
def test_a_sign_off_keeps_a_role_of_english_words_and_replaces_a_hyphenated_name(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


def test_an_organisation_with_no_name_in_it_stays_beside_a_particle_read_as_a_person(anonymizer):
    # "al." (aleja) read as a person has no name words; it must not turn every organisation into a person
    text = "tenancy at al. Jana Pawła II 74, 61-772 Poznań. It's protected with the RTB. Ask TransUnion."
    result = anonymizer.anonymize(text).text
    assert "the RTB" in result and "Ask TransUnion" in result, result


@pytest.mark.parametrize(
    "text",
    [
        "Lottie 15:40: who's handling it?",  # a time after a name ending in "-tie", not a Finnish street
        "also Finance Office huddle moved to Monday 7.20pm, meeting room 42",  # a move to a day
    ],
)
def test_times_and_days_are_no_addresses(text):
    assert address_spans(text) == []


def test_a_post_office_box_is_an_address_not_a_purchase_order(anonymizer):
    text = "DRIVER SIZWE RTE 4 STOP 7 CHAMBERS PO BOX 1804, STELLENBOSCH, 7599 COLD CHAIN"
    result = anonymizer.anonymize(text).text
    assert "1804" not in result and "STELLENBOSCH" not in result and "SIZWE" not in result, result


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ms Padmavathi Bandaru\nOudegracht 1 huis\n1016 WT Amsterdam", "huis"),  # the floor after the number
        ("Home address\t50 Florida Road\nMorningside\nDurban, 4001\nKwaZulu-Natal\nParent 1", "KwaZulu"),
    ],
)
def test_an_address_block_is_replaced_to_its_last_line(anonymizer, text, gone):
    assert gone not in anonymizer.anonymize(text).text


def test_what_a_kept_region_leaves_before_and_after_is_still_replaced():
    text = "Ann Lee PO 4517 Bo Li"
    span = Span(0, len(text), "PERSON", 0.85, from_pattern=False)
    kept = outside(text, [span], [(8, 15)])
    assert [text[s.start : s.end] for s in kept] == ["Ann Lee", "Bo Li"]


def test_a_surname_slash_first_name_read_as_an_organisation_is_a_person(anonymizer):
    text = "patient,dob\nOkafor/Amara, 1 May 1960\nOkafor said she would call."
    result = anonymizer.anonymize(text).text
    assert "Okafor" not in result and "Amara" not in result, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who signs with the initials of a person named before is that person
        (
            "PT VIGNESH SUBRAMANIAN DOB 1965-02-01\n0324 DELIVERED, SIGNED VS",
            "PT <PERSON_1> DOB <DATE_TIME_1>\n0324 DELIVERED, SIGNED <PERSON_1>",
        ),
        # a salutation and a title before a surname stay, and the surname is the person named before
        (
            "Re: Sai Priya Pothineni\n\nDear Ms Pothineni, thank you.",
            "Re: <PERSON_1>\n\nDear Ms <PERSON_1>, thank you.",
        ),
        # a common word after a name an introduction announces ends it
        ("Thank you for speaking with Zainab today.", "Thank you for speaking with <PERSON_1> today."),
        # the hour of the time after a phone number is no digit of the number
        ("(02) 9409 4816 21:05: hi its Lukas Zimmermann", "<PHONE_NUMBER_1> 21:05: hi its <PERSON_1>"),
    ],
)
def test_initials_titles_and_times_around_a_name_or_number(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


def test_an_organisation_that_runs_into_a_greeting_is_not_the_person_greeted():
    # the NER model's organisation "Paws & Claws Animal Hospital: Hi Lukas" holds "Lukas" and common words
    org = name_words("Paws & Claws Animal Hospital: Hi Lukas")
    assert not anonymization._holds_person(org, {"lukas"})
    assert anonymization._holds_person(name_words("Haruto Watanabe"), {"watanabe"})  # names only: the person
    assert anonymization._holds_person({"watanabe"}, {"haruto", "watanabe"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOK (next of kin) is a role word; a field's word after a name is no part of it
        ("* NOK Lachlan MacGregor aware, will collect", "* NOK <PERSON_1> aware, will collect"),
        ("PT ANTHONY CHAMBERS DOB OCTOBER 2, 1949", "PT <PERSON_1> DOB <DATE_TIME_1>"),
        # the owner's name before the address is the person, not the address's first place
        (
            "Owner on file: Manpreet Sandhu, 21/56 Banksia Crescent, Braddon ACT 2612.",
            "Owner on file: <PERSON_1>, <LOCATION_1>.",
        ),
    ],
)
def test_roles_fields_and_addresses_around_a_name_are_not_the_name(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


def test_a_dutch_postal_code_does_not_reach_across_a_line():
    assert address_spans("will collect at 1600\nPT ANTHONY CHAMBERS") == []


def test_an_identifier_its_word_announces_once_is_replaced_wherever_it_is_written(anonymizer):
    text = "Re: dispute CR/36664/HL\nThank you. Your file: CR/36664/HL. Trace result for CR/36664/HL: none."
    assert anonymizer.anonymize(text).text.count("<ID_1>") == 3


def test_dates_and_amounts_found_as_identifiers_are_not_found_again_elsewhere(anonymizer):
    text = "Employee ID: 20231028\nThe clinic runs 20231028 to 21 November 2023 and costs R 844.20."
    assert anonymizer.anonymize(text).text.count("20231028") == 1


def test_a_surname_that_opens_with_a_particle_after_a_title(anonymizer):
    text = "Dear Dr le Roux, thank you. Mr de is no one."
    assert anonymizer.anonymize(text).text == "Dear Dr <PERSON_1>, thank you. Mr de is no one."


def test_a_short_name_that_spells_another_persons_initials_is_a_person_of_its_own():
    numbers = PlaceholderNumbers()
    assert numbers.number("PERSON", "Jane Ortiz") == 1
    assert numbers.number("PERSON", "Jo") == 2  # a name, not the initials "JO" of Jane Ortiz
    assert numbers.number("PERSON", "JO") == 1


def test_an_honorific_after_a_name_is_no_part_of_who_it_is(anonymizer):
    text = "Gülşen Doğan called. I told Gülşen Han\u0131m the refund is due; Tanaka-san and Mr Tanaka agreed."
    result = anonymizer.anonymize(text).text
    assert result.startswith("<PERSON_1> called. I told <PERSON_1> "), result
    assert result.count("<PERSON_2>") == 2, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name the lists lack, right before a surname they have
        ("email // T Vaishnavi Venkatesan rpt the fan", "email // T <PERSON_1> rpt the fan"),
        (
            "can someone check Debashis Tanvir Bhattacharya's bank details",
            "can someone check <PERSON_1>'s bank details",
        ),
        ("UMNR handover 20240224: Narongrit Sukprasert, age 14", "UMNR handover 20240224: <PERSON_1>, age 14"),
        # not a common word, a word in capitals, or a place before one
        ("Please Call Tanvir Bhattacharya today", "Please Call <PERSON_1> today"),
        ("2017 CUST \u0110\u1ed6 NG\u1eccC LAN ON SITE", "2017 CUST <PERSON_1> ON SITE"),
    ],
)
def test_a_given_name_no_list_has_joins_the_surname_after_it(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


@pytest.mark.parametrize(
    ("mentions", "people"),
    [
        # a surname met before the full name is that person; the other person of that surname is another
        (["Vidal", "Inmaculada Vidal", "Lucía Vidal"], [0, 0, 1]),
        # given names first, the surname alone, then the whole name: one person
        (["LUIZ FERNANDO", "LIMA", "LUIZ FERNANDO LIMA", "ITZEL SÁNCHEZ VEGA"], [0, 0, 0, 1]),
        # initials choose between two people of one surname; a bare surname goes to the one whose whole
        # name was written last before it
        (["Ximena González", "Fernanda González", "X. Y. González", "González"], [0, 1, 0, 1]),
        (["A. Green", "Green", "Amber Green", "Tom Green"], [0, 0, 0, 1]),
        # scripts with no space between family and given name; a word keeps its marks
        (["刘建国", "建国", "陈伟", "伟"], [0, 0, 1, 1]),
        (["प्रिया यादव", "अंजलि यादव", "प्रिया"], [0, 1, 0]),
        # initials in capitals sign for the person they abbreviate
        (["VIGNESH SUBRAMANIAN", "VS", "SUBRAMANIAN"], [0, 0, 0]),
    ],
)
def test_who_is_who_is_decided_over_the_whole_record(mentions, people):
    assert link_people(mentions) == people


def test_a_surname_before_the_full_name_gets_the_full_names_placeholder(anonymizer):
    text = "Spoke to Mrs Nowak re arrears. Tenant: Agnieszka Nowak, DOB 01/02/1983. Mrs Nowak agreed a plan."
    result = anonymizer.anonymize(text).text
    assert result.count("<PERSON_1>") == 3 and "<PERSON_2>" not in result, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" is a first name of the lists: an organisation that opens with it is no person, and "the" is
        # never found again alone
        (
            "[16:23] Hope Green: is the Google Nest in the break room fixed yet?",
            "[16:23] <PERSON_1>: is the Google Nest in the break room fixed yet?",
        ),
        # the job title under a signature's name is no part of it
        ("Yours sincerely,\n\n\nSravani Yarlagadda\nUnderwriter", "Yours sincerely,\n\n\n<PERSON_1>\nUnderwriter"),
        ("Kind regards,\nĐỗ Văn Huy\nReceptionist | Clinic", "Kind regards,\n<PERSON_1>\nReceptionist | Clinic"),
    ],
)
def test_stop_words_and_job_titles_around_a_name_are_no_name(anonymizer, text, expected):
    assert anonymizer.anonymize(text).text == expected


def test_the_addressee_that_opens_an_address_block_is_the_person_named_after(anonymizer):
    # no list holds "Rakiya": the block's first line is the addressee all the same, and "Bello" is her
    text = (
        "Kestrel Water\nTel: 0345 600 4417 | kestrelwater.co.uk\n\n15 August 2025\n\n"
        "Rakiya Bello\n60 Bompai Road\nAbeokuta 110070\n\nDear Ms Bello,"
    )
    expected = (
        "Kestrel Water\nTel: 0345 600 4417 | kestrelwater.co.uk\n\n15 August 2025\n\n"
        "<PERSON_1>\n<LOCATION_1>\n\nDear Ms <PERSON_1>,"
    )
    assert anonymizer.anonymize(text).text == expected


def test_care_of_a_person_is_no_address(anonymizer):
    text = "Mr Aled Parry\nc/o Eleri Griffiths\n131 Albert Street\nBristol BS19 2HR\n\nEleri Griffiths (wife) collects."
    result = anonymizer.anonymize(text).text
    assert result.count("<PERSON_2>") == 2 and "<LOCATION_" in result and "Griffiths" not in result, result


def test_a_table_rows_surname_and_forename_cells_are_one_person(anonymizer):
    text = (
        "Surname;Forename;Email;CNIC\nMcAllister;Euan;euan_mcallister81@live.co.uk;61351-5125645-6\n"
        "Achakzai;Sabira;sabira@alice.it;1237218822192\n\nEuan called back; Sabira did not."
    )
    expected = (
        "Surname;Forename;Email;CNIC\n<PERSON_1>;<PERSON_1>;<EMAIL_ADDRESS_1>;<ID_1>\n"
        "<PERSON_2>;<PERSON_2>;<EMAIL_ADDRESS_2>;<ID_2>\n\n<PERSON_1> called back; <PERSON_2> did not."
    )
    assert anonymizer.anonymize(text).text == expected


def test_names_in_a_list_are_not_cells_of_one_row():
    from privacy.engine.placeholders import cells_of_one

    text = "Smith, Jones and Brown;Ana"
    assert cells_of_one(text, [(0, 5), (7, 12), (17, 22), (23, 26)]) == ["Smith", "Jones", "Ana Brown", "Ana Brown"]
