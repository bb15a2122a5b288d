"""The second factor (django-otp): with PORTAL_REQUIRE_MFA on, a signed-in user reaches nothing
but the second step until an authenticator code (or a single-use backup code) confirms it."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.middleware import SIGNED_IN_AT
from referrals.models import Referral
from tests.conftest import PASSWORD, code_for
from tests.factories import ClientFactory, ConsentRecordFactory, ReferralFactory, UserFactory

SECOND_FACTOR = reverse("accounts:second_factor")


@pytest.fixture(autouse=True)
def _require_mfa(settings):
    settings.PORTAL_REQUIRE_MFA = True


def sign_in(user) -> Client:
    client = Client()
    response = client.post(
        reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def test_without_a_second_factor_only_the_second_step_is_reachable(professional, coordinator):
    client = sign_in(professional)
    for url in (reverse("referrals:list"), reverse("organisations:search"), "/admin/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SECOND_FACTOR)
    assert sign_in(coordinator).get("/admin/")["Location"].startswith(SECOND_FACTOR)


def test_linking_an_app_shows_backup_codes_once(professional):
    client = sign_in(professional)
    page = client.get(SECOND_FACTOR + "?next=/verwijzingen/")
    assert page.status_code == 200
    assert reverse("accounts:second_factor_qr") in page.content.decode()
    qr = client.get(reverse("accounts:second_factor_qr"))
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    device = TOTPDevice.objects.get(user=professional)
    wrong = client.post(SECOND_FACTOR, {"token": "000000", "next": "/verwijzingen/"})
    assert "token" in wrong.context["form"].errors
    device.refresh_from_db()
    assert not device.confirmed
    assert device.throttling_failure_count == 1  # guessing gets slower with every wrong code
    device.throttle_reset()
    response = client.post(SECOND_FACTOR, {"token": code_for(device), "next": "/verwijzingen/"})
    assert response.status_code == 302
    codes_page = client.get(response["Location"])
    codes = re.findall(r'<li class="backup-code">(\w+)</li>', codes_page.content.decode())
    assert len(codes) == 10
    assert client.get(response["Location"]).status_code == 302  # shown once
    assert client.get(reverse("referrals:list")).status_code == 200


def test_a_new_sign_in_asks_for_a_code_from_the_app(professional):
    device = TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    client = sign_in(professional)
    assert client.get(reverse("referrals:list"))["Location"].startswith(SECOND_FACTOR)
    assert "token" in client.post(SECOND_FACTOR, {"token": "12"}).context["form"].errors
    response = client.post(SECOND_FACTOR, {"token": code_for(device), "next": "/verwijzingen/"})
    assert response["Location"] == "/verwijzingen/"
    assert client.get(reverse("referrals:list")).status_code == 200


def test_a_backup_code_works_once(professional):
    client = sign_in(professional)
    client.get(SECOND_FACTOR)
    device = TOTPDevice.objects.get(user=professional)
    client.post(SECOND_FACTOR, {"token": code_for(device)})
    code = StaticToken.objects.filter(device__user=professional).first().token
    again = sign_in(professional)
    assert again.post(SECOND_FACTOR, {"token": code}).status_code == 302
    assert again.get(reverse("referrals:list")).status_code == 200
    third = sign_in(professional)
    assert "token" in third.post(SECOND_FACTOR, {"token": code}).context["form"].errors


def test_the_next_page_must_be_on_this_site(professional):
    device = TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    client = sign_in(professional)
    response = client.post(
        SECOND_FACTOR, {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("start")  # the personal start page


def test_without_the_requirement_nobody_is_asked(professional, settings):
    settings.PORTAL_REQUIRE_MFA = False
    assert sign_in(professional).get(reverse("referrals:list")).status_code == 200


def test_a_coordinator_unlinks_a_lost_phone(
    professional, coordinator, organisation, login, verified_login
):
    device = TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    url = reverse("accounts:reset_second_factor", args=[professional.pk])
    members = reverse("organisations:members", args=[organisation.slug])
    other = UserFactory()
    assert login(other).post(url)["Location"].startswith(SECOND_FACTOR)
    assert verified_login(other).post(url).status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    coordinator_client = sign_in(coordinator)
    coordinator_device = TOTPDevice.objects.create(user=coordinator, name="app", confirmed=True)
    coordinator_client.post(SECOND_FACTOR, {"token": code_for(coordinator_device)})
    assert url in coordinator_client.get(members).content.decode()
    response = coordinator_client.post(url, {"next": members})
    assert response["Location"] == members
    assert not TOTPDevice.objects.filter(user=professional).exists()
    client = sign_in(professional)
    client.get(SECOND_FACTOR)  # links a new app
    assert TOTPDevice.objects.get(user=professional).confirmed is False
    own = reverse("accounts:reset_second_factor", args=[coordinator.pk])
    assert coordinator_client.post(own).status_code == 403


@pytest.fixture
def referral_of(organisation):
    """A referral the given member of `organisation` sent: a family's data she may see."""

    def sent_by(user) -> Referral:
        family = ClientFactory(
            full_name="Fenna Fictief", organisation=organisation, registered_by=user
        )
        return ReferralFactory(consent=ConsentRecordFactory(client=family, recorded_by=user))

    return sent_by


@pytest.mark.parametrize("script_name", ["/accounts", "/accounts/tweede-stap", "/static", "/i18n"])
def test_a_script_name_sent_by_the_client_does_not_skip_the_second_step(
    professional, referral_of, script_name
):
    """The middleware decides on the path the portal resolves (path_info), not on request.path,
    which begins with whatever SCRIPT_NAME the server put in the environment."""
    referral = referral_of(professional)
    client = sign_in(professional)
    response = client.get(f"/verwijzingen/{referral.pk}/", SCRIPT_NAME=script_name)
    assert response.status_code == 302
    assert response["Location"].split("?")[0].endswith(SECOND_FACTOR)
    assert b"Fenna" not in response.content and referral.reason.encode() not in response.content


def test_only_the_sign_in_steps_are_reachable_without_the_second_step(professional):
    client = sign_in(professional)
    for name in ("accounts:second_factor", "accounts:backup_codes", "accounts:password_reset"):
        response = client.get(reverse(name))
        assert not response.get("Location", "").startswith(SECOND_FACTOR), name
    assert client.get(reverse("accounts:second_factor_qr")).status_code == 200  # being linked
    language = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert language.status_code == 302 and language["Location"] == "/"
    for url in (
        reverse("accounts:lockouts"),
        "/accounts/",
        "/accounts/bestaat-niet/",
        "/static/verwijzingen/",
        "/i18n/verwijzingen/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SECOND_FACTOR), url
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_second_step_gives_a_new_session_key_and_keeps_the_session(professional):
    device = TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    client = sign_in(professional)
    after_password = client.cookies["sessionid"].value
    signed_in_at = client.session[SIGNED_IN_AT]
    response = client.post(SECOND_FACTOR, {"token": code_for(device), "next": "/verwijzingen/"})
    assert response.status_code == 302
    assert client.cookies["sessionid"].value != after_password
    assert client.session[SIGNED_IN_AT] == signed_in_at  # the 12 hours still count from sign-in
    assert client.get(reverse("referrals:list")).status_code == 200  # verified, signed in
    # The session the password step made is gone: whoever saw its key has nothing.
    stale = Client()
    stale.cookies["sessionid"] = after_password
    assert stale.get(reverse("referrals:list"))["Location"].startswith(reverse("accounts:login"))
