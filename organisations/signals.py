"""Keep editors' object permissions, and whether an organisation has members who receive
referrals, in step with memberships and accounts. (What the search keeps follows the
directory's changes through organisations/search/signals.py.)"""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Membership, Organisation
from .permissions import sync_editor_permission


@receiver(post_save, sender=Membership)
def membership_saved(sender, instance: Membership, raw: bool = False, **kwargs) -> None:
    if not raw:
        sync_editor_permission(instance)
        Organisation.objects.filter(pk=instance.organisation_id).keep_referral_receivers()


@receiver(post_delete, sender=Membership)
def membership_deleted(sender, instance: Membership, **kwargs) -> None:
    sync_editor_permission(instance, removed=True)
    Organisation.objects.filter(pk=instance.organisation_id).keep_referral_receivers()


@receiver(post_save, sender=get_user_model())
def account_saved(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    """An account switched off (or on again) changes whether its organisations can receive
    referrals; a save of other fields (a sign-in's time) does not."""
    if raw or kwargs.get("created"):
        return
    if update_fields is not None and "is_active" not in update_fields:
        return
    Organisation.objects.filter(memberships__user=instance).keep_referral_receivers()
