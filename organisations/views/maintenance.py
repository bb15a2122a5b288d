"""Editors and coordinators keep entries right: edit with a preview, confirm as still correct,
deactivate and reactivate, read and restore the history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .. import history
from ..forms import (
    ContactPersonForm,
    InterventionForm,
    LocationForm,
    OrganisationForm,
)
from ..models import (
    ContactPerson,
    Intervention,
    Location,
    Organisation,
    one_history_record,
)
from ..permissions import (
    can_maintain,
    get_contact_for_maintenance,
    get_intervention_for_maintenance,
    get_location_for_maintenance,
    get_organisation_for_maintenance,
    is_coordinator,
)
from .directory import ENTRY_TERMS, with_result_details, with_terms

NEW_TITLES = {
    Organisation: gettext_lazy("New organisation"),
    Location: gettext_lazy("New location"),
    Intervention: gettext_lazy("New offer"),
    ContactPerson: gettext_lazy("New contact person"),
}


@login_required
def manage_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    """Everything about one organisation's entry that its editors maintain, on one page."""
    organisation = get_organisation_for_maintenance(request, slug)
    interventions = organisation.interventions.order_by("status", "name")
    contacts = organisation.contact_persons.order_by("-is_active", "name").prefetch_related(
        Prefetch("interventions", Intervention.objects.only("name", "slug"))
    )
    context = {
        "organisation": organisation,
        "interventions": interventions,
        "contacts": contacts,
        "locations": organisation.locations.select_related("municipality"),
        "memberships": organisation.memberships.select_related("user"),
        "may_coordinate": is_coordinator(request.user),
    }
    return render(request, "organisations/organisation_manage.html", context)


@login_required
def new_organisation(request: HttpRequest) -> HttpResponse:
    if not is_coordinator(request.user):
        raise PermissionDenied
    return edit_entry(request, OrganisationForm, Organisation(), organisation=None)


@login_required
def edit_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation_for_maintenance(request, slug)
    return edit_entry(request, OrganisationForm, organisation, organisation=organisation)


