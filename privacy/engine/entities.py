"""Entity types Tuneloop adds to Presidio's: the identifiers its own recognizers find."""

CUSTOM_ID_ENTITIES: tuple[str, ...] = ("POLICY_NUMBER", "CLAIM_ID", "MRN", "ACCOUNT_NUMBER")
