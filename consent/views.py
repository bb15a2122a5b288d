from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from .models import AccessAction, AccessLogEntry, ConsentRecord
from .policy import log_access, officer_organisations, organisation_ids


def get_consent_for_user(request: HttpRequest, pk) -> ConsentRecord:
    """A consent record, for members of the organisation that registered the client (404 for
    anyone else, logged)."""
    consent = (
        ConsentRecord.objects.select_related(
            "client", "recipient_organisation", "recipient_intervention", "consent_text"
        )
        .filter(pk=pk)
        .first()
    )
    if consent is None:
        raise Http404
    if consent.client.organisation_id not in organisation_ids(request.user):
        log_access(
            request, client=consent.client, obj=consent, action=AccessAction.VIEW, granted=False
        )
        raise Http404
    return consent


@login_required
@never_cache
def consent_receipt(request: HttpRequest, pk) -> HttpResponse:
    """A printable page for the parent, in her language: what is shared with whom, for what,
    until when, and how to withdraw."""
    consent = get_consent_for_user(request, pk)
    log_access(request, client=consent.client, obj=consent, action=AccessAction.PRINT, granted=True)
    with translation.override(consent.client.preferred_language):
        return render(request, "consent/consent_receipt.html", {"consent": consent})


class AccessLogFilter(forms.Form):
    client = forms.UUIDField(label=_("Client reference"), required=False)
    user = forms.EmailField(label=_("User's e-mail address"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


LOG_PAGE_SIZE = 100


@login_required
@never_cache
def access_log(request: HttpRequest) -> HttpResponse:
    """The access log, for coordinators (everything) and designated officers (their
    organisation's clients and staff), filtered by client, user or period."""
    entries = access_log_for(request.user)
    form = AccessLogFilter(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        if data["client"]:
            entries = entries.filter(client_id=data["client"])
        if data["user"]:
            entries = entries.filter(user__email__iexact=data["user"])
        if data["date_from"]:
            entries = entries.filter(at__date__gte=data["date_from"])
        if data["date_until"]:
            entries = entries.filter(at__date__lte=data["date_until"])
    page = Paginator(entries.select_related("user", "organisation"), LOG_PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "consent/access_log.html",
        {"form": form, "page": page, "query_string": query.urlencode()},
    )


def access_log_for(user) -> QuerySet[AccessLogEntry]:
    """The log entries this user may review; PermissionDenied for everyone else."""
    if user.is_coordinator or user.is_superuser:
        return AccessLogEntry.objects.all()
    officer_of = officer_organisations(user)
    if not officer_of:
        raise PermissionDenied
    return AccessLogEntry.objects.filter(
        Q(client__organisation_id__in=officer_of) | Q(organisation_id__in=officer_of)
    )
