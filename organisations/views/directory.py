from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..models import (
    ContactPerson,
    Intervention,
    InterventionQuerySet,
    InvitationRequest,
    Location,
    Organisation,
)
from ..search import current_version
from ..search.area import remember_choice, starting_municipalities
from ..search.cards import CARD_TERMS, result_cards
from ..search.filters import InterventionFilter
from ..search.freshness import version_of, with_version
from ..search.recent import remember_search
from ..search.results_map import results_map
from ..search.taxonomy import prefetch_terms

INTERVENTIONS_PER_PAGE = 25  # on an organisation's page

# The taxonomy terms an entry's own page shows.
ENTRY_TERMS = (*CARD_TERMS, "care_phases", "themes")


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def search(request: HttpRequest) -> HttpResponse:
    """Who do I call? Free text and facets over the listed interventions."""
    version = current_version()
    filterset = InterventionFilter(
        request.GET,
        queryset=Intervention.objects.listed(),
        request=request,
        version=version,
        start=partial(starting_municipalities, request),
    )
    facets = filterset.facets()
    remember_choice(request, filterset.area)
    remember_search(request)
    page = Paginator(filterset.result_ids, settings.SEARCH_PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    found = with_result_details(Intervention.objects.listed(), request.user).in_bulk(
        page.object_list
    )
    page.object_list = [found[pk] for pk in page.object_list if pk in found]
    result_cards(page.object_list, version=version)
    filterset.add_reach(page.object_list)
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "filter": filterset,
        "facets": facets,
        "place": filterset.place_facet(),
        "page": page,
        "query_string": query.urlencode(),
        "suggestions": [] if page.paginator.count else filterset.matches.suggestions,
        # ?weergave=kaart: the results on a map (with its text alternative) instead of the list
        "results_map": (
            results_map(filterset.result_ids) if request.GET.get("weergave") == "kaart" else None
        ),
        "left_out": filterset.matches.left_out,
        "some_words": filterset.matches.some_words,
    }
    template = "organisations/search.html"
    if request.headers.get("HX-Request"):
        template += "#search-body"
    return render(request, template, context)


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An organisation's entry; its interventions by name, a page at a time (some offer
    dozens)."""
    organisation = get_object_or_404(with_version(Organisation.objects.active()), slug=slug)
    offered = with_result_details(organisation.interventions.listed(), request.user)
    interventions_page = Paginator(offered.order_by("name", "pk"), INTERVENTIONS_PER_PAGE).get_page(
        request.GET.get("pagina")
    )
    interventions = list(interventions_page.object_list)
    result_cards(
        interventions,
        version=version_of(organisation),
        also=[([organisation], ["municipalities"])],
    )
    contacts = (
        ContactPerson.objects.visible_to(request.user)
        .filter(organisation=organisation)
        .select_related("backup")
        .prefetch_related(Prefetch("interventions", Intervention.objects.listed()))
    )
    locations = organisation.locations.select_related("municipality")
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": organisation,
            "interventions": interventions,
            "interventions_page": interventions_page,
            "contacts": contacts,
            "locations": locations,
            "invitation_request": InvitationRequest.objects.open_for(request.user, organisation),
        },
    )


def intervention_detail(request: HttpRequest, slug: str) -> HttpResponse:
    intervention = get_object_or_404(
        with_result_details(Intervention.objects.listed(), request.user).prefetch_related(
            Prefetch("locations", Location.objects.select_related("municipality"))
        ),
        slug=slug,
    )
    prefetch_terms(([intervention], ENTRY_TERMS))
    context = {
        "intervention": intervention,
        "invitation_request": InvitationRequest.objects.open_for(
            request.user, intervention.organisation
        ),
    }
    return render(request, "organisations/intervention_detail.html", context)


def with_result_details(interventions: InterventionQuerySet, user) -> InterventionQuerySet:
    """The organisation and the contact persons (those this user may see) of each result, in
    one query besides the results; their taxonomy terms come with `result_cards` or
    `prefetch_terms`."""
    return interventions.select_related("organisation").prefetch_related(
        Prefetch(
            "contact_persons",
            ContactPerson.objects.visible_to(user).select_related("backup"),
        ),
    )


def with_terms(interventions: Iterable[Intervention], relations: Iterable[str]) -> list:
    """The interventions with these taxonomy relations filled, in one query however many."""
    interventions = list(interventions)
    prefetch_terms((interventions, relations))
    return interventions
