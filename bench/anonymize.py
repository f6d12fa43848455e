"""Anonymization throughput: Tuneloop's batch path against plain per-record Presidio, on the same records.

    python -m bench.anonymize [--records N] [--repeats R] [--json]

"Ours" is what imports run: `Anonymizer.anonymize_many` over chunks of staged lines (spaCy's `nlp.pipe`
through Presidio's BatchAnalyzerEngine, on a pipeline without the components Presidio never reads).
"Plain Presidio" is an AnalyzerEngine built the stock way for the same spaCy model (same NER mapping,
same recognizers, whole pipeline) whose `analyze()` is called once per record. Both feed the same
replacement step (`Anonymizer._replace`: Presidio's AnonymizerEngine does not number placeholders), so
their outputs can be compared character for character. Rates are records per second of this process's
CPU time (all its threads), the best of R alternating repeats: a per-core figure that other processes
on the machine disturb less than wall time, which is reported too. Needs no Django settings.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

    from privacy.engine.anonymizer import AnonymizedText, Anonymizer

EVAL_FILE = Path(__file__).resolve().parents[1] / "tests" / "privacy" / "data" / "pii_eval.jsonl"
DEMO_NOTES = 100
CHUNK = 64  # staged lines per anonymization call in imports (labeling.services.imports.CHUNK_SIZE)


@dataclass(frozen=True)
class Timing:
    cpu_s: float
    wall_s: float


def load_texts(count: int | None = None) -> list[str]:
    """The evaluation file's notes, then the demo claim notes; cycled when `count` asks for more."""
    from labeling.demo_data import demo_records

    texts = [json.loads(line)["text"] for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [record.text for record in demo_records(DEMO_NOTES)]
    return texts if count is None else list(islice(cycle(texts), count))


def run(texts: list[str], *, spacy_model: str, repeats: int, chunk: int = CHUNK) -> dict[str, Any]:
    from privacy.engine.anonymizer import get_anonymizer
    from privacy.engine.presidio import LANGUAGE, build_analyzer

    anonymizer = get_anonymizer(spacy_model=spacy_model)
    plain = build_analyzer(spacy_model, exclude=(), stock=True)  # the stock way: whole pipeline and engine
    paths = _paths(texts, anonymizer, plain, chunk)

    warm = texts[: min(len(texts), chunk)]
    anonymizer.anonymize_many(warm)
    for text in warm:
        plain.analyze(text=text, language=LANGUAGE, **anonymizer._analyze_kwargs)

    timings, outputs = _timed(paths, repeats)
    differing = [i for i, (a, b) in enumerate(zip(outputs["ours"], outputs["presidio"], strict=True)) if a != b]
    best = {name: min(t.cpu_s for t in runs) for name, runs in timings.items()}
    best_wall = {name: min(t.wall_s for t in runs) for name, runs in timings.items()}
    ours_rate, presidio_rate = len(texts) / best["ours"], len(texts) / best["presidio"]
    return {
        "records": len(texts),
        "model": spacy_model,
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "repeats": repeats,
        "chunk": chunk,
        "ours_records_per_s": round(ours_rate, 2),
        "presidio_records_per_s": round(presidio_rate, 2),
        "ratio": round(ours_rate / presidio_rate, 3),
        "identical": not differing,
        "differing_records": differing,
        "ours_wall_records_per_s": round(len(texts) / best_wall["ours"], 2),
        "presidio_wall_records_per_s": round(len(texts) / best_wall["presidio"], 2),
        "timing": f"process CPU time, best of {repeats} alternating repeats",
        "spacy_components": {
            "ours": anonymizer._analyzer.nlp_engine.get_nlp(LANGUAGE).pipe_names,  # type: ignore[attr-defined]
            "presidio": plain.nlp_engine.get_nlp(LANGUAGE).pipe_names,  # type: ignore[attr-defined]
        },
        "mean_characters": round(sum(map(len, texts)) / max(len(texts), 1), 1),
        "python": platform.python_version(),
        "versions": {name: _version(name) for name in ("presidio-analyzer", "spacy", "phonenumbers")},
    }


def _paths(
    texts: list[str], anonymizer: Anonymizer, plain: AnalyzerEngine, chunk: int
) -> dict[str, Callable[[], list[AnonymizedText]]]:
    """Ours (`anonymize_many` over chunks, as imports run it) and plain Presidio (`analyze()` per record), both
    ending in the same replacement step."""
    from privacy.engine.anonymizer import AnonymizedText
    from privacy.engine.presidio import LANGUAGE

    kwargs = anonymizer._analyze_kwargs  # the same entities, threshold and allow list as ours

    def ours() -> list[AnonymizedText]:
        out: list[AnonymizedText] = []
        for start in range(0, len(texts), chunk):
            out += anonymizer.anonymize_many(texts[start : start + chunk])
        return out

    def presidio() -> list[AnonymizedText]:
        out = []
        for text in texts:
            if not text.strip():  # as Anonymizer.anonymize: nothing to analyse
                out.append(AnonymizedText(text=text, entities={}))
                continue
            # What analyze() does without artifacts; the replacement step reads the tagger's tokens too.
            artifacts = plain.nlp_engine.process_text(text, LANGUAGE)
            results = plain.analyze(text=text, language=LANGUAGE, nlp_artifacts=artifacts, **kwargs)
            out.append(anonymizer._replace(text, results, artifacts.tokens, ()))
        return out

    return {"ours": ours, "presidio": presidio}


def _timed(
    paths: dict[str, Callable[[], list[AnonymizedText]]], repeats: int
) -> tuple[dict[str, list[Timing]], dict[str, list[AnonymizedText]]]:
    """Each path's timings over `repeats` alternating runs, and its last run's outputs."""
    timings: dict[str, list[Timing]] = {name: [] for name in paths}
    outputs: dict[str, list[AnonymizedText]] = {}
    for repeat in range(repeats):
        order = ["ours", "presidio"] if repeat % 2 == 0 else ["presidio", "ours"]  # alternate: drift hits both
        for name in order:
            cpu, wall = time.process_time(), time.perf_counter()
            outputs[name] = paths[name]()
            timings[name].append(Timing(time.process_time() - cpu, time.perf_counter() - wall))
    return timings, outputs


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _summary(report: dict[str, Any]) -> str:
    components = report["spacy_components"]
    lines = [
        f"{report['records']} records (mean {report['mean_characters']} characters), spaCy model "
        f"{report['model']}, {report['cpus_usable']} of {report['cpu_count']} CPUs, {report['timing']}",
        f"  ours, anonymize_many in chunks of {report['chunk']}: {report['ours_records_per_s']:7.1f} records/s "
        f"({report['ours_wall_records_per_s']:.1f}/s wall); spaCy: {', '.join(components['ours'])}",
        f"  plain Presidio, analyze() per record: {report['presidio_records_per_s']:7.1f} records/s "
        f"({report['presidio_wall_records_per_s']:.1f}/s wall); spaCy: {', '.join(components['presidio'])}",
        f"  ratio {report['ratio']:.2f}x, outputs identical: {report['identical']}",
    ]
    if not report["identical"]:
        lines.append(f"  differing records (indexes): {report['differing_records'][:20]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=None, help="how many records (default: all 500)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each path, alternating")
    parser.add_argument("--model", default=None, help="spaCy model (default: $TUNELOOP_SPACY_MODEL or the small one)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    if (args.records is not None and args.records < 1) or args.repeats < 1:
        parser.error("--records and --repeats must be at least 1")

    from privacy.engine.policy import DEFAULT_SPACY_MODEL

    model = args.model or os.environ.get("TUNELOOP_SPACY_MODEL", DEFAULT_SPACY_MODEL)
    report = run(load_texts(args.records), spacy_model=model, repeats=args.repeats)
    print(_summary(report))
    if args.json:
        print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
