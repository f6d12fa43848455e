"""Errors the training stage raises for bad inputs, before any heavy work."""


class TrainingError(ValueError):
    """A run cannot start or finish: missing base model, bad data file, unusable recipe."""


class TrainingCancelled(Exception):
    """Raised from a logging callback to stop a run that was cancelled; the trainer unwinds."""
