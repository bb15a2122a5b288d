"""Keep editors' object permissions in step with their memberships. (What the search keeps
follows the directory's changes through organisations/search/signals.py.)"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Membership
from .permissions import sync_editor_permission


@receiver(post_save, sender=Membership)
def membership_saved(sender, instance: Membership, raw: bool = False, **kwargs) -> None:
    if not raw:
        sync_editor_permission(instance)


@receiver(post_delete, sender=Membership)
def membership_deleted(sender, instance: Membership, **kwargs) -> None:
    sync_editor_permission(instance, removed=True)
