"""Audit page: every change of a campaign's anonymization policy, before and after."""

from django.contrib import admin

from privacy.models import PolicyChange
from tuneloop.audit_admin import AuditAdmin


@admin.register(PolicyChange)
class PolicyChangeAdmin(AuditAdmin):
    list_display = ("created_at", "campaign", "version", "user")
    list_filter = ("campaign",)
