"""Names in notes written in capitals, cut to the words that can be a name (privacy/engine/capitals.py)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.capitals import name_runs
from privacy.engine.findings import Span


def _runs(text: str, source: str = "SpacyRecognizer", entity_type: str = "PERSON") -> list[str]:
    span = Span(0, len(text), entity_type, 0.85, source != "SpacyRecognizer", source)
    return [text[run.start : run.end] for run in name_runs(text, span)]


@pytest.mark.parametrize(
    ("value", "runs"),
    [
        ("0710 PT MORAG MACGREGOR", ["MORAG MACGREGOR"]),
        ("TADHG OFF", ["TADHG"]),
        ("SWEET HANDED TO RICH BIRD", ["SWEET", "RICH BIRD"]),
        ("HARUKA ITŌ", ["HARUKA ITŌ"]),  # a short surname stays
        ("ORLA Ó BRIAIN", ["ORLA Ó BRIAIN"]),  # and a particle
        ("VS", ["VS"]),  # one word stays whole: initials
    ],
)
def test_a_name_in_capitals_is_cut_to_its_name_words(value: str, runs: list[str]) -> None:
    assert _runs(value) == runs


def test_other_spans_are_left_as_they_are() -> None:
    assert _runs("Morag MacGregor off") == ["Morag MacGregor off"]  # not in capitals
    assert _runs("TADHG OFF", source="AnnouncedIdentifierRecognizer") == ["TADHG OFF"]  # a pattern's
    assert _runs("TADHG OFF", source="CuePersonRecognizer") == ["TADHG"]  # a cue's end is the tagger's guess
    assert _runs("NORWICH STORE", entity_type="LOCATION") == ["NORWICH STORE"]


def test_one_driver_is_one_placeholder_however_the_model_cut_the_line() -> None:
    text = "0703 DRIVER TADHG RTE 4 STOP 7\n0724 KK ON ROUTE 2 TODAY, TADHG OFF SICK"
    result = get_anonymizer().anonymize(text).text
    assert "TADHG" not in result
    assert result.count("<PERSON_1>") == 2, result


def test_a_place_the_model_read_into_a_log_line_goes_and_a_place_or_code_stays() -> None:
    from privacy.engine.capitals import no_place_in_capitals

    def gone(value: str) -> bool:
        return no_place_in_capitals(value, Span(0, len(value), "LOCATION", 0.85, False, "SpacyRecognizer"))

    assert gone("0103 EMERGENCY ON WAY") and gone("NO SUPPLY")
    assert not gone("KNOCKMORE") and not gone("H71 D6J0") and not gone("Emergency On Way")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "25/06/24 1659 PUPIL: SAM, SOVANN D.O.B 2014-02-07 / PARENT: SAM, MALIS PH:(514) 641-8787",
            ["SAM, SOVANN", "SAM, MALIS"],
        ),
        ("20240122 190900 DEBTOR: PAGE RUSSELL DOB 25/10/1992", ["PAGE RUSSELL"]),
        ("HO REFUSAL RECD. ALLOC TO MURRAY, RUARIDH", ["MURRAY, RUARIDH"]),
        ("20250907 053200 SPOUSE JANSONS, RAIMONDS CALLED - WANTS UPDATE", ["JANSONS, RAIMONDS"]),
        # after "for", "to" or "by", only a name written surname first
        ("20250224 035900 SCRIPT RECD FOR DA SILVA, RUI VIA EPS FRIDGE 2", ["DA SILVA, RUI"]),
        ("DELIVERED TO BRISTOL DEPOT", []),
        ("FREE SCHOOL MEALS APPLICATION", []),
        ("Pupil: Sam Sovann", []),  # not a log in capitals: the cues of people.py judge it
    ],
)
def test_who_a_log_line_in_capitals_names_after_a_role_or_field_word(text, names):
    from privacy.engine.capitals import log_names

    assert [text[start:end] for start, end in log_names(text)] == names
