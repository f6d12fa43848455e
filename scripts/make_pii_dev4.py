#!/usr/bin/env python3
"""Generate tests/privacy/data/pii_dev4.jsonl (400 synthetic records).

    python3 scripts/make_pii_dev4.py           write the data file
    python3 scripts/make_pii_dev4.py --check   regenerate in memory, compare byte-for-byte
                                               with the file on disk, validate every span
    python3 scripts/make_pii_dev4.py --stats   print span counts (markdown tables)

Standard library only; deterministic (record i uses random.Random("pii-dev4-2026-<i>")).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from pii_dev4.build import build_all, serialise, stats, validate  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "tests", "privacy", "data", "pii_dev4.jsonl")


def _table(title, counter, key_name):
    lines = ["| %s | spans |" % key_name, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    lines.append("| **total** | **%d** |" % sum(counter.values()))
    return "### %s\n\n%s\n" % (title, "\n".join(lines))


def main(argv):
    records = build_all()
    data = serialise(records).encode("utf-8")
    if "--check" in argv:
        problems = []
        for i, (rec, expect) in enumerate(records):
            problems += validate(i, rec, expect)
        if not os.path.exists(OUT):
            problems.append("missing %s" % OUT)
        else:
            with open(OUT, "rb") as fh:
                disk = fh.read()
            if disk != data:
                problems.append("file on disk differs from regenerated data")
            if serialise(build_all()).encode("utf-8") != data:
                problems.append("generation is not deterministic")
        for p in problems[:50]:
            print("PROBLEM:", p)
        n = sum(len(rec["spans"]) for rec, _ in records)
        print("%d records, %d spans, %d problems" % (len(records), n, len(problems)))
        return 1 if problems else 0
    if "--stats" in argv:
        st = stats(records)
        print(_table("Spans per type", st["type"], "type"))
        print(_table("LOCATION spans per kind", st["loc"], "kind"))
        print(_table("LOCATION spans per country", st["cc"], "country"))
        print(_table("PERSON spans per culture", st["culture"], "culture"))
        print(_table("Spans per style", st["style"], "style"))
        print(_table("Spans per industry", st["industry"], "industry"))
        print(_table("Spans per type/kind", st["kind"], "type/kind"))
        print("distinct persons (record, id): %d" % st["persons"])
        return 0
    out = argv[argv.index("--out") + 1] if "--out" in argv else OUT  # the tests write a copy elsewhere
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d records, %d spans)" % (out, len(records), sum(len(r["spans"]) for r, _ in records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
