"""Who hears about each step of a referral. E-mails carry a link, never client data."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from organisations.models import Membership, MembershipRole

from .models import EventKind, LegalBasis, Notification, Referral

logger = logging.getLogger(__name__)

# Steps the recipient organisation hears about; the sender hears about the others.
TO_RECIPIENT = {
    EventKind.SENT,
    EventKind.WITHDRAWN,
    EventKind.CONSENT_WITHDRAWN,
    EventKind.MESSAGE_TO_RECIPIENT,
}
MAX_ATTEMPTS = 10


def recipients_for(referral: Referral, kind: str) -> list[str]:
    """The address(es) to tell about this step."""
    if kind not in TO_RECIPIENT:
        return [referral.sender.email]
    contact = referral.contact_person
    if contact and contact.user_id and contact.user.is_active:
        return [contact.user.email]
    if contact and contact.email:
        return [contact.email]
    organisation = referral.recipient_organisation
    return [address for address in [organisation.referral_email or organisation.email] if address]


def officers_of(organisation_id: int) -> list[str]:
    """The designated officers (aandachtsfunctionarissen) of an organisation."""
    return list(
        Membership.objects.filter(
            organisation_id=organisation_id, role=MembershipRole.OFFICER, user__is_active=True
        ).values_list("user__email", flat=True)
    )


def notify(referral: Referral, kind: str) -> None:
    """Store a notification per address in the current transaction; deliver after commit.

    Sharing without consent is always reported to the sender organisation's designated officers.
    """
    from .tasks import deliver_notification

    messages = [(kind, address) for address in recipients_for(referral, kind)]
    if kind == EventKind.SENT and referral.legal_basis != LegalBasis.CONSENT:
        officers = officers_of(referral.sender_organisation_id)
        messages += [(EventKind.REPORTED_TO_OFFICER, address) for address in officers]
    for message_kind, address in messages:
        notification = Notification.objects.create(
            referral=referral, kind=message_kind, to_email=address
        )
        transaction.on_commit(lambda pk=notification.pk: enqueue(deliver_notification, pk))


def enqueue(task, pk: int) -> None:
    try:
        task.enqueue(pk)
    except Exception:  # the queue may be down: the row stays pending for the retry command
        logger.exception("Could not queue notification %s", pk)


def deliver(notification: Notification) -> bool:
    """Send one notification now; on failure count the attempt and keep it pending."""
    referral = notification.referral
    link = settings.PORTAL_BASE_URL.rstrip("/") + referral.get_absolute_url()
    with translation.override(settings.LANGUAGE_CODE):
        context = {"kind": notification.kind, "link": link}
        subject = render_to_string("referrals/email/notification_subject.txt", context).strip()
        body = render_to_string("referrals/email/notification.txt", context)
    try:
        send_mail(subject, body, None, [notification.to_email])
    except Exception as error:
        Notification.objects.filter(pk=notification.pk).update(
            attempts=notification.attempts + 1, last_error=type(error).__name__[:200]
        )
        logger.warning("Notification %s not delivered: %s", notification.pk, type(error).__name__)
        return False
    Notification.objects.filter(pk=notification.pk).update(
        delivered_at=timezone.now(), attempts=notification.attempts + 1, last_error=""
    )
    return True
