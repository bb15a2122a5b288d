"""A memo for the signed-in user of one request, so that what the permission checks look up
about her is looked up once per request."""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse


class RequestMemoMiddleware:
    """Gives the signed-in user of each request an empty memo (see `remembered`).

    The memo lives on the user object that AuthenticationMiddleware loads for this request, so
    it ends with the request: nothing is shared between requests, users or processes.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            request.user.request_memo = {}
        return self.get_response(request)


def remembered(user, key: str, look_up: Callable[[], Any]) -> Any:
    """`look_up()`, done once per request for the signed-in user of a request; every time for
    any other user object (a test's, a management command's), which may change meanwhile."""
    memo = getattr(user, "request_memo", None)
    if memo is None:
        return look_up()
    if key not in memo:
        memo[key] = look_up()
    return memo[key]
