"""The search page's facets: one FilterSet, and the counts each facet option would give."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial

import django_filters
from django import forms
from django.db import models
from django.db.models import Count, F, QuerySet, Value
from django.utils.translation import gettext_lazy as _

from . import taxonomy
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

    # The QuerySet method behind each term facet, and the intervention's relation it counts.
    TERM_METHODS = {
        "gemeente": "in_municipalities",
        "levensfase": "for_life_phases",
        "zorgfase": "for_care_phases",
        "thema": "about_themes",
        "vorm": "in_formats",
        "taal": "in_languages",
    }
    TERM_RELATIONS = {
        "gemeente": "service_areas",
        "levensfase": "life_phases",
        "zorgfase": "care_phases",
        "thema": "themes",
        "vorm": "formats",
        "taal": "languages",
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
        """Every facet with each option's result count (see `counts`)."""
        self.form.is_valid()
        facets = [self._option_facet(name) for name in self.OPTION_FACETS]
        facets += [self._checkbox_facet(name) for name in self.CHECKBOX_FACETS]
        for facet in facets:
            for option in facet.options:
                if option.selected:
                    value = None if facet.is_checkbox else option.value
                    option.remove_query = self._query_without(facet.name, value)
        return facets

    @property
    def result_count(self) -> int:
        """How many results the search gives with every facet applied."""
        return self.counts.get(("", ""), 0)

    @cached_property
    def counts(self) -> dict[tuple[str, str], int]:
        """How many results each facet option would give, by (facet, option value), and the
        number of results by ("", ""): one query, a UNION ALL of one GROUP BY per facet.

        An option's count is that of the results without the option's own facet, with the
        option applied, so that options within one facet widen."""
        self.form.is_valid()
        branches = [self._grouped(self.filtered_except(None), "", Value(""))]
        for name in self.OPTION_FACETS:
            others = self.filtered_except(name)
            if name in self.TERM_RELATIONS:
                branches.append(self._grouped_by_term(name, others))
            else:
                branches.append(self._grouped(others, name, F(self.CHOICE_COLUMNS[name])))
        for name in self.CHECKBOX_FACETS:
            ticked = self.filters[name].filter(self.filtered_except(name), True)
            branches.append(self._grouped(ticked, name, Value("on")))
        rows = branches[0].union(*branches[1:], all=True)
        return {(facet, option): count for facet, option, count in rows}

    @staticmethod
    def _grouped(interventions: QuerySet, facet: str, option) -> QuerySet:
        """(facet, option, number of interventions) for each value of `option`."""
        return (
            Intervention.objects.filter(pk__in=interventions.order_by().values("pk"))
            .order_by()
            .annotate(facet_name=Value(facet), facet_option=option)
            .values_list("facet_name", "facet_option")
            .annotate(facet_count=Count("pk"))
        )

    def _grouped_by_term(self, facet: str, interventions: QuerySet) -> QuerySet:
        """(facet, term slug, number of interventions) for each term linked to them."""
        relation = Intervention._meta.get_field(self.TERM_RELATIONS[facet])
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        return (
            relation.remote_field.through.objects.filter(
                **{f"{source}__in": interventions.order_by().values("pk")}
            )
            .order_by()
            .annotate(facet_name=Value(facet), facet_option=F(f"{target}__slug"))
            .values_list("facet_name", "facet_option")
            .annotate(facet_count=Count(source))
        )

    def _query_without(self, name: str, value: str | None) -> str:
        """The current query string without one option (or without the whole facet)."""
        query = self.data.copy()
        query.setlist(name, [v for v in query.getlist(name) if value is not None and v != value])
        query.pop("pagina", None)
        return query.urlencode()

    def _option_facet(self, name: str) -> Facet:
        selected = {str(v) for v in self.form[name].value() or []}
        if name in self.TERM_RELATIONS:
            choices = [(term.slug, term.label) for term in self.filters[name].terms()]
        else:
            choices = self.filters[name].extra["choices"]
        counts = self._domain_counts() if name == "domein" else self.counts
        options = [
            FacetOption(value, label, counts.get((name, value), 0), value in selected)
            for value, label in choices
        ]
        return Facet(name=name, label=self.filters[name].label, options=options)

    def _domain_counts(self) -> dict[tuple[str, str], int]:
        """An organisation in both domains counts in each."""
        both = self.counts.get(("domein", Domain.BOTH), 0)
        return {
            ("domein", value): self.counts.get(("domein", value), 0) + both
            for value in (Domain.MEDICAL, Domain.SOCIAL)
        }

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
