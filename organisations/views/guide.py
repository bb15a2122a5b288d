"""The parents' guide (/ouders/): public, plain-language help for (expecting) parents.

No sign-in, and the same page for everyone: it never shows contact persons, confidential
addresses or anything about clients, so a professional can print it for a parent as it is.
"""

import math

from django.core.paginator import Page, Paginator
from django.db.models import Case, IntegerField, Prefetch, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..forms import GuideForm
from ..models import Intervention, InterventionQuerySet, Location, Municipality
from ..places import ATTRIBUTION, ATTRIBUTION_URL, PostcodeArea
from ..search import index as facet_index
from ..search.taxonomy import prefetch_terms

# Few enough that a page of results prints on one A4 page, a handout for a parent.
GUIDE_PAGE_SIZE = 6
# The taxonomy terms an offer in the guide shows.
GUIDE_TERMS = ("life_phases", "formats", "languages")


def guide(request: HttpRequest) -> HttpResponse:
    """Waar kan ik terecht? The parent chooses her situation, municipality and a theme."""
    choices = GuideForm(request.GET).choices() if request.GET else {}
    if "postcode" in choices:  # as typed again: its four digits
        choices["postcode"] = choices["postcode"].postcode
    return render(request, "organisations/guide.html", {"form": GuideForm(initial=choices)})


def guide_results(request: HttpRequest) -> HttpResponse:
    """Public offers for the parent's choices: walk-in and free access first; with a postcode,
    the nearest first."""
    form = GuideForm(request.GET)
    choices = form.choices()
    interventions = Intervention.objects.for_parents()
    if "situatie" in choices:
        interventions = interventions.in_situation(choices["situatie"])
    if "gemeente" in choices:
        interventions = interventions.in_municipalities([choices["gemeente"]])
    if "thema" in choices:
        interventions = interventions.about_themes([choices["thema"]])
    area = choices.get("postcode")
    if area is None:
        interventions = with_guide_details(interventions, near=choices.get("gemeente"))
        page = Paginator(interventions, GUIDE_PAGE_SIZE).get_page(request.GET.get("pagina"))
        page.object_list = list(page.object_list)
    else:
        page = nearest_first(request, interventions, area, choices)
    prefetch_terms((page.object_list, GUIDE_TERMS))
    context = {
        "form": form,
        "choices": choices,
        "page": page,
        "query_string": form.query_string(),
        "attribution": ATTRIBUTION,
        "attribution_url": ATTRIBUTION_URL,
    }
    return render(request, "organisations/guide_results.html", context)


def nearest_first(
    request: HttpRequest, interventions: InterventionQuerySet, area: PostcodeArea, choices: dict
) -> Page:
    """A page of the offers nearest to the parent's postcode first (equally near ones in the
    guide's own order), each with its `reach`; within the distance she chose, if any. Where
    offers are comes from the search index in memory (a confidential address is never
    measured to: search/index.py, Nearness)."""
    nearness = facet_index.current().near(area)
    ids = list(interventions.values_list("pk", flat=True))
    if "afstand" in choices:
        within = nearness.within(int(choices["afstand"]))
        ids = [pk for pk in ids if within >> pk & 1]
    ids.sort(key=lambda pk: nearness.sort_km.get(pk, math.inf))
    page = Paginator(ids, GUIDE_PAGE_SIZE).get_page(request.GET.get("pagina"))
    found = with_guide_details(
        Intervention.objects.for_parents(), near=choices.get("gemeente")
    ).in_bulk(page.object_list)
    page.object_list = [found[pk] for pk in page.object_list if pk in found]
    for intervention in page.object_list:
        intervention.reach = nearness.reach(intervention.pk)
    return page


def guide_intervention(request: HttpRequest, slug: str) -> HttpResponse:
    """One public offer in plain words; the parent's choices (if any) lead back to her results."""
    form = GuideForm(request.GET)
    choices = form.choices()
    interventions = with_guide_details(
        Intervention.objects.for_parents(), near=choices.get("gemeente")
    )
    intervention = get_object_or_404(interventions, slug=slug)
    prefetch_terms(([intervention], (*GUIDE_TERMS, "service_areas")))
    return render(
        request,
        "organisations/guide_intervention.html",
        {"intervention": intervention, "query_string": form.query_string()},
    )


def with_guide_details(
    interventions: InterventionQuerySet, *, near: Municipality | None = None
) -> InterventionQuerySet:
    """Everything a guide page shows besides the taxonomy terms (GUIDE_TERMS, fetched with
    prefetch_terms), in a fixed number of queries. Only addresses that are not confidential, as
    `public_locations`, those in the parent's municipality first."""
    locations = Location.objects.filter(is_confidential=False)
    if near is not None:
        here_first = Case(When(municipality=near, then=0), default=1, output_field=IntegerField())
        locations = locations.order_by(here_first, "name")
    else:
        locations = locations.order_by("name")
    return interventions.select_related("organisation").prefetch_related(
        Prefetch("locations", queryset=locations, to_attr="public_locations"),
    )
