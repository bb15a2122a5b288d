"""Only the consent texts are maintained in the admin. Client data is never shown there: every
look at it must pass the policy and be logged, which the admin cannot promise."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import ConsentText


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = [
        "version",
        "language",
        "translation_status",
        "translation_checked_by",
        "valid_for_months",
        "published_on",
    ]
    list_filter = ["language", "translation_status"]
    fieldsets = [
        (None, {"fields": ["version", "language", "body", "valid_for_months", "published_on"]}),
        (
            _("Translation"),
            {
                "fields": [
                    "translation_status",
                    "translation_checked_by",
                    "translation_checked_on",
                ]
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        # A published text may already have been shown to a parent: it is never rewritten,
        # nor the period she agreed to with it. Whether a qualified translator has checked it
        # is recorded later, so that stays editable.
        return ["version", "language", "body", "valid_for_months"] if obj else []
