"""Presidio's AnalyzerEngine with its context step made cheap: the same results for less CPU.

Presidio's `_enhance_using_context` walks every registered recognizer (about seventy here) and filters
every result twice for each, then its context enhancer deep-copies every result with its explanation
before raising scores. Per record that was about a fifth of the analysis. Here results are grouped by
recognizer in one pass (a recognizer that keeps the base class's `enhance_using_context`, as all of ours
and Presidio's do, returns its own results unchanged), and the enhancer's copy is a copy of each result
and of its explanation, the two things it changes.

Presidio's PhoneRecognizer matches the text once per region, and "US" and "CA" share the North American
plan (country code 1, national prefix 1, the same lengths): a number read with either default region is
the same number, valid or not alike. The lean engine's phone recognizer skips "CA" (an eighth of its
work; the same matches on the 1,980 texts of the evaluation files and the benchmark).
`bench/anonymize.py` checks that the outputs are the same as the stock engine's, character for character.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult


class _CopiedCheaply(list):
    """Results whose deep copy is a copy of each result and of its explanation: the context enhancer
    sets a result's score and its explanation's fields, and nothing else; the originals are dropped."""

    def __deepcopy__(self, memo: dict[int, Any]) -> list[RecognizerResult]:
        copies = []
        for result in self:
            clone = copy.copy(result)
            clone.analysis_explanation = copy.copy(result.analysis_explanation)
            copies.append(clone)
        return copies


def lean_analyzer_engine(**kwargs: Any) -> AnalyzerEngine:
    """An AnalyzerEngine whose context step is linear in the results; see the module docstring."""
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    base = EntityRecognizer.enhance_using_context

    class LeanAnalyzerEngine(AnalyzerEngine):
        def _enhance_using_context(
            self,
            text: str,
            raw_results: list[RecognizerResult],
            nlp_artifacts: Any,
            recognizers: list[EntityRecognizer],
            context: list[str] | None = None,
        ) -> list[RecognizerResult]:
            own: dict[str, list[RecognizerResult]] = defaultdict(list)
            for result in raw_results:
                own[result.recognition_metadata[key]].append(result)
            results = _CopiedCheaply()
            for recognizer in recognizers:
                found = own.get(recognizer.id, [])
                if type(recognizer).enhance_using_context is not base:  # a recognizer with its own step
                    others = [result for result in raw_results if result.recognition_metadata[key] != recognizer.id]
                    found = recognizer.enhance_using_context(
                        text=text,
                        raw_recognizer_results=found,
                        other_raw_recognizer_results=others,
                        nlp_artifacts=nlp_artifacts,
                        context=context,
                    )
                results.extend(found)
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
            )

    return LeanAnalyzerEngine(**kwargs)


def lean_phone_recognizer() -> EntityRecognizer:
    """Presidio's PhoneRecognizer, less the region whose numbers another one reads alike; see the module."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    regions = tuple(region for region in PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS if region not in _SAME_PLAN)
    return PhoneRecognizer(supported_regions=regions)


_SAME_PLAN = frozenset({"CA"})  # read as "US" reads it
