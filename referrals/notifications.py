"""Who hears about each step of a referral. E-mails carry a link, never client data."""

from __future__ import annotations

from accounts.models import NotificationOptOut, NotificationTopic
from mail import outbox
from organisations.models import Membership, MembershipRole

from .models import EventKind, LegalBasis, Meeting, MeetingStatus, Referral

# Steps the recipient organisation hears about; the sender hears about the others.
TO_RECIPIENT = {
    EventKind.SENT,
    EventKind.WITHDRAWN,
    EventKind.CONSENT_WITHDRAWN,
    EventKind.MESSAGE_TO_RECIPIENT,
}


# The topic a user may switch off (accounts.models.NotificationTopic) per step. A step not
# named here (a new referral, a withdrawal, a consent withdrawn, a report to the designated
# officer, and any step added later until it is named) is always sent.
TOPICS = {
    EventKind.MESSAGE_TO_RECIPIENT: NotificationTopic.MESSAGES,
    EventKind.MESSAGE_TO_SENDER: NotificationTopic.MESSAGES,
    EventKind.MEETING_PROPOSED: NotificationTopic.MESSAGES,
    EventKind.MEETING_ACCEPTED: NotificationTopic.MESSAGES,
    EventKind.MEETING_DECLINED: NotificationTopic.MESSAGES,
    EventKind.MEETING_RESCHEDULED: NotificationTopic.MESSAGES,
    EventKind.MEETING_CANCELLED: NotificationTopic.MESSAGES,
    EventKind.ACCEPTED: NotificationTopic.PROGRESS,
    EventKind.DECLINED: NotificationTopic.PROGRESS,
    EventKind.CLOSED: NotificationTopic.PROGRESS,
    EventKind.CONTACTED: NotificationTopic.PROGRESS,
    EventKind.APPOINTMENT_PLANNED: NotificationTopic.PROGRESS,
    EventKind.HELP_STARTED: NotificationTopic.PROGRESS,
    EventKind.NOT_REACHED: NotificationTopic.PROGRESS,
}

# Steps of a joint meeting go to the side that did not take them (`notify(to_recipient=…)`).
MEETING_KINDS = {
    EventKind.MEETING_PROPOSED,
    EventKind.MEETING_ACCEPTED,
    EventKind.MEETING_DECLINED,
    EventKind.MEETING_RESCHEDULED,
    EventKind.MEETING_CANCELLED,
}


def recipients_for(referral: Referral, kind: str, *, to_recipient: bool | None = None) -> list[str]:
    """The address(es) to tell about this step: the recipient's side for the steps in
    TO_RECIPIENT (or as `to_recipient` says), else the sender; without those who switched the
    step's topic off (TOPICS; the one place preferences are consulted). The colleague a
    referral is assigned to is always told, and is then the recipient's side."""
    if kind == EventKind.ASSIGNED:
        addresses = [referral.assignee.email] if referral.assignee_id else []
    else:
        side = kind in TO_RECIPIENT if to_recipient is None else to_recipient
        addresses = _side_addresses(referral, side)
    return NotificationOptOut.objects.wanted(addresses, TOPICS.get(kind))


def _side_addresses(referral: Referral, to_recipient: bool) -> list[str]:
    if not to_recipient:
        return [referral.sender.email]
    if referral.assignee_id and referral.assignee.is_active:  # she handles it for her team
        return [referral.assignee.email]
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


def notify(
    referral: Referral,
    kind: str,
    *,
    to_recipient: bool | None = None,
    meeting: Meeting | None = None,
) -> None:
    """Queue an e-mail per address in the current transaction; it is delivered after commit.

    Sharing without consent is always reported to the sender organisation's designated officers.
    An e-mail about a joint meeting that is on (accepted, or moved) links its calendar
    invitation; the file itself is downloaded by the signed-in reader, never attached.
    """
    messages = [
        (kind, address) for address in recipients_for(referral, kind, to_recipient=to_recipient)
    ]
    if kind == EventKind.SENT and referral.legal_basis != LegalBasis.CONSENT:
        officers = officers_of(referral.sender_organisation_id)
        messages += [(EventKind.REPORTED_TO_OFFICER, address) for address in officers]
    link = outbox.link_to(referral.get_absolute_url())
    calendar_link = (
        outbox.link_to(meeting.get_calendar_url())
        if meeting is not None
        and meeting.status in (MeetingStatus.ACCEPTED, MeetingStatus.RESCHEDULED)
        else ""
    )
    for message_kind, address in messages:
        outbox.queue(
            email_kind(message_kind),
            [address],
            subject_template="referrals/email/notification_subject.txt",
            body_template="referrals/email/notification.txt",
            context={"kind": message_kind, "calendar_link": calendar_link},
            link=link,
            about=referral,
        )


def email_kind(event_kind: str) -> str:
    """The outbox's kind of an e-mail about this step of a referral."""
    return f"referral.{event_kind}"
