"""Audit page: promotions and rollbacks of each campaign's incumbent model, with their notes and reasons."""

from django.contrib import admin

from evaluation.models import Promotion
from tuneloop.audit_admin import AuditAdmin


@admin.register(Promotion)
class PromotionAdmin(AuditAdmin):
    list_display = ("created_at", "campaign", "action", "artifact", "evaluation", "recommendation", "user")
    list_filter = ("campaign", "action")
