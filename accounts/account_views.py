"""My account (/account/): the signed-in user's own password, authenticator app, backup codes,
e-mail choices, and the organisations she acts for.

Replacing the authenticator app and making new backup codes ask for the second step again
when it was given more than STEP_UP_MINUTES ago (as exporting client data does): whoever
finds a signed-in session open must not be able to take over its second factor, and a fresh
code proves the phone is at hand. Changing the password needs the current one (Django's
form), and, with PORTAL_REQUIRE_MFA, a verified session like every page.
"""

from base64 import b32encode
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .decorators import confirm_second_factor, second_factor_required
from .forms import NotificationChoicesForm, SecondFactorForm
from .models import ALWAYS_SENT, AccountAction, AccountEvent, NotificationOptOut
from .views import BACKUP_CODES, new_backup_codes, unconfirmed_device

STEP_UP_REASON = gettext_lazy(
    "Changing your authenticator app or backup codes asks for your second step again."
)


BACK_TO_ACCOUNT = {"next": reverse_lazy("account:home")}


def linked_authenticator(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


@login_required
@never_cache
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "accounts/account.html",
        {
            "authenticator": linked_authenticator(user),
            "backup_codes_left": sum(
                device.token_set.count()
                for device in StaticDevice.objects.devices_for_user(user, confirmed=True)
            ),
            "notification_form": NotificationChoicesForm(
                initial={"topics": NotificationOptOut.objects.wanted_topics(user)}
            ),
            "always_sent": ALWAYS_SENT,
            # Through the relation, not an import: organisations builds on accounts.
            "memberships": user.memberships.select_related("organisation").order_by(
                "organisation__name"
            ),
        },
    )


@login_required
@never_cache
def change_password(request: HttpRequest) -> HttpResponse:
    """Django's form (the current password, then the new one twice against the password
    validators); the session stays signed in, other sessions end."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            AccountEvent.objects.create(
                actor=user, subject=user, action=AccountAction.PASSWORD_CHANGED
            )
        update_session_auth_hash(request, user)
        messages.success(request, _("Your password has been changed."))
        return redirect("account:home")
    return render(request, "accounts/password_change.html", {"form": form})


@login_required
@never_cache
@second_factor_required(recent=True, reason=STEP_UP_REASON)
def replace_authenticator(request: HttpRequest) -> HttpResponse:
    """Link a new authenticator app: it is confirmed by a code it shows before the old one is
    unlinked, so she is never left without a working second step. The new app's key is made
    when she asks for it (a POST with `start`), not by merely opening the page."""
    user = request.user
    if linked_authenticator(user) is None:  # nothing to replace: link one the usual way
        return redirect(f"{reverse('accounts:second_factor')}?{urlencode(BACK_TO_ACCOUNT)}")
    if request.method == "POST" and "start" in request.POST:
        unconfirmed_device(user)
        return redirect("account:authenticator")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device is not None and device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                TOTPDevice.objects.filter(user=user, confirmed=True).delete()
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                AccountEvent.objects.create(
                    actor=user, subject=user, action=AccountAction.AUTHENTICATOR_REPLACED
                )
            confirm_second_factor(request, device)
            messages.success(
                request, _("Your new authenticator app is linked; the old one no longer works.")
            )
            return redirect("account:home")
        form.add_error(
            "token",
            _("This code is not right. Scan the QR code with the new app and try its newest code."),
        )
    secret = b32encode(device.bin_key).decode() if device else ""
    return render(
        request,
        "accounts/authenticator_replace.html",
        {
            "form": form,
            "started": device is not None,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
    )


@login_required
@never_cache
@second_factor_required(recent=True, reason=STEP_UP_REASON)
def regenerate_backup_codes(request: HttpRequest) -> HttpResponse:
    """POST: ten new backup codes; the old ones stop working. GET: the new codes, shown once
    (back to the account page when none are waiting)."""
    user = request.user
    if request.method != "POST":
        codes = request.session.pop(BACKUP_CODES, None)
        if not codes:
            return redirect("account:home")
        return render(
            request,
            "registration/backup_codes.html",
            {"codes": codes, "next": reverse("account:home")},
        )
    verified_by_backup_code = isinstance(getattr(user, "otp_device", None), StaticDevice)
    with transaction.atomic():
        codes = new_backup_codes(user)
        AccountEvent.objects.create(
            actor=user, subject=user, action=AccountAction.BACKUP_CODES_REGENERATED
        )
    if verified_by_backup_code:
        # The session was verified with a code of the device just replaced: it stays verified
        # (when, is unchanged), now by the new device.
        request.session[DEVICE_ID_SESSION_KEY] = StaticDevice.objects.get(user=user).persistent_id
    request.session[BACKUP_CODES] = codes
    return redirect("account:backup_codes")


@require_POST
@login_required
def choose_notifications(request: HttpRequest) -> HttpResponse:
    form = NotificationChoicesForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("topics", []):
            messages.error(request, error)
        return redirect("account:home")
    NotificationOptOut.objects.choose(request.user, form.cleaned_data["topics"])
    messages.success(request, _("Your choice of e-mails has been saved."))
    return redirect(f"{reverse('account:home')}#notifications")
