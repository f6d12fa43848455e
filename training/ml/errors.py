"""Errors the training stage raises for bad inputs, before any heavy work."""


class TrainingError(ValueError):
    """A run cannot start or finish: missing base model, bad data file, unusable recipe."""
