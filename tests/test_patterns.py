"""Admin-supplied regular expressions are bounded (issue 13, finding 10): catastrophic patterns are refused
when saved, naming the field, and a search past its time limit never passes silently."""

from __future__ import annotations

import pytest

import tuneloop.patterns
from evaluation.metrics.safety import rule_violations
from labeling.services.guidelines import spec_validate
from tuneloop.exceptions import ApplicationError
from tuneloop.output_format import format_error
from tuneloop.patterns import pattern_problem

CATASTROPHIC = ["(a+)+$", "(a|aa)+$", "BDG-(a|aa)+$", "(x+x+)+y", "^CLM-(\\d|\\d\\d)+$"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_patterns_that_backtrack_catastrophically_are_refused(pattern: str) -> None:
    assert "catastrophic backtracking" in (pattern_problem(pattern) or "")


@pytest.mark.parametrize("pattern", ["CLM-\\d{6}", "\\b[A-Z]{2}\\d{7}\\b", "promis(e|ed|ing)", "(?i)guarantee"])
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert pattern_problem(pattern) is None


def test_a_must_never_pattern_and_a_schema_pattern_are_checked_with_the_field_named() -> None:
    rule = {"name": "promise", "kind": "pattern", "value": "(a|aa)+$"}
    with pytest.raises(ApplicationError, match="backtracking") as bad:
        spec_validate({"output_format": {"kind": "template", "fields": ["A"]}, "must_never_rules": [rule]})
    assert bad.value.field == "spec.must_never_rules[0].value"
    schema = {"type": "object", "properties": {"id": {"type": "string", "pattern": "^(x+x+)+y$"}}}
    with pytest.raises(ApplicationError, match="backtracking") as bad:
        spec_validate({"output_format": {"kind": "json_schema", "schema": schema}})
    assert bad.value.field == "spec.output_format.schema.properties.id.pattern"


def test_a_search_past_its_time_limit_counts_as_broken_never_as_passed(monkeypatch) -> None:
    monkeypatch.setattr(tuneloop.patterns, "SEARCH_SECONDS", 0.0001)
    text = "a" * 50000 + "!"
    rule = {"name": "slow", "kind": "pattern", "value": "(a|aa)+$"}
    assert [(f.check, f.kind) for f in rule_violations(text, [rule])] == [("must_never", "slow")]
    schema = {"type": "object", "properties": {"id": {"type": "string", "pattern": "^(a|aa)+$"}}}
    error = format_error('{"id": "' + text + '"}', {"kind": "json_schema", "schema": schema})
    assert error is not None and error.path == "$.id"  # too slow to tell: not accepted
