"""Write (or --check) tests/privacy/data/pii_fresh.jsonl, the fresh independent PII evaluation set."""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from pii_fresh.build import check, generate  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(HERE), "tests", "privacy", "data", "pii_fresh.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=DEFAULT, help="output path")
    ap.add_argument("--check", action="store_true", help="verify the file instead of writing it")
    args = ap.parse_args()
    if args.check:
        problems = check(args.out)
        for p in problems[:50]:
            print(p)
        print("OK" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    data = generate()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print(f"wrote {data.count(chr(10))} records to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
