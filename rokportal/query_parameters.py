"""Reading query parameters that name directory entries, safely for every view."""

from django.core.validators import validate_slug
from django.http import HttpRequest


def slug_parameters(request: HttpRequest, name: str) -> list[str]:
    """The values of the query parameter `name` that can be slugs. Any other value cannot name
    an entry, so it is left out before it reaches a query: PostgreSQL refuses a NUL byte in
    text outright (a server error, not "nothing found")."""
    return [value for value in request.GET.getlist(name) if validate_slug.regex.match(value)]


def slug_parameter(request: HttpRequest, name: str) -> str:
    """The query parameter `name` if it can be a slug (the last one, if given more than once),
    else "": a value that cannot be a slug finds nothing, as if none were given."""
    value = request.GET.get(name, "")
    return value if validate_slug.regex.match(value) else ""
