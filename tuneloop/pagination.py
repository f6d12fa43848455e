"""Pages of the REST API's lists: `?limit=&offset=`, answered as {count, next, previous, results}; or, opted
into with `?cursor=`, by opaque cursors, answered as {next, previous, results}."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from rest_framework.exceptions import NotFound
from rest_framework.pagination import Cursor, CursorPagination, LimitOffsetPagination
from rest_framework.request import Request
from rest_framework.response import Response

from tuneloop.exceptions import ApplicationError

MAX_LIMIT = 200
CURSOR = "cursor"  # the query parameter; its presence, even empty, switches a list to cursor pages
INVALID_CURSOR = "Invalid cursor: pass a `next` or `previous` link's `cursor` as it is, or an empty one to start."


class Page(LimitOffsetPagination):
    """LimitOffset with a cap: `limit` above MAX_LIMIT gives MAX_LIMIT rows, so no request reads a whole table.
    The default is REST_FRAMEWORK["PAGE_SIZE"] (50).

    Views set it as their `pagination_class`, which is how the OpenAPI schema learns each list's parameters
    and page shape; it documents the cursor pages of `CursorPage` too, which `page_response` switches to."""

    max_limit = MAX_LIMIT

    def get_paginated_response_schema(self, schema: Any) -> dict[str, Any]:
        page = super().get_paginated_response_schema(schema)
        page["required"] = ["next", "previous", "results"]  # cursor pages have no `count`
        page["properties"]["count"]["description"] = "Rows in the whole list; limit/offset pages only."
        return page

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        cursor = {
            "name": CURSOR,
            "required": False,
            "in": "query",
            "description": (
                "Cursor pages instead of limit/offset: send it empty for the first page, then follow `next`, "
                "whose cursor is opaque. A cursor page has no `count`, ignores `offset`, and never repeats or "
                "skips a row when rows are added while paging."
            ),
            "schema": {"type": "string"},
        }
        return [*super().get_schema_operation_parameters(view), cursor]


class CursorPage(CursorPagination):
    """DRF's cursor pages over a list in its own order (`cursor_ordering`): each cursor holds the position of
    the row it stops at, so rows added or removed before that position do not shift the next page, as they
    shift an offset. `limit` sets the page size, capped at MAX_LIMIT like Page's."""

    cursor_query_param = CURSOR
    page_size_query_param = "limit"
    max_page_size = MAX_LIMIT

    def __init__(self, ordering: tuple[str, ...]) -> None:
        self.ordering = ordering

    def decode_cursor(self, request: Request) -> Cursor | None:
        try:
            return super().decode_cursor(request)
        except NotFound as error:  # DRF answers a malformed cursor with 404; it is bad input
            raise ApplicationError(INVALID_CURSOR, field=CURSOR) from error

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> list[Any] | None:
        try:
            return super().paginate_queryset(queryset, request, view)
        except (ValueError, OverflowError, DjangoValidationError) as error:  # a well-formed cursor, forged
            raise ApplicationError(INVALID_CURSOR, field=CURSOR) from error


def cursor_ordering(rows: QuerySet[Any]) -> tuple[str, ...]:
    """The order of `rows` as cursor pages walk it: the queryset's own (so a cursor page holds the rows an
    offset page would), ending in the primary key so that no two rows tie; newest first by id when the order
    is not one of plain fields."""
    keys = tuple(rows.query.order_by) or tuple(rows.model._meta.ordering)
    ordering = tuple(key for key in keys if isinstance(key, str) and "__" not in key and key != "?")
    if not ordering or len(ordering) < len(keys):  # an expression, a relation's field, random: not a position
        return ("-pk",)
    if not {key.lstrip("-") for key in ordering} & {"pk", "id"}:
        ordering = (*ordering, "-pk" if ordering[0].startswith("-") else "pk")
    return ordering


def page_response(request: Request, rows: QuerySet[Any], serialize: Callable[[Sequence[Any]], Any]) -> Response:
    """One page of `rows` (ordered: offsets and cursors need a stable order), each serialized by `serialize`:
    a limit/offset page, or a cursor page when the request has a `cursor` parameter.

    A view that answers with it sets `pagination_class = Page`, which is how the OpenAPI schema learns the
    `limit` / `offset` / `cursor` parameters and the page's shape (tuneloop.schema.AutoSchema, for GET only)."""
    paginator: Page | CursorPage = CursorPage(cursor_ordering(rows)) if CURSOR in request.query_params else Page()
    page = paginator.paginate_queryset(rows, request)
    return paginator.get_paginated_response(serialize(page or []))
