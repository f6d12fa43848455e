"""Evaluation writes: rounds (rounds.py) and the promotion gate with its sign-off and rollback (promotions.py)."""
