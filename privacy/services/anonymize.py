"""The one door every incoming text passes through: Presidio under the campaign's anonymization policy."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings

from privacy.engine.anonymizer import AnonymizedText, Anonymizer, get_anonymizer
from privacy.engine.policy import Policy
from privacy.engine.spacy_models import EngineError
from privacy.selectors import policy_get
from privacy.sources import Campaign


def anonymize_text(
    text: str, *, campaign: Campaign | None, labels: Sequence[str] = (), context: Sequence[str] = ()
) -> AnonymizedText:
    """Anonymize `text` under the campaign's policy (the default one without a campaign).

    `labels` (a campaign's output fields) survive where they open a line; `context` holds the record's
    other texts, whose placeholders keep their numbers (see `Anonymizer.anonymize`).
    """
    policy = policy_get(campaign) if campaign is not None else Policy()
    return anonymizer_for(policy).anonymize(text, labels=labels, context=context)


def anonymize_texts(texts: Sequence[str], *, policy: Policy, labels: Sequence[str] = ()) -> list[AnonymizedText]:
    """Anonymize independent texts in one batch (spaCy's `nlp.pipe`): what imports use."""
    return anonymizer_for(policy).anonymize_many(texts, labels=labels)


def anonymizer_for(policy: Policy) -> Anonymizer:
    """The process-wide anonymizer for `policy`, on the spaCy model that TUNELOOP_SPACY_MODEL names."""
    try:
        return get_anonymizer(policy=policy, spacy_model=settings.PRESIDIO_SPACY_MODEL)
    except EngineError as error:
        raise EngineError(f"TUNELOOP_SPACY_MODEL: {error}") from error


def merge_counts(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    merged = dict(total)
    for entity, count in more.items():
        merged[entity] = merged.get(entity, 0) + count
    return merged
