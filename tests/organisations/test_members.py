"""Who works for an organisation: every role opens its referrals, so nobody grants a role she
does not hold or raises her own, everyone joins by accepting an invitation, the officer role
comes only from an officer (or a superuser), the answer never reveals an account, and every
change is in the log the organisation's officers read."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client, TestCase
from django.urls import reverse

from organisations.models import (
    Invitation,
    Membership,
    MembershipAction,
    MembershipError,
    MembershipEvent,
    MembershipRole,
)
from organisations.permissions import can_maintain
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

PROFESSIONAL, EDITOR, OFFICER = (
    MembershipRole.PROFESSIONAL,
    MembershipRole.EDITOR,
    MembershipRole.OFFICER,
)


@pytest.fixture
def officer(organisation):
    user = UserFactory(email="functionaris@wijk.example", full_name="Functionaris Wijkteam")
    MembershipFactory(user=user, organisation=organisation, role=OFFICER)
    return user


@pytest.fixture
def colleague(organisation):
    """A professional of the organisation."""
    user = UserFactory(email="collega@wijk.example", full_name="Collega Wijkteam")
    MembershipFactory(user=user, organisation=organisation, role=PROFESSIONAL)
    return user


def members_url(organisation) -> str:
    return reverse("organisations:members", args=[organisation.slug])


def invite(client, organisation, email: str, role: str = PROFESSIONAL):
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the request's work is committed
        return client.post(members_url(organisation), {"email": email, "role": role}, follow=True)


def link_in_mail() -> str:
    (message,) = mail.outbox
    return "/" + re.search(r"https?://\S+", message.body).group(0).split("/", 3)[3]


def feedback(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def change_role(client, membership: Membership, role: str):
    url = reverse("organisations:change_role", args=[membership.pk])
    return client.post(url, {f"m{membership.pk}-role": role})


# --- Joining is an invitation the invitee accepts ---


def test_an_existing_account_joins_only_by_accepting(editor, organisation, login):
    elsewhere = UserFactory(email="wijkcoach@elders.example")
    MembershipFactory(user=elsewhere, organisation=OrganisationFactory(), role=PROFESSIONAL)
    invite(login(editor), organisation, "Wijkcoach@elders.example")
    assert not Membership.objects.filter(user=elsewhere, organisation=organisation).exists()
    path = link_in_mail()

    page = Client().get(path).content.decode()  # not signed in: sign in first
    assert reverse("accounts:login") in page
    assert Client().post(path).status_code == 200
    assert not Membership.objects.filter(user=elsewhere, organisation=organisation).exists()

    someone_else = login(editor)  # signed in, but not as the invitee
    assert someone_else.post(path).status_code == 200
    assert not Membership.objects.filter(user=elsewhere, organisation=organisation).exists()

    response = login(elsewhere).post(path)
    assert response.status_code == 302
    membership = Membership.objects.get(user=elsewhere, organisation=organisation)
    assert membership.role == PROFESSIONAL
    assert login(elsewhere).get(path).status_code == 410  # the link worked once
    actions = list(
        MembershipEvent.objects.filter(organisation=organisation)
        .order_by("at", "pk")
        .values_list("action", "actor__email", "email")
    )
    assert actions == [
        (MembershipAction.INVITED, editor.email, "wijkcoach@elders.example"),
        (MembershipAction.JOINED, "wijkcoach@elders.example", "wijkcoach@elders.example"),
    ]


def test_the_answer_does_not_reveal_whether_an_address_has_an_account(editor, organisation, login):
    UserFactory(email="bestaat@elders.example")
    UserFactory(email="gestopt@elders.example", is_active=False)
    client = login(editor)
    answers = []
    for email in ("bestaat@elders.example", "gestopt@elders.example", "nieuw@elders.example"):
        response = invite(client, organisation, email)
        assert response.status_code == 200
        answers.append([text.replace(email, "…") for text in feedback(response)])
        assert Invitation.objects.pending().filter(email=email).exists()
        assert len(mail.outbox) == 1
    assert answers[0] == answers[1] == answers[2]
    assert not Membership.objects.filter(user__email__endswith="elders.example").exists()


def test_nobody_invites_themselves(coordinator, editor, organisation, login):
    for user in (coordinator, editor):
        response = invite(login(user), organisation, user.email.upper())
        assert "email" in response.context["form"].errors
    assert not Invitation.objects.exists()
    with pytest.raises(MembershipError):
        Invitation.send_new(
            email=coordinator.email, organisation=organisation, role=EDITOR, by=coordinator
        )
    assert not Membership.objects.filter(user=coordinator).exists()


def test_whoever_sent_an_invitation_cannot_accept_it(coordinator, organisation):
    invitation, _token = Invitation.send_new(
        email="nieuw@wijk.example", organisation=organisation, role=EDITOR, by=coordinator
    )
    coordinator.email = "nieuw@wijk.example"  # the inviter's address changed meanwhile
    coordinator.save()
    with pytest.raises(ValidationError):
        invitation.accept_by(coordinator)
    assert not Membership.objects.filter(user=coordinator).exists()


# --- Nobody grants a role she does not hold, nor raises her own ---


@pytest.mark.parametrize(
    ("who", "grantable"),
    [
        ("editor", {PROFESSIONAL, EDITOR}),
        ("officer", {PROFESSIONAL, OFFICER}),
        ("coordinator", {PROFESSIONAL, EDITOR}),
        ("superuser", {PROFESSIONAL, EDITOR, OFFICER}),
    ],
)
def test_each_inviter_offers_only_the_roles_she_may_give(
    who, grantable, request, organisation, login
):
    if who == "superuser":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = request.getfixturevalue(who)
    client = login(user)
    offered = {
        value
        for value, _label in client.get(members_url(organisation))
        .context["form"]
        .fields["role"]
        .choices
    }
    assert offered == grantable
    for role in MembershipRole.values:
        invite(client, organisation, f"{role}@nieuw.example", role)
        sent = Invitation.objects.pending().filter(email=f"{role}@nieuw.example").exists()
        assert sent == (role in grantable), f"{who} inviting a new {role}"


def test_a_professional_manages_no_one(professional, colleague, organisation, login):
    client = login(professional)
    assert client.get(members_url(organisation)).status_code == 403
    membership = Membership.objects.get(user=colleague)
    assert change_role(client, membership, EDITOR).status_code == 403
    membership.refresh_from_db()
    assert membership.role == PROFESSIONAL


def test_nobody_changes_their_own_role(editor, officer, coordinator, organisation, login):
    for user, raised in ((editor, OFFICER), (editor, PROFESSIONAL), (officer, EDITOR)):
        membership = Membership.objects.get(user=user)
        before = membership.role
        change_role(login(user), membership, raised)
        membership.refresh_from_db()
        assert membership.role == before, f"{user} changed their own role to {raised}"
    with pytest.raises(MembershipError):
        Membership.objects.get(user=editor).change_role(OFFICER, by=editor)
    assert not MembershipEvent.objects.filter(action=MembershipAction.ROLE_CHANGED).exists()


def test_the_officer_role_comes_only_from_an_officer(
    editor, officer, coordinator, colleague, organisation, login
):
    membership = Membership.objects.get(user=colleague)
    for user in (editor, coordinator):
        change_role(login(user), membership, OFFICER)
        membership.refresh_from_db()
        assert membership.role == PROFESSIONAL
    assert change_role(login(officer), membership, OFFICER).status_code == 302
    membership.refresh_from_db()
    assert membership.role == OFFICER
    event = MembershipEvent.objects.get(action=MembershipAction.ROLE_CHANGED)
    assert (event.actor, event.user, event.previous_role, event.role) == (
        officer,
        colleague,
        PROFESSIONAL,
        OFFICER,
    )
    # An officer's membership is out of an editor's and a coordinator's reach.
    for user in (editor, coordinator):
        assert change_role(login(user), membership, PROFESSIONAL).status_code == 403
        url = reverse("organisations:remove_member", args=[membership.pk])
        assert login(user).post(url).status_code == 403
    assert Membership.objects.get(pk=membership.pk).role == OFFICER


def test_an_editor_changes_and_ends_a_colleagues_membership(editor, colleague, organisation, login):
    membership = Membership.objects.get(user=colleague)
    client = login(editor)
    assert change_role(client, membership, EDITOR).status_code == 302
    assert can_maintain(type(colleague).objects.get(pk=colleague.pk), organisation)
    client.post(reverse("organisations:remove_member", args=[membership.pk]))
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert not can_maintain(type(colleague).objects.get(pk=colleague.pk), organisation)
    removed = MembershipEvent.objects.get(action=MembershipAction.REMOVED)
    assert (removed.actor, removed.user, removed.previous_role) == (editor, colleague, EDITOR)


def test_another_organisations_editor_manages_nothing_here(
    other_editor, colleague, organisation, login
):
    client = login(other_editor)
    assert client.get(members_url(organisation)).status_code == 403
    assert invite(client, organisation, "x@nieuw.example").status_code == 403
    membership = Membership.objects.get(user=colleague)
    assert change_role(client, membership, EDITOR).status_code == 403
    assert not Invitation.objects.exists()


def test_withdrawing_an_invitation_is_logged(editor, organisation, login):
    invite(login(editor), organisation, "nieuw@wijk.example")
    path = link_in_mail()
    invitation = Invitation.objects.get()
    login(editor).post(reverse("organisations:withdraw_invitation", args=[invitation.pk]))
    assert MembershipEvent.objects.filter(
        action=MembershipAction.INVITATION_WITHDRAWN, actor=editor, email="nieuw@wijk.example"
    ).exists()
    assert Client().get(path).status_code == 410


# --- The log, for the organisation's officers ---


def test_the_organisations_officers_read_every_change(
    editor, officer, colleague, organisation, login
):
    invite(login(editor), organisation, "nieuw@wijk.example", EDITOR)
    change_role(login(editor), Membership.objects.get(user=colleague), EDITOR)
    page = login(officer).get(members_url(organisation))
    assert page.status_code == 200
    changes = list(page.context["changes"])
    assert [c.action for c in changes] == [
        MembershipAction.ROLE_CHANGED,
        MembershipAction.INVITED,
    ]
    html = page.content.decode()
    assert "nieuw@wijk.example" in html and editor.get_full_name() in html


# --- The admin cannot be a way around the rules ---


def test_the_admin_shows_memberships_but_changes_none(coordinator, colleague, login):
    coordinator.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="organisations")
    )
    client = login(coordinator)
    assert client.get(reverse("admin:organisations_membership_changelist")).status_code == 200
    assert client.get(reverse("admin:organisations_membership_add")).status_code == 403
    membership = Membership.objects.get(user=colleague)
    response = client.post(
        reverse("admin:organisations_membership_change", args=[membership.pk]),
        {"user": coordinator.pk, "organisation": membership.organisation_id, "role": OFFICER},
    )
    assert response.status_code in (200, 403)
    assert not Membership.objects.filter(user=coordinator).exists()
    assert Membership.objects.get(pk=membership.pk).role == PROFESSIONAL


def test_an_officer_finds_the_colleagues_page_from_the_privacy_pages(
    officer, organisation, verified_login
):
    page = verified_login(officer).get(reverse("privacy:unusual"))
    assert members_url(organisation) in page.content.decode()
