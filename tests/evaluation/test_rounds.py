"""An evaluation round scores each contender against the sealed test split's approved answers, under the
guideline the dataset was built with, and reports the candidate's differences with intervals."""

from __future__ import annotations

import pytest

from dataset_versions.models import DatasetRow
from evaluation.models import EvaluationSample
from evaluation.prompts import baseline_prompt
from evaluation.selectors import baseline_examples, baseline_instructions, round_guideline_spec, round_test_items
from evaluation.services.rounds import round_record
from tests.evaluation.rounds import LABELS, label_campaign_round


@pytest.mark.django_db
def test_a_label_set_round_reports_accuracy_macro_f1_and_a_confusion_matrix_per_contender() -> None:
    evaluation = label_campaign_round()
    items = round_test_items(evaluation)
    assert items and all(item.reference in LABELS for item in items)
    version, spec = round_guideline_spec(evaluation)
    assert version == 1 and spec["output_format"]["labels"] == LABELS
    references = [item.reference for item in items]
    outputs = {
        "base": ["water"] * len(items),
        "prompt_baseline": [LABELS[(i + 1) % 3] if i % 2 else ref for i, ref in enumerate(references)],
        "candidate": [*references[:-1], "a guess"],
    }

    round_record(evaluation=evaluation, items=items, outputs=outputs, guideline=(version, spec))

    evaluation.refresh_from_db()
    report = evaluation.report
    assert report["guideline_version"] == 1 and report["n"] == len(items)
    for name in ("base", "prompt_baseline", "candidate"):
        metrics = report["contenders"][name]["metrics"]
        assert {"accuracy", "macro_f1", "per_label", "confusion", "format_validity"} <= set(metrics)
        matrix = metrics["confusion"]
        assert matrix["columns"] == [*LABELS, "invalid"]
        assert sum(map(sum, matrix["matrix"])) == len(items)  # every test item counted once
    candidate = report["contenders"]["candidate"]["metrics"]
    assert sum(row[-1] for row in candidate["confusion"]["matrix"]) == 1  # "a guess" is in the invalid column
    assert candidate["accuracy"] == pytest.approx((len(items) - 1) / len(items))
    versus_base = report["differences"]["candidate_vs_base"]
    assert set(versus_base) >= {"accuracy", "macro_f1", "format_validity"}
    low, high = versus_base["accuracy"]["ci95"]
    assert 0 < low <= versus_base["accuracy"]["delta"] <= high and versus_base["accuracy"]["n"] == len(items)
    assert EvaluationSample.objects.filter(round=evaluation).count() == 3 * len(items)
    assert not EvaluationSample.objects.get(round=evaluation, model="candidate", item_id=items[-1].item_id).format_valid


@pytest.mark.django_db
def test_the_prompt_baseline_gets_the_spec_and_train_examples_never_test_items() -> None:
    evaluation = label_campaign_round()
    _, spec = round_guideline_spec(evaluation)
    instructions = baseline_instructions(evaluation, spec)
    assert instructions.startswith("Label the cause of the loss.")
    assert "the triage desk" in instructions and "guess a cause the note does not give" in instructions
    assert "exactly one of these labels and nothing else: water, fire, theft" in instructions
    examples = baseline_examples(evaluation)
    train_items = set(
        DatasetRow.objects.filter(dataset=evaluation.dataset, split="train").values_list("item_id", flat=True)
    )
    test_prompts = [item.prompt for item in round_test_items(evaluation)]
    assert len(examples) == 3
    assert all(example[-1]["role"] == "assistant" for example in examples)
    assert {turn["content"] for example in examples for turn in example if turn["role"] == "user"} <= {
        row.data["messages"][-2]["content"]
        for row in DatasetRow.objects.filter(dataset=evaluation.dataset, item_id__in=train_items)
    }
    prompt = baseline_prompt(instructions, examples, test_prompts[0])
    assert prompt[0] == {"role": "system", "content": instructions}
    assert [turn["role"] for turn in prompt[1:]] == ["user", "assistant"] * 3 + ["user"]
    assert prompt[-1] == test_prompts[0][-1]


@pytest.mark.django_db
def test_samples_page_their_references_and_filter_the_candidates_failures(api) -> None:
    from dataset_versions.models import SealedRead

    evaluation = label_campaign_round()
    items = round_test_items(evaluation)
    references = [item.reference for item in items]
    wrong = {1, 4}
    outputs = {
        "base": ["water"] * len(items),
        "candidate": [
            ("fire" if ref != "fire" else "theft") if i in wrong else ref for i, ref in enumerate(references)
        ],
    }
    round_record(evaluation=evaluation, items=items, outputs=outputs, guideline=round_guideline_spec(evaluation))
    admin = api(evaluation.created_by)
    url = f"/api/evaluations/{evaluation.id}/samples/"
    reads = SealedRead.objects.count()

    first = admin.get(url, {"limit": 5}).json()
    assert [entry["item"] for entry in first["results"]] == sorted(item.item_id for item in items)[:5]
    entry = first["results"][0]
    assert set(entry["outputs"]) == {"base", "candidate"} and entry["reference"] in LABELS
    rest = admin.get(url, {"limit": 200, "after": first["next"]}).json()
    assert len(first["results"]) + len(rest["results"]) == len(items) and rest["next"] is None
    assert SealedRead.objects.count() == reads + 2  # showing references is a logged read of the sealed split
    failed = admin.get(url, {"failed": "true"}).json()["results"]
    assert {e["item"] for e in failed} == {items[i].item_id for i in wrong}
    assert admin.get(url, {"limit": 0}).status_code == 400
