from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers


class DutchFirstLocaleMiddleware:
    """Dutch, unless the visitor chose another language with the switch (the language cookie).

    The browser's Accept-Language is ignored on purpose: many care organisations' PCs run an
    English Windows while their staff expect the Dutch portal.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class BrowserPolicyMiddleware:
    """Two things every response tells the browser. PERMISSIONS_POLICY: the portal uses no
    device feature (camera, microphone, location, payment, …), so none may be asked for on its
    pages, whatever a script or a frame might try. And a response to a signed-in user is never
    stored (Cache-Control: no-store, private): on a shared PC of a practice or a hospital ward
    the next person must not find it in the browser's cache or history, whatever page it is.
    Public pages to visitors keep whatever caching they have.

    Placed before the session and authentication middleware, so that it also sees responses
    that end the request early (static files, redirects)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
