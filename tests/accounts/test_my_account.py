"""My account (/account/): password, authenticator app, backup codes, e-mail choices and the
organisations one works for."""

import pytest
from django.contrib.auth.forms import PasswordChangeForm
from django.core import mail
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.decorators import SECOND_FACTOR_AT
from accounts.models import (
    AccountAction,
    AccountEvent,
    NotificationOptOut,
    NotificationTopic,
)
from organisations.digests import digests_due
from organisations.models import MembershipRole
from referrals.actions import send_referral
from tests.conftest import PASSWORD, code_for, signed_in
from tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
)

pytestmark = pytest.mark.django_db

ACCOUNT = reverse("account:home")


def test_anonymous_visitors_are_sent_to_sign_in():
    for name in ("home", "password", "authenticator"):
        response = Client().get(reverse(f"account:{name}"))
        assert response.status_code == 302 and "/accounts/login/" in response.url
    for name in ("backup_codes", "notifications"):
        response = Client().post(reverse(f"account:{name}"))
        assert response.status_code == 302 and "/accounts/login/" in response.url


def test_choosing_e_mails_takes_a_post(professional):
    assert signed_in(professional).get(reverse("account:notifications")).status_code == 405


def test_the_page_lists_my_organisations_and_is_in_the_menu(
    professional, organisation, django_assert_max_num_queries
):
    second = OrganisationFactory(name="Jeugdgezondheidszorg Salland")
    MembershipFactory(user=professional, organisation=second, role=MembershipRole.EDITOR)
    client = signed_in(professional)
    with django_assert_max_num_queries(25):
        response = client.get(ACCOUNT)
    page = response.content.decode()
    assert response.status_code == 200
    assert organisation.name in page and second.name in page
    assert str(MembershipRole.EDITOR.label) in page
    # The switch of the acting organisation is the header's own view, linked from here.
    assert reverse("organisations:act_for") in page
    # Every signed-in page links here.
    assert f'href="{ACCOUNT}"' in client.get(reverse("referrals:list")).content.decode()


# --- Password ---


