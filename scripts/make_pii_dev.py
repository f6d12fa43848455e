#!/usr/bin/env python3
"""Write the hand-built PII development set: tests/privacy/data/pii_dev.jsonl.

    python3 scripts/make_pii_dev.py            # (re)write the file
    python3 scripts/make_pii_dev.py --check    # verify the file against the generator
    python3 scripts/make_pii_dev.py --stats    # counts by type, style, industry, ...
    python3 scripts/make_pii_dev.py --out X    # write (or --check) X instead of the default path

Standard library only.  Fixed seed; every record has its own random.Random(f"{SEED}-{index}"),
so every run writes the same bytes.  See tests/privacy/data/PII_DEV.md.
"""

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_dev.assembly import ALLOWED, N_RECORDS, SEED, generate

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "privacy" / "data" / "pii_dev.jsonl"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
COMMON = {
    "will",
    "mark",
    "bill",
    "rose",
    "grace",
    "hope",
    "joy",
    "faith",
    "summer",
    "amber",
    "young",
    "black",
    "brown",
    "green",
    "rice",
    "baker",
    "cook",
    "fox",
    "hunter",
    "wolf",
    "king",
    "rich",
    "white",
    "bird",
    "bell",
    "stone",
    "day",
    "price",
    "long",
    "little",
    "hill",
    "may",
    "sweet",
    "frost",
    "lamb",
    "church",
    "glass",
    "sharp",
    "moody",
    "wise",
    "dawn",
    "april",
    "june",
    "ruby",
    "crystal",
    "autumn",
    "holly",
    "ivy",
    "pearl",
    "jack",
    "frank",
    "guy",
    "rusty",
    "art",
    "chase",
    "gene",
    "don",
    "pat",
    "drew",
    "sonny",
    "lincoln",
    "jefferson",
    "washington",
    "banks",
    "freeman",
    "booker",
    "harris",
    "collins",
    "das",
    "rao",
    "lee",
    "kim",
    "han",
    "park",
    "lim",
    "gill",
    "singh",
    "sen",
    "nel",
    "obi",
    "eze",
    "ibe",
    "li",
    "wu",
    "xu",
    "jun",
    "koa",
    "nok",
    "ice",
    "golf",
    "beer",
    "bank",
    "mint",
    "fon",
    "pim",
    "aom",
    "tong",
    "toon",
    "ploy",
    "tui",
    "dunn",
    "ali",
    "cat",
    "max",
    "bella",
    "charlie",
    "luna",
    "daisy",
    "milo",
    "toby",
    "lola",
    "mabel",
    "otis",
    "winston",
    "baxter",
    "bruno",
}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def render():
    return "".join(dumps(rec) + "\n" for rec, _ in generate())


def _inside(covered, a, b):
    """Whether the range a..b lies within one of the ``covered`` (start, end) ranges."""
    return any(x <= a and b <= y for x, y in covered)


def check(out=OUT):
    problems, warnings = [], []
    built = generate()
    expected = "".join(dumps(rec) + "\n" for rec, _ in built)
    if not out.exists():
        return [f"{out} missing - run without --check first"], []
    on_disk = out.read_text(encoding="utf-8")
    if on_disk != expected:
        problems.append("file differs from what the generator writes now")
    lines = on_disk.splitlines()
    if len(lines) != N_RECORDS:
        problems.append(f"{len(lines)} lines, expected {N_RECORDS}")
    ids = set()
    for n, (line, (_, intended)) in enumerate(zip(lines, built, strict=False)):
        rec = json.loads(line)
        rid = rec.get("record")
        where = f"{rid}"
        if set(rec) != {"text", "spans", "industry", "style", "record"}:
            problems.append(f"{where}: keys {sorted(rec)}")
        if rid in ids:
            problems.append(f"{where}: duplicate record id")
        ids.add(rid)
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(intended):
            problems.append(f"{where}: {len(spans)} spans, generator meant {len(intended)}")
        no_pii = (n + 1) % 5 == 0
        if no_pii and spans:
            problems.append(f"{where}: every 5th record must have no PII")
        if not no_pii and not spans:
            problems.append(f"{where}: PII record without spans")
        last_end = -1
        for span, value in zip(spans, intended, strict=False):
            s, e = span["start"], span["end"]
            base = {"start", "end", "type", "kind"}
            extra = {"PERSON": {"id", "culture"}, "LOCATION": {"country"}}.get(span["type"], set())
            if set(span) != base | extra:
                problems.append(f"{where}: span keys {sorted(span)}")
            if span["type"] not in ALLOWED:
                problems.append(f"{where}: type {span['type']}")
            if not span.get("kind"):
                problems.append(f"{where}: empty kind")
            if not (0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s}-{e}")
                continue
            got = text[s:e]
            if got != value:
                problems.append(f"{where}: span text {got!r} != intended {value!r}")
            if got != got.strip():
                problems.append(f"{where}: span {got!r} has outer whitespace")
            if s < last_end:
                problems.append(f"{where}: overlapping spans at {s}")
            last_end = max(last_end, e)
        # consistency warnings: a mention of an annotated name or an e-mail address left outside any span
        covered = [(sp["start"], sp["end"]) for sp in spans]
        names = {
            text[sp["start"] : sp["end"]] for sp in spans if sp["type"] == "PERSON" and sp["kind"] in ("first", "last")
        }
        for name in names:
            if len(name) < 4 or name.lower() in COMMON:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if not _inside(covered, m.start(), m.end()):
                    warnings.append(f"{where}: unannotated mention {name!r} at {m.start()}")
        for m in EMAIL.finditer(text):
            local = m.group(0).split("@")[0].lower()
            if not _inside(covered, m.start(), m.end()) and not no_pii and local not in ROLE_BOXES:
                warnings.append(f"{where}: e-mail outside spans {m.group(0)!r}")
    return problems, warnings


