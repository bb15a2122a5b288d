"""The portal holds no state of its own: two app servers (gunicorn, production settings) against
one PostgreSQL database share sessions, and a referral sent through one shows on the other."""

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from organisations.models import MembershipRole
from referrals.models import Referral, ReferralStatus
from tests.conftest import PASSWORD
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = [
    pytest.mark.postgres(reason="two app servers share one PostgreSQL database"),
    pytest.mark.django_db(transaction=True),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def static_root(tmp_path_factory) -> Path:
    """Collected static files, as production serves them (WhiteNoise's manifest)."""
    root = tmp_path_factory.mktemp("static")
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50)}
    env.update({"ALLOWED_HOSTS": "127.0.0.1", "STATIC_ROOT": str(root)})
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )
    return root


@pytest.fixture
def app_servers(static_root):
    """Two gunicorn servers with the same production settings and the same (test) database."""
    database = connection.settings_dict
    url = "postgresql://{USER}@{HOST}:{PORT}/{NAME}".format(
        **{
            key: database[key] or default
            for key, default in (
                ("USER", "postgres"),
                ("HOST", "127.0.0.1"),
                ("PORT", "5432"),
                ("NAME", ""),
            )
        }
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "HTTPS": "0",  # plain HTTP on this machine only
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(static_root),
        "PORTAL_REQUIRE_MFA": "0",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    ports = [free_port(), free_port()]
    servers = [
        subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "rokportal.wsgi", "--workers", "1"]
            + ["--bind", f"127.0.0.1:{port}"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_until_serving(port, server)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


def wait_until_serving(port: int, server: subprocess.Popen) -> None:
    for _ in range(100):
        if server.poll() is not None:
            pytest.fail(f"gunicorn stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"gunicorn on port {port} did not answer")


class Browser:
    """One person's cookies, used against either server (cookies ignore the port)."""

    def __init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, url: str) -> tuple[str, str]:
        with self.opener.open(url, timeout=10) as response:
            return response.geturl(), response.read().decode()

    def post_form(self, url: str, data: dict, *, form_on: str | None = None) -> tuple[str, str]:
        """Submit a form as a person would: from the page that shows it (`url` by default)."""
        _, page = self.get(form_on or url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        with self.opener.open(url, data=body, timeout=10) as response:
            return response.geturl(), response.read().decode()


def test_two_app_servers_share_sessions_and_referrals(app_servers, settings):
    one, two = app_servers
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]  # as served
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    sender, recipient = UserFactory(), UserFactory()
    MembershipFactory(user=sender, organisation=sending, role=MembershipRole.PROFESSIONAL)
    MembershipFactory(user=recipient, organisation=receiving, role=MembershipRole.PROFESSIONAL)
    family = ClientFactory(organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(
        client=family, recorded_by=sender, recipient_organisation=receiving
    )
    referral = ReferralFactory(consent=consent)

    sender_browser = Browser()
    landed, _ = sender_browser.post_form(
        f"{one}/accounts/login/", {"username": sender.email, "password": PASSWORD}
    )
    assert "/accounts/login/" not in landed
    # The session made on server one is valid on server two.
    at, page = sender_browser.get(f"{two}/verwijzingen/{referral.pk}/")
    assert at == f"{two}/verwijzingen/{referral.pk}/"
    assert referral.reason in page
    # Sent through server one …
    detail = f"{one}/verwijzingen/{referral.pk}/"
    landed, _ = sender_browser.post_form(f"{detail}versturen/", {}, form_on=detail)
    assert landed == detail
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    # … the recipient, signed in on server two, finds it in the inbox.
    recipient_browser = Browser()
    recipient_browser.post_form(
        f"{two}/accounts/login/", {"username": recipient.email, "password": PASSWORD}
    )
    _, inbox = recipient_browser.get(f"{two}/verwijzingen/")
    assert f"/verwijzingen/{referral.pk}/" in inbox
    assert Referral.objects.received_by([receiving.pk]).get() == referral
