""" "The directory changed": the one place that decides what must be rebuilt.

What the search keeps, and what makes it stale:
- in the database, each intervention's **search document**: its keywords (organisation name and
  the terms of its themes, life phases, care phases and formats; Intervention.build_keywords)
  and, on PostgreSQL, its search vector (query.SEARCH_VECTOR: name, keywords, summary,
  description). Rebuilt here, for the interventions concerned, in the writer's transaction.
- in each process, the **search index** (index.py: facet bitsets, the order by name, where
  each word occurs, where each intervention's locations are) with the text searches and the
  distances from postcodes remembered with it: valid while DirectoryVersion's
  `token` stays (and for at most SEARCH_INDEX_SECONDS).
- in each process, the public part of **result cards** (cards.py): valid for one `cards_token`,
  one day and one language.
- in each process, the **taxonomies** (taxonomy.py): valid for one `terms_token` where a page
  reads the tokens (search and organisation pages), else for at most TAXONOMY_CACHE_SECONDS;
  forgotten at once in the process that made the change.

`directory_changed(model, pks, fields)` is told what was written and moves only the tokens
whose kept data shows it: a "Klopt nog" click (verified_at) re-renders the cards, never the
index; a change to a field nothing here shows (a phone number, a KvK number) moves nothing.
The rules are the field sets in RULES. Tokens move in the writer's transaction, so a rolled-back
change moves none. Ordinary saves, deletes and link changes report themselves (signals.py);
code that writes without signals (bulk imports, the demo loader, the scale generator) calls
`directory_changed` itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple
from uuid import UUID

from django.db import connection, models
from django.db.models import Subquery

from ..models import DirectoryVersion, Intervention, Location, Municipality, Organisation
from . import taxonomy
from .query import SEARCH_VECTOR

# The taxonomies whose terms are part of an intervention's search keywords, by relation.
KEYWORD_RELATIONS = frozenset({"themes", "life_phases", "care_phases", "formats"})


@dataclass(frozen=True)
class Rule:
    """Which fields of one model each kept thing is built from. A field in none of them may
    change without anything being rebuilt."""

    documents: frozenset[str] = frozenset()  # the search documents of the interventions concerned
    index: frozenset[str] = frozenset()  # the search index and its remembered matches
    cards: frozenset[str] = frozenset()  # the rendered result cards
    is_taxonomy: bool = False  # any change reloads the taxonomy in memory

    @property
    def watched(self) -> frozenset[str]:
        return self.documents | self.index | self.cards


def _rule(documents: set[str], index: set[str], cards: set[str], **kwargs) -> Rule:
    # What the documents hold the index holds (the words); what the index holds a card may show.
    index = index | documents
    return Rule(frozenset(documents), frozenset(index), frozenset(cards | index), **kwargs)


# A term as a facet option: its slug names it, its label and place show in the facet panel.
# (The labels come from the taxonomies in memory today, but the index token is the version of
# everything a search page shows besides the cards: a facet panel kept per index token, as
# issue 16 considers, must see a renamed municipality or language.)
_TERM_OPTION_FIELDS = {"slug", "name", "name_en", "position", "is_active"}
_TERM_CARD_FIELDS = {"name", "name_en", "position"}  # a card shows labels, in the term order
RULES: dict[type[models.Model], Rule] = {
    Intervention: _rule(
        documents={"name", "summary", "description", "organisation", *KEYWORD_RELATIONS},
        # Listed or not, the facets, the order by name.
        index={
            "status",
            "access_route",
            "accepts_referrals",
            "accepts_new_families",
            "waiting_weeks",
            "service_areas",
            "languages",
            "locations",  # where it is: the distance from a postcode
        },
        # templates/organisations/search.html#result-facts.
        cards={
            "slug",
            "status_notice",
            "cost_option",
            "recognition_databank",
            "recognition_level",
            "capacity_updated_on",
            "verified_at",
        },
    ),
    # has_referral_receivers: whether a card says the offer takes portal referrals.
    Organisation: _rule(
        documents={"name"},
        index={"is_active", "domain", "kind"},
        cards={"slug", "has_referral_receivers"},
    ),
    # Where it is (index.Reach): its coordinates, or its municipality when it has none or its
    # address is confidential.
    Location: _rule(
        documents=set(),
        index={"latitude", "longitude", "is_confidential", "municipality"},
        cards=set(),
    ),
    **{
        model: _rule(
            documents={"name", "plain_name", "search_terms"} if keyword else set(),
            index=_TERM_OPTION_FIELDS - ({"name_en"} if model is Municipality else set()),
            cards=_TERM_CARD_FIELDS - ({"name_en", "position"} if model is Municipality else set()),
            is_taxonomy=True,
        )
        for model in taxonomy.TAXONOMIES
        for keyword in [
            any(
                Intervention._meta.get_field(name).related_model is model
                for name in KEYWORD_RELATIONS
            )
        ]
    },
}


@dataclass(frozen=True)
class Rebuilt:
    """What a change made stale: the interventions whose search documents were rebuilt, and
    which kept things every process rebuilds."""

    documents: int = 0
    index: bool = False
    cards: bool = False
    terms: bool = False


def directory_changed(
    model: type[models.Model] | None = None,
    pks: Iterable[object] | None = None,
    fields: Iterable[str] | None = None,
    *,
    documents_written: bool = False,
) -> Rebuilt:
    """Tell the search that rows of the directory changed, and rebuild what that made stale.

    `model`: Intervention, Organisation, Location or a taxonomy (taxonomy.TAXONOMIES); None:
    anything may have changed (a bulk load). `pks`: which of its rows (None: any). `fields`:
    which of their fields, many-to-many relations by name (None: any, as for a new or deleted
    row).
    `documents_written`: the writer wrote the search documents itself (set-based, at scale).
    Returns what was rebuilt."""
    if model is None:
        taxonomy.forget()
        documents = 0 if documents_written else refresh_search_documents(Intervention.objects.all())
        DirectoryVersion.move(["token", "cards_token", "terms_token"])
        return Rebuilt(documents, index=True, cards=True, terms=True)
    rule = RULES.get(model)
    if rule is None:
        raise ValueError(f"The search keeps nothing of {model.__name__}.")
    pks = None if pks is None else list(pks)
    fields = None if fields is None else set(fields)
    # A taxonomy in memory holds every field of its terms: any change reloads it.
    if pks == [] or (fields is not None and not rule.is_taxonomy and not fields & rule.watched):
        return Rebuilt()

    def touches(watched: frozenset[str]) -> bool:
        return bool(watched) and (fields is None or bool(fields & watched))

    documents = 0
    if touches(rule.documents) and not documents_written:
        documents = refresh_search_documents(concerned_interventions(model, pks))
    stale = Rebuilt(documents, touches(rule.index), touches(rule.cards), rule.is_taxonomy)
    if stale.terms:
        taxonomy.forget(model)  # this process at once; the others by the token
    tokens = {"token": stale.index, "cards_token": stale.cards, "terms_token": stale.terms}
    DirectoryVersion.move(name for name, moved in tokens.items() if moved)
    return stale


def concerned_interventions(model: type[models.Model], pks: list | None) -> models.QuerySet:
    """The interventions whose search documents are built from these rows of `model`."""
    interventions = Intervention.objects.all()
    if model is Intervention:
        return interventions if pks is None else interventions.filter(pk__in=pks)
    if model is Organisation:
        found = {} if pks is None else {"organisation__in": pks}
        return interventions.filter(**found)
    relations = [
        name
        for name in KEYWORD_RELATIONS
        if Intervention._meta.get_field(name).related_model is model
    ]
    if pks is None:
        found = models.Q(**{f"{relations[0]}__isnull": False})
    else:
        found = models.Q(**{f"{relations[0]}__in": pks})
    return interventions.filter(found).distinct()


def refresh_search_documents(interventions: models.QuerySet) -> int:
    """Rebuild the keywords (and on PostgreSQL the search vector) of these interventions;
    how many there were."""
    interventions = list(
        interventions.order_by().select_related("organisation").prefetch_related(*KEYWORD_RELATIONS)
    )
    for intervention in interventions:
        intervention.keywords = intervention.build_keywords()
    Intervention.objects.bulk_update(interventions, ["keywords"], batch_size=500)
    if connection.vendor == "postgresql" and interventions:
        Intervention.objects.filter(pk__in=[i.pk for i in interventions]).update(
            search_document=SEARCH_VECTOR
        )
    return len(interventions)


# --- Reading the tokens ---


class Version(NamedTuple):
    """The directory's tokens as one page read them."""

    index: UUID | None
    cards: UUID | None
    terms: UUID | None


def current_version() -> Version:
    """The directory's tokens, in one query; the taxonomies in memory follow `terms`."""
    row = DirectoryVersion.objects.values_list("token", "cards_token", "terms_token").first()
    version = Version(*(row or (None, None, None)))
    taxonomy.follow(version.terms)
    return version


def with_version(queryset: models.QuerySet) -> models.QuerySet:
    """The rows with the tokens cards and taxonomies need (`version_of`), in the same query."""
    tokens = DirectoryVersion.objects.order_by("pk")
    return queryset.annotate(
        directory_cards=Subquery(tokens.values("cards_token")[:1]),
        directory_terms=Subquery(tokens.values("terms_token")[:1]),
    )


def version_of(row: models.Model) -> Version:
    """The tokens `with_version` read along with this row; the taxonomies follow them."""
    version = Version(None, row.directory_cards, row.directory_terms)
    taxonomy.follow(version.terms)
    return version
