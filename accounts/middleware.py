"""Sessions end 12 hours after signing in, however active (the idle limit is the session's own
expiry, SESSION_COOKIE_AGE, moved forward on every request); with PORTAL_REQUIRE_MFA a signed-in
user reaches nothing but the second step until it is done."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

SIGNED_IN_AT = "signed_in_at"


@receiver(user_logged_in)
def remember_sign_in(sender, request: HttpRequest, user, **kwargs) -> None:
    request.session[SIGNED_IN_AT] = time.time()


class SessionLifetimeMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            signed_in_at = request.session.get(SIGNED_IN_AT, 0)
            if time.time() - signed_in_at > settings.SESSION_MAX_HOURS * 3600:
                logout(request)
                messages.info(
                    request, _("For your safety you have been signed out: please sign in again.")
                )
                return redirect_to_login(request.get_full_path())
        return self.get_response(request)


# The sign-in steps themselves, the language switch and static files need no second factor.
WITHOUT_SECOND_FACTOR = ("/accounts/", "/i18n/", "/static/")


class SecondFactorMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.PORTAL_REQUIRE_MFA
            and request.user.is_authenticated
            and not request.user.is_verified()
            and not request.path.startswith(WITHOUT_SECOND_FACTOR)
        ):
            return redirect_to_login(request.get_full_path(), reverse("accounts:second_factor"))
        return self.get_response(request)
