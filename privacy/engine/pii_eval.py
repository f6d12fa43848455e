"""Score anonymized texts against gold PII spans: recall and precision per type, leaks per record, over-redaction
(characters changed that were not PII) and placeholder consistency, overall and per group (style, industry)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# `<PERSON_1>`, `<US_SSN_2>`: the type is everything before the last `_<number>`.
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_(\d+)>")
# A gold span is found (typed) when predictions of its type cover at least this share of its letters and
# digits, and a prediction is correct when gold spans of its type cover at least this share of its own.
MIN_OVERLAP = 0.5
# Gold types the anonymizer reports under another name: predictions of these types count for them.
COMPATIBLE: dict[str, frozenset[str]] = {
    "STREET_ADDRESS": frozenset({"LOCATION"}),
    "DATE_OF_BIRTH": frozenset({"DATE_TIME"}),
}


class EvalInputError(ValueError):
    """A line of the evaluation file is not `{"text": str, "spans": [{"start", "end", "type"}]}`."""


class AlignmentError(ValueError):
    """The anonymized text is not the original with some spans replaced by placeholders."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    type: str
    kind: str | None = None  # finer label for reporting ("street_address", "dob_words"); optional
    person: str | None = None  # gold identity of a person mention ("id" key); optional


# Record keys reported as groups: each value of each gets its own recall, leaks and over-redaction figures.
GROUP_KEYS = ("style", "industry")


@dataclass(frozen=True)
class EvalRecord:
    text: str
    spans: tuple[GoldSpan, ...]
    groups: tuple[tuple[str, str], ...] = ()  # (key, value) for the GROUP_KEYS the line has


@dataclass(frozen=True)
class Replacement:
    """One placeholder of the output, mapped back to the characters of the input it replaced."""

    start: int
    end: int
    type: str
    placeholder: str


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0  # typed: compatible predictions cover >= MIN_OVERLAP of the gold span
    found_any: int = 0  # every letter and digit of the gold span lies inside some placeholder
    predicted: int = 0
    correct: int = 0


@dataclass
class _Exposure:
    """Whole-record figures: leaks (records with PII where a character of it was left) and over-redaction."""

    gold: int = 0  # gold spans
    found_any: int = 0  # of those, every letter and digit replaced
    pii_records: int = 0
    pii_records_clean: int = 0  # records with PII where nothing of it was left
    clean_records: int = 0  # records without PII
    clean_chars: int = 0  # characters of those records
    clean_chars_changed: int = 0  # of those, characters inside a placeholder's replaced stretch
    other_chars: int = 0  # characters of PII records outside every gold span
    other_chars_changed: int = 0  # of those, replaced (collateral)

    def report(self) -> dict[str, Any]:
        return {
            "recall_any_type": _ratio(self.found_any, self.gold),
            "records_with_pii": self.pii_records,
            "records_nothing_leaked": _ratio(self.pii_records_clean, self.pii_records),
            "records_without_pii": self.clean_records,
            "clean_chars_changed": _ratio(self.clean_chars_changed, self.clean_chars),
            "collateral_chars_changed": _ratio(self.other_chars_changed, self.other_chars),
        }


@dataclass
class _Consistency:
    mentions: int = 0  # mentions of people mentioned at least twice in their record
    same: int = 0  # of those, mentions that got their person's most common placeholder
    merged: int = 0  # pairs of different people in one record that share a placeholder


