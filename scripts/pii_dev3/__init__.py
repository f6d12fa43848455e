"""Blind synthetic PII evaluation set dev3: hand-written lists, stdlib only."""
