"""Find planted canaries in texts by keyed digest alone: the canaries' values are never needed, or kept.

A canary is known only as `digest(key, value)`, the HMAC-SHA256 of its normalized value (casefolded,
letters and digits only) and that normalized value's length. A text is normalized the same way and
every window of each canary length is hashed and looked up, so "Eleanor  WHITCOMBE", "eleanor-whitcombe"
and "Eleanor\\nWhitcombe" all match the canary "Eleanor Whitcombe". No Django here: the same functions
serve the services, the `pii_audit` command and any outside tool.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any

CanariesByLength = Mapping[int, Collection[str]]  # normalized length -> hex digests of that length


def normalize(value: str) -> str:
    """Casefold and keep only letters and digits: what a canary's digest is taken of."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize(text)`, and for each of its characters the index in `text` it came from.

    Casefolding may turn one character into several ("ß" into "ss"): each points back to the same one.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for folded in ch.casefold():
            if folded.isalnum():
                chars.append(folded)
                offsets.append(index)
    return "".join(chars), offsets


def digest(key: str, value: str) -> str:
    """The hex HMAC-SHA256 of the normalized `value`, keyed by `key` (a campaign's policy secret)."""
    return hmac.digest(key.encode(), normalize(value).encode(), hashlib.sha256).hex()


def group_by_length(canaries: Iterable[tuple[str, int]]) -> dict[int, set[str]]:
    """{length: {digest, ...}} from (digest, length) pairs, the shape `scan` takes."""
    grouped: dict[int, set[str]] = {}
    for hex_digest, length in canaries:
        grouped.setdefault(length, set()).add(hex_digest)
    return grouped


def scan(text: str, key: str, canaries_by_length: CanariesByLength) -> list[tuple[str, int, int]]:
    """Every occurrence of a canary in `text`: (canary digest, start, end), offsets into `text`, end exclusive."""
    if not text or not canaries_by_length:
        return []
    normalized, offsets = normalize_with_offsets(text)
    return [
        (found, offsets[start], offsets[start + length - 1] + 1)
        for found, start, length in _windows(normalized, _Mac(key), _as_bytes(canaries_by_length))
    ]


def scan_lines(lines: Iterable[str], key: str, canaries_by_length: CanariesByLength) -> Iterator[tuple[str, int]]:
    """Every occurrence of a canary in a stream of lines: (canary digest, number of the line it starts on).

    Lines are normalized one at a time, with the end of the previous ones carried over, so a value
    split across lines ("Eleanor\\nWhitcombe" in a log record) is found, and a file is never held whole.
    """
    wanted = _as_bytes(canaries_by_length)
    if not wanted:
        return
    mac, carry = _Mac(key), max(wanted) - 1
    tail, tail_lines = "", list[int]()  # normalized characters carried over, and the line each came from
    for number, line in enumerate(lines, start=1):
        normalized = normalize(line)
        if not normalized:
            continue
        joined, line_of = tail + normalized, [*tail_lines, *([number] * len(normalized))]
        for found, start, _length in _windows(joined, mac, wanted, ends_after=len(tail)):
            yield found, line_of[start]
        keep = min(carry, len(joined))
        tail, tail_lines = joined[len(joined) - keep :], line_of[len(line_of) - keep :]


def json_strings(value: Any) -> str:
    """A JSON value's strings (keys included) and scalars, one a line: escapes such as \\n or \\u00e9 decoded,
    so they cannot hide a value from `scan` as they would in the serialized text."""
    return "\n".join(json_leaves(value))


def json_leaves(value: Any) -> Iterator[str]:
    """Each string (keys included) and scalar of a JSON value, decoded, in document order."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from json_leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from json_leaves(item)
    elif value is not None:
        yield str(value)


def _windows(
    normalized: str, mac: _Mac, wanted: Mapping[int, set[bytes]], *, ends_after: int = 0
) -> Iterator[tuple[str, int, int]]:
    """(hex digest, start, length) of each window of `normalized` whose digest is wanted; only windows
    ending after index `ends_after` (those before were looked at with the previous line)."""
    encoded = normalized.encode()
    ascii_only = len(encoded) == len(normalized)  # then byte offsets are character offsets: slice once
    for length, digests in wanted.items():
        first = max(0, ends_after - length + 1)
        for start in range(first, len(normalized) - length + 1):
            window = encoded[start : start + length] if ascii_only else normalized[start : start + length].encode()
            found = mac(window)
            if found in digests:
                yield found.hex(), start, length


class _Mac:
    """HMAC-SHA256 under one key, with the padded key hashed once (RFC 2104) rather than per window:
    `hmac.digest` redoes that work on every call, which made scanning twice as slow."""

    _BLOCK = 64  # SHA-256's block size in bytes

    def __init__(self, key: str) -> None:
        raw = key.encode()
        if len(raw) > self._BLOCK:
            raw = hashlib.sha256(raw).digest()
        raw = raw.ljust(self._BLOCK, b"\0")
        self._inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in raw))
        self._outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in raw))

    def __call__(self, message: bytes) -> bytes:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def _as_bytes(canaries_by_length: CanariesByLength) -> dict[int, set[bytes]]:
    return {
        length: {bytes.fromhex(hex_digest) for hex_digest in digests}
        for length, digests in canaries_by_length.items()
        if length > 0 and digests
    }
