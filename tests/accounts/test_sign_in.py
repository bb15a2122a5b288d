"""Signing in with an e-mail address, and signing out."""

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.factories import UserFactory

LOGIN = reverse("accounts:login")


@pytest.fixture
def midwife(db):
    return UserFactory(email="verloskundige.deventer@rokportaal.example")


def test_sign_in_with_e_mail_in_any_case(client, midwife):
    response = client.post(
        LOGIN, {"username": "Verloskundige.Deventer@ROKportaal.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("start")  # the personal start page
    assert client.session["_auth_user_id"] == str(midwife.pk)


def test_wrong_password_keeps_the_address_and_explains(client, midwife):
    response = client.post(LOGIN, {"username": midwife.email, "password": "fout"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert midwife.email in page
    assert response.context["form"].non_field_errors()


def test_sign_in_returns_to_the_page_asked_for(client, midwife):
    response = client.post(
        f"{LOGIN}?next=/aanbod/voorzorg/",
        {"username": midwife.email, "password": PASSWORD, "next": "/aanbod/voorzorg/"},
    )
    assert response.url == "/aanbod/voorzorg/"


def test_sign_in_does_not_redirect_to_other_sites(client, midwife):
    response = client.post(
        LOGIN, {"username": midwife.email, "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response.url == reverse("start")


def test_sign_out_needs_post_and_ends_the_session(client, midwife):
    client.force_login(midwife)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
