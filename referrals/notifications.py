"""Who hears about each step of a referral. E-mails carry a link, never client data."""

from __future__ import annotations

from django.urls import reverse

from accounts.models import NotificationOptOut, NotificationTopic
from mail import outbox
from organisations.models import Membership, MembershipRole
from organisations.permissions import coordinators_of

from .models import EventKind, LegalBasis, Meeting, MeetingStatus, Referral

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
    if kind == EventKind.UNREAD_REMINDER:
        remind_coordinators(referral)
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
