"""Factual-safety and policy checks of model outputs, each finding with its span. Plain Python, no Django.

- **Unsupported content**: numbers (amounts, dates, ids), placeholders (`<PERSON_2>`) and capitalised
  names in the output that the input does not contain. A regulated reader's first question of a summary
  is whether it says something the note does not.
- **Dropped details**: numbers and placeholders of the reference answer, present in the input, that the
  output lost.
- **Must-never rules**: the spec's checkable rules (`must_never_rules`: a phrase, matched regardless of
  case, or a regular expression), with their violation rate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tuneloop.patterns import PatternTimeout, bounded_search

_NUMBER = re.compile(r"(?<![\w<])\d+(?:[.,:/-]\d+)*(?![\w>])")
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*?_\d+>")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
_WORD = re.compile(r"\w+")
_SENTENCE_END = ".!?:;\n"


@dataclass(frozen=True)
class Finding:
    check: str  # "unsupported", "dropped" or "must_never"
    kind: str  # number, placeholder, name; or the rule's name
    text: str
    start: int = -1  # in the output; -1 for a detail the output lacks
    end: int = -1

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


def number_value(text: str) -> str:
    """ "4,200" and "4200" are one number; "4,200.50" is 4200.50."""
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


def unsupported(output: str, source: str, vocabulary: Iterable[str] = ()) -> list[Finding]:
    """What `output` states that `source` (the prompt) does not contain; `vocabulary` (field names,
    labels) never counts as a name."""
    numbers = {number_value(m.group()) for m in _NUMBER.finditer(source)}
    placeholders = set(_PLACEHOLDER.findall(source))
    known = {word.casefold() for text in (source, *vocabulary) for word in _WORD.findall(text)}
    found = [
        Finding("unsupported", "number", m.group(), m.start(), m.end())
        for m in _NUMBER.finditer(output)
        if number_value(m.group()) not in numbers
    ]
    found += [
        Finding("unsupported", "placeholder", m.group(), m.start(), m.end())
        for m in _PLACEHOLDER.finditer(output)
        if m.group() not in placeholders
    ]
    return found + _names(output, known)


def _names(output: str, known: set[str]) -> list[Finding]:
    """Capitalised words the input does not have, except a sentence's, line's or value's first word."""
    found = []
    for match in _NAME.finditer(output):
        words = list(re.finditer(r"[A-Z][a-z]+", match.group()))
        before = output[: match.start()].rstrip(" \t")
        if not before or before[-1] in _SENTENCE_END:
            words = words[1:]
        for word in words:
            if word.group().casefold() not in known:
                start = match.start() + word.start()
                found.append(Finding("unsupported", "name", word.group(), start, start + len(word.group())))
    return found


def dropped(output: str, reference: str, source: str) -> list[Finding]:
    """The reference's numbers and placeholders that come from the input but are missing from the output."""
    numbers = {number_value(m.group()) for m in _NUMBER.finditer(output)}
    lost = [
        Finding("dropped", "number", m.group())
        for m in _NUMBER.finditer(reference)
        if m.group() in source and number_value(m.group()) not in numbers
    ]
    lost += [
        Finding("dropped", "placeholder", token)
        for token in _PLACEHOLDER.findall(reference)
        if token in source and token not in output
    ]
    return lost


def rule_violations(output: str, rules: Sequence[Mapping[str, Any]]) -> list[Finding]:
    """Each must-never rule `{"name", "kind": "phrase" | "pattern", "value"}` the output breaks, where."""
    found = []
    for rule in rules:
        if rule["kind"] == "phrase":
            match = re.search(re.escape(rule["value"]), output, re.IGNORECASE)
        else:
            try:
                match = bounded_search(rule["value"], output)
            except PatternTimeout:  # past its time limit: counted as broken, never silently passed
                found.append(Finding("must_never", rule["name"], "", 0, 0))
                continue
        if match is not None:
            found.append(Finding("must_never", rule["name"], match.group(), match.start(), match.end()))
    return found


def item_findings(
    output: str, source: str, reference: str, rules: Sequence[Mapping[str, Any]] = (), vocabulary: Iterable[str] = ()
) -> list[Finding]:
    """Every finding of one output: unsupported content, dropped details, broken must-never rules."""
    return [
        *unsupported(output, source, vocabulary),
        *dropped(output, reference, source),
        *rule_violations(output, rules),
    ]


def safety_metrics(
    outputs: Sequence[str],
    sources: Sequence[str],
    references: Sequence[str],
    rules: Sequence[Mapping[str, Any]] = (),
    vocabulary: Iterable[str] = (),
) -> tuple[dict[str, Any], dict[str, list[float]], list[list[Finding]]]:
    """(metrics, per-item values, per-item findings): `unsupported_rate` (outputs stating anything the input
    lacks), `dropped_detail_rate`, `policy_violation_rate` and `violations` per rule name."""
    vocabulary = list(vocabulary)
    values: dict[str, list[float]] = {"unsupported_rate": [], "dropped_detail_rate": [], "policy_violation_rate": []}
    findings, per_rule = [], Counter[str]()
    for output, source, reference in zip(outputs, sources, references, strict=True):
        found = item_findings(output, source, reference, rules, vocabulary)
        checks = Counter(finding.check for finding in found)
        values["unsupported_rate"].append(float(checks["unsupported"] > 0))
        values["dropped_detail_rate"].append(float(checks["dropped"] > 0))
        values["policy_violation_rate"].append(float(checks["must_never"] > 0))
        per_rule.update(finding.kind for finding in found if finding.check == "must_never")
        findings.append(found)
    metrics: dict[str, Any] = {name: sum(v) / len(v) if v else 0.0 for name, v in values.items()}
    metrics["violations"] = {rule["name"]: per_rule.get(rule["name"], 0) for rule in rules}
    return metrics, values, findings
