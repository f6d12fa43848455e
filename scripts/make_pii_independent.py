#!/usr/bin/env python3
"""Write tests/privacy/data/pii_independent.jsonl, the independent PII evaluation set.

Every name, street, identifier format and sentence below was written by hand for this file, by a helper
who did not read the project's recognizers. Records are assembled piece by piece, so each gold span's
offsets come from the assembly itself; a fixed seed makes the file identical on every run. The set
measures an anonymizer and never tunes one. Run: python scripts/make_pii_independent.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from pii_independent.assembly import Doc, build_case
from pii_independent.industries import INDUSTRIES
from pii_independent.names import CULTURES
from pii_independent.styles import STYLES, clean_record

SEED = 8_645_301
N_RECORDS = 600
CLEAN_EVERY = 5  # every fifth record carries no PII at all
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "privacy" / "data" / "pii_independent.jsonl"


# ------------------------------------------------------------------------------------------- output
def culture_order() -> list[str]:
    order = sorted(CULTURES)
    random.Random(SEED).shuffle(order)
    return order


def record(index: int) -> dict:
    style = list(STYLES)[index % len(STYLES)]
    industry = list(INDUSTRIES)[(index // len(STYLES)) % len(INDUSTRIES)]
    render, case, is_chat = STYLES[style]
    rng = random.Random(f"{SEED}-{index}")
    doc = Doc(rng, case, is_chat)
    if index % CLEAN_EVERY == CLEAN_EVERY - 1:
        clean_record(doc, style, industry)
    else:
        cultures = culture_order()
        render(doc, build_case(rng, industry, cultures[index % len(cultures)]))
    text = doc.text()
    for span in doc.spans:
        assert text[span["start"] : span["end"]] == text[span["start"] : span["end"]].strip()
    return {"text": text, "spans": doc.spans, "industry": industry, "style": style, "record": f"ind-{index + 1:04d}"}


def write(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record(i), ensure_ascii=False, sort_keys=True) for i in range(N_RECORDS)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSONL (default: %(default)s)")
    write(parser.parse_args().out)


if __name__ == "__main__":
    main()
