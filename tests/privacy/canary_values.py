"""The canary identities the canary tests plant and look for, and their digests by length."""

from __future__ import annotations

from privacy.engine.canary_scan import digest, group_by_length, normalize

NAME, EMAIL, PHONE = "Harold Finchley", "harold.finchley@example.org", "(415) 555-0199"
VALUES = (NAME, EMAIL, PHONE)
# What must never be stored or shown: the values, their surname, and their normalized forms.
FORBIDDEN = (*VALUES, "Finchley", "finchley", *(normalize(value) for value in VALUES))
KEY = "k" * 64


def by_length(*values: str, key: str = KEY) -> dict[int, set[str]]:
    return group_by_length((digest(key, value), len(normalize(value))) for value in values)
