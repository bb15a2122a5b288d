"""The coordinator dashboard (/beheer/): which entries need checking, and in which municipality.

Coordinators see their region (or the whole directory); editors see their own organisations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, IntegerField, Max, QuerySet, Value, Window
from django.db.models.functions import RowNumber
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.views.decorators.cache import never_cache

from ..digests import ATTENTION_LISTS, AttentionList
from ..models import (
    Correction,
    InvitationRequest,
    Municipality,
    Organisation,
    VerificationDigest,
)
from ..permissions import is_coordinator, maintained_organisations, maintains_directory, standing
from ..search import taxonomy

MAX_ENTRIES_PER_LIST = 50


@dataclass
class AttentionSection:
    """One list on the dashboard: the first entries needing this attention, and how many."""

    key: str
    title: Promise
    entries: list
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.entries)


@dataclass
class MunicipalityRow:
    municipality: Municipality
    counts: list[int]


@dataclass
class Tally:
    """The dashboard's numbers: per attention list the entries in each municipality and how
    many are listed (in the chosen municipality, if any), and the open corrections."""

    per_municipality: dict[str, dict[int, int]]
    listed: dict[str, int]
    open_corrections: int


@login_required
@never_cache
def dashboard(request: HttpRequest) -> HttpResponse:
    """Entries overdue for a check, stale waiting times, missing contacts, with counts per
    municipality, in a fixed number of queries however large the directory."""
    user = request.user
    coordinator = is_coordinator(user)
    if not (coordinator or maintains_directory(user)):
        raise PermissionDenied
    organisations = maintained_organisations(user)
    municipalities = municipalities_in_scope(user, organisations)
    chosen = next((m for m in municipalities if m.slug == request.GET.get("gemeente")), None)

    needing = {attention.key: attention.find(organisations) for attention in ATTENTION_LISTS}
    tally = count_attention(needing, organisations, chosen)
    first = first_entries(needing, chosen)
    sections = [
        AttentionSection(
            key=attention.key,
            title=attention.title,
            entries=first[attention.key],
            count=tally.listed.get(attention.key, 0),
        )
        for attention in ATTENTION_LISTS
    ]
    rows = [
        MunicipalityRow(
            m,
            [tally.per_municipality[a.key].get(m.pk, 0) for a in ATTENTION_LISTS],
        )
        for m in municipalities
    ]
    context = {
        "open_corrections": tally.open_corrections,
        "sections": sections,
        "rows": rows,
        "chosen": chosen,
        "is_coordinator": coordinator,
        "verification_max_age_days": settings.VERIFICATION_MAX_AGE_DAYS,
        "capacity_max_age_days": settings.CAPACITY_MAX_AGE_DAYS,
    }
    if coordinator:
        context["last_digest"] = VerificationDigest.objects.select_related("organisation").first()
        context["invitation_requests"] = list(
            InvitationRequest.objects.open()
            .filter(organisation__in=organisations)
            .select_related("organisation", "asked_by", "asking_organisation")[
                :MAX_ENTRIES_PER_LIST
            ]
        )
    else:
        context["own_organisations"] = list(
            organisations.annotate(last_digest_at=Max("verification_digests__sent_at")).order_by(
                "name"
            )
        )
    return render(request, "organisations/dashboard.html", context)


def municipalities_in_scope(user, organisations: QuerySet[Organisation]) -> list[Municipality]:
    """A coordinator's region (all municipalities without one); an editor's served ones."""
    if is_coordinator(user):
        region = standing(user).region
        everywhere = taxonomy.terms(Municipality)
        if user.is_superuser or not region:
            return everywhere
        return [municipality for municipality in everywhere if municipality.pk in region]
    return list(Municipality.objects.filter(organisations__in=organisations).distinct())


def count_attention(
    needing: dict[str, QuerySet], organisations: QuerySet[Organisation], chosen
) -> Tally:
    """Every number on the dashboard in one query: a UNION ALL of, per attention list, a count
    per municipality (an entry serving several municipalities counts in each) and the number
    listed; and the open corrections."""
    branches = []
    for attention in ATTENTION_LISTS:
        entries = needing[attention.key]
        path = attention.municipality_path
        branches.append(
            tallied(entries, "municipality", attention.key, F(path), Count("pk", distinct=True))
        )
        if chosen:
            entries = entries.filter(**{path: chosen})
        branches.append(tallied(entries, "listed", attention.key, None, Count("pk")))
    corrections = Correction.objects.open().about(organisations)
    branches.append(tallied(corrections, "corrections", "", None, Count("pk")))

    tally = Tally(per_municipality=defaultdict(dict), listed={}, open_corrections=0)
    for kind, key, municipality, count in branches[0].union(*branches[1:], all=True):
        if kind == "municipality" and municipality is not None:
            tally.per_municipality[key][municipality] = count
        elif kind == "listed":
            tally.listed[key] = count
        elif kind == "corrections":
            tally.open_corrections = count
    return tally


def tallied(queryset: QuerySet, kind: str, key: str, municipality, count) -> QuerySet:
    """(kind, key, municipality, count) rows, grouped by `municipality` unless it is None."""
    if municipality is None:
        municipality = Value(None, output_field=IntegerField())
    return (
        queryset.order_by()
        .annotate(tally_kind=Value(kind), tally_key=Value(key), tally_municipality=municipality)
        .values_list("tally_kind", "tally_key", "tally_municipality")
        .annotate(tally_count=count)
    )


def first_entries(needing: dict[str, QuerySet], chosen) -> dict[str, list]:
    """The first MAX_ENTRIES_PER_LIST entries of each list (in the chosen municipality, if
    any), in the list's order: one query per kind of entry (a UNION ALL of its lists, each row
    numbered in its list's order)."""
    lists_by_model: dict[type, list[tuple[AttentionList, QuerySet]]] = defaultdict(list)
    for attention in ATTENTION_LISTS:
        entries = needing[attention.key]
        if chosen:
            entries = entries.filter(**{attention.municipality_path: chosen})
        lists_by_model[entries.model].append((attention, entries))

    first: dict[str, list] = {attention.key: [] for attention in ATTENTION_LISTS}
    for model, lists in lists_by_model.items():
        branches = []
        for attention, entries in lists:
            ordering = (*attention.ordering, "pk")
            shown = entries.order_by(*ordering).values("pk")[:MAX_ENTRIES_PER_LIST]
            branches.append(
                with_display_details(model.objects.filter(pk__in=shown), attention)
                .annotate(
                    attention_key=Value(attention.key),
                    attention_position=Window(RowNumber(), order_by=ordering),
                )
                .order_by()
            )
        rows = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
        for entry in sorted(rows, key=lambda entry: entry.attention_position):
            first[entry.attention_key].append(entry)
    return first


def with_display_details(entries: QuerySet, attention: AttentionList) -> QuerySet:
    """Fetch the organisation along with an intervention or contact person, for its row."""
    if attention.organisation_path == "pk":
        return entries
    return entries.select_related("organisation")
