"""Labeling's hooks: what apps above it (preferences, training) do when labeling's work changes."""

from tuneloop.hooks import declare

response_imported = declare(
    "labeling.response_imported",
    "(item, text) -> entity counts: an imported record carried a response (preferences stores a candidate).",
)
items_imported = declare(
    "labeling.items_imported",
    "(campaign, items) inside the import's last transaction: `items`, the batch's items (a queryset), are new "
    "(preferences makes their comparison tasks and drafts with the campaign's prefill model).",
)
ranking_started = declare(
    "labeling.ranking_started",
    "(campaign): the campaign switched to rankings of k; items already in it need their ranking tasks.",
)
example_approved = declare(
    "labeling.example_approved", "(example) inside the review's transaction: preferences makes it a candidate."
)
member_removed = declare(
    "labeling.member_removed",
    "(campaign, user) inside the transaction: the user left the campaign (preferences releases their task leases).",
)
prefill_set = declare(
    "labeling.prefill_set", "(campaign) inside the transaction: a prefill model was chosen; drafts are generated."
)
