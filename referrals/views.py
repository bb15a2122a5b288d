"""Inbox, outbox and the referral page, with one access helper and every client access logged."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consent.models import AccessAction, DataCategory
from consent.policy import log_access, organisation_ids

from .actions import NoLegalBasis, send_referral
from .forms import CloseForm, DeclineForm, WithdrawForm
from .models import InvalidTransition, Referral, ReferralStatus

SENDER, RECIPIENT = "sender", "recipient"


def get_referral_for_user(request: HttpRequest, pk, *, side: str | None = None) -> Referral:
    """The referral if the user's organisation sent or received it (404 otherwise, logged);
    403 when `side` names the party that may take this step and the user is the other one."""
    referral = (
        Referral.objects.select_related(
            "client", "sender", "sender_organisation", "recipient_organisation", "intervention"
        )
        .filter(pk=pk)
        .first()
    )
    if referral is None:
        raise Http404
    organisations = organisation_ids(request.user)
    is_sender = referral.sender_organisation_id in organisations
    is_recipient = (
        referral.recipient_organisation_id in organisations
        and referral.status != ReferralStatus.DRAFT
    )
    if not (is_sender or is_recipient):
        log_access(
            request, client=referral.client, obj=referral, action=AccessAction.VIEW, granted=False
        )
        raise Http404
    if (side == SENDER and not is_sender) or (side == RECIPIENT and not is_recipient):
        raise PermissionDenied
    return referral


@login_required
@never_cache
def referral_list(request: HttpRequest) -> HttpResponse:
    """Received (inbox) or sent (outbox) referrals of the user's organisations, by status."""
    organisations = organisation_ids(request.user)
    box = "verzonden" if request.GET.get("map") == "verzonden" else "ontvangen"
    referrals = (
        Referral.objects.sent_by(organisations)
        if box == "verzonden"
        else Referral.objects.received_by(organisations)
    )
    counts = dict(referrals.order_by().values_list("status").annotate(n=Count("pk")))
    status = request.GET.get("status")
    if status in ReferralStatus.values:
        referrals = referrals.filter(status=status)
    referrals = referrals.select_related(
        "sender_organisation", "recipient_organisation", "intervention"
    ).order_by("-sent_at", "-created_at")[:200]
    return render(
        request,
        "referrals/referral_list.html",
        {
            "box": box,
            "referrals": referrals,
            "status": status,
            "statuses": [
                (value, label, counts.get(value, 0)) for value, label in ReferralStatus.choices
            ],
            "total": sum(counts.values()),
        },
    )


@login_required
@never_cache
def referral_detail(request: HttpRequest, pk) -> HttpResponse:
    referral = get_referral_for_user(request, pk)
    categories = referral.categories_for(request.user)
    if categories:
        log_access(
            request, client=referral.client, obj=referral, action=AccessAction.VIEW, granted=True
        )
    organisations = organisation_ids(request.user)
    return render(
        request,
        "referrals/referral_detail.html",
        {
            "referral": referral,
            "events": referral.events.select_related("actor"),
            "shows_contact": DataCategory.CONTACT_DETAILS in categories,
            "shows_reason": DataCategory.REFERRAL_REASON in categories,
            "is_sender": referral.sender_organisation_id in organisations,
            "is_recipient": referral.recipient_organisation_id in organisations,
            "decline_form": DeclineForm(),
            "close_form": CloseForm(),
            "withdraw_form": WithdrawForm(),
        },
    )


def referral_step(side: str, form_class=None) -> Callable:
    """A POST-only view for one step: access helper → form → verb → message → redirect."""

    def decorator(step: Callable[[Referral, HttpRequest, dict], None]) -> Callable:
        @login_required
        @require_POST
        def view(request: HttpRequest, pk) -> HttpResponse:
            referral = get_referral_for_user(request, pk, side=side)
            data = {}
            if form_class:
                form = form_class(request.POST)
                if not form.is_valid():
                    for errors in form.errors.values():
                        for error in errors:
                            messages.error(request, error)
                    return redirect(referral)
                data = form.cleaned_data
            try:
                step(referral, request, data)
            except InvalidTransition as error:
                messages.error(
                    request,
                    _("This step is not possible: the referral is now “%(status)s”.")
                    % {"status": ReferralStatus(error.status).label},
                )
            except NoLegalBasis:
                messages.error(
                    request,
                    _(
                        "Not sent: there is no consent in force that names this organisation "
                        "for contact details and the reason for referral."
                    ),
                )
            else:
                messages.success(
                    request,
                    _("Done: the referral is now “%(status)s”.")
                    % {"status": referral.get_status_display()},
                )
            return redirect(referral)

        return view

    return decorator


@referral_step(SENDER)
def send(referral: Referral, request: HttpRequest, data: dict) -> None:
    send_referral(referral, by=request.user)


@referral_step(RECIPIENT)
def accept(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.accept(by=request.user)


@referral_step(RECIPIENT, DeclineForm)
def decline(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.decline(
        by=request.user,
        reason=data["reason"],
        suggested_organisation=data["suggested_organisation"],
    )


@referral_step(RECIPIENT, CloseForm)
def close(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.close(by=request.user, outcome=data["outcome"], feedback=data["feedback"])


@referral_step(SENDER, WithdrawForm)
def withdraw(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.withdraw(by=request.user, reason=data["reason"])
