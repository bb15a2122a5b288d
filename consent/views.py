from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache

from accounts.decorators import second_factor_required

from .models import AccessAction, ConsentRecord
from .policy import log_access, registered_by_users_organisation


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
    if not registered_by_users_organisation(request.user, consent.client):
        log_access(
            request, client=consent.client, obj=consent, action=AccessAction.VIEW, granted=False
        )
        raise Http404
    return consent


@login_required
@never_cache
@second_factor_required(recent=True, only_with_mfa=True)
def consent_receipt(request: HttpRequest, pk) -> HttpResponse:
    """A printable page for the parent, in her language: what is shared with whom, for what,
    until when, and how to withdraw."""
    consent = get_consent_for_user(request, pk)
    log_access(request, client=consent.client, obj=consent, action=AccessAction.PRINT, granted=True)
    with translation.override(consent.client.preferred_language):
        return render(request, "consent/consent_receipt.html", {"consent": consent})
