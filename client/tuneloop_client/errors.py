"""The one exception the client raises for an answer the server refused or never gave."""

from __future__ import annotations

from typing import Any


class TuneloopError(Exception):
    """An error answer (`status`, the server's `detail`, `field` and `errors`), or no answer (`status` 0)."""

    def __init__(
        self, detail: str, *, status: int = 0, field: str | None = None, errors: Any = None, body: Any = None
    ) -> None:
        super().__init__(f"{status} {detail}" + (f" (field: {field})" if field else "") if status else detail)
        self.status = status
        self.detail = detail
        self.field = field
        self.errors = errors
        self.body = body

    @classmethod
    def from_response(cls, status: int, body: Any, reason: str = "") -> TuneloopError:
        """Map the server's `{"detail", "field"?, "errors"?}` body (tuneloop/exceptions.py) onto the error."""
        if not isinstance(body, dict):
            return cls(reason or f"HTTP {status}", status=status, body=body)
        field, errors = body.get("field"), body.get("errors")
        if field is None and isinstance(errors, dict) and errors:
            field = next(iter(errors))  # the first field a serializer refused
        detail = str(body.get("detail") or reason or f"HTTP {status}")
        return cls(detail, status=status, field=field, errors=errors, body=body)
