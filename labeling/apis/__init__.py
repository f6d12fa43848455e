"""Labeling's REST endpoints, one module per area: campaigns (members, imports, items) and authoring."""
