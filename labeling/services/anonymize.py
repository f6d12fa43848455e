"""The one door every incoming text passes through: Presidio with the configured spaCy model."""

from __future__ import annotations

from django.conf import settings

from labeling.anonymization import AnonymizedText, get_anonymizer


def anonymize_text(text: str) -> AnonymizedText:
    return get_anonymizer(spacy_model=settings.PRESIDIO_SPACY_MODEL).anonymize(text)


def merge_counts(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    merged = dict(total)
    for entity, count in more.items():
        merged[entity] = merged.get(entity, 0) + count
    return merged
