"""The directory's taxonomies in memory: municipalities, life phases, care phases, themes,
formats and languages.

Nearly every directory page shows their terms (search facets, result cards, entries). They are
public and change rarely, so each process loads a taxonomy once and keeps it for
TAXONOMY_CACHE_SECONDS, or until one of its terms changes: at once in the process that changed
it, and in the others when a page that reads the directory's tokens sees a new `terms_token`
(`follow`; freshness.py decides when it moves). A link to a term that is not in memory (added
by another process meanwhile) makes the taxonomy reload. Nothing about users or clients is kept
here.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import models
from django.db.models import F, Value

from ..models import CarePhase, DeliveryFormat, Language, LifePhase, Municipality, Theme

TAXONOMIES: tuple[type[models.Model], ...] = (
    Municipality,
    LifePhase,
    CarePhase,
    Theme,
    DeliveryFormat,
    Language,
)


class Taxonomy:
    """Every term of one taxonomy, active or not, in the taxonomy's own order."""

    def __init__(self, terms: Iterable[models.Model]) -> None:
        self.terms = tuple(terms)
        self.by_pk = {term.pk: term for term in self.terms}
        self.by_slug = {term.slug: term for term in self.terms}
        self.position = {term.pk: index for index, term in enumerate(self.terms)}
        self.loaded_at = time.monotonic()

    @property
    def is_fresh(self) -> bool:
        return time.monotonic() - self.loaded_at < settings.TAXONOMY_CACHE_SECONDS


_loaded: dict[type[models.Model], Taxonomy] = {}
_followed: object = None  # the terms token the taxonomies in memory were loaded under


def taxonomy(model: type[models.Model], *, reload: bool = False) -> Taxonomy:
    """The taxonomy of these terms, from memory unless it is stale (one query otherwise)."""
    loaded = _loaded.get(model)
    if reload or loaded is None or not loaded.is_fresh:
        loaded = _loaded[model] = Taxonomy(model.objects.all())
    return loaded


def terms(model: type[models.Model], *, active_only: bool = False) -> list[models.Model]:
    """The terms of a taxonomy in its order; with `active_only`, without deactivated ones."""
    found = taxonomy(model).terms
    if active_only:
        return [term for term in found if getattr(term, "is_active", True)]
    return list(found)


def forget(model: type[models.Model] | None = None) -> None:
    """Drop one taxonomy (or all) from memory: it is loaded again when next needed."""
    if model is None:
        _loaded.clear()
    else:
        _loaded.pop(model, None)


def follow(token: object) -> None:
    """Forget the taxonomies in memory when the directory's terms token is not the one they
    were kept under: another process changed a term since."""
    global _followed
    if token != _followed:
        _loaded.clear()
        _followed = token


def prefetch_terms(*wanted: tuple[Sequence[models.Model], Iterable[str]]) -> None:
    """Fill many-to-many relations to a taxonomy as prefetch_related would, in one query for
    all of them (the links), the terms themselves coming from memory.

    Each argument is (instances of one model, names of their relations to a taxonomy):
    `prefetch_terms((interventions, ["life_phases"]), ([organisation], ["municipalities"]))`
    fills `intervention.life_phases.all()` and `organisation.municipalities.all()`.
    """
    branches, relations = [], {}
    for instances, names in wanted:
        instances = [instance for instance in instances if instance.pk is not None]
        if not instances:
            continue
        for name in names:
            relation = instances[0]._meta.get_field(name)
            if relation.related_model not in TAXONOMIES:
                raise ValueError(f"{name} does not lead to a taxonomy")
            key = f"{relation.model._meta.label_lower}.{name}"
            relations[key] = (instances, relation)
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            branches.append(
                relation.remote_field.through.objects.filter(
                    **{f"{source}__in": [instance.pk for instance in instances]}
                )
                .order_by()
                .annotate(
                    link_key=Value(key),
                    link_source=F(f"{source}_id"),
                    link_target=F(f"{target}_id"),
                )
                .values_list("link_key", "link_source", "link_target")
            )
    if not branches:
        return
    links = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
    linked: dict[tuple[str, object], list[int]] = defaultdict(list)
    targets: dict[str, set[int]] = defaultdict(set)
    for key, source_pk, target_pk in links:
        linked[key, source_pk].append(target_pk)
        targets[key].add(target_pk)

    for key, (instances, relation) in relations.items():
        known = taxonomy(relation.related_model)
        if not targets[key] <= known.by_pk.keys():
            known = taxonomy(relation.related_model, reload=True)
        for instance in instances:
            pks = sorted(
                (pk for pk in linked[key, instance.pk] if pk in known.by_pk),
                key=known.position.__getitem__,
            )
            _set_prefetched(instance, relation.name, [known.by_pk[pk] for pk in pks])


def _set_prefetched(instance: models.Model, name: str, related: list[models.Model]) -> None:
    """Store `related` as the prefetched contents of `instance.<name>`, exactly as Django's
    prefetch_related_objects stores them (a QuerySet with its result cache filled)."""
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache.pop(name, None)
    queryset = getattr(instance, name).get_queryset()
    queryset._result_cache = related
    queryset._prefetch_done = True
    instance._prefetched_objects_cache[name] = queryset