ROLE_BOXES = {
    "pharmacy",
    "rx-support",
    "noreply",
    "dispensary",
    "deliveries",
    "discharge-team",
    "patient.services",
    "medical.records",
    "bed-management",
    "reception",
    "accounts",
    "appointments",
    "office",
    "attendance",
    "admissions",
    "finance",
    "lettings",
    "maintenance",
    "inspections",
    "hello",
    "billing",
    "smart-meters",
    "complaints",
    "payroll",
    "hr",
    "expenses",
    "pensions",
    "collections",
    "disputes",
    "payments",
    "compliance",
    "claims",
    "fnol",
    "renewals",
    "motor-claims",
    "customer.relations",
    "baggage",
    "refunds",
    "loyalty",
}


def stats():
    recs = [rec for rec, _ in generate()]
    c = {
        k: collections.Counter()
        for k in ("type", "type_kind", "style", "industry", "culture", "country", "records_with_type")
    }
    for rec in recs:
        c["style"][rec["style"]] += 1
        c["industry"][rec["industry"]] += 1
        for t in {sp["type"] for sp in rec["spans"]}:
            c["records_with_type"][t] += 1
        for sp in rec["spans"]:
            c["type"][sp["type"]] += 1
            c["type_kind"][f"{sp['type']}:{sp['kind']}"] += 1
            if sp["type"] == "PERSON":
                c["culture"][sp["culture"]] += 1
            if sp["type"] == "LOCATION":
                c["country"][sp["country"]] += 1
    lengths = sorted(len(r["text"]) for r in recs)
    out = {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in c.items()}
    out["records"] = len(recs)
    out["no_pii_records"] = sum(1 for r in recs if not r["spans"])
    out["spans"] = sum(len(r["spans"]) for r in recs)
    out["persons"] = sum(len({sp["id"] for sp in r["spans"] if sp["type"] == "PERSON"}) for r in recs)
    out["text_length"] = {
        "mean": round(sum(lengths) / len(lengths)),
        "min": lengths[0],
        "median": lengths[len(lengths) // 2],
        "max": lengths[-1],
    }
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the written file and every span")
    ap.add_argument("--stats", action="store_true", help="print counts as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list consistency warnings")
    ap.add_argument("--out", type=Path, default=OUT, help=f"file to write or check (default: {OUT.relative_to(ROOT)})")
    args = ap.parse_args()
    out = args.out.resolve()
    if args.stats:
        print(json.dumps(stats(), ensure_ascii=False, indent=1))
        return 0
    if args.check:
        problems, warnings = check(out)
        for p in problems[:50]:
            print("PROBLEM", p)
        if args.verbose:
            for w in warnings:
                print("warning", w)
        digest = hashlib.sha256(out.read_bytes()).hexdigest() if out.exists() else "-"
        print(f"{len(problems)} problems, {len(warnings)} warnings; sha256 {digest}")
        return 1 if problems else 0
    data = render()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(data, encoding="utf-8")
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(
        f"wrote {N_RECORDS} records to {shown} (seed {SEED}); sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
