"""Only the consent texts are maintained in the admin. Client data is never shown there: every
look at it must pass the policy and be logged, which the admin cannot promise."""

from django.contrib import admin

from .models import ConsentText


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = ["version", "language", "valid_for_months", "published_on"]
    list_filter = ["language"]

    def get_readonly_fields(self, request, obj=None):
        # A published text may already have been shown to a parent: it is never rewritten,
        # nor the period she agreed to with it.
        return ["version", "language", "body", "valid_for_months"] if obj else []
