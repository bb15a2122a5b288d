"""Sessions end 12 hours after signing in, however active (the idle limit is the session's own
expiry, SESSION_COOKIE_AGE, moved forward on every request); with PORTAL_REQUIRE_MFA a signed-in
user reaches nothing but the second step until it is done."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.contrib.staticfiles.views import serve as serve_static_file
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django.views.static import serve

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


# The views a signed-in user reaches before the second step: the second step itself, signing in
# and out, resetting a password, the language switch, and static files (when Django serves them).
WITHOUT_SECOND_FACTOR = frozenset(
    {
        "accounts:second_factor",
        "accounts:second_factor_qr",
        "accounts:backup_codes",
        "accounts:login",
        "accounts:logout",
        "accounts:password_reset",
        "accounts:password_reset_done",
        "accounts:password_reset_confirm",
        "accounts:password_reset_complete",
        "set_language",
    }
)
STATIC_FILE_VIEWS = frozenset({serve, serve_static_file})


class SecondFactorMiddleware:
    """With PORTAL_REQUIRE_MFA, a signed-in user without the second step reaches only the views
    in WITHOUT_SECOND_FACTOR; anything else, a page that does not exist included, sends her to
    the second step.

    The decision is made on the view that `path_info` resolves to, as the handler will resolve
    it: `request.path` also holds SCRIPT_NAME, which a server may take from the request."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.PORTAL_REQUIRE_MFA
            and request.user.is_authenticated
            and not request.user.is_verified()
            and not reachable_without_second_factor(request)
        ):
            return redirect_to_login(request.get_full_path(), reverse("accounts:second_factor"))
        return self.get_response(request)


def reachable_without_second_factor(request: HttpRequest) -> bool:
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return match.view_name in WITHOUT_SECOND_FACTOR or match.func in STATIC_FILE_VIEWS
