"""The Django admin as a coordinator's back office for the whole directory."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    CarePhase,
    ContactPerson,
    DeliveryFormat,
    Intervention,
    InvitationRequest,
    Language,
    LifePhase,
    Location,
    Membership,
    MembershipEvent,
    Municipality,
    Organisation,
    Theme,
)

# Organisations type their website without a scheme; assume it is served over HTTPS.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(LifePhase, CarePhase, Theme, DeliveryFormat, Language)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "slug", "position", "is_active"]
    list_editable = ["position", "is_active"]
    search_fields = ["name", "name_en", "plain_name", "search_terms"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code"]
    search_fields = ["name", "cbs_code"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["coordinators"]


class DirectoryEntryAdmin(SimpleHistoryAdmin):
    """Entries others rely on are deactivated, never deleted; their history is in the admin."""

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class LocationInline(admin.StackedInline):
    model = Location
    extra = 0
    can_delete = False
    autocomplete_fields = ["municipality"]
    readonly_fields = ["coordinates_source"]


class ContactPersonInline(admin.StackedInline):
    model = ContactPerson
    fk_name = "organisation"
    extra = 0
    can_delete = False
    fields = [
        ("name", "job_title"),
        ("phone", "email"),
        "availability",
        ("active_from", "active_until", "away_until"),
        "backup",
        "visibility",
        "user",
        "is_active",
    ]
    autocomplete_fields = ["backup", "user"]


class ReadOnlyAdminMixin:
    """Shown, never changed here: memberships change on the organisation's colleagues page,
    which applies who may give which role and logs every change (a role opens client data)."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class MembershipInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Membership
    extra = 0
    fields = readonly_fields = ["user", "role", "created_at"]


@admin.register(Organisation)
class OrganisationAdmin(DirectoryEntryAdmin):
    list_display = ["name", "kind", "domain", "is_active", "verified_at"]
    list_filter = ["domain", "kind", "is_active", "municipalities"]
    search_fields = ["name", "description", "kvk_number", "agb_code"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["municipalities"]
    inlines = [LocationInline, ContactPersonInline, MembershipInline]
    formfield_overrides = HTTPS_URLS
    fieldsets = [
        (None, {"fields": ["name", "slug", "domain", "kind", "description"]}),
        (_("Contact"), {"fields": ["website", "phone", "email", "referral_email"]}),
        (_("Identifiers"), {"fields": ["kvk_number", "agb_code"]}),
        (
            _("Area and status"),
            {"fields": ["municipalities", "is_active", "verified_at", "verified_by"]},
        ),
    ]


class ContactPersonForInterventionInline(admin.TabularInline):
    model = ContactPerson.interventions.through
    extra = 0
    verbose_name = _("contact person")
    verbose_name_plural = _("contact persons")
    autocomplete_fields = ["contactperson"]


@admin.register(Intervention)
class InterventionAdmin(DirectoryEntryAdmin):
    list_display = [
        "name",
        "organisation",
        "status",
        "accepts_new_families",
        "waiting_weeks",
        "is_public",
        "verified_at",
    ]
    list_filter = [
        "status",
        "is_public",
        "accepts_referrals",
        "accepts_new_families",
        "access_route",
        "recognition_databank",
        "life_phases",
        "themes",
        "service_areas",
    ]
    list_select_related = ["organisation"]
    search_fields = ["name", "organisation__name", "description", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation", "locations"]
    filter_horizontal = [
        "life_phases",
        "care_phases",
        "themes",
        "formats",
        "languages",
        "service_areas",
    ]
    inlines = [ContactPersonForInterventionInline]
    formfield_overrides = HTTPS_URLS

    def save_model(self, request, obj, form, change) -> None:
        # A status chosen here is applied by its verb, which resets what goes with it.
        with obj.status_by_verb(by=request.user):
            super().save_model(request, obj, form, change)

    fieldsets = [
        (None, {"fields": ["organisation", "name", "slug", "description", "summary"]}),
        (
            _("Classification"),
            {"fields": ["life_phases", "care_phases", "themes", "formats", "languages"]},
        ),
        (
            _("Access and costs"),
            {"fields": ["access_route", "accepts_referrals", "cost_option", "cost_note"]},
        ),
        (
            _("Recognition"),
            {
                "fields": [
                    "recognition_databank",
                    "recognition_level",
                    "recognition_url",
                    "recognition_date",
                ]
            },
        ),
        (
            _("Capacity"),
            {"fields": ["accepts_new_families", "waiting_weeks", "capacity_updated_on"]},
        ),
        (
            _("Where and status"),
            {
                "fields": [
                    "service_areas",
                    "locations",
                    "status",
                    "status_notice",
                    "is_public",
                    "verified_at",
                    "verified_by",
                ]
            },
        ),
    ]


@admin.register(Location)
class LocationAdmin(DirectoryEntryAdmin):
    readonly_fields = ["coordinates_source"]
    list_display = ["name", "organisation", "city", "is_confidential"]
    list_filter = ["is_confidential", "municipality"]
    list_select_related = ["organisation"]
    search_fields = ["name", "organisation__name", "city", "postcode"]
    autocomplete_fields = ["organisation", "municipality"]


@admin.register(ContactPerson)
class ContactPersonAdmin(DirectoryEntryAdmin):
    list_display = ["name", "job_title", "organisation", "visibility", "away_until", "is_active"]
    list_filter = ["visibility", "is_active"]
    list_select_related = ["organisation"]
    search_fields = ["name", "job_title", "email", "organisation__name"]
    autocomplete_fields = ["organisation", "backup", "user", "interventions"]


@admin.register(Membership)
class MembershipAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__email", "user__full_name", "organisation__name"]


@admin.register(MembershipEvent)
class MembershipEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["at", "organisation", "action", "email", "role", "previous_role", "actor"]
    list_filter = ["action"]
    list_select_related = ["organisation", "actor"]
    search_fields = ["email", "organisation__name"]


@admin.register(InvitationRequest)
class InvitationRequestAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Shown only: asked from the directory, handled on the dashboard or by an invitation."""

    list_display = ["organisation", "asked_by", "asked_at", "handled_at", "outcome"]
    list_filter = ["outcome"]
    list_select_related = ["organisation", "asked_by"]
    search_fields = ["organisation__name", "asked_by__email"]
