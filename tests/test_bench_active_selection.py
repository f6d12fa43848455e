"""bench.active_selection on a tiny run: the report has every key the docs and CI rely on (never timing)."""

from __future__ import annotations

import json

import pytest

from bench import active_selection as bench

REQUIRED = {"active_judgements", "random_judgements", "ratio", "per_seed", "settings", "versions", "statistic"}


def test_a_tiny_run_prints_every_key_as_the_last_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--players", "6", "--seeds", "1", "--budget", "400", "--target", "0.6", "--json"]) == 0
    parsed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])

    assert set(parsed) >= REQUIRED
    assert parsed["settings"]["players"] == 6 and len(parsed["per_seed"]) == 1
    assert 0 < parsed["active_judgements"] <= 400 and 0 < parsed["random_judgements"] <= 400
    assert parsed["ratio"] == pytest.approx(parsed["active_judgements"] / parsed["random_judgements"], abs=1e-3)
    assert parsed["versions"]["choix"] == "0.4.1"
