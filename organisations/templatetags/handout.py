"""The handout counter and toggles, and the search page's view switch and filter count: per
request, so never inside a kept result card."""

from django import template
from django.http import QueryDict

from ..handout import Handout

register = template.Library()


@register.simple_tag(takes_context=True)
def handout_selection(context) -> Handout:
    """The offers picked for a handout in this session."""
    return Handout(context["request"].session)


@register.filter
def active_filter_count(facets, place=None) -> int:
    """How many filter options are chosen, a distance limit included (`place`: the search's
    filters.PlaceFacet): the phone's filter button shows it."""
    chosen = sum(1 for facet in facets for option in facet.options if option.selected)
    return chosen + bool(place and place.area and place.distance)


@register.simple_tag(takes_context=True)
def view_query(context, view: str = "") -> str:
    """This search's query string for the list (`view` empty) or the map (`view="kaart"`),
    from the first page."""
    query: QueryDict = context["request"].GET.copy()
    for name in ("pagina", "weergave"):
        query.pop(name, None)
    if view:
        query["weergave"] = view
    return query.urlencode()
