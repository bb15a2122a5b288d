"""Assigning a received referral to a member of the recipient organisation: who may, to whom,
the timeline, the e-mail to the assignee, and the contact the sender sees."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext

from organisations.models import Membership, MembershipRole
from referrals.models import (
    AssignmentRefusal,
    AssignmentRefused,
    EventKind,
    InvalidTransition,
    Referral,
    ReferralEvent,
)
from tests.conftest import signed_in
from tests.factories import ContactPersonFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(parties) -> dict:
    """`parties` with two colleagues of the recipient: `colleague` and `other_colleague`."""
    colleague = UserFactory(full_name="Collega Ontvanger", email="collega@schuldhulp.example")
    other = UserFactory(full_name="Andere Collega", email="andere@schuldhulp.example")
    for user in (colleague, other):
        MembershipFactory(user=user, organisation=parties["receiving"])
    return {**parties, "colleague": colleague, "other_colleague": other}


def assign_url(referral) -> str:
    return reverse("referrals:assign", args=[referral.pk])


def assignment_events(referral) -> list[tuple]:
    return list(
        ReferralEvent.objects.filter(
            referral=referral, kind__in=[EventKind.ASSIGNED, EventKind.UNASSIGNED]
        ).values_list("kind", "assignee_id", "actor_id")
    )


def test_a_member_assigns_a_colleague_who_is_told_by_a_link_only(
    team, django_capture_on_commit_callbacks
):
    referral, colleague = team["referral"], team["colleague"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(team["recipient"]).post(
            assign_url(referral), {"assign-assignee": colleague.pk}
        )
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.assignee == colleague
    assert assignment_events(referral) == [(EventKind.ASSIGNED, colleague.pk, team["recipient"].pk)]
    event = referral.events.get(kind=EventKind.ASSIGNED)
    assert event.from_status == event.to_status == referral.status
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    body = mail.outbox[0].body
    assert f"/verwijzingen/{referral.pk}/" in body
    for private in (team["client"].full_name, referral.reason):
        assert private not in body and private not in mail.outbox[0].subject


def test_assigning_herself_sends_no_mail(team, django_capture_on_commit_callbacks):
    referral = team["referral"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        referral.assign(to=team["recipient"], by=team["recipient"])
    assert referral.assignee == team["recipient"]
    assert mail.outbox == []


def test_reassigning_and_unassigning_are_each_on_the_timeline(team):
    referral, recipient = team["referral"], team["recipient"]
    client = signed_in(recipient)
    client.post(assign_url(referral), {"assign-assignee": team["colleague"].pk})
    client.post(assign_url(referral), {"assign-assignee": team["other_colleague"].pk})
    client.post(assign_url(referral), {"assign-assignee": ""})
    referral.refresh_from_db()
    assert referral.assignee is None
    assert assignment_events(referral) == [
        (EventKind.ASSIGNED, team["colleague"].pk, recipient.pk),
        (EventKind.ASSIGNED, team["other_colleague"].pk, recipient.pk),
        (EventKind.UNASSIGNED, team["other_colleague"].pk, recipient.pk),
    ]
    page = client.get(referral.get_absolute_url()).content.decode()
    assert gettext("No longer assigned") in page


def test_assigning_the_one_already_assigned_changes_nothing(team):
    referral = team["referral"]
    referral.assign(to=team["colleague"], by=team["recipient"])
    referral.assign(to=team["colleague"], by=team["recipient"])
    assert len(assignment_events(referral)) == 1


def test_an_assignee_from_another_organisation_is_refused_with_a_clear_message(team):
    referral = team["referral"]
    response = signed_in(team["recipient"]).post(
        assign_url(referral), {"assign-assignee": team["outsider"].pk}, follow=True
    )
    assert str(AssignmentRefusal.NOT_A_MEMBER.label) in response.content.decode()
    referral.refresh_from_db()
    assert referral.assignee is None
    assert assignment_events(referral) == []


def test_the_verb_refuses_non_members_on_either_side(team):
    referral = team["referral"]
    with pytest.raises(AssignmentRefused) as refused:
        referral.assign(to=team["sender"], by=team["recipient"])
    assert refused.value.reason == AssignmentRefusal.NOT_A_MEMBER
    with pytest.raises(AssignmentRefused) as refused:
        referral.assign(to=team["colleague"], by=team["sender"])
    assert refused.value.reason == AssignmentRefusal.ASSIGNER_NOT_A_MEMBER
    inactive = team["colleague"]
    inactive.is_active = False
    inactive.save()
    with pytest.raises(AssignmentRefused):
        referral.assign(to=inactive, by=team["recipient"])
    assert Referral.objects.get(pk=referral.pk).assignee_id is None


def test_a_referral_that_has_ended_cannot_be_assigned(team):
    referral = team["referral"]
    referral.decline(by=team["recipient"], reason="Geen plek.")
    with pytest.raises(InvalidTransition):
        referral.assign(to=team["colleague"], by=team["recipient"])
    response = signed_in(team["recipient"]).post(
        assign_url(referral), {"assign-assignee": team["colleague"].pk}, follow=True
    )
    assert response.status_code == 200
    assert Referral.objects.get(pk=referral.pk).assignee_id is None


def test_an_accepted_referral_can_be_assigned(team):
    referral = team["referral"]
    referral.accept(by=team["recipient"])
    referral.assign(to=team["colleague"], by=team["recipient"])
    assert referral.assignee == team["colleague"]


@pytest.mark.parametrize(
    ("who", "expected"), [("sender", 403), ("outsider", 404), ("coordinator", 404)]
)
def test_only_the_recipient_side_may_assign(team, who, expected):
    referral = team["referral"]
    response = signed_in(team[who]).post(
        assign_url(referral), {"assign-assignee": team["colleague"].pk}
    )
    assert response.status_code == expected
    assert Referral.objects.get(pk=referral.pk).assignee_id is None


def test_assigning_needs_a_signed_in_post(team):
    url = assign_url(team["referral"])
    anonymous = signed_in(None).post(url, {"assign-assignee": team["colleague"].pk})
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert signed_in(team["recipient"]).get(url).status_code == 405
    assert Referral.objects.get(pk=team["referral"].pk).assignee_id is None


def test_the_sender_sees_the_assignee_as_her_contact(team):
    referral, colleague = team["referral"], team["colleague"]
    colleague.job_title = "Schuldhulpmaatje"
    colleague.save()
    ContactPersonFactory(
        organisation=team["receiving"], user=colleague, phone="0570 123 456", name="Collega"
    )
    referral.assign(to=colleague, by=team["recipient"])
    page = signed_in(team["sender"]).get(referral.get_absolute_url()).content.decode()
    assert gettext("Contact at the recipient") in page
    for detail in ("Collega Ontvanger", "Schuldhulpmaatje", "0570 123 456", colleague.email):
        assert detail in page
    assert str(team["receiving"]) in page
    # The sender only reads it: the assignment form is the recipient's.
    assert 'name="assign-assignee"' not in page


def test_the_recipient_is_offered_only_her_colleagues(team):
    page = signed_in(team["recipient"]).get(team["referral"].get_absolute_url())
    html = page.content.decode()
    offered = [str(label) for value, label in page.context["assign_form"]["assignee"].field.choices]
    assert "Collega Ontvanger" in offered and "Andere Collega" in offered
    assert team["outsider"].get_full_name() not in offered
    assert team["sender"].get_full_name() not in offered
    assert gettext("Assign to me") in html


def test_a_member_who_leaves_is_taken_off_her_referrals(team):
    referral, colleague = team["referral"], team["colleague"]
    referral.assign(to=colleague, by=team["recipient"])
    Membership.objects.get(user=colleague, organisation=team["receiving"]).end(by=team["recipient"])
    referral.refresh_from_db()
    assert referral.assignee is None
    assert assignment_events(referral)[-1] == (EventKind.UNASSIGNED, colleague.pk, None)


@pytest.mark.postgres(reason="the database trigger that guards the assignee")
def test_the_database_refuses_an_assignee_from_outside(team):
    referral = team["referral"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Referral.objects.filter(pk=referral.pk).update(assignee=team["outsider"])
    MembershipFactory(
        user=team["outsider"], organisation=team["receiving"], role=MembershipRole.PROFESSIONAL
    )
    Referral.objects.filter(pk=referral.pk).update(assignee=team["outsider"])
    assert Referral.objects.get(pk=referral.pk).assignee == team["outsider"]
