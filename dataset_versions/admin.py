"""Audit pages: reads of sealed test splits and test groups retired after an evaluation."""

from django.contrib import admin

from dataset_versions.models import RetiredTestGroup, SealedRead
from tuneloop.audit_admin import AuditAdmin


@admin.register(SealedRead)
class SealedReadAdmin(AuditAdmin):
    list_display = ("created_at", "dataset", "user", "purpose", "rows")
    list_filter = ("dataset__campaign",)
    search_fields = ("purpose", "user__username")


@admin.register(RetiredTestGroup)
class RetiredTestGroupAdmin(AuditAdmin):
    list_display = ("created_at", "campaign", "group", "dataset", "source", "created_by")
    list_filter = ("campaign",)
