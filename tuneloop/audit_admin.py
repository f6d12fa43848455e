"""Read-only admin pages for the audit trail: staff read who did what, and nobody edits or deletes it there."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest


class AuditAdmin(admin.ModelAdmin):
    """Lists and shows audit rows; adding, changing and deleting them is refused to everyone."""

    list_per_page = 100

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
