"""The search page's facets: one FilterSet, and the counts each facet option would give.

Each facet has two forms. The page uses the index in memory (index.py: `result_ids`,
`counts`). The SQL form (the `filter_*` methods over InterventionQuerySet, `qs`,
`filtered_except`) is what the index must agree with: the search page never runs it; the tests
compare the two on generated directories (tests/organisations/test_facet_index.py). The
QuerySet methods themselves also serve other pages (the parents' guide, referrals)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial

import django_filters
from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..forms import DISTANCE_CHOICES, PostcodeField
from ..models import (
    AccessRoute,
    CarePhase,
    DeliveryFormat,
    Domain,
    Intervention,
    InterventionQuerySet,
    Language,
    LifePhase,
    Municipality,
    OrganisationKind,
    Theme,
)
from ..places import ATTRIBUTION, ATTRIBUTION_URL, PostcodeArea, postcode_area
from . import freshness, taxonomy
from . import index as facet_index
from .area import Area
from .query import BY_NAME, Reading, read_query


class CheckboxFilter(django_filters.Filter):
    """A facet that is either ticked (narrow the results) or not (no effect)."""

    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


def term_choices(model: type[models.Model], active_only: bool) -> list[tuple[str, str]]:
    return [(term.slug, term.label) for term in taxonomy.terms(model, active_only=active_only)]


class TermFilter(django_filters.MultipleChoiceFilter):
    """A facet over one taxonomy, by slug. Its choices come from the taxonomy in memory, so
    checking the chosen values takes no query."""

    def __init__(self, model: type[models.Model], *, active_only: bool = True, **kwargs) -> None:
        # Not `model`: the FilterSet sets that to the model it filters.
        self.taxonomy_model, self.active_only = model, active_only
        super().__init__(
            choices=partial(term_choices, model, active_only),
            widget=forms.CheckboxSelectMultiple,
            method="filter_terms",
            **kwargs,
        )

    def terms(self) -> list[models.Model]:
        """The facet's options: the taxonomy's (active) terms, in its order."""
        return taxonomy.terms(self.taxonomy_model, active_only=self.active_only)

    def chosen(self, slugs: list[str]) -> list[models.Model]:
        """The terms for these (validated) slugs."""
        known = taxonomy.taxonomy(self.taxonomy_model).by_slug
        return [known[slug] for slug in slugs if slug in known]


def choice_filter(choices, label, method: str) -> django_filters.MultipleChoiceFilter:
    return django_filters.MultipleChoiceFilter(
        label=label, choices=choices, widget=forms.CheckboxSelectMultiple, method=method
    )


class PostcodeFilter(django_filters.Filter):
    """Where the searcher is: no narrowing by itself, but distances (`afstand`, `volgorde`)."""

    field_class = PostcodeField


BY_DISTANCE = "afstand"
ORDER_CHOICES = [("relevantie", _("Best match")), (BY_DISTANCE, _("Nearest first"))]

DOMAIN_CHOICES = [(Domain.MEDICAL, Domain.MEDICAL.label), (Domain.SOCIAL, Domain.SOCIAL.label)]


class InterventionFilter(django_filters.FilterSet):
    """Free text plus facets. Values within one facet widen (OR); facets narrow each other (AND).

    Query parameter names are Dutch because people read and share these URLs.
    """

    q = django_filters.CharFilter(label=_("Search for"), method="filter_search", max_length=2000)
    gemeente = TermFilter(Municipality, active_only=False, label=_("Municipality"))
    domein = choice_filter(DOMAIN_CHOICES, _("Domain"), "filter_domain")
    soort = choice_filter(OrganisationKind.choices, _("Kind of organisation"), "filter_kind")
    levensfase = TermFilter(LifePhase, label=_("Life phase"))
    zorgfase = TermFilter(CarePhase, label=_("Care phase"))
    thema = TermFilter(Theme, label=_("Theme"))
    vorm = TermFilter(DeliveryFormat, label=_("Format"))
    toegang = choice_filter(AccessRoute.choices, _("Access route"), "filter_access_route")
    taal = TermFilter(Language, label=_("Language"))
    vrij_toegankelijk = CheckboxFilter(
        label=_("Walk-in or no referral needed"), method="filter_open_access"
    )
    verwijzen = CheckboxFilter(label=_("Accepts referrals"), method="filter_accepts_referrals")
    geen_wachtlijst = CheckboxFilter(
        label=_("No waiting list"), method="filter_without_waiting_list"
    )
    # How to read the text and where to look (`reading`, `area`): not facets of their own.
    letterlijk = CheckboxFilter(label=_("Search place names as text"), method="filter_as_read")
    overal = CheckboxFilter(label=_("All of the Netherlands"), method="filter_as_read")
    # Place and distance: the results' distance from a postcode, a limit, the order.
    postcode = PostcodeFilter(label=_("Postcode"), method="filter_postcode", max_length=10)
    afstand = django_filters.ChoiceFilter(
        label=_("Distance"),
        choices=DISTANCE_CHOICES,
        method="filter_distance",
        empty_label=_("Any distance"),
    )
    volgorde = django_filters.ChoiceFilter(
        label=_("Order"), choices=ORDER_CHOICES, method="filter_order", empty_label=None
    )

    # The QuerySet method behind each term facet, and the intervention's relation it counts.
    TERM_METHODS = {
        "gemeente": "in_municipalities",
        "levensfase": "for_life_phases",
        "zorgfase": "for_care_phases",
        "thema": "about_themes",
        "vorm": "in_formats",
        "taal": "in_languages",
    }
    # Facets with options, in the order the page shows them.
    OPTION_FACETS = [
        "gemeente",
        "levensfase",
        "thema",
        "zorgfase",
        "domein",
        "soort",
        "vorm",
        "toegang",
        "taal",
    ]
    CHECKBOX_FACETS = ["vrij_toegankelijk", "verwijzen", "geen_wachtlijst"]

    class Meta:
        model = Intervention
        fields: list[str] = []

    def __init__(
        self,
        *args,
        version: freshness.Version | None = None,
        start: Callable[[], tuple[str, ...]] | None = None,
        **kwargs,
    ) -> None:
        # The directory's tokens, when the page read them already (one query fewer).
        self.version = version
        # Where this user starts when the address names no municipalities (slugs; area.py),
        # asked only then.
        self.start = start
        super().__init__(*args, **kwargs)

    def filter_search(self, queryset: InterventionQuerySet, name: str, value: str):
        return queryset.search(self.reading.text)

    def filter_as_read(self, queryset: InterventionQuerySet, name: str, value: bool):
        return queryset  # `reading` and `area` take these into account

    @cached_property
    def reading(self) -> Reading:
        """The search text read: its words to find, and the places it names (query.py).
        `reading.postcode` is the four digits of a postcode typed in it, if any."""
        self.form.is_valid()
        data = self.form.cleaned_data
        return read_query(data.get("q") or "", literal=bool(data.get("letterlijk")))

    @cached_property
    def area(self) -> Area:
        """The municipalities the results are narrowed to (the `gemeente` facet's selection),
        and where they come from (area.py)."""
        self.form.is_valid()
        chosen = list(self.form.cleaned_data.get("gemeente") or [])
        codes = self.reading.municipalities
        read = [m.slug for m in self.filters["gemeente"].terms() if m.cbs_code in codes]
        if read:
            slugs = tuple(dict.fromkeys([*chosen, *read]))
            return Area(slugs, Area.READ, read=tuple(read))
        if chosen or self.form.cleaned_data.get("overal"):
            return Area(tuple(chosen), Area.CHOSEN)
        if "gemeente" in self.form.errors:
            return Area((), Area.NOWHERE)
        if self.start and (starting := tuple(self.start())):
            return Area(starting, Area.START)
        return Area((), Area.NOWHERE)

    def chosen_values(self) -> dict:
        """The validated query parameters, the municipality facet's as `area` has it."""
        return {**self.form.cleaned_data, "gemeente": list(self.area.slugs)}

    def filter_terms(self, queryset: InterventionQuerySet, name: str, value):
        if not value:
            return queryset
        return getattr(queryset, self.TERM_METHODS[name])(self.filters[name].chosen(value))

    def filter_domain(self, queryset: InterventionQuerySet, name: str, value):
        return queryset.of_domains(value) if value else queryset

    def filter_kind(self, queryset: InterventionQuerySet, name: str, value):
        return queryset.of_kinds(value) if value else queryset

    def filter_access_route(self, queryset: InterventionQuerySet, name: str, value):
        return queryset.with_access_routes(value) if value else queryset

    def filter_open_access(self, queryset: InterventionQuerySet, name: str, value: bool):
        return queryset.open_access() if value else queryset

    def filter_accepts_referrals(self, queryset: InterventionQuerySet, name: str, value: bool):
        return queryset.accepting_referrals() if value else queryset

    def filter_without_waiting_list(self, queryset: InterventionQuerySet, name: str, value: bool):
        return queryset.without_waiting_list() if value else queryset

    def filter_postcode(self, queryset: InterventionQuerySet, name: str, value):
        return queryset  # a place to measure from (`filter_distance`), no narrowing

    def filter_distance(self, queryset: InterventionQuerySet, name: str, value: str):
        area = self.postcode_area
        return queryset.within_km(area, int(value)) if area and value else queryset

    def filter_order(self, queryset: InterventionQuerySet, name: str, value: str):
        # The SQL form keeps its order; the tests pin the order by distance (`result_ids`).
        return queryset

    # --- results and facet counts, from the facet index ---

    def filter_queryset(self, queryset: InterventionQuerySet) -> InterventionQuerySet:
        """The results in SQL (`qs`): a reference for the tests, which the facet index must
        agree with. The search page reads `result_ids` and `counts`, from the index."""
        return self.filtered_except(None)

    @cached_property
    def searched(self) -> InterventionQuerySet:
        """The free-text search alone, in SQL: best first, or by name without text."""
        return self.filters["q"].filter(
            self.queryset.order_by(*BY_NAME), self.form.cleaned_data.get("q")
        )

    def filtered_except(self, excluded: str | None) -> InterventionQuerySet:
        """The results in SQL, as they would be without the facet `excluded`."""
        queryset = self.searched
        for name, value in self.chosen_values().items():
            if name not in {"q", excluded} and value not in (None, "", [], False):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def index(self) -> facet_index.FacetIndex:
        return facet_index.current(self.version)

    @cached_property
    def matches(self) -> facet_index.Matches:
        """The listed interventions the text finds, best first (all, by name, without text);
        given the `request`, also through the contact persons its user may see."""
        words = list(self.reading.words)
        if not words:
            return facet_index.Matches([self.index.listed])
        # Contact persons the searcher may see find their interventions too (signed in only).
        user = getattr(self.request, "user", None)
        contacts = facet_index.contacts_matching(user, words) if user else None
        return self.index.matches(words, contacts)

    @cached_property
    def postcode_area(self) -> PostcodeArea | None:
        """Where distances are measured from: the postcode the searcher gave when it is a known
        one, else the one typed in the search text ("schulden 7411")."""
        self.form.is_valid()
        if "postcode" in self.form.errors:
            return None
        given = self.form.cleaned_data.get("postcode")
        return given or (postcode_area(self.reading.postcode) if self.reading.postcode else None)

    @cached_property
    def nearness(self) -> facet_index.Nearness | None:
        """The listed interventions seen from the postcode (None without one)."""
        return self.index.near(self.postcode_area) if self.postcode_area else None

    @cached_property
    def by_distance(self) -> bool:
        """Nearest first: asked for, with a known postcode."""
        return bool(self.nearness) and self.form.cleaned_data.get("volgorde") == BY_DISTANCE

    @cached_property
    def selected(self) -> dict[str, int]:
        """Each facet with a selection, and the interventions it lets through (OR within)."""
        self.form.is_valid()
        selected = {}
        values = self.chosen_values()
        distance = self.form.cleaned_data.get("afstand")
        if self.nearness and distance:
            selected["afstand"] = self.nearness.within(int(distance))
        for name in [*self.OPTION_FACETS, *self.CHECKBOX_FACETS]:
            value = values.get(name)
            if name in self.CHECKBOX_FACETS and value:
                selected[name] = self.index.option(name, "on")
            elif name in self.OPTION_FACETS and value:
                bits = 0
                for option in value:
                    bits |= self.index.option(name, option)
                selected[name] = bits
        return selected

    def matching_except(self, excluded: str | None) -> int:
        """The matches narrowed by every selected facet but `excluded`."""
        bits = self.matches.bits
        for name, allowed in self.selected.items():
            if name != excluded:
                bits &= allowed
        return bits

    @cached_property
    def result_ids(self) -> Sequence[int]:
        """The results' ids, best first (or nearest first, `by_distance`); a page lists only
        its own."""
        narrowed = self.matching_except(None)
        levels = [bits & narrowed for bits in self.matches.levels]
        if self.by_distance:
            return self.nearest_first(levels)
        return facet_index.Members(self.index.order, levels)

    def nearest_first(self, levels: list[int]) -> list[int]:
        """The results by distance as shown (`Reach.sort_km`; without one last), equally near
        ones by relevance, then by name."""
        position, sort_km = self.index.order.position, self.nearness.sort_km
        keys = [
            (sort_km.get(pk, math.inf), level, position[pk], pk)
            for level, bits in enumerate(levels)
            for pk in facet_index.ids_of(bits)
        ]
        keys.sort()
        return [key[-1] for key in keys]

    def add_reach(self, interventions: Iterable[Intervention]) -> None:
        """Give each intervention its `reach` from the postcode given (None without one), for
        its result (templates/organisations/includes/distance.html)."""
        for intervention in interventions:
            intervention.reach = self.nearness.reach(intervention.pk) if self.nearness else None

    def place_facet(self) -> PlaceFacet:
        """The postcode, the distance limits with their result counts, the orders."""
        self.form.is_valid()
        counts = {}
        if self.nearness:
            others = self.matching_except("afstand")
            counts = {
                value: (others & self.nearness.within(int(value))).bit_count()
                for value, _label in DISTANCE_CHOICES
            }
        return PlaceFacet(
            postcode=self.form["postcode"],
            area=self.postcode_area,
            distance=self.form.cleaned_data.get("afstand") or "",
            distances=[(value, label, counts.get(value)) for value, label in DISTANCE_CHOICES],
            by_distance=self.by_distance,
        )

    @cached_property
    def counts(self) -> dict[tuple[str, str], int]:
        """How many results each facet option would give, by (facet, option value): those of
        the results without the option's own facet, with the option, so that options within
        one facet widen."""
        counts = {}
        for name in self.OPTION_FACETS:
            others = self.matching_except(name)
            for value, _label in self._choices(name):
                counts[name, value] = (others & self.index.option(name, value)).bit_count()
        for name in self.CHECKBOX_FACETS:
            others = self.matching_except(name)
            counts[name, "on"] = (others & self.index.option(name, "on")).bit_count()
        return counts

    def facets(self) -> list[Facet]:
        """Every facet with each option's result count (see `counts`)."""
        self.form.is_valid()
        facets = [self._option_facet(name) for name in self.OPTION_FACETS]
        facets += [self._checkbox_facet(name) for name in self.CHECKBOX_FACETS]
        for facet in facets:
            for option in facet.options:
                if option.selected and facet.name == "gemeente":
                    option.remove_query = self.query_without_municipality(option.value)
                elif option.selected:
                    value = None if facet.is_checkbox else option.value
                    option.remove_query = self._query_without(facet.name, value)
        return facets

    # --- links that change how the text is read, or where the search looks ---

    def _query_with(self, **changes: list[str]) -> str:
        """The current query string with these parameters set (an empty list removes one)."""
        query = self.data.copy()
        for name, values in changes.items():
            query.setlist(name, values)
        query.pop("pagina", None)
        return query.urlencode()

    def query_without_municipality(self, slug: str) -> str:
        """The current search without this municipality: not chosen, and none of the places
        in the text that lie in it; the others the page shows stay."""
        area, reading = self.area, self.reading
        kept = [s for s in area.slugs if s != slug and s not in area.read]
        changes = {"gemeente": kept, "overal": ["1"]}
        if slug in area.read:
            code = next(m.cbs_code for m in self.filters["gemeente"].terms() if m.slug == slug)
            dropped = [place for place in reading.places if code in place.municipalities]
            changes["q"] = [reading.text_without(dropped)]
        return self._query_with(**changes)

    def query_as_text(self) -> str:
        """The current search with its place names searched as text, not as places."""
        kept = [slug for slug in self.data.getlist("gemeente") if slug not in self.area.read]
        return self._query_with(letterlijk=["1"], gemeente=kept)

    def query_with_places(self) -> str:
        """The current search with its place names read as places again."""
        return self._query_with(letterlijk=[])

    def query_everywhere(self) -> str:
        """The current search in all of the Netherlands."""
        return self._query_with(gemeente=[], overal=["1"])

    def _query_without(self, name: str, value: str | None) -> str:
        """The current query string without one option (or without the whole facet)."""
        kept = [v for v in self.data.getlist(name) if value is not None and v != value]
        return self._query_with(**{name: kept})

    def _option_facet(self, name: str) -> Facet:
        if name == "gemeente":
            selected = set(self.area.slugs)
        else:
            selected = {str(v) for v in self.form[name].value() or []}
        options = [
            FacetOption(value, label, self.counts[name, value], value in selected)
            for value, label in self._choices(name)
        ]
        return Facet(name=name, label=self.filters[name].label, options=options)

    def _choices(self, name: str) -> list[tuple[str, str]]:
        if name in self.TERM_METHODS:
            return [(term.slug, term.label) for term in self.filters[name].terms()]
        return list(self.filters[name].extra["choices"])

    def _checkbox_facet(self, name: str) -> Facet:
        count = self.counts.get((name, "on"), 0)
        checked = bool(self.form.cleaned_data.get(name))
        return Facet(
            name=name,
            label=self.filters[name].label,
            options=[FacetOption("on", self.filters[name].label, count, checked)],
            is_checkbox=True,
        )


@dataclass
class PlaceFacet:
    """The place part of the search form: the postcode field (with its error, if any), its
    area when known, the distance chosen and each one's result count (None without a
    postcode), whether results are nearest first."""

    postcode: forms.BoundField
    area: PostcodeArea | None
    distance: str
    distances: list[tuple[str, str, int | None]]
    by_distance: bool
    attribution: str = ATTRIBUTION
    attribution_url: str = ATTRIBUTION_URL


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    remove_query: str = ""


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]
    is_checkbox: bool = False

    @property
    def has_selection(self) -> bool:
        return any(option.selected for option in self.options)
