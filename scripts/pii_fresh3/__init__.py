"""Generator for the blind, synthetic PII evaluation set ``pii_fresh3.jsonl``.

Everything here (names, address formats, identifier schemes, texts) is
hand-written; only the Python standard library is used.
"""
