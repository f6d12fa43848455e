"""Preferences' hooks: what apps above it (evaluation) do when judging work changes."""

from tuneloop.hooks import declare

evaluation_judged = declare(
    "preferences.evaluation_judged",
    "(task) inside the transaction: a judgement of an evaluation pair was stored or undone (evaluation refreshes its "
    "human round's result).",
)
