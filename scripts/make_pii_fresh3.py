#!/usr/bin/env python3
"""Write (or --check) tests/privacy/data/pii_fresh3.jsonl.

A blind, synthetic PII evaluation set: 400 records, generated deterministically
from hand-written lists with the Python standard library only.  See
tests/privacy/data/PII_FRESH3.md.

  python3 scripts/make_pii_fresh3.py           # write the data file
  python3 scripts/make_pii_fresh3.py --check   # regenerate, compare, validate
  python3 scripts/make_pii_fresh3.py --stats   # print span counts
"""

import json
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pii_fresh3.build import generate, serialise, stats, validate  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "privacy", "data", "pii_fresh3.jsonl")


def _table(title, counter):
    print("\n%s" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-32s %5d" % (k, v))


def main(argv):
    records = generate()
    data = serialise(records)
    problems = validate(records)
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                disk = fh.read()
        except OSError as exc:
            problems.append("cannot read %s: %s" % (OUT, exc))
            disk = None
        if disk is not None and disk != data:
            problems.append("%s differs from a fresh generation" % OUT)
        if disk is not None:
            try:
                on_disk = [json.loads(line) for line in disk.decode("utf-8").splitlines()]
            except ValueError as exc:
                problems.append("%s is not valid UTF-8 JSON lines: %s" % (OUT, exc))
            else:
                if len(on_disk) != len(records):
                    problems.append("%s has %d records, expected %d" % (OUT, len(on_disk), len(records)))
                problems.extend("on disk: " + p for p in validate(on_disk))
        for p in problems[:50]:
            print("PROBLEM:", p)
        if problems:
            print("check FAILED (%d problems)" % len(problems))
            return 1
        print("check OK: %d records, %d spans, byte-identical" % (len(records), sum(len(r["spans"]) for r in records)))
        return 0
    if problems:
        for p in problems[:50]:
            print("PROBLEM:", p)
        return 1
    if "--stats" in argv:
        st = stats(records)
        print("records: %d   spans: %d   distinct people: %d" % (len(records), st["total"], st["people"]))
        for key in ("type", "style", "records_per_style", "loc_kind", "country", "culture"):
            _table(key, st[key])
        return 0
    out = argv[argv.index("--out") + 1] if "--out" in argv else OUT  # the tests write a copy elsewhere
    with open(out, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d records, %d spans)" % (out, len(records), sum(len(r["spans"]) for r in records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
