from django.contrib import admin

from .models import LogReview


@admin.register(LogReview)
class LogReviewAdmin(admin.ModelAdmin):
    """Reviews are the officers' evidence: readable here, never changed."""

    list_display = ["day", "organisation", "reviewed_by", "reviewed_at"]
    list_filter = ["organisation"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
