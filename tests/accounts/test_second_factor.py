"""The second factor (django-otp): with PORTAL_REQUIRE_MFA on, a signed-in user reaches nothing
but the second step until an authenticator code (or a single-use backup code) confirms it."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD, code_for
from tests.factories import UserFactory

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
    assert response["Location"] == reverse("organisations:search")


def test_without_the_requirement_nobody_is_asked(professional, settings):
    settings.PORTAL_REQUIRE_MFA = False
    assert sign_in(professional).get(reverse("referrals:list")).status_code == 200


def test_a_coordinator_unlinks_a_lost_phone(professional, coordinator, organisation, login):
    device = TOTPDevice.objects.create(user=professional, name="app", confirmed=True)
    url = reverse("accounts:reset_second_factor", args=[professional.pk])
    members = reverse("organisations:members", args=[organisation.slug])
    other = UserFactory()
    assert login(other).post(url).status_code == 403
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
