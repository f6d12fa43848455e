"""Generate (or --check) the blind synthetic PII evaluation set dev3."""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_dev3.builder import build_all, is_pii_free
from pii_dev3.readme import render
from pii_dev3.segments import check_spans

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "privacy" / "data" / "pii_dev3.jsonl"
README = ROOT / "tests" / "privacy" / "data" / "PII_DEV3.md"


def dump(records):
    """The JSONL text."""
    return "".join(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n" for rec in records)


def validate(records):
    """Return the first error naming record and span, or None."""
    for i, rec in enumerate(records):
        error = check_spans(rec["text"], rec["spans"], is_pii_free(i))
        if error:
            return f"{rec['record']}: {error}"
    return None


def check(records):
    """Compare files on disk with the generator output and validate spans."""
    if DATA.read_text(encoding="utf-8") != dump(records):
        return f"{DATA} differs from the generator output"
    if README.read_text(encoding="utf-8") != render(records):
        return f"{README} differs from the generator output"
    on_disk = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return validate(on_disk)


def main():
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write the records here instead")
    parser.add_argument("--check", action="store_true", help="verify the files on disk")
    args = parser.parse_args()
    records = build_all()
    error = check(records) if args.check else validate(records)
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.check:
        print(f"ok: {len(records)} records match and all spans are valid")
        return 0
    out = args.out or DATA
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dump(records), encoding="utf-8")
    if args.out is None:
        README.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
