"""Asking the coordinator to invite an organisation where nobody receives referrals yet, and
the coordinator dismissing such a request (inviting happens on the colleagues page)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.views import safe_next

from ..models import InvitationRequest, InvitationRequestRefused, Organisation
from ..permissions import acting_organisation_id, get_invitation_request_for_coordinator


@require_POST
@login_required
def ask_invitation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.active(), slug=slug)
    acting = acting_organisation_id(request)
    try:
        invitation_request, created = InvitationRequest.ask(
            organisation,
            by=request.user,
            asking_organisation=Organisation.objects.filter(pk=acting).first() if acting else None,
        )
    except InvitationRequestRefused as refusal:
        messages.error(request, str(refusal))
    else:
        if created:
            messages.success(
                request,
                _("Your request has been sent to the coordinator of %(organisation)s's region.")
                % {"organisation": organisation.name},
            )
        else:
            messages.info(
                request,
                _("You already asked on %(date)s; the coordinator has not handled it yet.")
                % {"date": date_format(invitation_request.asked_at, "j F Y")},
            )
    next_url = safe_next(request)
    return redirect(next_url if request.POST.get("next") else organisation.get_absolute_url())


@require_POST
@login_required
def dismiss_invitation_request(request: HttpRequest, pk: int) -> HttpResponse:
    invitation_request = get_invitation_request_for_coordinator(request, pk)
    try:
        invitation_request.dismiss(by=request.user)
    except InvitationRequestRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("The request has been dismissed."))
    return redirect("organisations:dashboard")
