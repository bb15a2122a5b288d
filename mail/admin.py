from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import OutgoingEmail


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    """What was sent and what waits: read here, sent only by the portal (a pending one by
    `manage.py send_pending_emails`)."""

    list_display = ["created_at", "kind", "recipients", "subject", "delivered_at", "attempts"]
    list_filter = [("delivered_at", admin.EmptyFieldListFilter), "kind"]
    search_fields = ["subject", "kind"]
    date_hierarchy = "created_at"
    fields = [
        "kind",
        "recipients",
        "subject",
        "shown_body",
        "link",
        "about_type",
        "about_id",
        "created_at",
        "delivered_at",
        "attempts",
        "last_error",
    ]
    readonly_fields = fields

    @admin.display(description=_("to"))
    def recipients(self, email: OutgoingEmail) -> str:
        return ", ".join(email.to)

    @admin.display(description=_("body"))
    def shown_body(self, email: OutgoingEmail) -> str:
        # A pending invitation or reset holds a working key: not even an administrator reads it.
        return _("(holds a key; not shown)") if email.secret else email.body

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return [f for f in fields if f != "link"] if obj is not None and obj.secret else fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
