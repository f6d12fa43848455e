"""Preferences writes, one module per subject: candidates, the judging queue, pair judgements, rankings."""
