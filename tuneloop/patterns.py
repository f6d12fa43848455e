"""Admin-supplied regular expressions, bounded: checked for catastrophic backtracking when saved, and run
with a time limit (the `regex` package's timeout) wherever they meet text. Plain Python; no Django."""

from __future__ import annotations

import regex

SEARCH_SECONDS = 0.25  # one search of one text; a well-formed pattern takes microseconds
CHECK_SECONDS = 0.05  # one probe when a pattern is saved
PROBE_LENGTH = 3000
_LITERAL_PREFIX = regex.compile(r"\^?((?:[\w\- :#/]|\\[-.#/ ])*)")


def probes(pattern: str) -> list[str]:
    """Inputs on which nested or overlapping repeats blow up: long runs of each character the pattern names
    (and a few common ones) with a failing end, alone and after the pattern's literal prefix."""
    characters = sorted({ch for ch in pattern if ch.isalnum()} | {"a", "1", " "})
    prefix = _LITERAL_PREFIX.match(pattern).group(1).replace("\\", "")
    runs = [ch * PROBE_LENGTH + end for ch in characters for end in ("!", "\n")]
    return runs + [prefix + run for run in runs if prefix]


class PatternTimeout(Exception):
    """A pattern ran past its time limit on a text."""


def pattern_problem(pattern: str) -> str | None:
    """Why `pattern` may not be saved (invalid, matches the empty string, or too slow on a probe); None if fine."""
    try:
        compiled = regex.compile(pattern)
    except regex.error as error:
        return f"Invalid regular expression: {error}."
    if compiled.fullmatch(""):
        return "The regular expression matches an empty string."
    for probe in probes(pattern):
        try:
            compiled.search(probe, timeout=CHECK_SECONDS)
        except TimeoutError:
            return (
                f"The regular expression takes longer than {CHECK_SECONDS * 1000:.0f} ms on a "
                f"{len(probe):,}-character text (catastrophic backtracking): simplify nested or overlapping repeats."
            )
    return None


def bounded_search(pattern: str, text: str, flags: int = 0) -> regex.Match[str] | None:
    """`regex.search` with a time limit; raises PatternTimeout past it."""
    try:
        return regex.search(pattern, text, flags, timeout=SEARCH_SECONDS)
    except TimeoutError:
        raise PatternTimeout(pattern) from None