@login_required
def new_location(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation_for_maintenance(request, slug)
    return edit_entry(
        request, LocationForm, Location(organisation=organisation), organisation=organisation
    )


@login_required
def edit_location(request: HttpRequest, pk: int) -> HttpResponse:
    location = get_location_for_maintenance(request, pk)
    return edit_entry(request, LocationForm, location, organisation=location.organisation)


@login_required
def new_intervention(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation_for_maintenance(request, slug)
    return edit_entry(
        request,
        InterventionForm,
        Intervention(organisation=organisation),
        organisation=organisation,
    )


@login_required
def edit_intervention(request: HttpRequest, slug: str) -> HttpResponse:
    intervention = get_intervention_for_maintenance(request, slug)
    return edit_entry(
        request, InterventionForm, intervention, organisation=intervention.organisation
    )


@login_required
def new_contact(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation_for_maintenance(request, slug)
    return edit_entry(
        request,
        ContactPersonForm,
        ContactPerson(organisation=organisation),
        organisation=organisation,
    )


@login_required
def edit_contact(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_contact_for_maintenance(request, pk)
    return edit_entry(request, ContactPersonForm, contact, organisation=contact.organisation)


def edit_entry(
    request: HttpRequest,
    form_class: type[ModelForm],
    instance,
    *,
    organisation: Organisation | None,
) -> HttpResponse:
    """The one edit flow for every kind of entry: validate, preview or save, redirect.

    "Preview" saves inside a transaction that is rolled back, so the page shows exactly how the
    entry will look, relations included, and nothing is stored until "Save".
    """
    extra = (
        {} if form_class is OrganisationForm else {"organisation": organisation, "by": request.user}
    )
    is_new = instance.pk is None
    form = form_class(request.POST or None, instance=instance, **extra)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_preview(request, form)
        else:
            with transaction.atomic(), one_history_record(form.instance, by=request.user):
                entry = form.save()
            messages.success(request, _("Your changes have been saved."))
            owner = entry if isinstance(entry, Organisation) else entry.organisation
            return redirect("organisations:manage_organisation", owner.slug)
    context = {
        "form": form,
        "entry": instance,
        "organisation": organisation,
        "new_title": NEW_TITLES[type(instance)],
        "is_new": is_new,
        "preview": preview,
    }
    return render(request, "organisations/entry_form.html", context)


def render_preview(request: HttpRequest, form: ModelForm) -> str:
    """The public page of the entry as the form would save it (rolled back afterwards)."""
    with transaction.atomic():
        with one_history_record(form.instance, by=request.user):
            entry = form.save()
        if isinstance(entry, Intervention):
            entry = with_result_details(Intervention.objects, request.user).get(pk=entry.pk)
            with_terms([entry], ENTRY_TERMS)
            html = render_to_string(
                "organisations/intervention_detail.html#entry",
                {"intervention": entry, "is_preview": True},
                request=request,
            )
        elif isinstance(entry, Organisation):
            html = render_to_string(
                "organisations/organisation_detail.html#entry",
                {
                    "organisation": entry,
                    "interventions": [],
                    "contacts": [],
                    "locations": [],
                    "is_preview": True,
                },
                request=request,
            )
        elif isinstance(entry, Location):
            html = render_to_string(
                "organisations/includes/location.html", {"location": entry}, request=request
            )
        else:
            html = render_to_string(
                "organisations/includes/contact.html", {"contact": entry}, request=request
            )
        transaction.set_rollback(True)
    return html


@require_POST
@login_required
def verify_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation_for_maintenance(request, slug)
    organisation.mark_verified(by=request.user)
    messages.success(request, _("Marked as still correct. Thank you!"))
    return redirect_back(request, organisation)


@require_POST
@login_required
def verify_intervention(request: HttpRequest, slug: str) -> HttpResponse:
    intervention = get_intervention_for_maintenance(request, slug)
    intervention.mark_verified(by=request.user)
    messages.success(request, _("Marked as still correct. Thank you!"))
    return redirect_back(request, intervention.organisation)


@require_POST
@login_required
def set_organisation_active(request: HttpRequest, slug: str, active: bool) -> HttpResponse:
    """Coordinators take an organisation out of the directory, or bring it back."""
    organisation = get_organisation_for_maintenance(request, slug)
    if not is_coordinator(request.user):
        raise PermissionDenied
    if active:
        organisation.reactivate(by=request.user)
        messages.success(request, _("The organisation is back in the directory."))
    else:
        organisation.deactivate(by=request.user)
        messages.success(
            request,
            _("The organisation is hidden from the directory. Referrals and history are kept."),
        )
    return redirect_back(request, organisation)


@require_POST
@login_required
def set_intervention_active(request: HttpRequest, slug: str, active: bool) -> HttpResponse:
    intervention = get_intervention_for_maintenance(request, slug)
    if active:
        intervention.reactivate(by=request.user)
        messages.success(request, _("The offer is back in the directory."))
    else:
        intervention.deactivate(by=request.user)
        messages.success(
            request, _("The offer is hidden from the directory. Referrals and history are kept.")
        )
    return redirect_back(request, intervention.organisation)


@require_POST
@login_required
def set_contact_active(request: HttpRequest, pk: int, active: bool) -> HttpResponse:
    contact = get_contact_for_maintenance(request, pk)
    if active:
        contact.reactivate(by=request.user)
        messages.success(request, _("The contact person is shown again."))
    else:
        contact.deactivate(by=request.user)
        messages.success(
            request, _("The contact person is no longer shown. Referrals and history are kept.")
        )
    return redirect_back(request, contact.organisation)


@login_required
def organisation_history(request: HttpRequest, slug: str) -> HttpResponse:
    """Who changed what and when, in the organisation's entry and everything under it."""
    organisation = get_organisation_for_maintenance(request, slug)
    context = {
        "organisation": organisation,
        "changes": history.organisation_history(organisation),
        "may_restore": is_coordinator(request.user),
    }
    return render(request, "organisations/organisation_history.html", context)


@require_POST
@login_required
def restore_version(request: HttpRequest, kind: str, history_id: int) -> HttpResponse:
    """Coordinators bring back an earlier version of an entry (itself a new change)."""
    record = history.find_record(kind, history_id)
    if record is None:
        raise Http404
    entry = record.instance_type.objects.get(pk=record.id)
    organisation = entry if isinstance(entry, Organisation) else entry.organisation
    if not (is_coordinator(request.user) and can_maintain(request.user, organisation)):
        raise PermissionDenied
    history.restore(record, by=request.user)
    messages.success(
        request,
        _("The version of %(date)s has been restored.")
        % {"date": record.history_date.strftime("%d-%m-%Y %H:%M")},
    )
    return redirect("organisations:organisation_history", organisation.slug)


def redirect_back(request: HttpRequest, organisation: Organisation) -> HttpResponse:
    """Back to the maintenance page, or to where the button was when that is on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect("organisations:manage_organisation", organisation.slug)
