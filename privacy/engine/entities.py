"""Entity types Tuneloop adds to Presidio's: the identifiers its own recognizers find."""

# ID: any other identifier announced by a context word (member, case, reference, passport…: identifiers.py).
CUSTOM_ID_ENTITIES: tuple[str, ...] = ("POLICY_NUMBER", "CLAIM_ID", "MRN", "ACCOUNT_NUMBER", "ID")
