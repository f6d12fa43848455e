"""The lean analyzer finds what Presidio's stock engine finds, with the same scores (privacy/engine/lean.py)."""

from __future__ import annotations

import copy

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.presidio import LANGUAGE, build_analyzer

TEXTS = [
    "Call Dr Ana Ruiz on (416) 555-0199 or +1 604 555 0143 about policy HX1234567.",
    "Claim CLM-2023-004512: insured Sydney Okafor, DOB 03/14/1985, card 4111 1111 1111 1111.",
    "Tel. +44 7700 900123 · medivale-rx.com; mobile 0176 19531641; ETA 1640.",
    "No personal data in this note at all.",
]


@pytest.fixture(scope="module")
def stock():
    return build_analyzer(get_anonymizer().spacy_model, stock=True)


def _found(analyzer, text):
    kwargs = get_anonymizer()._analyze_kwargs
    return sorted(
        (r.start, r.end, r.entity_type, round(r.score, 6))
        for r in analyzer.analyze(text=text, language=LANGUAGE, **kwargs)
    )


@pytest.mark.parametrize("text", TEXTS)
def test_the_lean_engine_finds_what_the_stock_engine_finds(stock, text):
    assert _found(get_anonymizer()._analyzer, text) == _found(stock, text)


def test_the_cheap_copy_leaves_the_originals_alone():
    from presidio_analyzer import AnalysisExplanation, RecognizerResult

    from privacy.engine.lean import _CopiedCheaply

    explanation = AnalysisExplanation(recognizer="R", original_score=0.4)
    original = RecognizerResult("PHONE_NUMBER", 0, 5, 0.4, analysis_explanation=explanation)
    clone = copy.deepcopy(_CopiedCheaply([original]))[0]
    clone.score = 0.9
    clone.analysis_explanation.set_improved_score(0.9)
    assert original.score == 0.4 and original.analysis_explanation.score == 0.4
