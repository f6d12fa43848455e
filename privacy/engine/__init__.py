"""Anonymization without Django: Presidio setup, recognizers, the anonymizer, canary scanning, the pii_eval scorer."""

import os

# Presidio runs every pattern with the `regex` package's timeout, read once at import (60 s by default).
# Admin patterns are checked for catastrophic backtracking when saved (tuneloop.patterns); this bounds the rest.
os.environ.setdefault("REGEX_TIMEOUT_SECONDS", "1")
