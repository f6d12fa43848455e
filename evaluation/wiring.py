"""What evaluation does when preferences' judging work changes: its functions for preferences' hooks."""

from __future__ import annotations

from evaluation.services.human import evaluation_judged
from preferences import hooks


def register() -> None:
    hooks.evaluation_judged.register("evaluation", evaluation_judged)
