"""Active pair selection against uniformly random pairs: judgements needed to rank simulated candidates well.

    python -m bench.active_selection [--players N] [--noise P] [--seeds K] [--json]

Each seed draws true log-strengths for N players, uniform over `--spread` natural units (choix's
`generate_params`; 5.0 is its default, about 870 Elo points from first to last). Simulated reviewers
answer each pair from the Davidson model on the true strengths: i wins, j wins or tie with odds
pi_i : pi_j : nu * sqrt(pi_i * pi_j) (`--tie-nu`), and with probability `--noise` answer at random
instead (an inattentive click: i or j, half each). Both policies see the same truth and the same kind
of reviewers; only the choice of pair differs:

- random: a uniformly random pair among all N players, every time;
- active: `preferences.active.next_pair` with its defaults (a share of random pairs included).

Every `--check-every` judgements the Bradley-Terry fit (`preferences.rating`) is compared with the
truth by Kendall's tau. A policy's count is the first check at which tau reaches `--target` and stays
there for the next `--hold` checks; a run that never gets there counts as `--budget` (censored, and
said so). `active_judgements` and `random_judgements` are medians over seeds; `ratio` is their quotient.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy.stats import kendalltau

from preferences.active import next_pair
from preferences.rating import FloatArray, fit_log_strengths

Chooser = Callable[[FloatArray, np.random.Generator, FloatArray | None], tuple[int, int]]


@dataclass(frozen=True)
class Settings:
    players: int = 20
    spread: float = 5.0
    noise: float = 0.1
    tie_nu: float = 0.3
    target: float = 0.9
    hold: int = 3
    check_every: int = 10
    budget: int = 4000
    seeds: int = 20


def truth(settings: Settings, rng: np.random.Generator) -> FloatArray:
    """True log-strengths, uniform over `spread` and centred (as choix.generate_params draws them)."""
    params = rng.uniform(0, settings.spread, settings.players)
    return params - params.mean()


def judge(i: int, j: int, strengths: FloatArray, settings: Settings, rng: np.random.Generator) -> tuple[float, float]:
    """Credit (i, j) of one simulated judgement: (1, 0), (0, 1), or a tie (0.5, 0.5)."""
    if rng.random() < settings.noise:
        return (1.0, 0.0) if rng.random() < 0.5 else (0.0, 1.0)
    pi, pj = np.exp(strengths[i]), np.exp(strengths[j])
    tie = settings.tie_nu * np.sqrt(pi * pj)
    u = rng.random() * (pi + pj + tie)
    if u < pi:
        return 1.0, 0.0
    return (0.0, 1.0) if u < pi + pj else (0.5, 0.5)


def random_pair(wins: FloatArray, rng: np.random.Generator, _start: FloatArray | None) -> tuple[int, int]:
    i, j = rng.choice(wins.shape[0], size=2, replace=False)
    return int(i), int(j)


def active_pair(wins: FloatArray, rng: np.random.Generator, start: FloatArray | None) -> tuple[int, int]:
    pair = next_pair(wins, rng=rng, start=start)
    assert pair is not None  # nothing is excluded in the simulation
    return pair


def judgements_needed(chooser: Chooser, strengths: FloatArray, settings: Settings, seed: int) -> tuple[int, bool]:
    """(judgements, reached): the first check that reaches the target and holds; (budget, False) if none does."""
    rng = np.random.default_rng(seed)
    n = len(strengths)
    wins = np.zeros((n, n))
    estimate: FloatArray | None = None
    first_hit, held = None, 0
    for count in range(1, settings.budget + 1):
        i, j = chooser(wins, rng, estimate)
        credit = judge(i, j, strengths, settings, rng)
        wins[i, j] += credit[0]
        wins[j, i] += credit[1]
        if count % settings.check_every:
            continue
        estimate = fit_log_strengths(wins, start=estimate)
        tau = kendalltau(estimate, strengths).statistic
        if tau >= settings.target:
            first_hit, held = (count if first_hit is None else first_hit), held + 1
            if held > settings.hold:
                return first_hit, True
        else:
            first_hit, held = None, 0
    return settings.budget, False


def run(settings: Settings) -> dict[str, Any]:
    """Both policies over every seed; medians, per-seed numbers, settings and versions."""
    started = time.perf_counter()
    per_seed = []
    for seed in range(settings.seeds):
        strengths = truth(settings, np.random.default_rng([seed, 0]))
        active, active_ok = judgements_needed(active_pair, strengths, settings, seed=10_000 + seed)
        rand, rand_ok = judgements_needed(random_pair, strengths, settings, seed=20_000 + seed)
        per_seed.append(
            {"seed": seed, "active": active, "random": rand, "active_reached": active_ok, "random_reached": rand_ok}
        )
    active_median = float(np.median([s["active"] for s in per_seed]))
    random_median = float(np.median([s["random"] for s in per_seed]))
    return {
        "active_judgements": active_median,
        "random_judgements": random_median,
        "ratio": round(active_median / random_median, 3),
        "statistic": "median over seeds",
        "active_mean": float(np.mean([s["active"] for s in per_seed])),
        "random_mean": float(np.mean([s["random"] for s in per_seed])),
        "censored": sum(not (s["active_reached"] and s["random_reached"]) for s in per_seed),
        "per_seed": per_seed,
        "settings": asdict(settings),
        "versions": {name: importlib.metadata.version(name) for name in ("choix", "numpy", "scipy")},
        "python": platform.python_version(),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _summary(report: dict[str, Any]) -> str:
    s = report["settings"]
    lines = [
        f"{s['players']} players, spread {s['spread']} (log-strength), noise {s['noise']}, tie nu {s['tie_nu']}, "
        f"target Kendall tau {s['target']} held {s['hold']} checks of {s['check_every']}, {s['seeds']} seeds",
        f"{'seed':>4} {'active':>7} {'random':>7}",
    ]
    lines += [f"{r['seed']:>4} {r['active']:>7} {r['random']:>7}" for r in report["per_seed"]]
    lines.append(
        f"median judgements: active {report['active_judgements']:.0f}, random {report['random_judgements']:.0f}, "
        f"ratio {report['ratio']:.2f} (target <= 0.60); censored runs {report['censored']}; {report['seconds']} s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--players", type=int, default=defaults.players, help="candidates to rank")
    parser.add_argument("--spread", type=float, default=defaults.spread, help="width of the true log-strengths")
    parser.add_argument("--noise", type=float, default=defaults.noise, help="share of random answers")
    parser.add_argument("--tie-nu", type=float, default=defaults.tie_nu, help="Davidson tie parameter (0: no ties)")
    parser.add_argument("--target", type=float, default=defaults.target, help="Kendall tau to reach and hold")
    parser.add_argument("--hold", type=int, default=defaults.hold, help="further checks the target must hold for")
    parser.add_argument("--check-every", type=int, default=defaults.check_every, help="judgements between checks")
    parser.add_argument("--budget", type=int, default=defaults.budget, help="judgements at most per run")
    parser.add_argument("--seeds", type=int, default=defaults.seeds, help="simulated campaigns per policy")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    if args.players < 3 or args.seeds < 1 or not 0 <= args.noise <= 1:
        parser.error("--players must be at least 3, --seeds at least 1, --noise within [0, 1]")
    settings = Settings(
        players=args.players,
        spread=args.spread,
        noise=args.noise,
        tie_nu=args.tie_nu,
        target=args.target,
        hold=args.hold,
        check_every=args.check_every,
        budget=args.budget,
        seeds=args.seeds,
    )
    report = run(settings)
    print(_summary(report))
    if args.json:
        print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
