"""The production configuration passes Django's deployment checks, every page carries a strict
Content-Security-Policy, templates need no inline script or style, and a server error shows a
plain Dutch page without any detail."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import URLResolver, get_resolver, reverse

BASE_DIR = Path(settings.BASE_DIR)
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "rokportaal.example",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process configured by these environment variables only."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_production_configuration_passes_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_short_secret_key():
    result = manage("check", **{**PRODUCTION, "SECRET_KEY": "te-kort"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_cookies_are_host_only_secure_and_http_only():
    script = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT)"
    )
    result = manage("shell", "-v", "0", "-c", script, **PRODUCTION)
    assert result.stdout.split() == [
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "True",
        "True",
        "True",
    ], result.stderr


def test_behind_a_proxy_the_forwarded_scheme_is_trusted_only_when_configured():
    script = (
        "from django.conf import settings as s; print(getattr(s, 'SECURE_PROXY_SSL_HEADER', None))"
    )
    assert manage("shell", "-v", "0", "-c", script, **PRODUCTION).stdout.strip() == "None"
    behind = manage("shell", "-v", "0", "-c", script, **PRODUCTION, BEHIND_PROXY="1").stdout.strip()
    assert behind == "('HTTP_X_FORWARDED_PROTO', 'https')"


@pytest.mark.parametrize("name", ["home", "organisations:search", "accounts:login"])
def test_every_page_carries_a_strict_content_security_policy(db, name):
    response = Client().get(reverse(name))
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_templates_need_no_inline_script_style_or_event_handler():
    """The CSP forbids them; a template that uses one would silently break in the browser."""
    offenders = []
    for template in (BASE_DIR / "templates").rglob("*.html"):
        text = re.sub(r"\{#.*?#\}", "", template.read_text())
        text = re.sub(r"\{% comment %\}.*?\{% endcomment %\}", "", text, flags=re.S)
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            offenders.append(f"{template}: inline <script>")
        if re.search(r"<style\b|\sstyle=", text):
            offenders.append(f"{template}: inline style")
        if re.search(r"\son[a-z]+=", text):
            offenders.append(f"{template}: event handler attribute")
    assert offenders == []


@override_settings(ROOT_URLCONF="tests.security.crashing_urls", DEBUG=False)
def test_a_server_error_shows_a_dutch_page_without_any_detail(db):
    response = Client(raise_request_exception=False).get("/kapot/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Er ging iets mis" in page or "Er is iets misgegaan" in page
    assert "Jansen" not in page and "123456782" not in page and "Traceback" not in page


def views_of(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from views_of(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_view_is_exempt_from_csrf_protection():
    exempt = [
        route
        for route, view in views_of(get_resolver().url_patterns)
        if getattr(view, "csrf_exempt", False)
    ]
    assert exempt == []
    assert "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE


def test_every_form_that_posts_carries_the_csrf_token():
    templates = Path(settings.BASE_DIR, "templates")
    posting = [
        path
        for path in templates.rglob("*.html")
        if re.search(r'<form[^>]*method="post"', path.read_text(), re.IGNORECASE)
    ]
    assert len(posting) > 10, "the scan should find the portal's forms"
    missing = [
        str(path.relative_to(templates))
        for path in posting
        if "{% csrf_token %}" not in path.read_text()
    ]
    assert missing == []


PUBLIC_PAGES = ["home", "organisations:search", "organisations:guide", "accounts:login"]


def assert_no_device_features(response) -> None:
    policy = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()", feature


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_allow_no_device_features(db, name):
    response = Client().get(reverse(name))
    assert response.status_code == 200
    assert_no_device_features(response)
    if name != "accounts:login":  # Django's sign-in page is never cached
        assert "no-store" not in response.get("Cache-Control", "")  # the directory is public


def test_every_page_for_a_signed_in_user_is_neither_stored_nor_given_device_features(
    editor, organisation, login
):
    client = login(editor)
    for url in (
        reverse("organisations:search"),
        reverse("organisations:members", args=[organisation.slug]),
        reverse("home"),
        reverse("referrals:list"),
        "/bestaat-niet/",
    ):
        response = client.get(url)
        assert_no_device_features(response)
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url
