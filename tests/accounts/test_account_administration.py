"""Coordinators administer other people's sign-in: lift a lock-out, unlink a lost phone. Only
for the people of their own region, only after their own second step (whatever
PORTAL_REQUIRE_MFA says), and every act in the append-only account log."""

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import administration
from accounts.models import AccountAction, AccountEvent, AccountEventError
from tests.conftest import PASSWORD
from tests.factories import MunicipalityFactory, UserFactory

SECOND_FACTOR = reverse("accounts:second_factor")
LOCKOUTS = reverse("accounts:lockouts")


@pytest.fixture
def deventer(organisation):
    """Deventer, served by the professional's organisation (the wijkteam)."""
    municipality = MunicipalityFactory(name="Deventer", cbs_code="GM0150")
    organisation.municipalities.add(municipality)
    return municipality


def coordinator_of(municipality, email: str):
    user = UserFactory(email=email, is_coordinator=True, is_staff=True)
    municipality.coordinators.add(user)
    return user


@pytest.fixture
def deventer_coordinator(deventer):
    return coordinator_of(deventer, "coordinator@deventer.example")


@pytest.fixture
def rotterdam_coordinator(db):
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")
    return coordinator_of(rotterdam, "coordinator@rotterdam.example")


def lock_out(email: str) -> AccessAttempt:
    return AccessAttempt.objects.create(
        username=email,
        ip_address="192.0.2.1",
        user_agent="test",
        http_accept="*/*",
        path_info="/accounts/login/",
        get_data="",
        post_data="",
        failures_since_start=5,
    )


@pytest.fixture
def lost_phone(professional):
    TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    StaticDevice.objects.create(user=professional, name="codes")
    return professional


def unlock_url(attempt: AccessAttempt) -> str:
    return reverse("accounts:unlock", args=[attempt.pk])


def reset_url(user) -> str:
    return reverse("accounts:reset_second_factor", args=[user.pk])


def test_anonymous_visitors_are_sent_to_sign_in(anonymous, professional, lost_phone):
    attempt = lock_out(professional.email)
    for response in (
        anonymous.get(LOCKOUTS),
        anonymous.post(unlock_url(attempt)),
        anonymous.post(reset_url(professional)),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
    assert AccessAttempt.objects.exists() and TOTPDevice.objects.exists()


def test_professionals_are_refused(professional, editor, verified_login, lost_phone):
    attempt = lock_out(professional.email)
    client = verified_login(editor)
    assert client.get(LOCKOUTS).status_code == 403
    assert client.post(unlock_url(attempt)).status_code == 403
    assert client.post(reset_url(professional)).status_code == 403
    assert AccessAttempt.objects.exists()
    assert TOTPDevice.objects.filter(user=professional).exists()
    assert not AccountEvent.objects.exists()


def test_only_a_post_changes_anything(professional, deventer_coordinator, verified_login):
    attempt = lock_out(professional.email)
    client = verified_login(deventer_coordinator)
    assert client.get(unlock_url(attempt)).status_code == 405
    assert client.get(reset_url(professional)).status_code == 405
    assert AccessAttempt.objects.exists() and not AccountEvent.objects.exists()


def test_a_coordinator_of_another_region_can_do_nothing(
    professional, deventer, rotterdam_coordinator, verified_login, lost_phone
):
    attempt = lock_out(professional.email)
    client = verified_login(rotterdam_coordinator)
    assert professional.email not in client.get(LOCKOUTS).content.decode()
    assert client.post(unlock_url(attempt)).status_code == 404
    assert client.post(reset_url(professional)).status_code == 404
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert TOTPDevice.objects.filter(user=professional).exists()
    assert not AccountEvent.objects.exists()


def test_a_password_alone_is_not_enough_even_without_the_requirement(
    professional, deventer_coordinator, login, settings, lost_phone
):
    settings.PORTAL_REQUIRE_MFA = False
    attempt = lock_out(professional.email)
    client = login(deventer_coordinator)
    assert professional.email in client.get(LOCKOUTS).content.decode()  # the list: no secret
    unlock = client.post(unlock_url(attempt), HTTP_REFERER=f"http://testserver{LOCKOUTS}")
    assert unlock.status_code == 302
    # After the second step, back to the list to lift it again (not to a GET of the action).
    assert unlock["Location"] == f"{SECOND_FACTOR}?next=http%3A//testserver{LOCKOUTS}"
    members = reverse("organisations:members", args=["wijkteam-deventer"])
    reset = client.post(reset_url(professional), {"next": members})
    assert reset["Location"] == f"{SECOND_FACTOR}?next={members}"
    assert AccessAttempt.objects.exists() and TOTPDevice.objects.exists()
    assert not AccountEvent.objects.exists()


def test_with_the_requirement_the_pages_themselves_ask_for_the_second_step(
    professional, deventer_coordinator, login, settings
):
    settings.PORTAL_REQUIRE_MFA = True
    response = login(deventer_coordinator).get(LOCKOUTS)
    assert response.status_code == 302 and response["Location"].startswith(SECOND_FACTOR)


def test_the_coordinator_of_the_region_lifts_a_lock_out_and_it_is_logged(
    professional, deventer_coordinator, verified_login
):
    attempt = lock_out(professional.email)
    client = verified_login(deventer_coordinator)
    assert professional.email in client.get(LOCKOUTS).content.decode()
    response = client.post(unlock_url(attempt))
    assert response.status_code == 302 and response["Location"] == LOCKOUTS
    assert not AccessAttempt.objects.exists()
    event = AccountEvent.objects.get()
    assert (event.actor, event.subject, event.action) == (
        deventer_coordinator,
        professional,
        AccountAction.LOCK_OUT_LIFTED,
    )
    assert event.at is not None


def test_the_coordinator_of_the_region_unlinks_a_lost_phone_and_it_is_logged(
    professional, deventer_coordinator, verified_login, lost_phone
):
    client = verified_login(deventer_coordinator)
    response = client.post(reset_url(professional))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=professional).exists()
    assert not StaticDevice.objects.filter(user=professional).exists()
    assert TOTPDevice.objects.filter(user=deventer_coordinator).exists()  # her own stays
    event = AccountEvent.objects.get()
    assert (event.actor, event.subject, event.action) == (
        deventer_coordinator,
        professional,
        AccountAction.SECOND_FACTOR_RESET,
    )


