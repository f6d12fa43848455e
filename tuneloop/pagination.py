"""Pages of the REST API's lists: `?limit=&offset=`, answered as {count, next, previous, results}."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import QuerySet
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.request import Request
from rest_framework.response import Response

MAX_LIMIT = 200


class Page(LimitOffsetPagination):
    """LimitOffset with a cap: `limit` above MAX_LIMIT gives MAX_LIMIT rows, so no request reads a whole table.
    The default is REST_FRAMEWORK["PAGE_SIZE"] (50)."""

    max_limit = MAX_LIMIT


def page_response(request: Request, rows: QuerySet[Any], serialize: Callable[[Sequence[Any]], Any]) -> Response:
    """One page of `rows` (ordered: offsets need a stable order), each serialized by `serialize`.

    A view that answers with it sets `pagination_class = Page`, which is how the OpenAPI schema learns the
    `limit` / `offset` parameters and the page's shape (tuneloop.schema.AutoSchema, for GET only)."""
    paginator = Page()
    page = paginator.paginate_queryset(rows, request)
    return paginator.get_paginated_response(serialize(page or []))
