"""Task metrics of model outputs against reference answers, chosen by the campaign's output format.

Label sets: accuracy, per-label precision / recall / F1, macro and micro F1 and the confusion matrix
(scikit-learn's metrics); several labels per answer: per-label figures and subset accuracy. Templates:
per-field exact match and token F1 after normalisation, and section completeness. JSON: validity and
per-path correctness F1. Every format: format validity. Given each reference's kind (an answer, or a
decline / clarify / escalate behaviour), also escalation accuracy (evaluation.metrics.behaviour); an item
whose reference is a behaviour then has no label or field to get right, so the metrics that go by the
reference (accuracy, subset accuracy, field figures) leave it out, while those that go by the output
(precision, the confusion's columns) still count it, in the confusion's row `other`. Plain Python, no Django.

Each item also gets one number per metric (`ItemScores`), so that two contenders' figures can be
compared item by item with a paired bootstrap (evaluation.metrics.bootstrap).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# INVALID is also the confusion column of outputs that are no valid label
from evaluation.metrics.behaviour import ANSWER, INVALID, behaviour, behaviour_metrics
from tuneloop.output_format import is_output_valid, parse_template

OTHER = "other"  # the confusion row of references outside the label set (a decline, say)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "4,200" is the number 4200


@dataclass
class ItemScores:
    """Per-item values (one list entry per test item) whose mean is the metric of the same name."""

    values: dict[str, list[float]] = field(default_factory=dict)
    # One label per answer: the labels, each item's reference and output label (or INVALID), for the
    # statistics that are no mean of items (macro F1).
    labels: list[str] = field(default_factory=list)
    truth: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)

    def add(self, name: str, value: float) -> None:
        self.values.setdefault(name, []).append(float(value))


def task_metrics(
    outputs: Sequence[str],
    references: Sequence[str],
    output_format: Mapping[str, Any],
    kinds: Sequence[str] | None = None,
) -> tuple[dict[str, Any], ItemScores]:
    """(metrics, per-item scores) of `outputs` against `references`, item by item, for the format. With
    `kinds` (each reference's Example.Kind), the escalation metrics too, and an output showing the
    behaviour a decline / clarify / escalate reference asks for is no format failure."""
    if len(outputs) != len(references):
        raise ValueError(f"{len(outputs)} outputs for {len(references)} references")
    if kinds is not None and len(kinds) != len(references):
        raise ValueError(f"{len(kinds)} reference kinds for {len(references)} references")
    answers = [kind == ANSWER for kind in kinds] if kinds is not None else [True] * len(references)
    behaviours = [behaviour(output, output_format) for output in outputs] if kinds is not None else None
    scores = ItemScores()
    for valid in _validity(outputs, output_format, answers, behaviours):
        scores.add("format_validity", valid)
    metrics: dict[str, Any] = {"n": len(outputs), "format_validity": _mean(scores.values.get("format_validity", []))}
    kind = output_format["kind"]
    if kind == "labels" and output_format.get("multi_label"):
        metrics |= _multi_label(outputs, references, output_format, scores, answers)
    elif kind == "labels":
        metrics |= _single_label(outputs, references, list(output_format["labels"]), scores, answers)
    elif kind == "template":
        metrics |= _fields(outputs, references, output_format, scores, _template_fields, answers)
    else:
        metrics |= _fields(outputs, references, output_format, scores, _json_paths, answers)
    if kinds is not None and behaviours is not None:
        escalation, hits = behaviour_metrics(behaviours, kinds)
        metrics |= escalation
        scores.values["escalation_accuracy"] = hits
    return metrics, scores


def _validity(
    outputs: Sequence[str], output_format: Mapping[str, Any], answers: list[bool], behaviours: list[str] | None
) -> list[bool]:
    """Per item: the output fits the format. With the references' kinds known, an item whose reference
    is a behaviour asks for free text: any recognisable behaviour (or an answer) is valid there, so a
    correct decline is no format failure."""
    if behaviours is None:
        return [is_output_valid(output, output_format) for output in outputs]
    return [got == ANSWER if answer else got != INVALID for got, answer in zip(behaviours, answers, strict=True)]


def normalize(text: str) -> str:
    """Case, punctuation, spacing and thousands separators do not count: NFKC, lower case, word tokens."""
    return " ".join(_TOKEN.findall(_DIGIT_GROUP.sub("", unicodedata.normalize("NFKC", text).casefold())))


def token_f1(output: str, reference: str) -> float:
    """SQuAD-style F1 over normalized word tokens; two empty values agree (1.0)."""
    got, want = normalize(output).split(), normalize(reference).split()
    if not got and not want:
        return 1.0
    common = sum((Counter(got) & Counter(want)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def _single_label(
    outputs: Sequence[str], references: Sequence[str], labels: list[str], scores: ItemScores, answers: list[bool]
) -> dict[str, Any]:
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    predicted = [output.strip() if output.strip() in labels else INVALID for output in outputs]
    truth = [
        reference.strip() if answer and reference.strip() in labels else OTHER
        for reference, answer in zip(references, answers, strict=True)
    ]
    for got, want, answer in zip(predicted, truth, answers, strict=True):
        if answer:  # a behaviour reference has no label to get right: escalation accuracy judges it
            scores.add("accuracy", got == want)
    scores.labels, scores.truth, scores.predicted = labels, truth, predicted
    rows, columns = labels + ([OTHER] if OTHER in truth else []), [*labels, INVALID]
    # Rows and columns differ (no output is OTHER, no reference INVALID): count over both, keep what each names.
    everything = [*rows, INVALID]
    matrix = confusion_matrix(truth, predicted, labels=everything)[: len(rows), [everything.index(c) for c in columns]]
    precision, recall, f1, support = precision_recall_fscore_support(truth, predicted, labels=labels, zero_division=0)
    per_label = {
        label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }
    return {
        "accuracy": _mean(scores.values.get("accuracy", [])),
        "macro_f1": macro_f1(truth, predicted, labels),
        "micro_f1": float(f1_score(truth, predicted, labels=labels, average="micro", zero_division=0)),
        "per_label": per_label,
        "confusion": {"labels": rows, "columns": columns, "matrix": matrix.tolist()},
    }


def macro_f1(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over the labels that occur in the references or the outputs (a label nobody used is no
    evidence either way): scikit-learn's `f1_score(average="macro", zero_division=0)` over those labels,
    counted directly, because the bootstrap recomputes it 2,000 times per comparison and scikit-learn's input
    checks made that most of a round's scoring time (a test holds the two equal)."""
    used = set(truth) | set(predicted)
    present = [label for label in labels if label in used]
    if not present:
        return 0.0
    hits = Counter(t for t, p in zip(truth, predicted, strict=True) if t == p)
    said, wanted = Counter(predicted), Counter(truth)
    scores = [2 * hits[label] / (said[label] + wanted[label]) if hits[label] else 0.0 for label in present]
    return sum(scores) / len(present)


def _multi_label(
    outputs: Sequence[str],
    references: Sequence[str],
    output_format: Mapping[str, Any],
    scores: ItemScores,
    answers: list[bool],
) -> dict[str, Any]:
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    labels = list(output_format["labels"])
    predicted = [_label_set(o, labels) if is_output_valid(o, output_format) else set() for o in outputs]
    truth = [
        _label_set(reference, labels) if answer else set()
        for reference, answer in zip(references, answers, strict=True)
    ]
    for got, want, answer in zip(predicted, truth, answers, strict=True):
        if answer:  # a behaviour reference has no label set; labels given for it still cost precision
            scores.add("subset_accuracy", got == want)
    y_pred = [[label in chosen for label in labels] for chosen in predicted]
    y_true = [[label in chosen for label in labels] for chosen in truth]
    precision, recall, f1, support = precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    return {
        "subset_accuracy": _mean(scores.values.get("subset_accuracy", [])),
        "macro_f1": float(f1_score(y_true, y_pred, average="macro", zero_division=0)),
        "micro_f1": float(f1_score(y_true, y_pred, average="micro", zero_division=0)),
        "per_label": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
    }


def _label_set(text: str, labels: Sequence[str]) -> set[str]:
    return {part.strip() for part in text.split(",") if part.strip() in labels}


def _fields(outputs, references, output_format, scores: ItemScores, extract, answers: list[bool]) -> dict[str, Any]:
    """Per field (template line or JSON path): exact match and token F1 against the reference's value;
    a field the output lacks (or an invalid output) scores 0, one the reference lacks is not scored, and
    an item whose reference is a behaviour (no fields at all) is left out."""
    exact: dict[str, list[float]] = {}
    f1: dict[str, list[float]] = {}
    complete: list[float] = []
    for output, reference, answer in zip(outputs, references, answers, strict=True):
        if not answer:
            continue
        want = extract(reference, output_format) or {}
        got = (extract(output, output_format) or {}) if is_output_valid(output, output_format) else {}
        item_f1 = []
        for name, value in want.items():
            match = token_f1(got[name], value) if name in got else 0.0
            exact.setdefault(name, []).append(float(name in got and normalize(got[name]) == normalize(value)))
            f1.setdefault(name, []).append(match)
            item_f1.append(match)
        complete.append(sum(name in got and bool(got[name].strip()) for name in want) / len(want) if want else 1.0)
        scores.add("field_f1_mean", _mean(item_f1) if item_f1 else 0.0)
    return {
        "field_f1": {name: _mean(values) for name, values in f1.items()},
        "field_exact": {name: _mean(values) for name, values in exact.items()},
        "field_f1_mean": _mean(scores.values.get("field_f1_mean", [])),
        "completeness": _mean(complete),
    }


def _template_fields(text: str, output_format: Mapping[str, Any]) -> dict[str, str] | None:
    return parse_template(text, output_format["fields"])


def _json_paths(text: str, output_format: Mapping[str, Any]) -> dict[str, str] | None:
    """Every leaf of a JSON document as {"$.a.b[0]": "value as text"}; None when it is no JSON."""
    try:
        document = json.loads(text)
    except ValueError:
        return None
    leaves: dict[str, str] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{path}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, f"{path}[{index}]")
        else:
            leaves[path] = "" if value is None else str(value)

    walk(document, "$")
    return leaves


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
