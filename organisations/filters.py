"""The search page's facets: one FilterSet, and the counts each facet option would give."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import django_filters
from django import forms
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .models import (
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


class CheckboxFilter(django_filters.Filter):
    """A facet that is either ticked (narrow the results) or not (no effect)."""

    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


def term_filter(queryset, label) -> django_filters.ModelMultipleChoiceFilter:
    return django_filters.ModelMultipleChoiceFilter(
        label=label,
        queryset=queryset,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        method="filter_terms",
    )


def choice_filter(choices, label, method: str) -> django_filters.MultipleChoiceFilter:
    return django_filters.MultipleChoiceFilter(
        label=label, choices=choices, widget=forms.CheckboxSelectMultiple, method=method
    )


DOMAIN_CHOICES = [(Domain.MEDICAL, Domain.MEDICAL.label), (Domain.SOCIAL, Domain.SOCIAL.label)]


class InterventionFilter(django_filters.FilterSet):
    """Free text plus facets. Values within one facet widen (OR); facets narrow each other (AND).

    Query parameter names are Dutch because people read and share these URLs.
    """

    q = django_filters.CharFilter(label=_("Search for"), method="filter_search", max_length=2000)
    gemeente = term_filter(Municipality.objects.all(), _("Municipality"))
    domein = choice_filter(DOMAIN_CHOICES, _("Domain"), "filter_domain")
    soort = choice_filter(OrganisationKind.choices, _("Kind of organisation"), "filter_kind")
    levensfase = term_filter(LifePhase.objects.filter(is_active=True), _("Life phase"))
    zorgfase = term_filter(CarePhase.objects.filter(is_active=True), _("Care phase"))
    thema = term_filter(Theme.objects.filter(is_active=True), _("Theme"))
    vorm = term_filter(DeliveryFormat.objects.filter(is_active=True), _("Format"))
    toegang = choice_filter(AccessRoute.choices, _("Access route"), "filter_access_route")
    taal = term_filter(Language.objects.filter(is_active=True), _("Language"))
    vrij_toegankelijk = CheckboxFilter(
        label=_("Walk-in or no referral needed"), method="filter_open_access"
    )
    verwijzen = CheckboxFilter(label=_("Accepts referrals"), method="filter_accepts_referrals")
    geen_wachtlijst = CheckboxFilter(
        label=_("No waiting list"), method="filter_without_waiting_list"
    )

    # The QuerySet method behind each term facet.
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
    # The column each choice facet counts by.
    CHOICE_COLUMNS = {
        "domein": "organisation__domain",
        "soort": "organisation__kind",
        "toegang": "access_route",
    }

    class Meta:
        model = Intervention
        fields: list[str] = []

    def filter_search(self, queryset: InterventionQuerySet, name: str, value: str):
        return queryset.search(value)

    def filter_terms(self, queryset: InterventionQuerySet, name: str, value):
        if not value:
            return queryset
        return getattr(queryset, self.TERM_METHODS[name])(value)

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

    # --- facet counts ---

    def filter_queryset(self, queryset: InterventionQuerySet) -> InterventionQuerySet:
        return self.filtered_except(None)

    @cached_property
    def searched(self) -> InterventionQuerySet:
        """The free-text search alone, worked out once for the results and every facet count."""
        return self.filters["q"].filter(self.queryset, self.form.cleaned_data.get("q"))

    def filtered_except(self, excluded: str | None) -> InterventionQuerySet:
        """The results as they would be without the facet `excluded` (text search kept)."""
        queryset = self.searched
        for name, value in self.form.cleaned_data.items():
            if name not in {"q", excluded} and value not in (None, "", [], False):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facets(self) -> list[Facet]:
        """Every facet with each option's result count: one query per facet."""
        self.form.is_valid()
        facets = [self._option_facet(name) for name in self.OPTION_FACETS]
        facets += [self._checkbox_facet(name) for name in self.CHECKBOX_FACETS]
        for facet in facets:
            for option in facet.options:
                if option.selected:
                    value = None if facet.is_checkbox else option.value
                    option.remove_query = self._query_without(facet.name, value)
        return facets

    def _query_without(self, name: str, value: str | None) -> str:
        """The current query string without one option (or without the whole facet)."""
        query = self.data.copy()
        query.setlist(name, [v for v in query.getlist(name) if value is not None and v != value])
        query.pop("pagina", None)
        return query.urlencode()

    def _option_facet(self, name: str) -> Facet:
        selected = {str(v) for v in self.form[name].value() or []}
        others = self.filtered_except(name).order_by().values("pk")
        if name in self.TERM_METHODS:
            counted = self.filters[name].queryset.annotate(
                result_count=Count(
                    "interventions", filter=Q(interventions__in=others), distinct=True
                )
            )
            options = [
                FacetOption(term.slug, term.label, term.result_count, term.slug in selected)
                for term in counted
            ]
        else:
            counts = self._counts_by_choice(name, others)
            options = [
                FacetOption(value, label, counts.get(value, 0), value in selected)
                for value, label in self.filters[name].extra["choices"]
            ]
        return Facet(name=name, label=self.filters[name].label, options=options)

    def _counts_by_choice(self, name: str, others: QuerySet) -> dict[str, int]:
        rows = (
            Intervention.objects.filter(pk__in=others)
            .values_list(self.CHOICE_COLUMNS[name])
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts = dict(rows)
        if name == "domein":
            both = counts.pop(Domain.BOTH, 0)
            counts = {
                value: counts.get(value, 0) + both for value in (Domain.MEDICAL, Domain.SOCIAL)
            }
        return counts

    def _checkbox_facet(self, name: str) -> Facet:
        count = self.filters[name].filter(self.filtered_except(name), True).count()
        checked = bool(self.form.cleaned_data.get(name))
        return Facet(
            name=name,
            label=self.filters[name].label,
            options=[FacetOption("on", self.filters[name].label, count, checked)],
            is_checkbox=True,
        )


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
