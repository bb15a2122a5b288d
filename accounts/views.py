"""Signing in beyond the password: the second step (django-otp); and coordinators lifting a
lock-out or unlinking a lost phone (accounts/administration.py says whose)."""

import io
from base64 import b32encode
from urllib.parse import urlencode

import segno
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .administration import (
    administered_accounts,
    blocked_account,
    lift_lock_out,
    may_administer,
    unlink_authenticator,
)
from .decorators import confirm_second_factor, coordinator_required, second_factor_required
from .forms import SecondFactorForm
from .models import User

BACKUP_CODES = "new_backup_codes"
BACKUP_CODE_COUNT = 10


@login_required
@coordinator_required
def lockouts(request: HttpRequest) -> HttpResponse:
    """E-mail addresses locked out of signing in from an address, within the cool-off period:
    those of the accounts this coordinator administers."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")
    accounts = administered_accounts(request.user)
    if accounts is not None:
        attempts = attempts.filter(username__in=accounts.values("email"))
    return render(request, "registration/lockouts.html", {"attempts": attempts})


def get_lock_out_for_administration(request: HttpRequest, pk: int) -> AccessAttempt:
    """A lock-out this coordinator may lift: 404 when unknown or not hers to lift."""
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    if not may_administer(request.user, blocked_account(attempt)):
        raise Http404
    return attempt


def get_account_for_administration(request: HttpRequest, pk: int) -> User:
    """An account whose authenticator this coordinator may unlink: 404 when unknown or not
    hers to administer; 403 for her own, and for a coordinator's or superuser's unless she is
    a superuser herself."""
    account = get_object_or_404(User, pk=pk)
    if account == request.user:
        raise PermissionDenied
    if not may_administer(request.user, account):
        raise Http404
    if (account.is_coordinator or account.is_superuser) and not request.user.is_superuser:
        raise PermissionDenied
    return account


@require_POST
@login_required
@coordinator_required
@second_factor_required()
def unlock(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = get_lock_out_for_administration(request, pk)
    lift_lock_out(attempt, by=request.user)
    messages.success(request, _("%(name)s can sign in again.") % {"name": attempt.username})
    return redirect("accounts:lockouts")


@login_required
@never_cache
def second_factor(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the authenticator app (or a backup code).
    The first time, the app is linked by scanning a QR code."""
    user = request.user
    next_url = safe_next(request)
    form = SecondFactorForm(request.POST or None)
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is None:
        return enrol(request, form, next_url)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"]
        verified = device if device.verify_token(token) else backup_code_device(user, token)
        if verified:
            confirm_second_factor(request, verified)
            return redirect(next_url)
        form.add_error("token", _("This code is not right. Try the newest code in the app."))
    return render(request, "registration/second_factor.html", {"form": form, "next": next_url})


def enrol(request: HttpRequest, form: SecondFactorForm, next_url: str) -> HttpResponse:
    device = unconfirmed_device(request.user)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            confirm_second_factor(request, device)
            request.session[BACKUP_CODES] = new_backup_codes(request.user)
            return redirect(f"{reverse('accounts:backup_codes')}?{urlencode({'next': next_url})}")
        form.add_error(
            "token", _("This code is not right. Scan the QR code again and try the newest code.")
        )
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "next": next_url,
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }
    return render(request, "registration/second_factor_enrol.html", context)


@login_required
@never_cache
def second_factor_qr(request: HttpRequest) -> HttpResponse:
    """The QR code that links an authenticator app, as an SVG image (no inline script or style)."""
    device = get_object_or_404(TOTPDevice, user=request.user, confirmed=False)
    image = io.BytesIO()
    segno.make(device.config_url, error="m").save(image, kind="svg", scale=6, border=2)
    return HttpResponse(image.getvalue(), content_type="image/svg+xml")


@login_required
@never_cache
def backup_codes(request: HttpRequest) -> HttpResponse:
    """The backup codes, shown once, right after linking the app."""
    codes = request.session.pop(BACKUP_CODES, None)
    if not codes:
        return redirect(safe_next(request))
    return render(
        request, "registration/backup_codes.html", {"codes": codes, "next": safe_next(request)}
    )


def unconfirmed_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(
        user=user, name=_("Authenticator app"), confirmed=False
    )


def new_backup_codes(user) -> list[str]:
    """Ten single-use codes for when the phone is lost; earlier ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Backup codes"))
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def backup_code_device(user, token: str) -> StaticDevice | None:
    for device in StaticDevice.objects.devices_for_user(user, confirmed=True):
        if device.verify_token(token.replace(" ", "").lower()):
            return device
    return None


def safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path on this site: a bare word would be taken for a URL name by redirect().
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@require_POST
@login_required
@coordinator_required
@second_factor_required()
def reset_second_factor(request: HttpRequest, pk: int) -> HttpResponse:
    """A coordinator unlinks a colleague's lost phone: at the next sign-in (or request) the
    colleague links an app again."""
    colleague = get_account_for_administration(request, pk)
    unlink_authenticator(colleague, by=request.user)
    messages.success(
        request,
        _("%(name)s links an authenticator app again at the next step.") % {"name": colleague},
    )
    return redirect(safe_next(request))
