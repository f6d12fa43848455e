"""Dataset exports as Hugging Face `datasets` objects (the optional `datasets` extra)."""

from __future__ import annotations

from typing import Any


def dataset_dict(splits: dict[str, list[dict[str, Any]]]) -> Any:
    """A `datasets.DatasetDict` of the non-empty splits (an empty JSONL split has no columns to build)."""
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - depends on the environment
        hint = "as_dataset_dict() needs the `datasets` package: pip install 'tuneloop-client[datasets]'"
        raise ImportError(hint) from exc
    return datasets.DatasetDict({name: datasets.Dataset.from_list(rows) for name, rows in splits.items() if rows})
