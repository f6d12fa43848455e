"""The canary scanner (labeling/canary_scan.py, no Django): normalization, keyed digests, scanning text,
lines and JSON for values however they are written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacy.engine.canary_scan import digest, json_strings, normalize, normalize_with_offsets, scan, scan_lines
from tests.privacy.canary_values import EMAIL, KEY, NAME, PHONE, by_length


def test_normalize_keeps_casefolded_letters_and_digits() -> None:
    assert normalize("Harold  FINCHLEY-3") == "haroldfinchley3"
    assert normalize(PHONE) == "4155550199"
    assert normalize("Straße") == "strasse"
    assert normalize("José Ñúñez") == "joséñúñez"


@pytest.mark.parametrize("text", ["Harold Finchley", "Straße 12", "ΣΟΦΙΑ Ωμέγας", "İstanbul", "a\u0301b", "", "--"])
def test_normalize_with_offsets_agrees_with_normalize_and_points_back(text: str) -> None:
    normalized, offsets = normalize_with_offsets(text)
    assert normalized == normalize(text)
    assert len(offsets) == len(normalized)
    for char, offset in zip(normalized, offsets, strict=True):
        assert char in text[offset].casefold()
    assert offsets == sorted(offsets)


def test_scan_finds_a_canary_however_it_is_written_and_says_where() -> None:
    text = "Called HAROLD-finchley today; then harold finchley again. Harold Finch is someone else."
    hits = scan(text, KEY, by_length(NAME))
    assert [text[start:end] for _, start, end in hits] == ["HAROLD-finchley", "harold finchley"]
    assert {found for found, _, _ in hits} == {digest(KEY, NAME)}


def test_scan_looks_for_every_length_and_needs_the_right_key() -> None:
    canaries = by_length(NAME, PHONE, EMAIL)
    assert len(canaries) == 3  # 14, 10 and 24 characters
    text = f"Reach {NAME} at 415.555.0199."
    assert {found for found, _, _ in scan(text, KEY, canaries)} == {digest(KEY, NAME), digest(KEY, PHONE)}
    assert scan(text, "another campaign's key", canaries) == []
    assert scan(text, KEY, {}) == []


def test_scan_maps_characters_that_casefold_to_several_back_to_one() -> None:
    hits = scan("Die Straßenbauer kamen.", KEY, by_length("STRASSENBAUER"))
    assert len(hits) == 1
    assert "Die Straßenbauer kamen."[hits[0][1] : hits[0][2]] == "Straßenbauer"


def test_scan_lines_finds_values_split_across_lines_by_their_first_line() -> None:
    lines = ["INFO start\n", "called Harold\n", "\n", "Finchley today\n", "and harold finchley\n", "Harold\n"]
    assert list(scan_lines(lines, KEY, by_length(NAME))) == [(digest(KEY, NAME), 2), (digest(KEY, NAME), 5)]
    assert list(scan_lines(iter([]), KEY, by_length(NAME))) == []


def test_json_strings_undoes_the_escapes_that_would_hide_a_value() -> None:
    line = json.dumps({"messages": [{"role": "user", "content": "Harold\nFinchley"}]})
    assert scan(line, KEY, by_length(NAME)) == []  # the escaped "\n" reads as a letter n
    assert len(scan(json_strings(json.loads(line)), KEY, by_length(NAME))) == 1
    assert len(scan(json_strings(json.loads(json.dumps(["Jos\u00e9 Ñúñez"]))), KEY, by_length("José Ñúñez"))) == 1


@pytest.mark.parametrize("key", ["k", "k" * 63, "k" * 64, "k" * 65, "ключ" * 30])
def test_scan_and_digest_agree_for_keys_of_any_length(key: str) -> None:
    # scan() precomputes the HMAC's padded key; digest() is the standard library's HMAC.
    hits = scan(f"x {NAME} y José Ñúñez", key, by_length(NAME, "José Ñúñez", key=key))
    assert {found for found, _, _ in hits} == {digest(key, NAME), digest(key, "José Ñúñez")}


def test_digest_is_keyed_and_of_the_normalized_value() -> None:
    assert digest(KEY, "Harold Finchley") == digest(KEY, "HAROLD-FINCHLEY")
    assert digest(KEY, NAME) != digest("other", NAME)
    assert len(digest(KEY, NAME)) == 64


def test_the_scanner_does_not_import_django() -> None:
    code = "import sys, privacy.engine.canary_scan; sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2], check=False).returncode == 0