def test_an_address_without_an_account_is_unblocked_only_by_whoever_coordinates_everything(
    deventer_coordinator, coordinator, verified_login
):
    unknown = lock_out("niemand@elders.example")
    regional = verified_login(deventer_coordinator)
    assert "niemand@elders.example" not in regional.get(LOCKOUTS).content.decode()
    assert regional.post(unlock_url(unknown)).status_code == 404
    everything = verified_login(coordinator)  # no region: the whole directory
    assert "niemand@elders.example" in everything.get(LOCKOUTS).content.decode()
    assert everything.post(unlock_url(unknown)).status_code == 302
    event = AccountEvent.objects.get()
    assert (event.actor, event.subject) == (coordinator, None)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    again = lock_out("niemand@elders.example")
    assert verified_login(superuser).post(unlock_url(again)).status_code == 302


def test_a_coordinator_cannot_unlink_another_coordinators_phone(
    coordinator, deventer_coordinator, verified_login
):
    TOTPDevice.objects.create(user=deventer_coordinator, name="app", confirmed=True)
    as_coordinator = verified_login(coordinator)  # no region: the whole directory
    assert as_coordinator.post(reset_url(deventer_coordinator)).status_code == 403
    assert as_coordinator.post(reset_url(coordinator)).status_code == 403  # her own
    superuser = UserFactory(is_superuser=True, is_staff=True)
    other_superuser = UserFactory(is_superuser=True, is_staff=True)
    assert as_coordinator.post(reset_url(superuser)).status_code == 403
    assert TOTPDevice.objects.filter(user=deventer_coordinator).exists()
    assert not AccountEvent.objects.exists()
    as_superuser = verified_login(superuser)
    assert as_superuser.post(reset_url(deventer_coordinator)).status_code == 302
    assert as_superuser.post(reset_url(other_superuser)).status_code == 302
    assert not TOTPDevice.objects.filter(user=deventer_coordinator).exists()
    assert AccountEvent.objects.count() == 2


def test_the_account_log_is_append_only(professional, coordinator):
    event = AccountEvent.objects.create(
        actor=coordinator, subject=professional, action=AccountAction.SECOND_FACTOR_RESET
    )
    event.action = AccountAction.LOCK_OUT_LIFTED
    with pytest.raises(AccountEventError):
        event.save()
    with pytest.raises(AccountEventError):
        event.delete()


def test_the_admin_shows_the_account_log_read_only(professional, coordinator):
    event = AccountEvent.objects.create(
        actor=coordinator, subject=professional, action=AccountAction.LOCK_OUT_LIFTED
    )
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(superuser)
    changelist = client.get(reverse("admin:accounts_accountevent_changelist"))
    assert changelist.status_code == 200 and str(professional) in changelist.content.decode()
    detail = client.get(reverse("admin:accounts_accountevent_change", args=[event.pk]))
    assert detail.status_code == 200 and 'name="_save"' not in detail.content.decode()
    change = {"action": AccountAction.SECOND_FACTOR_RESET, "_save": "1"}
    client.post(reverse("admin:accounts_accountevent_change", args=[event.pk]), change)
    event.refresh_from_db()
    assert event.action == AccountAction.LOCK_OUT_LIFTED
    assert client.get(reverse("admin:accounts_accountevent_add")).status_code == 403
    delete = reverse("admin:accounts_accountevent_delete", args=[event.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert AccountEvent.objects.filter(pk=event.pk).exists()


def test_without_an_app_that_knows_regions_coordinators_administer_nobody(
    deventer_coordinator, monkeypatch
):
    """A rule must be registered: the portal refuses to guess (fail loudly)."""
    monkeypatch.setattr(administration, "_rules", [])
    monkeypatch.setattr(administration, "RULE_MODULE", "views.no_such_module")
    with pytest.raises(ImproperlyConfigured):
        administration.may_administer(deventer_coordinator, None)


def test_sign_in_still_works_after_the_lock_out_is_lifted(
    professional, deventer_coordinator, verified_login, settings
):
    settings.AXES_FAILURE_LIMIT = 2
    visitor = Client()
    for _ in range(2):
        visitor.post(
            reverse("accounts:login"), {"username": professional.email, "password": "fout"}
        )
    attempt = AccessAttempt.objects.get(username=professional.email)
    verified_login(deventer_coordinator).post(unlock_url(attempt))
    response = visitor.post(
        reverse("accounts:login"), {"username": professional.email, "password": PASSWORD}
    )
    assert response.status_code == 302
