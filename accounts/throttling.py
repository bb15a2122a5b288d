"""What django-axes keys a sign-in lock-out on: the e-mail address and the visitor's address.

`client_ip` is the portal's one answer to "from which address did this request come?": sign-in
throttling uses it, and so should anything else that records or limits by address."""

from ipaddress import ip_address

from django.conf import settings
from django.http import HttpRequest


def username(request: HttpRequest, credentials: dict | None) -> str | None:
    """The e-mail address tried, as the account stores it (so Foo@x and foo@x count together)."""
    value = (credentials or {}).get("email") or (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username")
    return value.strip().lower() if value else None


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address. Behind TRUSTED_PROXY_COUNT proxies, each of which appends to
    X-Forwarded-For the address it got the request from, that is the entry so many places from
    the right; entries further left come from the client and can be forged. The connection's own
    address when there is no proxy, or when the header has fewer entries than there are proxies
    (or no address where the visitor's should be)."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    entries = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(entries) < proxies:
        return remote
    candidate = entries[-proxies].strip()
    try:
        return str(ip_address(candidate))
    except ValueError:
        return remote