@dataclass
class Scorer:
    """Accumulates records one by one; `report()` gives the JSON-ready summary."""

    tallies: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    kinds: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    consistency: _Consistency = field(default_factory=_Consistency)
    records: int = 0
    clean_notes: int = 0
    clean_notes_touched: int = 0
    clean_note_replacements: int = 0
    exposure: _Exposure = field(default_factory=_Exposure)
    groups: dict[tuple[str, str], _Exposure] = field(default_factory=lambda: defaultdict(_Exposure))

    def add(self, record: EvalRecord, anonymized: str) -> list[Replacement]:
        replacements = align(record.text, anonymized)
        self.records += 1
        if not record.spans:
            self.clean_notes += 1
            self.clean_notes_touched += bool(replacements)
            self.clean_note_replacements += len(replacements)
        replaced = _covered(replacements)
        leaks = 0
        for gold in record.spans:
            typed = _covered([r for r in replacements if r.type in _accepted(gold.type)])
            found = _share(record.text, gold.start, gold.end, typed) >= MIN_OVERLAP
            found_any = all(i in replaced for i in range(gold.start, gold.end) if record.text[i].isalnum())
            leaks += not found_any
            for tally in (self.tallies[gold.type], *([self.kinds[gold.kind]] if gold.kind else [])):
                tally.gold += 1
                tally.found += found
                tally.found_any += found_any
        for exposure in (self.exposure, *(self.groups[group] for group in record.groups)):
            _expose(exposure, record, replaced, leaks)
        for prediction in replacements:
            golds = _covered([g for g in record.spans if prediction.type in _accepted(g.type)])
            tally = self.tallies[prediction.type]
            tally.predicted += 1
            tally.correct += _share(record.text, prediction.start, prediction.end, golds) >= MIN_OVERLAP
        self._add_consistency(record, replacements)
        return replacements

    def _add_consistency(self, record: EvalRecord, replacements: Sequence[Replacement]) -> None:
        people: dict[str, list[str | None]] = defaultdict(list)
        for gold in record.spans:
            if gold.type == "PERSON":
                key = gold.person or record.text[gold.start : gold.end].casefold()
                people[key].append(_placeholder_at(gold, replacements))
        majorities = []
        for placeholders in people.values():
            if len(placeholders) < 2:
                continue
            top, count = Counter(placeholders).most_common(1)[0]
            self.consistency.mentions += len(placeholders)
            self.consistency.same += count if top is not None else 0
            if top is not None:
                majorities.append(top)
        self.consistency.merged += sum(n * (n - 1) // 2 for n in Counter(majorities).values())

    def report(self) -> dict[str, Any]:
        types = {name: _metrics(t) for name, t in sorted(self.tallies.items())}
        c = self.consistency
        return {
            "types": types,
            "consistency": _ratio(c.same, c.mentions),
            "people_merged": c.merged,
            "kinds": {name: _recalls(t) for name, t in sorted(self.kinds.items())},
            "records": self.records,
            "clean_notes": self.clean_notes,
            "clean_notes_touched": self.clean_notes_touched,
            "false_positives_on_clean_notes": self.clean_note_replacements,
            "overall": self.exposure.report(),
            "groups": {f"{key}={value}": e.report() for (key, value), e in sorted(self.groups.items())},
        }


def _expose(exposure: _Exposure, record: EvalRecord, replaced: set[int], leaks: int) -> None:
    exposure.gold += len(record.spans)
    exposure.found_any += len(record.spans) - leaks
    if not record.spans:
        exposure.clean_records += 1
        exposure.clean_chars += len(record.text)
        exposure.clean_chars_changed += len(replaced)
        return
    gold = _covered(record.spans)
    exposure.pii_records += 1
    exposure.pii_records_clean += not leaks
    exposure.other_chars += len(record.text) - len(gold)
    exposure.other_chars_changed += len(replaced - gold)


def parse_line(raw: str) -> EvalRecord:
    """Read one line of the evaluation file; keys other than text and spans (and a span's kind/id) are ignored."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise EvalInputError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise EvalInputError("not a JSON object")
    text, spans = data.get("text"), data.get("spans")
    if not isinstance(text, str):
        raise EvalInputError('"text" must be a string')
    if not isinstance(spans, list):
        raise EvalInputError('"spans" must be a list')
    groups = tuple((key, data[key]) for key in GROUP_KEYS if isinstance(data.get(key), str))
    spans_read = tuple(_gold_span(span, len(text), n) for n, span in enumerate(spans))
    return EvalRecord(text=text, spans=spans_read, groups=groups)


def _gold_span(span: object, length: int, index: int) -> GoldSpan:
    if not isinstance(span, dict):
        raise EvalInputError(f"span {index} is not an object")
    start, end, kind, person = span.get("start"), span.get("end"), span.get("kind"), span.get("id")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        raise EvalInputError(f"span {index} needs integers 0 <= start < end <= {length}")
    if not isinstance(span.get("type"), str) or not span["type"]:
        raise EvalInputError(f'span {index} needs a "type" string')
    return GoldSpan(
        start,
        end,
        span["type"],
        kind if isinstance(kind, str) else None,
        None if person is None else str(person),
    )


def align(original: str, anonymized: str) -> list[Replacement]:
    """Map each placeholder of `anonymized` back to the characters of `original` it stands for.

    The text between placeholders is kept verbatim by the anonymizer, so each replaced stretch is
    what lies between two kept stretches; where a kept stretch also occurs inside a replaced one,
    the shortest replacement is taken.
    """
    matches = list(PLACEHOLDER.finditer(anonymized))
    if not matches:
        if original != anonymized:
            raise AlignmentError("the output differs from the input but has no placeholders")
        return []
    pattern = "(.+?)".join(re.escape(part) for part in _kept_parts(anonymized, matches))
    found = re.fullmatch(pattern, original, re.DOTALL)
    if found is None:
        raise AlignmentError("the output is not the input with spans replaced by placeholders")
    return [Replacement(found.start(i + 1), found.end(i + 1), m.group(1), m.group(0)) for i, m in enumerate(matches)]


def _kept_parts(anonymized: str, matches: Sequence[re.Match[str]]) -> list[str]:
    bounds = [0, *(edge for m in matches for edge in m.span()), len(anonymized)]
    return [anonymized[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    """F2 weighs recall four times as much as precision: a missed name costs more than a masked word."""
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def score(pairs: Iterable[tuple[EvalRecord, str]]) -> dict[str, Any]:
    scorer = Scorer()
    for record, anonymized in pairs:
        scorer.add(record, anonymized)
    return scorer.report()


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table of the report, for people."""

    def cell(value: float | None) -> str:
        return "   -" if value is None else f"{value:.3f}"

    lines = [f"{'type':<16} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6} {'any':>6} {'f2':>6}"]
    for name, m in report["types"].items():
        lines.append(
            f"{name:<16} {m['gold']:>5} {m['predicted']:>5} {cell(m['precision']):>6} {cell(m['recall']):>6} "
            f"{cell(m['recall_any_type']):>6} {cell(m['f2']):>6}"
        )
    for name, m in report["kinds"].items():
        lines.append(f"  {name:<24} {m['gold']:>5} recall {cell(m['recall'])} any {cell(m['recall_any_type'])}")
    lines.append(f"consistency {cell(report['consistency'])}, people merged {report['people_merged']}")
    for name, e in {"overall": report["overall"], **report["groups"]}.items():
        lines.append(
            f"{name:<28} recall(any) {cell(e['recall_any_type'])}  nothing leaked {cell(e['records_nothing_leaked'])}"
            f"  clean chars changed {cell(e['clean_chars_changed'])}  collateral {cell(e['collateral_chars_changed'])}"
        )
    lines.append(
        f"clean notes {report['clean_notes']}: {report['clean_notes_touched']} touched, "
        f"{report['false_positives_on_clean_notes']} replacements"
    )
    return "\n".join(lines)


def _accepted(gold_type: str) -> frozenset[str]:
    return COMPATIBLE.get(gold_type, frozenset()) | {gold_type}


def _covered(spans: Iterable[Replacement | GoldSpan]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _share(text: str, start: int, end: int, covered: set[int]) -> float:
    """Share of the span's letters and digits (of all its characters if it has none) that are covered."""
    positions = [i for i in range(start, end) if text[i].isalnum()] or list(range(start, end))
    return sum(i in covered for i in positions) / len(positions)


def _placeholder_at(gold: GoldSpan, replacements: Sequence[Replacement]) -> str | None:
    """The placeholder covering most of the mention, if it covers at least MIN_OVERLAP of it."""
    best, best_share = None, 0.0
    for r in replacements:
        overlap = min(gold.end, r.end) - max(gold.start, r.start)
        if overlap > 0 and overlap / (gold.end - gold.start) > best_share:
            best, best_share = r.placeholder, overlap / (gold.end - gold.start)
    return best if best_share >= MIN_OVERLAP else None


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _metrics(t: _Tally) -> dict[str, Any]:
    precision, recall = _ratio(t.correct, t.predicted), _ratio(t.found, t.gold)
    f2 = round(f_beta(precision, recall), 4) if precision is not None and recall is not None else None
    return {"precision": precision, "recall": recall, "f2": f2, **_recalls(t), "predicted": t.predicted}


def _recalls(t: _Tally) -> dict[str, Any]:
    return {"recall": _ratio(t.found, t.gold), "recall_any_type": _ratio(t.found_any, t.gold), "gold": t.gold}
