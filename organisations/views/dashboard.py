"""The coordinator dashboard (/beheer/): which entries need checking, and in which municipality.

Coordinators see their region (or the whole directory); editors see their own organisations.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.views.decorators.cache import never_cache

from ..digests import ATTENTION_LISTS, AttentionList
from ..models import Correction, Municipality, Organisation, VerificationDigest
from ..permissions import is_coordinator, maintained_organisations

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


@login_required
@never_cache
def dashboard(request: HttpRequest) -> HttpResponse:
    """Entries overdue for a check, stale waiting times, missing contacts, with counts per
    municipality, in a fixed number of queries however large the directory."""
    user = request.user
    organisations = maintained_organisations(user)
    coordinator = is_coordinator(user)
    if not (coordinator or organisations.exists()):
        raise PermissionDenied
    municipalities = list(municipalities_in_scope(user, organisations))
    chosen = next((m for m in municipalities if m.slug == request.GET.get("gemeente")), None)

    sections, columns = [], []
    for attention in ATTENTION_LISTS:
        entries = attention.find(organisations)
        columns.append(counts_per_municipality(entries, attention))
        if chosen:
            entries = entries.filter(**{attention.municipality_path: chosen})
        sections.append(
            AttentionSection(
                key=attention.key,
                title=attention.title,
                entries=list(
                    with_display_details(entries, attention).order_by(*attention.ordering)[
                        :MAX_ENTRIES_PER_LIST
                    ]
                ),
                count=entries.count(),
            )
        )
    rows = [MunicipalityRow(m, [column.get(m.pk, 0) for column in columns]) for m in municipalities]
    context = {
        "open_corrections": Correction.objects.open().about(organisations).count(),
        "sections": sections,
        "rows": rows,
        "chosen": chosen,
        "is_coordinator": coordinator,
        "verification_max_age_days": settings.VERIFICATION_MAX_AGE_DAYS,
        "capacity_max_age_days": settings.CAPACITY_MAX_AGE_DAYS,
    }
    if coordinator:
        context["last_digest"] = VerificationDigest.objects.select_related("organisation").first()
    else:
        context["own_organisations"] = list(
            organisations.annotate(last_digest_at=Max("verification_digests__sent_at")).order_by(
                "name"
            )
        )
    return render(request, "organisations/dashboard.html", context)


def municipalities_in_scope(user, organisations: QuerySet[Organisation]) -> QuerySet[Municipality]:
    """A coordinator's region (all municipalities without one); an editor's served ones."""
    if is_coordinator(user):
        region = user.coordinated_municipalities.all()
        if user.is_superuser or not region.exists():
            return Municipality.objects.all()
        return region
    return Municipality.objects.filter(organisations__in=organisations).distinct()


def counts_per_municipality(entries: QuerySet, attention: AttentionList) -> dict[int, int]:
    """How many of these entries count in each municipality, in one query (an entry serving
    several municipalities counts in each)."""
    path = attention.municipality_path
    grouped = entries.order_by().values(path).annotate(n=Count("pk", distinct=True))
    return {row[path]: row["n"] for row in grouped if row[path] is not None}


def with_display_details(entries: QuerySet, attention: AttentionList) -> QuerySet:
    """Fetch the organisation along with an intervention or contact person, for its row."""
    if attention.organisation_path == "pk":
        return entries
    return entries.select_related("organisation")
