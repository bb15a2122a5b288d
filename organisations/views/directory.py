from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..filters import InterventionFilter
from ..models import (
    ContactPerson,
    Intervention,
    InterventionQuerySet,
    Location,
    Organisation,
    suggest_words,
)

MAX_HANDOUT_ITEMS = 30


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def search(request: HttpRequest) -> HttpResponse:
    """Who do I call? Free text and facets over the listed interventions."""
    filterset = InterventionFilter(request.GET, queryset=Intervention.objects.listed())
    results = with_result_details(filterset.qs, request.user)
    page = Paginator(results, settings.SEARCH_PAGE_SIZE).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    text = filterset.form.cleaned_data.get("q") or ""
    context = {
        "filter": filterset,
        "facets": filterset.facets(),
        "page": page,
        "query_string": query.urlencode(),
        "suggestions": [] if page.paginator.count else suggest_words(text),
    }
    template = "organisations/search.html"
    if request.headers.get("HX-Request"):
        template += "#search-body"
    return render(request, template, context)


def handout(request: HttpRequest) -> HttpResponse:
    """A printable list of selected interventions for a parent: public details only."""
    slugs = request.GET.getlist("aanbod")[:MAX_HANDOUT_ITEMS]
    interventions = (
        Intervention.objects.listed()
        .filter(slug__in=slugs)
        .select_related("organisation")
        .prefetch_related("locations", "languages", "formats")
    )
    return render(request, "organisations/handout.html", {"interventions": interventions})


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.active().prefetch_related("municipalities"), slug=slug
    )
    interventions = with_result_details(organisation.interventions.listed(), request.user)
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
            "contacts": contacts,
            "locations": locations,
        },
    )


def intervention_detail(request: HttpRequest, slug: str) -> HttpResponse:
    intervention = get_object_or_404(
        with_result_details(Intervention.objects.listed(), request.user).prefetch_related(
            Prefetch("locations", Location.objects.select_related("municipality"))
        ),
        slug=slug,
    )
    return render(request, "organisations/intervention_detail.html", {"intervention": intervention})


def with_result_details(interventions: InterventionQuerySet, user) -> InterventionQuerySet:
    """Everything a result card shows, fetched in a fixed number of queries."""
    return interventions.select_related("organisation").prefetch_related(
        "service_areas",
        "life_phases",
        "care_phases",
        "themes",
        "formats",
        "languages",
        Prefetch(
            "contact_persons",
            ContactPerson.objects.visible_to(user).select_related("backup"),
        ),
    )
