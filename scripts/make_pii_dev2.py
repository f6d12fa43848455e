#!/usr/bin/env python3
"""Write the synthetic PII evaluation file tests/privacy/data/pii_dev2.jsonl and its note PII_DEV2.md.

Usage:
    python3 scripts/make_pii_dev2.py               # write both files
    python3 scripts/make_pii_dev2.py --out x.jsonl # write the records elsewhere (the note is not written)
    python3 scripts/make_pii_dev2.py --check       # verify the files equal the generator output and spans are valid
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "privacy" / "data"
DEFAULT_OUT = DATA / "pii_dev2.jsonl"
NOTE = DATA / "PII_DEV2.md"


def _load():
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return importlib.import_module("pii_dev2.build"), importlib.import_module("pii_dev2.readme")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="where to write the JSONL (default: %(default)s)", default=None)
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args(argv)
    build, readme = _load()
    recs = build.records()
    errors = build.validate(recs)
    text = build.dumps(recs)
    note = readme.render_md(build.stats(recs))
    out = args.out if args.out is not None else DEFAULT_OUT
    if args.check:
        if not out.exists() or out.read_bytes() != text.encode("utf-8"):
            errors.append(f"{out} differs from the generator output; run scripts/make_pii_dev2.py")
        if args.out is None and (not NOTE.exists() or NOTE.read_bytes() != note.encode("utf-8")):
            errors.append(f"{NOTE} differs from the generator output")
        for e in errors:
            print(e, file=sys.stderr)
        if not errors:
            print(f"ok: {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans")
        return 1 if errors else 0
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("utf-8"))
    if args.out is None:
        NOTE.write_bytes(note.encode("utf-8"))
    print(f"wrote {out} ({len(recs)} records, {sum(len(r['spans']) for r in recs)} spans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
