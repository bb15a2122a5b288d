"""Who hears about each step of a referral. E-mails carry a link, never client data."""

from __future__ import annotations

from django.urls import reverse

from mail import outbox
from organisations.models import Membership, MembershipRole
from organisations.permissions import coordinators_of

from .models import EventKind, LegalBasis, Referral

# Steps the recipient organisation hears about; the sender hears about the others.
TO_RECIPIENT = {
    EventKind.SENT,
    EventKind.WITHDRAWN,
    EventKind.CONSENT_WITHDRAWN,
    EventKind.MESSAGE_TO_RECIPIENT,
}

# The coordinators' e-mail about a referral nobody reads (no event of its own: the sender's
# reminder is the event).
UNREAD_REMINDER_TO_COORDINATOR = "unread_reminder_coordinator"


def recipients_for(referral: Referral, kind: str) -> list[str]:
    """The address(es) to tell about this step."""
    if kind not in TO_RECIPIENT:
        return [referral.sender.email]
    return receiving_members(referral)


def receiving_members(referral: Referral) -> list[str]:
    """Who at the recipient organisation hears about a referral: only its active members, who
    sign in to read it; never an address without an account (a contact person's or the
    organisation's referral address). The contact person's account if she is a member; else
    the members whose account is the organisation's referral address (a team's shared
    account); else every active member."""
    members = Membership.objects.filter(
        organisation_id=referral.recipient_organisation_id, user__is_active=True
    ).exclude(user__email="")
    addresses = dict(members.values_list("user_id", "user__email"))
    contact = referral.contact_person
    if contact and contact.user_id in addresses:
        return [addresses[contact.user_id]]
    shared = referral.recipient_organisation.referral_email.lower()
    return [shared] if shared in addresses.values() else sorted(addresses.values())


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
    if kind == EventKind.UNREAD_REMINDER:
        remind_coordinators(referral)
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


def remind_coordinators(referral: Referral) -> None:
    """Tell the coordinators of the recipient's region that a referral waits at an
    organisation where nobody signs in; the link leads to its colleagues page (a coordinator
    is no party to the referral and cannot open it)."""
    organisation = referral.recipient_organisation
    link = outbox.link_to(reverse("organisations:members", args=[organisation.slug]))
    kind = UNREAD_REMINDER_TO_COORDINATOR
    for address in coordinators_of(organisation).exclude(email="").values_list("email", flat=True):
        outbox.queue(
            email_kind(kind),
            [address],
            subject_template="referrals/email/notification_subject.txt",
            body_template="referrals/email/notification.txt",
            context={"kind": kind},
            link=link,
            about=referral,
        )
