"""What django-axes keys a sign-in lock-out on: the e-mail address and the visitor's address."""

from django.http import HttpRequest


def username(request: HttpRequest, credentials: dict | None) -> str | None:
    """The e-mail address tried, as the account stores it (so Foo@x and foo@x count together)."""
    value = (credentials or {}).get("email") or (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username")
    return value.strip().lower() if value else None


def client_ip(request: HttpRequest) -> str | None:
    """Behind our reverse proxy: the address the proxy saw, the last one it appended to
    X-Forwarded-For (earlier entries come from the client and can be forged)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")
