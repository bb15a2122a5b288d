"""Who hears about each step of a referral. E-mails carry a link, never client data."""

from __future__ import annotations

from mail import outbox
from organisations.models import Membership, MembershipRole

from .models import EventKind, LegalBasis, Referral

# Steps the recipient organisation hears about; the sender hears about the others.
TO_RECIPIENT = {
    EventKind.SENT,
    EventKind.WITHDRAWN,
    EventKind.CONSENT_WITHDRAWN,
    EventKind.MESSAGE_TO_RECIPIENT,
}


def recipients_for(referral: Referral, kind: str) -> list[str]:
    """The address(es) to tell about this step."""
    if kind == EventKind.ASSIGNED:  # the colleague who now handles it
        return [referral.assignee.email] if referral.assignee_id else []
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
    """Queue an e-mail per address in the current transaction; it is delivered after commit.

    Sharing without consent is always reported to the sender organisation's designated officers.
    """
    messages = [(kind, address) for address in recipients_for(referral, kind)]
    if kind == EventKind.SENT and referral.legal_basis != LegalBasis.CONSENT:
        officers = officers_of(referral.sender_organisation_id)
        messages += [(EventKind.REPORTED_TO_OFFICER, address) for address in officers]
    link = outbox.link_to(referral.get_absolute_url())
    for message_kind, address in messages:
        outbox.queue(
            email_kind(message_kind),
            [address],
            subject_template="referrals/email/notification_subject.txt",
            body_template="referrals/email/notification.txt",
            context={"kind": message_kind},
            link=link,
            about=referral,
        )


def email_kind(event_kind: str) -> str:
    """The outbox's kind of an e-mail about this step of a referral."""
    return f"referral.{event_kind}"
