"""Accounts: Argon2, password reset by e-mail, session limits, sign-in throttling per user name
and address with a cool-off and a coordinator's unlock."""

import datetime
import json
import re
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.hashers import identify_hasher
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task_backends

from accounts.middleware import SIGNED_IN_AT
from accounts.models import User
from accounts.throttling import client_ip
from mail.models import OutgoingEmail
from mail.tasks import deliver_email
from tests.conftest import PASSWORD

LOGIN = "/accounts/login/"


def sign_in(client: Client, email: str, password: str, ip: str = "10.0.0.1"):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=ip)


def test_new_passwords_are_hashed_with_argon2(db, settings):
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    user = User.objects.create_user("argon@rokportaal.example", "een lang wachtwoord 123")
    assert identify_hasher(user.password).algorithm == "argon2"


def test_argon2_is_the_configured_first_hasher():
    from rokportal import settings as configured

    assert configured.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_signing_in_gives_a_new_session_key(professional):
    client = Client()
    client.get(LOGIN)
    before = client.cookies.get("sessionid")
    response = sign_in(client, professional.email, PASSWORD)
    assert response.status_code == 302
    assert client.cookies["sessionid"].value != (before.value if before else None)


def test_a_password_reset_link_works_once(professional, django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": professional.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page = client.get(path, follow=True)
    assert page.context["validlink"]
    new = {"new_password1": "zon boven de Brink 42", "new_password2": "zon boven de Brink 42"}
    response = client.post(page.redirect_chain[-1][0], new)
    assert response.status_code == 302
    professional.refresh_from_db()
    assert professional.check_password("zon boven de Brink 42")
    assert not Client().get(path, follow=True).context["validlink"]


def test_a_reset_for_an_unknown_address_says_the_same_and_sends_nothing(db):
    response = Client().post(reverse("accounts:password_reset"), {"email": "niemand@x.example"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_the_reset_e_mail_is_queued_not_sent_within_the_request(
    professional, settings, django_capture_on_commit_callbacks
):
    """Sent within the request, a slow mail server would tell a visitor which addresses have an
    account. The task carries only the outbox row's id, as JSON a worker can read; the row
    forgets the reset link once the e-mail is delivered."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(reverse("accounts:password_reset"), {"email": professional.email})
    assert response.status_code == 302
    assert mail.outbox == []
    (queued,) = task_backends["default"].results
    assert import_string(queued.task.module_path).func is deliver_email.func
    (email,) = OutgoingEmail.objects.all()
    assert json.loads(json.dumps(queued.args)) == queued.args == [email.pk]
    assert email.to == [professional.email] and email.delivered_at is None
    assert re.search(r"https?://\S+/accounts/nieuw-wachtwoord/\S+/\S+/", email.body)
    assert professional.full_name not in email.body and professional.full_name not in email.subject
    deliver_email.call(*queued.args)  # as the worker does
    (message,) = mail.outbox
    assert (message.to, message.subject, message.body) == (email.to, email.subject, email.body)
    email.refresh_from_db()
    assert email.delivered_at is not None and "nieuw-wachtwoord" not in email.body


def test_the_reset_answer_does_not_say_whether_an_address_has_an_account(
    professional, django_capture_on_commit_callbacks
):
    url = reverse("accounts:password_reset")
    with django_capture_on_commit_callbacks(execute=True):
        known = Client().post(url, {"email": professional.email}, follow=True)
        unknown = Client().post(url, {"email": "niemand@x.example"}, follow=True)
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert [t.name for t in known.templates] == [t.name for t in unknown.templates]
    assert len(mail.outbox) == 1  # the immediate backend of the tests: sent by the task


def test_sessions_end_after_the_idle_time(professional_client, settings):
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_MINUTES * 60 == 30 * 60
    assert professional_client.get(reverse("referrals:list")).status_code == 200
    session = Session.objects.get()
    assert session.expire_date > timezone.now() + datetime.timedelta(minutes=29)
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = professional_client.get(reverse("referrals:list"))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_each_request_moves_the_idle_deadline(professional_client):
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=5))
    assert professional_client.get(reverse("referrals:list")).status_code == 200
    assert Session.objects.get().expire_date > timezone.now() + datetime.timedelta(minutes=29)


def test_a_session_ended_meanwhile_is_not_saved_again(professional_client):
    """Signed out in another tab while a request ran: its end-of-request save must not bring
    the session back."""
    store = professional_client.session
    assert store[SIGNED_IN_AT]  # read now, as the request would have
    Session.objects.all().delete()
    with pytest.raises(UpdateError):
        store.save()
    assert not Session.objects.exists()


def test_sessions_end_twelve_hours_after_signing_in(professional_client):
    session = professional_client.session
    session[SIGNED_IN_AT] = time.time() - 12 * 3600 - 60
    session.save()
    response = professional_client.get(reverse("referrals:list"))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    again = professional_client.get(reverse("referrals:list"))
    assert again.status_code == 302  # signed out, not just redirected once


def test_deactivating_an_account_ends_its_session(professional, professional_client):
    assert professional_client.get(reverse("referrals:list")).status_code == 200
    professional.is_active = False
    professional.save()
    response = professional_client.get(reverse("referrals:list"))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_repeated_failures_lock_out_one_name_from_one_address(professional, settings):
    settings.AXES_FAILURE_LIMIT = 3
    attacker = Client()
    for _ in range(3):
        sign_in(attacker, professional.email, "fout")
    locked = sign_in(attacker, professional.email, PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in attacker.session
    # The colleague at her own computer is not locked out by someone elsewhere.
    assert sign_in(Client(), professional.email, PASSWORD, ip="10.0.0.2").status_code == 302


def test_after_the_cool_off_signing_in_works_again(professional, settings):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client()
    for _ in range(2):
        sign_in(client, professional.email, "fout")
    assert sign_in(client, professional.email, PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(minutes=1)
    )
    assert sign_in(client, professional.email, PASSWORD).status_code == 302


def test_a_coordinator_lifts_a_lock_out(professional, coordinator, login, verified_login, settings):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client()
    for _ in range(2):
        sign_in(client, professional.email, "fout")
    attempt = AccessAttempt.objects.get(username=professional.email)
    unlock = reverse("accounts:unlock", args=[attempt.pk])
    assert login(professional).post(unlock).status_code == 403
    coordinator_client = verified_login(coordinator)
    page = coordinator_client.get(reverse("accounts:lockouts")).content.decode()
    assert professional.email in page
    assert coordinator_client.post(unlock).status_code == 302
    assert sign_in(client, professional.email, PASSWORD).status_code == 302


def test_only_coordinators_see_lock_outs(professional, login):
    assert login(None).get(reverse("accounts:lockouts")).status_code == 302
    assert login(professional).get(reverse("accounts:lockouts")).status_code == 403


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "10.1.1.1"),  # no proxy: the header is the client's own invention
        (1, None, "10.1.1.1"),  # not through the proxy
        (1, "192.0.2.7", "192.0.2.7"),
        (1, "6.6.6.6, 192.0.2.7", "192.0.2.7"),  # the forged first entry is ignored
        (2, "6.6.6.6, 192.0.2.7, 198.51.100.1", "192.0.2.7"),  # CDN, then load balancer
        (2, "192.0.2.7", "10.1.1.1"),  # fewer entries than proxies
        (2, "2001:db8::7, 198.51.100.1", "2001:db8::7"),
        (1, "6.6.6.6, not-an-address", "10.1.1.1"),  # never stored as an address
    ],
)
def test_the_visitors_address_is_counted_from_the_right(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    assert client_ip(rf.post(LOGIN, REMOTE_ADDR="10.1.1.1", **headers)) == expected


def test_throttling_keys_on_the_visitors_address_behind_two_proxies(professional, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    settings.AXES_FAILURE_LIMIT = 2
    balancer = "10.1.1.1"
    for forged in ("1.1.1.1", "2.2.2.2"):  # a new first entry for each try changes nothing
        Client().post(
            LOGIN,
            {"username": professional.email, "password": "fout"},
            REMOTE_ADDR=balancer,
            HTTP_X_FORWARDED_FOR=f"{forged}, 192.0.2.7, 198.51.100.1",
        )
    (attempt,) = AccessAttempt.objects.all()
    assert attempt.ip_address == "192.0.2.7"
    locked = Client().post(
        LOGIN,
        {"username": professional.email, "password": PASSWORD},
        REMOTE_ADDR=balancer,
        HTTP_X_FORWARDED_FOR="3.3.3.3, 192.0.2.7, 198.51.100.1",
    )
    assert locked.status_code == 429
    elsewhere = Client().post(
        LOGIN,
        {"username": professional.email, "password": PASSWORD},
        REMOTE_ADDR=balancer,
        HTTP_X_FORWARDED_FOR="192.0.2.8, 198.51.100.1",
    )
    assert elsewhere.status_code == 302
