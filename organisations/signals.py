"""Keep search keywords in step with the names an intervention is found by, editors' object
permissions in step with their memberships, and the taxonomies in memory in step with the
database."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from . import taxonomy
from .models import (
    CarePhase,
    DeliveryFormat,
    DirectoryVersion,
    Intervention,
    LifePhase,
    Membership,
    Organisation,
    Theme,
)
from .permissions import sync_editor_permission

TERM_RELATIONS = {
    Theme: "themes",
    LifePhase: "life_phases",
    CarePhase: "care_phases",
    DeliveryFormat: "formats",
}


@receiver(post_save, sender=Intervention)
def intervention_saved(sender, instance: Intervention, raw: bool = False, **kwargs) -> None:
    # A bulk import refreshes the index once for all it saved (defer_search_index).
    if not raw and not getattr(instance, "defer_search_index", False):
        Intervention.objects.filter(pk=instance.pk).refresh_search_index()


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance: Organisation, raw: bool = False, **kwargs) -> None:
    if not raw and not kwargs.get("created"):
        instance.interventions.all().refresh_search_index()


def term_saved(sender, instance, raw: bool = False, created: bool = False, **kwargs) -> None:
    if not raw and not created:
        instance.interventions.all().refresh_search_index()


def terms_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if reverse and action == "pre_clear":
        # post_clear does not say which interventions lost the term, so remember them now.
        instance._cleared_intervention_ids = list(instance.interventions.values_list("pk"))
        return
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        pk_set = {instance.pk}
    elif action == "post_clear":
        pk_set = {pk for (pk,) in getattr(instance, "_cleared_intervention_ids", [])}
    Intervention.objects.filter(pk__in=pk_set).refresh_search_index()


for term_model, relation in TERM_RELATIONS.items():
    post_save.connect(term_saved, sender=term_model, dispatch_uid=f"term_saved_{relation}")
    m2m_changed.connect(
        terms_changed,
        sender=getattr(Intervention, relation).through,
        dispatch_uid=f"terms_changed_{relation}",
    )


def links_changed(sender, action: str, **kwargs) -> None:
    # Links the search keywords do not hold, but the search facets do.
    if action in {"post_add", "post_remove", "post_clear"}:
        DirectoryVersion.changed()


for relation in ("service_areas", "languages"):
    m2m_changed.connect(
        links_changed,
        sender=getattr(Intervention, relation).through,
        dispatch_uid=f"links_changed_{relation}",
    )


@receiver(post_delete, sender=Intervention)
def intervention_deleted(sender, instance: Intervention, **kwargs) -> None:
    DirectoryVersion.changed()


@receiver(post_save, sender=Membership)
def membership_saved(sender, instance: Membership, raw: bool = False, **kwargs) -> None:
    if not raw:
        sync_editor_permission(instance)


@receiver(post_delete, sender=Membership)
def membership_deleted(sender, instance: Membership, **kwargs) -> None:
    sync_editor_permission(instance, removed=True)


def taxonomy_changed(sender, **kwargs) -> None:
    # Also for fixtures (raw): the terms in memory must be the ones in the database.
    taxonomy.forget(sender)


for taxonomy_model in taxonomy.TAXONOMIES:
    label = taxonomy_model._meta.model_name
    post_save.connect(taxonomy_changed, sender=taxonomy_model, dispatch_uid=f"{label}_saved")
    post_delete.connect(taxonomy_changed, sender=taxonomy_model, dispatch_uid=f"{label}_deleted")
