"""The second factor where it is required whatever PORTAL_REQUIRE_MFA says: the access log and a
client's whole record (officers), administering someone else's sign-in (coordinators), and,
freshly given, exporting or printing client data. And the coordinators' own gate."""

import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import login as otp_login

SECOND_FACTOR_AT = "second_factor_at"


def confirm_second_factor(request: HttpRequest, device) -> None:
    """The user just gave a valid code from `device`: verified for this session, as of now.
    The session gets a new key (its data stays), as at the password step: a key someone saw
    before the second step, or planted, is worth nothing after it."""
    otp_login(request, device)
    request.session[SECOND_FACTOR_AT] = time.time()
    request.session.cycle_key()


def second_factor_required(
    *, recent: bool = False, only_with_mfa: bool = False, reason: str | None = None
) -> Callable:
    """Send the user to the second step unless this session is verified; with `recent`, unless
    it was verified within STEP_UP_MINUTES (`reason` tells her why it is asked again); with
    `only_with_mfa`, only while PORTAL_REQUIRE_MFA is on. Apply inside login_required."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if only_with_mfa and not settings.PORTAL_REQUIRE_MFA:
                return view(request, *args, **kwargs)
            verified = request.user.is_verified()
            age = time.time() - request.session.get(SECOND_FACTOR_AT, 0)
            if verified and (not recent or age <= settings.STEP_UP_MINUTES * 60):
                return view(request, *args, **kwargs)
            if verified:
                why = reason or _(
                    "Exporting or printing a client's data asks for your second step again."
                )
                messages.info(request, str(why))
            return redirect_to_login(come_back_to(request), reverse("accounts:second_factor"))

        return guarded

    return decorator


def come_back_to(request: HttpRequest) -> str:
    """Where to go once the second step is done: this page, or for a form sent (a POST) the
    page it was sent from, to send it again (its `next`, else the referring page, if on this
    site)."""
    if request.method in ("GET", "HEAD"):
        return request.get_full_path()
    for target in (request.POST.get("next"), request.META.get("HTTP_REFERER")):
        if target and url_has_allowed_host_and_scheme(
            target, {request.get_host()}, request.is_secure()
        ):
            return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def coordinator_required(view: Callable) -> Callable:
    """403 for anyone but an active coordinator or superuser. Apply inside login_required."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not (user.is_active and (user.is_coordinator or user.is_superuser)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded
