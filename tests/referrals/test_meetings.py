"""The joint meeting (driegesprek): proposed with a message, answered by the other side only,
never in the past, and a calendar invitation without client data."""

import datetime

import pytest
from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from consent.models import AccessLogEntry
from referrals.calendar import escape_text, fold
from referrals.models import (
    PAST_MOMENT_REFUSED,
    EventKind,
    Meeting,
    MeetingRefused,
    MeetingStatus,
    Referral,
)
from tests.conftest import CLIENT_NAME, signed_in

pytestmark = pytest.mark.django_db


def url(name: str, referral: Referral) -> str:
    return reverse(f"referrals:{name}", args=[referral.pk])


def form_moment(moment: datetime.datetime) -> str:
    """As the form's date-and-time field sends it (local time, to the minute)."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def ahead(days: int = 2) -> datetime.datetime:
    return (timezone.now() + datetime.timedelta(days=days)).replace(second=0, microsecond=0)


@pytest.fixture
def proposed(parties) -> Meeting:
    """The recipient proposes a meeting in two days, with a message."""
    referral = parties["referral"]
    referral.post_message(
        by=parties["recipient"],
        organisation=parties["receiving"],
        body="Zullen we samen langsgaan?",
        meeting_at=ahead(),
        meeting_place="Wijkcentrum De Kern, kamer 2; tweede verdieping",
    )
    return referral.meetings.get()


def step(user, name: str, meeting: Meeting, **fields) -> HttpClient:
    prefix = {"meeting_decline": "meeting_decline-", "meeting_reschedule": "meeting_reschedule-"}
    data = {f"{prefix.get(name, '')}meeting": meeting.pk}
    data |= {f"{prefix.get(name, '')}{key}": value for key, value in fields.items()}
    return signed_in(user).post(url(name, meeting.referral), data)


def meeting_events(referral: Referral) -> list[str]:
    return list(referral.events.filter(kind__startswith="meeting_").values_list("kind", flat=True))


def unfolded(calendar: str) -> dict[str, str]:
    """The content lines of an iCalendar text, unfolded (RFC 5545 §3.1), by property name
    (with its parameters, if any, left on the name)."""
    assert calendar.endswith("\r\n")
    physical = calendar.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in physical)
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    properties = {}
    for line in lines:
        name, _, value = line.partition(":")
        properties.setdefault(name, value)
    return properties


# --- Proposing ---


def test_a_proposal_with_a_message_is_a_meeting_the_other_side_hears_of_once(
    parties, django_capture_on_commit_callbacks
):
    referral = parties["referral"]
    moment = ahead(3)
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(parties["recipient"]).post(
            url("message", referral),
            {
                "message-body": "Samen langsgaan?",
                "message-meeting_at": form_moment(moment),
                "message-meeting_place": "Wijkcentrum",
            },
        )
    assert response.status_code == 302
    meeting = referral.meetings.get()
    assert meeting.status == MeetingStatus.PROPOSED and meeting.at == moment
    assert meeting.proposed_by_organisation == parties["receiving"]
    assert meeting.message.body == "Samen langsgaan?"
    assert meeting_events(referral) == [EventKind.MEETING_PROPOSED]
    assert [message.to for message in mail.outbox] == [[parties["sender"].email]]
    assert CLIENT_NAME not in mail.outbox[0].body and "Wijkcentrum" not in mail.outbox[0].body


def test_a_moment_in_the_past_is_refused_at_the_field_and_the_message_kept(parties):
    referral = parties["referral"]
    response = signed_in(parties["recipient"]).post(
        url("message", referral),
        {
            "message-body": "Samen langsgaan?",
            "message-meeting_at": form_moment(timezone.now() - datetime.timedelta(hours=1)),
            "message-meeting_place": "Wijkcentrum",
        },
    )
    assert response.status_code == 200  # the page again, nothing changed
    page = response.content.decode()
    assert str(PAST_MOMENT_REFUSED) in page
    assert 'id="id_message-meeting_at_error"' in page  # at the field
    assert "Samen langsgaan?" in page  # what she typed is kept
    assert not referral.messages.exists() and not Meeting.objects.exists()


def test_the_verb_refuses_the_past_too(parties):
    with pytest.raises(MeetingRefused) as refused:
        Meeting.propose(
            parties["referral"],
            by=parties["sender"],
            organisation=parties["sending"],
            at=timezone.now() - datetime.timedelta(minutes=1),
            place="Praktijk",
        )
    assert refused.value.field == "meeting_at"
    assert not Meeting.objects.exists()


# --- Answering ---


def test_only_the_other_side_answers(parties, proposed, django_capture_on_commit_callbacks):
    assert step(parties["recipient"], "meeting_accept", proposed).status_code == 403
    assert step(parties["recipient"], "meeting_decline", proposed).status_code == 403
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED
    with django_capture_on_commit_callbacks(execute=True):
        response = step(parties["sender"], "meeting_accept", proposed)
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.ACCEPTED
    assert proposed.answered_by == parties["sender"] and proposed.answered_at
    assert meeting_events(proposed.referral) == [
        EventKind.MEETING_PROPOSED,
        EventKind.MEETING_ACCEPTED,
    ]
    told = mail.outbox[-1]
    assert told.to == [parties["recipient"].email]  # the recipient's side: its member
    assert proposed.get_calendar_url() in told.body  # a link to the invitation, not the file
    assert not told.attachments


def test_the_verbs_guard_the_side_too(parties, proposed):
    with pytest.raises(MeetingRefused):
        proposed.accept(by=parties["recipient"], organisation=parties["receiving"])
    with pytest.raises(MeetingRefused):
        proposed.accept(by=parties["outsider"], organisation=parties["elsewhere"])
    assert Meeting.objects.get().status == MeetingStatus.PROPOSED


def test_declining_with_a_reason_cancels_the_invitation(parties, proposed):
    response = step(parties["sender"], "meeting_decline", proposed, reason="Dan ben ik er niet.")
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.DECLINED and proposed.sequence == 1
    assert proposed.decline_reason == "Dan ben ik er niet."
    assert meeting_events(proposed.referral)[-1] == EventKind.MEETING_DECLINED
    ics = signed_in(parties["recipient"]).get(proposed.get_calendar_url()).content.decode()
    properties = unfolded(ics)
    assert properties["METHOD"] == "CANCEL" and properties["STATUS"] == "CANCELLED"
    assert properties["SEQUENCE"] == "1"
    assert "Dan ben ik er niet" not in ics
    # Declined is final: no answer after it.
    assert step(parties["sender"], "meeting_accept", proposed).status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.DECLINED


def test_rescheduling_turns_the_question_around(parties, proposed):
    later = ahead(5)
    response = step(
        parties["sender"],
        "meeting_reschedule",
        proposed,
        at=form_moment(later),
        place="Praktijk De Linde",
    )
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.RESCHEDULED and proposed.at == later
    assert proposed.proposed_by_organisation == parties["sending"] and proposed.sequence == 1
    assert meeting_events(proposed.referral)[-1] == EventKind.MEETING_RESCHEDULED
    # Now the sender waits, and the recipient answers.
    assert step(parties["sender"], "meeting_accept", proposed).status_code == 403
    assert step(parties["recipient"], "meeting_accept", proposed).status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.ACCEPTED


def test_rescheduling_to_the_past_is_refused_at_the_field(parties, proposed):
    response = step(
        parties["sender"],
        "meeting_reschedule",
        proposed,
        at=form_moment(timezone.now() - datetime.timedelta(days=1)),
        place="Praktijk De Linde",
    )
    assert response.status_code == 200  # the page again, nothing changed
    page = response.content.decode()
    assert str(PAST_MOMENT_REFUSED) in page and "Praktijk De Linde" in page
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED and proposed.sequence == 0


def test_the_proposer_may_cancel_the_other_side_may_not_cancel_an_open_one(parties, proposed):
    step(parties["sender"], "meeting_cancel", proposed)
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED
    step(parties["recipient"], "meeting_cancel", proposed)
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.CANCELLED
    assert meeting_events(proposed.referral)[-1] == EventKind.MEETING_CANCELLED


def test_an_unanswered_meeting_whose_time_passed_is_expired(parties, proposed):
    Meeting.objects.filter(pk=proposed.pk).update(at=timezone.now() - datetime.timedelta(hours=2))
    page = signed_in(parties["sender"]).get(url("detail", proposed.referral)).content.decode()
    assert gettext("Expired: not answered in time") in page
    assert url("meeting_accept", proposed.referral) not in page
    assert url("meeting_reschedule", proposed.referral) in page
    step(parties["sender"], "meeting_accept", proposed)
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED and proposed.is_expired
    assert proposed.shown_status == "expired"
    step(parties["sender"], "meeting_reschedule", proposed, at=form_moment(ahead()), place="Hier")
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.RESCHEDULED and not proposed.is_expired


def test_the_page_shows_each_side_its_buttons(parties, proposed):
    referral = proposed.referral
    for_sender = signed_in(parties["sender"]).get(url("detail", referral)).content.decode()
    for_recipient = signed_in(parties["recipient"]).get(url("detail", referral)).content.decode()
    assert url("meeting_accept", referral) in for_sender
    assert url("meeting_cancel", referral) not in for_sender
    assert url("meeting_accept", referral) not in for_recipient
    assert url("meeting_cancel", referral) in for_recipient
    assert (
        proposed.get_calendar_url() in for_sender and proposed.get_calendar_url() in for_recipient
    )


def test_no_meeting_step_once_the_referral_is_withdrawn(parties, proposed):
    proposed.referral.withdraw(by=parties["sender"])
    step(parties["sender"], "meeting_accept", proposed)
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED


def test_a_meeting_of_another_referral_cannot_be_named(parties, proposed, handover):
    from tests.factories import ReferralFactory

    other = ReferralFactory(consent=handover["consent"])
    response = signed_in(parties["sender"]).post(
        url("meeting_accept", other), {"meeting": proposed.pk}
    )
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED


# --- The calendar invitation ---


def test_the_invitation_is_rfc_5545_without_client_data(parties, proposed):
    referral = proposed.referral
    response = signed_in(parties["sender"]).get(proposed.get_calendar_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    ics = response.content.decode()
    properties = unfolded(ics)
    assert properties["BEGIN"] == "VCALENDAR" and properties["VERSION"] == "2.0"
    assert properties["METHOD"] == "REQUEST"
    assert properties["UID"] == f"{proposed.pk}@rokportaal"
    assert properties["SEQUENCE"] == "0"
    assert properties["DTSTART"] == proposed.at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert properties["DTEND"] == (proposed.at + datetime.timedelta(hours=1)).astimezone(
        datetime.UTC
    ).strftime("%Y%m%dT%H%M%SZ")
    assert properties["DTSTAMP"].endswith("Z")
    assert properties["SUMMARY"] == "Driegesprek (ROK Portaal)"
    assert properties["LOCATION"] == "Wijkcentrum De Kern\\, kamer 2\\; tweede verdieping"
    assert properties["DESCRIPTION"].endswith(referral.get_absolute_url())
    assert properties["STATUS"] == "TENTATIVE"
    for private in (CLIENT_NAME, referral.reason, referral.client.phone, "langsgaan"):
        assert private not in ics
    # Not client data: not logged as access to it.
    assert not AccessLogEntry.objects.filter(user=parties["sender"]).exists()


def test_the_uid_stays_and_the_sequence_rises_when_moved(parties, proposed):
    before = unfolded(
        signed_in(parties["sender"]).get(proposed.get_calendar_url()).content.decode()
    )
    later = ahead(6)
    proposed.reschedule(
        by=parties["sender"], organisation=parties["sending"], at=later, place="Praktijk"
    )
    after = unfolded(signed_in(parties["sender"]).get(proposed.get_calendar_url()).content.decode())
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after["DTSTART"] == later.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def test_long_lines_are_folded_at_75_octets_without_splitting_a_character():
    line = "LOCATION:" + escape_text("Ëën héél lange plaats, met; tekens " * 5)
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 2
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join([parts[0], *(part[1:] for part in parts[1:])]) == line


def test_the_invitation_follows_the_referrals_access_rules(parties, proposed):
    path = proposed.get_calendar_url()
    anonymous = HttpClient().get(path)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url
    assert signed_in(parties["outsider"]).get(path).status_code == 404
    assert signed_in(parties["sender"]).post(path).status_code == 405
    for name in ("meeting_accept", "meeting_decline", "meeting_reschedule", "meeting_cancel"):
        assert signed_in(parties["sender"]).get(url(name, proposed.referral)).status_code == 405
        response = HttpClient().post(url(name, proposed.referral), {"meeting": proposed.pk})
        assert response.status_code == 302 and "/accounts/login/" in response.url
        assert step(parties["outsider"], name, proposed).status_code == 404
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.PROPOSED


def test_anonymising_the_referral_forgets_the_meetings_free_text(parties, proposed):
    step(parties["sender"], "meeting_decline", proposed, reason="Dan ben ik er niet.")
    referral = proposed.referral
    referral.withdraw(by=parties["sender"])
    referral.anonymise()
    meeting = Meeting.objects.get()
    assert (meeting.place, meeting.decline_reason, meeting.message) == ("", "", None)
    assert meeting_events(referral)  # the timeline, without free text, stays
