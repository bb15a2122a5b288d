"""Where a search looks: the municipalities it is narrowed to, and where a signed-in
professional's search starts.

The search page's municipality facet (`gemeente`) takes its selection, in this order, from:
the `gemeente` parameters of the address together with the places read from the search text
(query.read_query); else, when the address says `overal` (the search form always does), from
nothing, all of the Netherlands; else from where the user starts (`starting_municipalities`):
a signed-in professional her last choice in this session, or else the municipalities her
organisation serves; a visitor all of the Netherlands. So an address that names its
municipalities, or says `overal`, means the same for everyone who opens it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest

from rokportal.request_memo import remembered

from .. import permissions
from ..models import Municipality, Organisation
from . import taxonomy

# The session key under which a signed-in user keeps the municipalities she last searched in
# (slugs; an empty list for all of the Netherlands). Public directory data only.
CHOSEN_MUNICIPALITIES_SESSION_KEY = "search_municipalities"


@dataclass(frozen=True)
class Area:
    """The municipalities (slugs) a search is narrowed to, and where they come from:
    CHOSEN (the address's `gemeente`, or `overal` for none), READ (places in the search text,
    with any chosen), START (where the user starts), or NOWHERE (none: a visitor's start)."""

    CHOSEN = "chosen"
    READ = "read"
    START = "start"
    NOWHERE = "nowhere"

    slugs: tuple[str, ...]
    source: str
    # Of `slugs`, those the search text chose (some may be chosen too).
    read: tuple[str, ...] = ()

    @property
    def is_start(self) -> bool:
        """Municipalities the address did not name: where this user starts."""
        return self.source == self.START and bool(self.slugs)

    @property
    def municipalities(self) -> list[Municipality]:
        known = taxonomy.taxonomy(Municipality).by_slug
        return [known[slug] for slug in self.slugs if slug in known]


def starting_municipalities(request: HttpRequest) -> tuple[str, ...]:
    """Where this user's search starts when its address names no municipalities: her last
    choice in this session; else the municipalities served by the organisation she acts for
    (`served_municipalities`); a visitor starts nowhere in particular (all of the
    Netherlands). At most one small query, once per request."""
    if not request.user.is_authenticated:
        return ()
    chosen = request.session.get(CHOSEN_MUNICIPALITIES_SESSION_KEY)
    if isinstance(chosen, list):
        known = taxonomy.taxonomy(Municipality).by_slug
        return tuple(slug for slug in chosen if slug in known)
    return remembered(
        request.user, "starting_municipalities", lambda: served_municipalities(request)
    )


def served_municipalities(request: HttpRequest) -> tuple[str, ...]:
    """The municipalities (slugs, by name) served by the organisation this user acts for
    (permissions.acting_organisation_id), or when that one serves none by all her active
    organisations together."""
    organisations = permissions.standing(request.user).roles
    if not organisations:
        return ()
    links = Organisation.municipalities.through.objects.filter(
        organisation_id__in=organisations, organisation__is_active=True
    ).values_list("organisation_id", "municipality_id")
    served: dict[int, set[int]] = {}
    for organisation, municipality in links:
        served.setdefault(organisation, set()).add(municipality)
    acting = served.get(permissions.acting_organisation_id(request))
    municipalities = acting or {pk for pks in served.values() for pk in pks}
    terms = taxonomy.taxonomy(Municipality)
    if not municipalities <= terms.by_pk.keys():  # added by another process meanwhile
        terms = taxonomy.taxonomy(Municipality, reload=True)
    return tuple(
        terms.by_pk[pk].slug
        for pk in sorted(municipalities & terms.by_pk.keys(), key=terms.position.__getitem__)
    )


def remember_choice(request: HttpRequest, area: Area) -> None:
    """Keep the municipalities a signed-in user chose on the search page (none: all of the
    Netherlands), so that her next search starts there. Places read from the search text are
    for that search only: a search with them changes nothing."""
    if request.user.is_authenticated and area.source == Area.CHOSEN:
        request.session[CHOSEN_MUNICIPALITIES_SESSION_KEY] = list(area.slugs)
