"""The spaCy model's attribute rules (a fine tag's part of speech, morphology and lemma exceptions), applied
by looking each token up instead of by running a Matcher over all 179 of them.

spaCy's AttributeRuler matches every pattern against every token, and most of its patterns are one token's
tag, or its tag and its lower-case form ("DT" and "this"). Those are looked up in a table keyed by the
token's tag and lower case; the few others (two tokens, a regular expression, a dependency) keep a Matcher
of their own. Where several rules hit one token, the later rule wins, attribute by attribute, as it does
in the AttributeRuler: the result is the same annotation, at about a fifth of its time (docs/benchmarks.md).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "attribute_ruler"
_KEYS = frozenset({"TAG", "LOWER"})
Rule = tuple[int, dict[str, Any]]  # the pattern's place among the ruler's patterns, and what it sets


class TagAttributes:
    """A drop-in for a loaded AttributeRuler (see the module)."""

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.table: dict[tuple[str | None, str | None], list[Rule]] = defaultdict(list)
        self.matcher = Matcher(vocab, validate=False)
        self.others: dict[int, tuple[dict[str, Any], int]] = {}
        self.merged: dict[tuple[str, str], dict[Any, Any]] = {}
        for place, entry in enumerate(patterns):
            keys = [_table_keys(pattern) for pattern in entry["patterns"]]
            if entry["index"] == 0 and all(key is not None for key in keys):
                for key in keys:
                    for tag, lower in key or ():
                        self.table[tag, lower].append((place, entry["attrs"]))
            else:
                self.matcher.add(str(place), entry["patterns"])
                self.others[place] = (entry["attrs"], entry["index"])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        extra = self._other_rules(doc)
        for token in doc:
            tag, lower = token.tag_, token.lower_
            if token.i in extra:
                attrs = _normalized(self.vocab, self._rules(tag, lower) + extra[token.i])
            elif (tag, lower) in self.merged:
                attrs = self.merged[tag, lower]
            else:
                attrs = self.merged[tag, lower] = _normalized(self.vocab, self._rules(tag, lower))
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    def _rules(self, tag: str, lower: str) -> list[Rule]:
        return self.table.get((tag, lower), []) + self.table.get((tag, None), []) + self.table.get((None, lower), [])

    def _other_rules(self, doc: Doc) -> dict[int, list[Rule]]:
        extra: dict[int, list[Rule]] = defaultdict(list)
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            place = int(self.vocab.strings[match_id])
            attrs, index = self.others[place]
            extra[doc[start:end][index].i].append((place, attrs))
        return extra


def _table_keys(pattern: list[dict[str, Any]]) -> list[tuple[str | None, str | None]] | None:
    """The (tag, lower case) pairs a one-token pattern of tags and lower-case forms holds; None for others."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= _KEYS:
        return None
    values = [_values(pattern[0].get(key)) for key in ("TAG", "LOWER")]
    if any(value is None for value in values):
        return None
    tags: list[str | None] = [*values[0]] if values[0] else [None]
    lowers: list[str | None] = [*values[1]] if values[1] else [None]
    return [(tag, lower) for tag in tags for lower in lowers]


def _values(condition: Any) -> list[str] | None:
    """[] for no condition, the strings a condition accepts, None for any other condition (a regex, NOT_IN)."""
    if condition is None:
        return []
    if isinstance(condition, str):
        return [condition]
    if isinstance(condition, dict) and set(condition) == {"IN"} and all(isinstance(v, str) for v in condition["IN"]):
        return list(condition["IN"])
    return None


def _normalized(vocab: Any, rules: list[Rule]) -> dict[Any, Any]:
    """The attributes the rules set, later rules over earlier ones, as set_token_attrs takes them."""
    from spacy.tokens._retokenize import normalize_token_attrs

    merged: dict[str, Any] = {}
    for _, attrs in sorted(rules, key=lambda rule: rule[0]):
        merged.update(attrs)
    return normalize_token_attrs(vocab, merged) if merged else {}


def use_tag_attributes(nlp: Language) -> None:
    """Swap the pipeline's AttributeRuler for TagAttributes with its patterns, in place (no-op without one)."""
    from spacy.language import Language

    if NAME not in nlp.pipe_names:
        return
    if not Language.has_factory(_FACTORY):
        Language.factory(_FACTORY, func=_make)
    ruler: Any = nlp.get_pipe(NAME)
    nlp.replace_pipe(NAME, _FACTORY, config={"patterns": ruler.patterns})


_FACTORY = "tuneloop_tag_attributes"


def _make(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> TagAttributes:
    return TagAttributes(nlp.vocab, patterns)
