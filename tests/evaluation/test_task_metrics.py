"""Task metrics against references, per output format, and paired bootstrap intervals (no Django)."""

from __future__ import annotations

import pytest

from evaluation.metrics.bootstrap import mean_difference, statistic_difference
from evaluation.metrics.report import compare_contenders
from evaluation.metrics.task import INVALID, task_metrics, token_f1

LABELS = {"kind": "labels", "labels": ["hail", "flood", "theft"]}
TEMPLATE = {"kind": "template", "fields": ["Claim Type", "Amount"]}
SCHEMA = {"kind": "json_schema", "schema": {"type": "object", "required": ["kind"]}}


def test_label_metrics_count_every_item_once_with_invalid_outputs_in_their_own_column() -> None:
    references = ["hail", "hail", "flood", "theft"]
    outputs = ["hail", "flood", "flood", "no idea"]
    metrics, scores = task_metrics(outputs, references, LABELS)
    assert metrics["accuracy"] == pytest.approx(0.5)
    assert metrics["format_validity"] == pytest.approx(0.75)
    assert metrics["confusion"]["labels"] == ["hail", "flood", "theft"]
    assert metrics["confusion"]["columns"] == ["hail", "flood", "theft", INVALID]
    assert metrics["confusion"]["matrix"] == [[1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]]
    assert sum(map(sum, metrics["confusion"]["matrix"])) == len(references)
    assert metrics["per_label"]["flood"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3), "support": 1}
    assert metrics["per_label"]["theft"]["recall"] == 0.0
    # hail F1 2/3 (p 1, r 0.5), flood 2/3, theft 0
    assert metrics["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert scores.values["accuracy"] == [1.0, 0.0, 1.0, 0.0]


def test_multi_label_metrics_give_subset_accuracy_and_per_label_figures() -> None:
    multi = {**LABELS, "multi_label": True}
    metrics, _ = task_metrics(["hail, flood", "hail", "theft"], ["hail, flood", "hail, theft", "theft"], multi)
    assert metrics["subset_accuracy"] == pytest.approx(2 / 3)
    assert metrics["per_label"]["theft"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2}


def test_template_fields_score_token_f1_and_exact_match_and_an_invalid_output_scores_zero() -> None:
    references = ["Claim Type: Hail\nAmount: 4,200 dollars", "Claim Type: Flood\nAmount: 900 dollars"]
    outputs = ["Claim Type: hail\nAmount: 4200 dollars", "Amount: 900 dollars"]  # the second breaks the template
    metrics, scores = task_metrics(outputs, references, TEMPLATE)
    assert metrics["field_exact"] == {"Claim Type": 0.5, "Amount": 0.5}  # "4,200" and "4200" are one number
    assert metrics["field_f1"] == {"Claim Type": 0.5, "Amount": 0.5}
    assert scores.values["field_f1_mean"][1] == 0.0
    assert metrics["completeness"] == 0.5


def test_json_paths_are_compared_leaf_by_leaf() -> None:
    metrics, _ = task_metrics(['{"kind": "hail", "n": 2}'], ['{"kind": "Hail", "n": 3}'], SCHEMA)
    assert metrics["field_f1"] == {"$.kind": 1.0, "$.n": 0.0}
    assert metrics["field_f1_mean"] == 0.5


def test_token_f1_ignores_case_punctuation_and_thousands_separators() -> None:
    assert token_f1("Müller, J.", "müller j") == 1.0
    assert token_f1("USD 12,500.00", "usd 12500.00") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("roof damage", "hail damage to roof") == pytest.approx(2 * (1.0 * 0.5) / 1.5)


def test_paired_bootstrap_brackets_the_difference_and_says_how_many_items() -> None:
    better = [1.0] * 40 + [0.0] * 10
    worse = [1.0] * 20 + [0.0] * 30
    result = mean_difference(better, worse)
    assert result["n"] == 50 and result["delta"] == pytest.approx(0.4)
    low, high = result["ci95"]
    assert 0.2 < low < 0.4 < high < 0.6
    assert mean_difference([1.0, 0.0], [1.0, 0.0]) == {"delta": 0.0, "ci95": [0.0, 0.0], "n": 2}
    assert mean_difference([], [])["ci95"] is None


def test_bootstrap_of_a_statistic_that_is_no_mean_of_items() -> None:
    from sklearn.metrics import f1_score

    def macro(truth, predicted):
        return f1_score(truth, predicted, average="macro", zero_division=0)

    truth = ["a", "b"] * 20
    result = statistic_difference(macro, truth, truth, ["a"] * 40)
    assert result["delta"] == pytest.approx(1 - macro(truth, ["a"] * 40))
    assert result["ci95"][0] > 0


def test_the_report_compares_the_candidate_with_every_other_contender() -> None:
    references = ["hail", "flood"] * 10
    outputs = {"candidate": references, "base": ["hail"] * 20, "prompt_baseline": ["flood"] * 19 + ["sunny"]}
    report = compare_contenders(outputs, references, LABELS)
    assert list(report["contenders"]) == ["base", "prompt_baseline", "candidate"]
    assert report["contenders"]["candidate"]["metrics"]["accuracy"] == 1.0
    assert set(report["differences"]) == {"candidate_vs_base", "candidate_vs_prompt_baseline"}
    versus_base = report["differences"]["candidate_vs_base"]
    assert versus_base["accuracy"]["delta"] == 0.5 and versus_base["accuracy"]["n"] == 20
    assert versus_base["accuracy"]["ci95"][0] > 0
    # base: hail F1 2/3, flood 0 (theft, used by nobody, does not count); the candidate: 1 and 1
    assert versus_base["macro_f1"]["delta"] == pytest.approx(1 - (2 / 3 + 0) / 2)
    assert report["differences"]["candidate_vs_prompt_baseline"]["format_validity"]["delta"] == pytest.approx(0.05)


def test_macro_f1_counted_directly_equals_scikit_learns() -> None:
    import random

    from sklearn.metrics import f1_score

    from evaluation.metrics.task import macro_f1

    rng = random.Random(7)
    labels = ["a", "b", "c", "d"]
    for _ in range(200):
        n = rng.randint(1, 30)
        truth = [rng.choice([*labels, "other"]) for _ in range(n)]
        predicted = [rng.choice([*labels, "invalid"]) for _ in range(n)]
        present = [label for label in labels if label in set(truth) | set(predicted)]
        expected = f1_score(truth, predicted, labels=present, average="macro", zero_division=0) if present else 0.0
        assert macro_f1(truth, predicted, labels) == pytest.approx(expected)
