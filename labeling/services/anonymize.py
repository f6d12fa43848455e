"""The one door every incoming text passes through: Presidio with the configured spaCy model."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings

from labeling.anonymization import AnonymizedText, get_anonymizer


def anonymize_text(text: str, *, labels: Sequence[str] = ()) -> AnonymizedText:
    """Anonymize `text`; `labels` (a campaign's output fields) survive where they open a line."""
    return get_anonymizer(spacy_model=settings.PRESIDIO_SPACY_MODEL).anonymize(text, labels=labels)


def merge_counts(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    merged = dict(total)
    for entity, count in more.items():
        merged[entity] = merged.get(entity, 0) + count
    return merged