def test_a_wrong_current_password_is_said_at_its_field(professional):
    client = signed_in(professional)
    response = client.post(
        reverse("account:password"),
        {
            "old_password": "not my password",
            "new_password1": "een nieuw lang wachtwoord 42",
            "new_password2": "een nieuw lang wachtwoord 42",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["old_password"] == [
        str(PasswordChangeForm.error_messages["password_incorrect"])
    ]
    professional.refresh_from_db()
    assert professional.check_password(PASSWORD)
    assert not AccountEvent.objects.exists()


def test_a_weak_new_password_is_refused_by_the_validators(professional):
    response = signed_in(professional).post(
        reverse("account:password"),
        {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )
    assert response.status_code == 200 and response.context["form"].errors["new_password2"]


def test_changing_the_password_keeps_this_session_signed_in(professional):
    client = signed_in(professional)
    new = "een nieuw lang wachtwoord 42"
    response = client.post(
        reverse("account:password"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302 and response.url == ACCOUNT
    professional.refresh_from_db()
    assert professional.check_password(new)
    assert client.get(ACCOUNT).status_code == 200  # still signed in
    event = AccountEvent.objects.get()
    assert event.actor == event.subject == professional
    assert event.action == AccountAction.PASSWORD_CHANGED


# --- The authenticator app and backup codes ---


def test_replacing_the_app_needs_a_code_of_the_new_one_and_unlinks_the_old(
    professional, verified_login
):
    client = verified_login(professional)
    old = TOTPDevice.objects.get(user=professional, confirmed=True)
    page = client.get(reverse("account:authenticator"))
    assert page.status_code == 200
    assert not TOTPDevice.objects.filter(confirmed=False).exists()  # opening it changes nothing
    started = client.post(reverse("account:authenticator"), {"start": "1"}, follow=True)
    assert reverse("accounts:second_factor_qr") in started.content.decode()
    new = TOTPDevice.objects.get(user=professional, confirmed=False)
    wrong = client.post(reverse("account:authenticator"), {"token": code_for(old)})
    assert wrong.status_code == 200 and "token" in wrong.context["form"].errors
    assert TOTPDevice.objects.filter(pk=old.pk, confirmed=True).exists()  # still works
    new.refresh_from_db()
    new.throttle_reset()
    response = client.post(reverse("account:authenticator"), {"token": code_for(new)})
    assert response.status_code == 302 and response.url == ACCOUNT
    assert list(TOTPDevice.objects.filter(user=professional)) == [new]
    new.refresh_from_db()
    assert new.confirmed
    assert AccountEvent.objects.get().action == AccountAction.AUTHENTICATOR_REPLACED
    assert client.get(ACCOUNT).status_code == 200  # the session is verified by the new app
    # Signing in again: the old app's code no longer works.
    fresh = Client()
    fresh.force_login(professional)
    refused = fresh.post(reverse("accounts:second_factor"), {"token": code_for(old)})
    assert refused.status_code == 200 and "token" in refused.context["form"].errors


def test_replacing_the_app_asks_for_the_second_step_again_after_a_while(
    professional, verified_login
):
    client = verified_login(professional)
    session = client.session
    session[SECOND_FACTOR_AT] = 0  # verified long ago
    session.save()
    response = client.get(reverse("account:authenticator"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:second_factor"))
    response = client.post(reverse("account:backup_codes"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:second_factor"))
    assert not StaticDevice.objects.filter(user=professional).exists()


def test_without_the_second_step_nothing_of_it_changes(professional):
    client = signed_in(professional)  # no second step given in this session
    TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    assert client.get(reverse("account:authenticator")).status_code == 302
    assert client.post(reverse("account:backup_codes")).status_code == 302
    assert not AccountEvent.objects.exists()


def test_new_backup_codes_replace_the_old_ones(professional, verified_login):
    client = verified_login(professional)
    old_device = StaticDevice.objects.create(user=professional, name="codes")
    StaticToken.objects.create(device=old_device, token="oldcode1")
    response = client.post(reverse("account:backup_codes"))
    assert response.status_code == 302
    assert response.url == reverse("account:backup_codes")
    shown = client.get(response.url)
    codes = shown.context["codes"]
    assert len(codes) == 10
    assert client.get(response.url).url == ACCOUNT  # shown once
    assert not StaticToken.objects.filter(token="oldcode1").exists()
    assert set(
        StaticToken.objects.filter(device__user=professional).values_list("token", flat=True)
    ) == set(codes)
    assert AccountEvent.objects.get().action == AccountAction.BACKUP_CODES_REGENERATED
    # A backup code signs in; the old one does not.
    fresh = Client()
    fresh.force_login(professional)
    refused = fresh.post(reverse("accounts:second_factor"), {"token": "oldcode1"})
    assert "token" in refused.context["form"].errors
    StaticDevice.objects.get(user=professional).throttle_reset()  # slowed after a wrong code
    assert fresh.post(reverse("accounts:second_factor"), {"token": codes[0]}).status_code == 302


# --- E-mail choices ---


def test_the_choices_are_saved_and_the_always_sent_ones_shown_with_their_reason(professional):
    client = signed_in(professional)
    page = client.get(ACCOUNT).content.decode()
    assert all(escape(str(label)) in page for label in NotificationTopic.labels)
    assert gettext("A family waits for an answer: the referral must not go unnoticed.") in page
    response = client.post(
        reverse("account:notifications"),
        {"topics": [NotificationTopic.PROGRESS, NotificationTopic.VERIFICATION_DIGEST]},
    )
    assert response.status_code == 302
    assert list(
        NotificationOptOut.objects.filter(user=professional).values_list("topic", flat=True)
    ) == [NotificationTopic.MESSAGES]
    client.post(reverse("account:notifications"), {"topics": NotificationTopic.values})
    assert not NotificationOptOut.objects.filter(user=professional).exists()


def test_a_forged_post_cannot_switch_off_what_is_always_sent(professional):
    client = signed_in(professional)
    for forged in ("sent", "withdrawn", "consent_withdrawn", "reported_to_officer"):
        response = client.post(reverse("account:notifications"), {"topics": [forged]}, follow=True)
        assert response.status_code == 200
        assert not NotificationOptOut.objects.exists()  # nothing changed, not even the others
    with pytest.raises(IntegrityError), transaction.atomic():
        NotificationOptOut.objects.create(user=professional, topic="sent")


def test_notifications_respect_the_choice_and_always_send_the_rest(
    parties, django_capture_on_commit_callbacks
):
    sender, recipient = parties["sender"], parties["recipient"]
    for user in (sender, recipient):
        NotificationOptOut.objects.choose(user, [])  # everything optional switched off
    referral = parties["referral"]
    with django_capture_on_commit_callbacks(execute=True):
        referral.post_message(by=recipient, organisation=parties["receiving"], body="Hallo")
        referral.accept(by=recipient)
    assert sender.email not in [address for email in mail.outbox for address in email.to]
    # A new referral for a contact person who switched everything off still reaches her.
    contact = ContactPersonFactory(organisation=parties["receiving"], user=recipient)
    second = ReferralFactory(consent=parties["consent"], contact_person=contact)
    with django_capture_on_commit_callbacks(execute=True):
        send_referral(second, by=sender)
        second.withdraw(by=sender)
    told = [email.to for email in mail.outbox]
    assert told == [[recipient.email], [recipient.email]]
    # And with the choice back on, the sender hears of messages again.
    NotificationOptOut.objects.choose(sender, [NotificationTopic.MESSAGES])
    with django_capture_on_commit_callbacks(execute=True):
        referral.post_message(by=recipient, organisation=parties["receiving"], body="Nog iets")
    assert mail.outbox[-1].to == [sender.email]


def test_the_verification_digest_respects_the_choice(editor, organisation):
    from organisations.models import Organisation

    Organisation.objects.filter(pk=organisation.pk).update(verified_at=None)
    due = [digest for digest in digests_due(min_days=7) if digest.organisation == organisation]
    assert due and due[0].recipients == [editor.email]
    NotificationOptOut.objects.choose(editor, [NotificationTopic.MESSAGES])
    assert not [d for d in digests_due(min_days=7) if d.organisation == organisation]
