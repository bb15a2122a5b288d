"""The designated officer's pages: the access log and its daily review, and the parent's rights
(access to everything held about her, and erasure). Every page needs the second factor, and the
pages that show or remove a client's whole record need it freshly given."""

import datetime
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.decorators import second_factor_required
from consent.models import AccessAction, Client
from consent.policy import (
    clients_of_officer,
    log_access,
    log_list_view,
    officer_of_registrar,
    officer_organisations,
)
from organisations.models import Organisation
from referrals.models import OPEN_STATUSES

from .actions import ErasureRefused, erase_client
from .forms import AccessLogFilter, ClientLookupForm, DayForm, ErasureForm, LogReviewForm
from .models import LogReview
from .reports import access_log_for, subject_access_report, unusual_access

LOG_PAGE_SIZE = 100


def require_officer(request: HttpRequest) -> list[int]:
    """The organisations this user is the designated officer of; 403 for anyone else."""
    organisations = officer_organisations(request.user)
    if not organisations:
        raise PermissionDenied
    return organisations


def get_client_for_officer(request: HttpRequest, pk, *, action: str) -> Client:
    """A client registered by one of the officer's organisations. Anyone else is refused and
    the attempt logged: 403 for a user who is no officer (the same for every id), 404 for
    another organisation's officer."""
    client = Client.objects.select_related("organisation").filter(pk=pk).first()
    allowed = client is not None and officer_of_registrar(request.user, client)
    if client is not None and not allowed:
        log_access(request, client=client, obj=client, action=action, granted=False)
    if not officer_organisations(request.user):
        raise PermissionDenied
    if not allowed:
        raise Http404
    return client


@login_required
@never_cache
@second_factor_required()
def access_log(request: HttpRequest) -> HttpResponse:
    """The log of the officer's organisations, filtered by client, user, organisation or
    period."""
    organisations = require_officer(request)
    entries = access_log_for(organisations)
    form = AccessLogFilter(
        request.GET or None,
        organisations=Organisation.objects.filter(
            pk__in=entries.order_by().values("organisation")
        ).order_by("name"),
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["client"]:
            entries = entries.filter(Q(client_id=data["client"]) | Q(object_id=data["client"]))
        if data["user"]:
            entries = entries.filter(user__email__iexact=data["user"])
        if data["organisation"]:
            entries = entries.filter(organisation=data["organisation"])
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
        "privacy/access_log.html",
        {
            "form": form,
            "page": page,
            "query_string": query.urlencode(),
            "retention_years": settings.ACCESS_LOG_RETENTION_YEARS,
        },
    )


@login_required
@never_cache
@second_factor_required()
def unusual(request: HttpRequest) -> HttpResponse:
    """One day's unusual access (yesterday unless chosen) and whether it was reviewed."""
    organisations = require_officer(request)
    form = DayForm(request.GET or None)
    day = (
        form.cleaned_data["day"]
        if form.is_valid()
        else timezone.localdate() - datetime.timedelta(days=1)
    )
    reviews = LogReview.objects.filter(organisation_id__in=organisations, day=day)
    return render(
        request,
        "privacy/unusual_access.html",
        {
            "form": form,
            "day": day,
            "findings": unusual_access(access_log_for(organisations), day),
            "reviews": reviews.select_related("organisation", "reviewed_by"),
            "review_form": LogReviewForm(initial={"day": day}),
            "reviewed_all": reviews.count() == len(organisations),
        },
    )


@require_POST
@login_required
@second_factor_required()
def mark_reviewed(request: HttpRequest) -> HttpResponse:
    """Record that the officer reviewed the day's list for each of their organisations."""
    organisations = require_officer(request)
    form = LogReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The review could not be saved: the note is too long."))
        return redirect("privacy:unusual")
    day = form.cleaned_data["day"]
    for organisation_id in organisations:
        LogReview.objects.update_or_create(
            organisation_id=organisation_id,
            day=day,
            defaults={"reviewed_by": request.user, "note": form.cleaned_data["note"]},
        )
    messages.success(request, _("The review of %(day)s is recorded.") % {"day": day})
    return redirect(f"{reverse('privacy:unusual')}?day={day.isoformat()}")


@login_required
@never_cache
@second_factor_required()
def find_client(request: HttpRequest) -> HttpResponse:
    """Find a client of the officer's organisations by name and date of birth (by POST)."""
    require_officer(request)
    form = ClientLookupForm(request.POST if request.method == "POST" else None)
    found = None
    if request.method == "POST" and form.is_valid():
        found = list(
            clients_of_officer(request.user)
            .filter(
                full_name__iexact=form.cleaned_data["full_name"].strip(),
                date_of_birth=form.cleaned_data["date_of_birth"],
            )
            .select_related("organisation")
        )
        log_list_view(request, [(client, client) for client in found])
    return render(request, "privacy/find_client.html", {"form": form, "found": found})


def produce_subject_access(request: HttpRequest, pk) -> tuple[Client, dict]:
    """The officer's client and her art. 15 report, logged as an export first (so the report
    lists its own production)."""
    client = get_client_for_officer(request, pk, action=AccessAction.EXPORT)
    log_access(request, client=client, obj=client, action=AccessAction.EXPORT, granted=True)
    return client, subject_access_report(client)


@login_required
@never_cache
@second_factor_required(recent=True)
def subject_access(request: HttpRequest, pk) -> HttpResponse:
    """Everything held about one client (GDPR art. 15), as a page to print or hand over."""
    client, report = produce_subject_access(request, pk)
    return render(
        request,
        "privacy/subject_access.html",
        {
            "client": client,
            "report": report,
            "may_erase": not client.referrals.filter(status__in=OPEN_STATUSES).exists(),
        },
    )


@login_required
@never_cache
@second_factor_required(recent=True)
def subject_access_json(request: HttpRequest, pk) -> HttpResponse:
    """The same, as a JSON file she can take elsewhere."""
    client, report = produce_subject_access(request, pk)
    response = HttpResponse(
        json.dumps(report, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    # Named by reference, never by name: client names stay out of URLs and file names.
    response["Content-Disposition"] = f'attachment; filename="inzage-{client.pk}.json"'
    return response


@login_required
@never_cache
@second_factor_required(recent=True)
def erase(request: HttpRequest, pk) -> HttpResponse:
    """Erase a client at her request, once nothing is in progress; confirmed first."""
    client = get_client_for_officer(request, pk, action=AccessAction.ERASE)
    form = ErasureForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            erase_client(client, request=request)
        except ErasureRefused:
            messages.error(
                request,
                _("A referral for her is still in progress: finish or withdraw it first."),
            )
            return redirect("privacy:erase", pk=client.pk)
        messages.success(
            request, _("The client's data has been erased. The access log keeps a record of it.")
        )
        return redirect("privacy:find_client")
    log_access(request, client=client, obj=client, action=AccessAction.VIEW, granted=True)
    referrals = client.referrals.all()
    return render(
        request,
        "privacy/erase.html",
        {
            "client": client,
            "form": form,
            "open_referrals": referrals.filter(status__in=OPEN_STATUSES).count(),
            "referrals": referrals.count(),
            "consents": client.consents.count(),
        },
    )
