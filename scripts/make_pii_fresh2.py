#!/usr/bin/env python3
"""Write the pii_fresh2 evaluation set (tests/privacy/data/pii_fresh2.jsonl).

Usage: make_pii_fresh2.py [--out PATH] [--check]
--check verifies that the file on disk equals the generator output byte for byte
and that every span is valid; exits 1 on any problem."""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from pii_fresh2.gen import build, check_records, dumps  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(HERE), "tests", "privacy", "data", "pii_fresh2.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=DEFAULT)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    records = build()
    data = dumps(records).encode("utf-8")
    if not a.check:
        probs = check_records(records)
        if probs:
            print("\n".join(probs[:50]), file=sys.stderr)
            return 1
        with open(a.out, "wb") as fh:
            fh.write(data)
        print("wrote %d records to %s" % (len(records), a.out))
        return 0
    problems = []
    try:
        with open(a.out, "rb") as fh:
            disk = fh.read()
    except OSError as e:
        print("cannot read %s: %s" % (a.out, e), file=sys.stderr)
        return 1
    if disk != data:
        problems.append("file differs from generator output")
    try:
        on_disk = [json.loads(line) for line in disk.decode("utf-8").splitlines()]
    except ValueError as e:
        on_disk = []
        problems.append("invalid JSON: %s" % e)
    problems += check_records(on_disk)
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        return 1
    print("OK: %d records, %d spans" % (len(on_disk), sum(len(r["spans"]) for r in on_disk)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
