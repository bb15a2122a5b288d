from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .forms import UserCreationForm, UserEditForm
from .models import AccountEvent, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    add_form = UserCreationForm
    form = UserEditForm
    ordering = ["email"]
    list_display = ["email", "full_name", "job_title", "is_coordinator", "is_active"]
    list_filter = ["is_coordinator", "is_staff", "is_active"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "job_title"]}),
        (
            _("Permissions"),
            {
                "fields": [
                    "is_active",
                    "is_coordinator",
                    "is_staff",
                    "is_superuser",
                    "groups",
                    "user_permissions",
                ]
            },
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]}),
    ]


@admin.register(AccountEvent)
class AccountEventAdmin(admin.ModelAdmin):
    """Shown, never changed: the log is append-only."""

    list_display = ["at", "actor", "action", "subject"]
    list_filter = ["action"]
    list_select_related = ["actor", "subject"]
    date_hierarchy = "at"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
