"""The PII evaluation: the scorer on tiny hand-made cases, the shipped file, and `manage.py pii_eval`."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from privacy.engine.pii_eval import AlignmentError, EvalInputError, align, parse_line, score

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data" / "pii_eval.jsonl"
TEXT = "Ann Lee paid 4111 1111 1111 1111. Lee is in Oslo."
ANN = {"start": 0, "end": 7, "type": "PERSON", "id": "ann"}
CARD = {"start": 13, "end": 32, "type": "CREDIT_CARD"}
LEE = {"start": 34, "end": 37, "type": "PERSON", "id": "ann"}


def record(*spans: dict[str, object], text: str = TEXT):
    return parse_line(json.dumps({"text": text, "spans": list(spans), "note": "ignored"}))


def test_perfect_output_scores_one_everywhere():
    report = score([(record(ANN, CARD, LEE), "<PERSON_1> paid <CREDIT_CARD_1>. <PERSON_1> is in Oslo.")])
    assert report["types"]["PERSON"] == pytest.approx(
        {"precision": 1.0, "recall": 1.0, "f2": 1.0, "recall_any_type": 1.0, "gold": 2, "predicted": 2}
    )
    assert report["types"]["CREDIT_CARD"]["f2"] == 1.0
    assert report["consistency"] == 1.0


def test_a_missed_span_lowers_recall_and_the_f2_leans_on_recall():
    report = score([(record(ANN, CARD, LEE), "<PERSON_1> paid <CREDIT_CARD_1>. Lee is in Oslo.")])
    person = report["types"]["PERSON"]
    assert (person["precision"], person["recall"], person["recall_any_type"]) == (1.0, 0.5, 0.5)
    assert person["f2"] == pytest.approx(5 * 0.5 / (4 + 0.5), abs=1e-4)
    assert report["consistency"] == 0.5  # one of Ann's two mentions got her placeholder


def test_a_wrong_type_is_missed_by_type_but_found_by_any_type_recall():
    report = score([(record(CARD), "Ann Lee paid <PHONE_NUMBER_1>. Lee is in Oslo.")])
    assert report["types"]["CREDIT_CARD"]["recall"] == 0.0
    assert report["types"]["CREDIT_CARD"]["recall_any_type"] == 1.0
    assert report["types"]["PHONE_NUMBER"]["precision"] == 0.0


def test_a_half_replaced_name_counts_by_type_but_leaks_by_any_type():
    report = score([(record(ANN), "Ann <PERSON_1> paid 4111 1111 1111 1111. Lee is in Oslo.")])
    assert report["types"]["PERSON"]["recall"] == 1.0  # half of the letters
    assert report["types"]["PERSON"]["recall_any_type"] == 0.0


def test_over_redaction_and_leaks_are_counted_per_record_and_per_group():
    clean = parse_line(json.dumps({"text": "Invoice of 14 March: Rs. 38.", "spans": [], "style": "chat"}))
    leaky = parse_line(json.dumps({"text": TEXT, "spans": [ANN, CARD, LEE], "style": "letter", "industry": "bank"}))
    whole = parse_line(json.dumps({"text": TEXT, "spans": [ANN, CARD, LEE], "style": "chat"}))
    report = score(
        [
            (clean, "Invoice of <DATE_TIME_1>: Rs. 38."),  # "14 March" (8 of 28 characters) changed
            (leaky, "Ann <PERSON_1> paid <CREDIT_CARD_1>. <PERSON_1> is in <LOCATION_1>."),  # "Ann" left
            (whole, "<PERSON_1> paid <CREDIT_CARD_1>. <PERSON_1> is in Oslo."),
        ]
    )
    overall = report["overall"]
    assert overall["recall_any_type"] == round(5 / 6, 4)
    assert (overall["records_with_pii"], overall["records_nothing_leaked"]) == (2, 0.5)
    assert overall["clean_chars_changed"] == round(8 / 28, 4)
    outside = 2 * (len(TEXT) - 7 - 19 - 3)  # both PII records' characters outside the gold spans
    assert overall["collateral_chars_changed"] == round(4 / outside, 4)  # "Oslo" in the leaky one
    assert report["groups"]["style=chat"]["records_nothing_leaked"] == 1.0
    assert report["groups"]["style=chat"]["clean_chars_changed"] == round(8 / 28, 4)
    assert report["groups"]["industry=bank"]["recall_any_type"] == round(2 / 3, 4)


def test_a_false_positive_lowers_precision_and_counts_on_clean_notes():
    clean = record(text="Roof repaired in two weeks.")
    report = score(
        [(record(ANN), "<PERSON_1> paid 4111 1111 1111 1111. <PERSON_2> is in <LOCATION_1>."), (clean, clean.text)]
    )
    assert report["types"]["PERSON"]["precision"] == 0.5
    assert report["types"]["LOCATION"] == pytest.approx(
        {"precision": 0.0, "recall": None, "f2": None, "recall_any_type": None, "gold": 0, "predicted": 1}
    )
    touched = score([(clean, "Roof repaired in <DATE_TIME_1>.")])
    assert (touched["clean_notes"], touched["false_positives_on_clean_notes"]) == (1, 1)


def test_two_people_sharing_a_placeholder_are_reported():
    people = [(0, 3, "ann"), (8, 11, "bob"), (13, 16, "ann"), (21, 24, "bob")]
    spans = [{"start": s, "end": e, "type": "PERSON", "id": who} for s, e, who in people]
    report = score(
        [
            (
                record(*spans, text="Ann met Bob. Ann and Bob left."),
                "<PERSON_1> met <PERSON_1>. <PERSON_1> and <PERSON_1> left.",
            )
        ]
    )
    assert (report["consistency"], report["people_merged"]) == (1.0, 1)


def test_placeholders_are_aligned_back_to_the_input():
    spans = align(TEXT, "<PERSON_1> paid <CREDIT_CARD_1>. <PERSON_1> is in Oslo.")
    assert [(TEXT[s.start : s.end], s.type, s.placeholder) for s in spans] == [
        ("Ann Lee", "PERSON", "<PERSON_1>"),
        ("4111 1111 1111 1111", "CREDIT_CARD", "<CREDIT_CARD_1>"),
        ("Lee", "PERSON", "<PERSON_1>"),
    ]
    with pytest.raises(AlignmentError):
        align(TEXT, "<PERSON_1> paid in cash.")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('["text"]', "not a JSON object"),
        ('{"text": 3, "spans": []}', '"text" must be a string'),
        ('{"text": "abc"}', '"spans" must be a list'),
        ('{"text": "abc", "spans": [{"start": 1, "end": 9, "type": "PERSON"}]}', "span 0 needs integers"),
        ('{"text": "abc", "spans": [{"start": 0, "end": 1}]}', 'span 0 needs a "type"'),
    ],
)
def test_bad_lines_are_named(line, message):
    with pytest.raises(EvalInputError, match=message):
        parse_line(line)


def _generator():
    spec = importlib.util.spec_from_file_location("make_pii_eval", REPO_ROOT / "scripts" / "make_pii_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_shipped_file_is_what_the_seeded_generator_makes_with_valid_numbers():
    generator = _generator()
    lines = [json.dumps(r, ensure_ascii=False) for r in generator.generate()]
    assert DATA.read_text(encoding="utf-8").splitlines() == lines
    records = [parse_line(line) for line in lines]
    values = {(s.type, r.text[s.start : s.end]) for r in records for s in r.spans}
    assert all(generator.luhn_valid(v) for t, v in values if t == "CREDIT_CARD")
    assert all(generator.iban_valid(v) for t, v in values if t == "IBAN_CODE")
    assert 0.1 < sum(not r.spans for r in records) / len(records) < 0.2


def test_the_scorer_runs_without_django():
    code = "import sys, privacy.engine.pii_eval; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=False).returncode == 0


def test_command_reports_every_type_and_leaves_no_value_of_a_fully_found_type(tmp_path):
    lines = DATA.read_text(encoding="utf-8").splitlines()[:10]
    source, outputs = tmp_path / "ten.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stdout = io.StringIO()
    call_command("pii_eval", file=str(source), json=True, write_outputs=str(outputs), stdout=stdout)

    report = json.loads(stdout.getvalue().splitlines()[-1])
    assert report["records"] == 10 and isinstance(report["consistency"], float)
    for metrics in report["types"].values():
        assert {"precision", "recall", "f2"} <= set(metrics)
    written = [json.loads(line) for line in outputs.read_text(encoding="utf-8").splitlines()]
    assert [w["line"] for w in written] == list(range(1, 11))
    records = [parse_line(line) for line in lines]
    complete = {name for name, m in report["types"].items() if m["recall_any_type"] == 1.0}
    assert {"EMAIL_ADDRESS", "US_SSN", "IP_ADDRESS"} <= complete
    for rec, out in zip(records, written, strict=True):
        for span in rec.spans:
            if span.type in complete:
                assert rec.text[span.start : span.end] not in out["text"]


def test_command_names_bad_lines_and_still_scores_the_others(tmp_path):
    good = json.dumps(
        {"text": "Write to ann.lee@example.com please.", "spans": [{"start": 9, "end": 28, "type": "EMAIL_ADDRESS"}]}
    )
    bad_span = json.dumps({"text": "short", "spans": [{"start": 0, "end": 50, "type": "PERSON"}]})
    source, outputs = tmp_path / "mixed.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join([good, "{oops", bad_span, good]) + "\n", encoding="utf-8")
    stdout = io.StringIO()
    with pytest.raises(CommandError, match=r"2 bad line\(s\)") as error:
        call_command("pii_eval", file=str(source), json=True, write_outputs=str(outputs), stdout=stdout)

    assert "line 2: not JSON" in str(error.value) and "line 3: span 0 needs integers" in str(error.value)
    report = json.loads(stdout.getvalue().splitlines()[-1])
    assert (report["records"], report["bad_lines"]) == (2, 2)
    assert report["types"]["EMAIL_ADDRESS"]["recall"] == 1.0
    written = [json.loads(line) for line in outputs.read_text(encoding="utf-8").splitlines()]
    assert written == [{"line": n, "text": "Write to <EMAIL_ADDRESS_1> please."} for n in (1, 4)]
