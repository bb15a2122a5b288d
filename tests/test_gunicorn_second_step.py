"""Through a real gunicorn, as production serves the portal: a request header cannot change the
path the portal decides on. gunicorn used to take SCRIPT_NAME from a request header (from a
local address, as a proxy on the same machine connects), and the second-step check looked at
request.path, which begins with SCRIPT_NAME: `SCRIPT_NAME: /accounts` made any page look like
a sign-in page, and a password alone showed a family's data."""

import http.client
import os
import secrets
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection

from organisations.models import MembershipRole
from tests.conftest import PASSWORD
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)
from tests.test_scale_out import Browser, free_port, static_root, wait_until_serving

__all__ = ["static_root"]  # the fixture: collected static files, as production serves them

pytestmark = [
    pytest.mark.postgres(reason="gunicorn and the test share one PostgreSQL database"),
    pytest.mark.django_db(transaction=True),
]

SECOND_STEP = "/accounts/tweede-stap/"
FAMILY = "Fenna Fictief"


@pytest.fixture
def app_server(static_root):
    """One gunicorn with the production settings and the portal's gunicorn.conf.py, the second
    factor required."""
    database = connection.settings_dict
    url = "postgresql://{USER}@{HOST}:{PORT}/{NAME}".format(
        USER=database["USER"] or "postgres",
        HOST=database["HOST"] or "127.0.0.1",
        PORT=database["PORT"] or "5432",
        NAME=database["NAME"],
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "HTTPS": "0",  # plain HTTP on this machine only
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(static_root),
        "PORTAL_REQUIRE_MFA": "1",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "rokportal.wsgi", "--workers", "1"]
        + ["--bind", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_serving(port, server)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def session_cookie(browser: Browser) -> str:
    (cookies,) = [h.cookiejar for h in browser.opener.handlers if hasattr(h, "cookiejar")]
    return next(cookie.value for cookie in cookies if cookie.name == "sessionid")


def get(port: int, path: str, session: str, **headers: str) -> http.client.HTTPResponse:
    """One GET, redirects not followed, with the session cookie and these headers as sent."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path)
    connection.putheader("Cookie", f"sessionid={session}")
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


# Each path and SCRIPT_NAME would, taken from the request, make the path a sign-in page, the
# language switch, a static file or the admin's.
FORGED = ["/accounts", "/accounts/tweede-stap", "/static", "/i18n", "/admin"]


def test_a_script_name_header_does_not_skip_the_second_step(app_server, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]  # as served
    sending = OrganisationFactory()
    professional = UserFactory()
    MembershipFactory(user=professional, organisation=sending, role=MembershipRole.PROFESSIONAL)
    family = ClientFactory(full_name=FAMILY, organisation=sending, registered_by=professional)
    referral = ReferralFactory(
        consent=ConsentRecordFactory(client=family, recorded_by=professional)
    )

    browser = Browser()
    landed, _ = browser.post_form(
        f"http://127.0.0.1:{app_server}/accounts/login/",
        {"username": professional.email, "password": PASSWORD},
    )
    assert urlsplit(landed).path == SECOND_STEP  # the password alone: on to the second step
    session = session_cookie(browser)

    page = f"/verwijzingen/{referral.pk}/"
    plain = get(app_server, page, session)
    assert plain.status == 302 and urlsplit(plain.getheader("Location")).path == SECOND_STEP
    for script_name in FORGED:
        forged = get(app_server, script_name + page, session, SCRIPT_NAME=script_name)
        assert forged.status == 302, (script_name, forged.status, forged.body[:300])
        assert urlsplit(forged.getheader("Location")).path == SECOND_STEP, script_name
        assert FAMILY.encode() not in forged.body, script_name
        assert referral.reason.encode() not in forged.body, script_name
