"""Ordinary saves, deletes and link changes of the directory, reported to
freshness.directory_changed, which decides what they make stale. Here only what changed is
found out: the fields a save names, or else those whose stored value differs (read just
before a full save, only the fields the search keeps)."""

from __future__ import annotations

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from ..models import Intervention, Organisation
from .freshness import RULES, directory_changed


def stored_fields(model: type[models.Model]) -> dict[str, str]:
    """The own (not many-to-many) fields of `model` the search keeps: name → attribute."""
    watched = RULES[model].watched
    return {
        field.name: field.attname for field in model._meta.concrete_fields if field.name in watched
    }


def before_save(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    if raw or instance._state.adding or update_fields is not None:
        return
    names = stored_fields(sender)
    instance._search_stored = sender._base_manager.filter(pk=instance.pk).values(*names).first()


def after_save(sender, instance, raw: bool = False, created: bool = False, **kwargs) -> None:
    if raw and sender in (Intervention, Organisation):
        return  # a fixture brings its keywords; its links follow
    # A bulk import reports once for all it saved.
    if getattr(instance, "defer_search_index", False):
        return
    update_fields = kwargs.get("update_fields")
    stored = getattr(instance, "_search_stored", None)
    instance._search_stored = None
    if created:
        fields = None
    elif update_fields is not None:
        fields = set(update_fields)
    elif stored is None:  # not read before the save (raw)
        fields = None
    else:
        fields = {
            name
            for name, attname in stored_fields(sender).items()
            if stored[name] != getattr(instance, attname)
        }
    directory_changed(sender, [instance.pk], fields)


def before_delete(sender, instance, **kwargs) -> None:
    # A term's (or a location's) links go with it, without a signal: remember whom they led to.
    if sender not in (Intervention, Organisation):
        instance._search_linked = list(instance.interventions.values_list("pk", flat=True))


def after_delete(sender, instance, **kwargs) -> None:
    linked = getattr(instance, "_search_linked", None)
    if linked:
        relations = {
            field.name for field in Intervention._meta.many_to_many if field.related_model is sender
        }
        directory_changed(Intervention, linked, relations)
    directory_changed(sender, [instance.pk])


def links_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    relation = RELATION_OF[sender]
    if reverse and action == "pre_clear":
        # post_clear does not say which interventions lost the term, so remember them now.
        instance._search_cleared = list(instance.interventions.values_list("pk", flat=True))
        return
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        pks = [instance.pk]
    elif action == "post_clear":
        pks = getattr(instance, "_search_cleared", [])
    else:
        pks = list(pk_set or [])
    directory_changed(Intervention, pks, {relation})


RELATION_OF = {
    getattr(Intervention, name).through: name
    for name in (
        "life_phases",
        "care_phases",
        "themes",
        "formats",
        "languages",
        "service_areas",
        "locations",
    )
}

for model in RULES:
    label = model._meta.model_name
    pre_save.connect(before_save, sender=model, dispatch_uid=f"search_before_save_{label}")
    post_save.connect(after_save, sender=model, dispatch_uid=f"search_after_save_{label}")
    pre_delete.connect(before_delete, sender=model, dispatch_uid=f"search_before_delete_{label}")
    post_delete.connect(after_delete, sender=model, dispatch_uid=f"search_after_delete_{label}")
for through, name in RELATION_OF.items():
    m2m_changed.connect(links_changed, sender=through, dispatch_uid=f"search_links_{name}")
