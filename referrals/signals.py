"""A member who leaves the recipient organisation no longer handles its referrals."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from organisations.models import Membership

from .models import OPEN_STATUSES, EventKind, Referral, ReferralEvent


@receiver(post_delete, sender=Membership, dispatch_uid="referrals_unassign_former_member")
def unassign_former_member(sender, instance: Membership, **kwargs) -> None:
    """Take the former member off the open referrals her organisation received, each with an
    UNASSIGNED event (no actor: nobody chose it), so the inbox shows them as unassigned and
    the sender sees no contact who is gone. Runs in the transaction that ends the membership
    (Membership.end), so both happen or neither."""
    with transaction.atomic():
        _unassign(instance)


def _unassign(instance: Membership) -> None:
    referrals = Referral.objects.select_for_update().filter(
        recipient_organisation_id=instance.organisation_id,
        assignee_id=instance.user_id,
        status__in=OPEN_STATUSES,
    )
    for referral in referrals:
        Referral.objects.filter(pk=referral.pk).update(assignee=None)
        ReferralEvent.objects.create(
            referral=referral,
            actor=None,
            kind=EventKind.UNASSIGNED,
            from_status=referral.status,
            to_status=referral.status,
            assignee_id=instance.user_id,
        )
