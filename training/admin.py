"""Audit page: who downloaded which model artifact."""

from django.contrib import admin

from training.models import ArtifactDownload
from tuneloop.audit_admin import AuditAdmin


@admin.register(ArtifactDownload)
class ArtifactDownloadAdmin(AuditAdmin):
    list_display = ("created_at", "artifact", "user")
    search_fields = ("user__username",)
