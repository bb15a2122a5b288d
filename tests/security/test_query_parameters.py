"""Hostile query parameters never crash a page: every URL × a few roles × every query parameter
its view reads, set to a NUL byte, a very long text, a number too large to parse, a list, and
more. The answer may be the normal page, a 400 or a 404 — never a 500.

Generated from the URL configuration (the URLs and the objects their paths point to are those of
tests/security/test_url_matrix.py). Which parameters a view reads is observed, not listed: each
request's query dict records the names the view asks it for, and every name asked is tried with
every hostile value (a name first read on a hostile request is tried as well). PostgreSQL refuses
a NUL in text outright, so run this on PostgreSQL too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.db import transaction
from django.http import QueryDict
from django.test import Client as HttpClient
from django.test import override_settings
from django.urls import reverse
from django.utils.functional import cached_property
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import code_for
from tests.security.test_url_matrix import (
    ANONYMOUS,
    COORDINATOR,
    OFFICER,
    RULES,
    SENDER,
    World,
    build_world,
    url_patterns,
)

# A professional who refers, the coordinator of the directory, a designated officer (whose pages
# read the most filters) and a visitor.
ROLES = [ANONYMOUS, SENDER, COORDINATOR, OFFICER]

# Not read by any view: a query string with only this still makes `request.GET` non-empty, so a
# view that binds its form only to a non-empty query string reads the form's fields.
UNREAD = "onbekend"

HOSTILE: dict[str, str | list[str]] = {
    "nul": "\x00",
    "nul-inside": "de-linde\x00",
    "long": "x" * 10_000,
    "huge-number": "9" * 5_000,  # more digits than int() parses
    "negative": "-1",
    "not-a-number": "1e9999",
    "quotes-and-wildcards": "'\"%_\\<>;",
    "many": [f"waarde-{n}" for n in range(200)],
}


class RecordingQueryDict(QueryDict):
    """A query dict that notes every name it is asked for in `asked` (shared by its copies)."""

    asked: set[str] = set()

    def __getitem__(self, key):
        RecordingQueryDict.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key) -> bool:
        RecordingQueryDict.asked.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        RecordingQueryDict.asked.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        RecordingQueryDict.asked.add(key)
        return super().getlist(key, default)


def recording_get(request: WSGIRequest) -> RecordingQueryDict:
    return RecordingQueryDict(request.environ.get("QUERY_STRING", ""), encoding=request.encoding)


@pytest.fixture
def recorded_names(monkeypatch):
    """Requests' `GET` records the names views read; yields the set (emptied per request)."""
    prop = cached_property(recording_get)
    prop.__set_name__(WSGIRequest, "GET")
    monkeypatch.setattr(WSGIRequest, "GET", prop)
    RecordingQueryDict.asked = set()
    yield RecordingQueryDict.asked


@dataclass
class SignedInWorld:
    world: World
    sessions: dict[str, str] = field(default_factory=dict)  # role: session key

    def client(self, role: str) -> HttpClient:
        """A test client with the role's session: a new one per request, so that a request that
        signs out (and changes the cookie) leaves the next request signed in."""
        http = HttpClient(raise_request_exception=False)
        if role in self.sessions:
            http.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[role]
        return http


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """The URL matrix's world, with each role signed in once (second factor given), in a
    transaction rolled back after the module."""
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
        transaction.atomic(),
    ):
        signed_in = SignedInWorld(build_world())
        for role in ROLES:
            user = signed_in.world.users.get(role)
            if user is None:
                continue
            http = HttpClient()
            http.force_login(user)
            device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
            answer = http.post(reverse("accounts:second_factor"), {"token": code_for(device)})
            assert answer.status_code == 302, "the second factor was not accepted"
            signed_in.sessions[role] = http.session.session_key
        yield signed_in
        transaction.set_rollback(True)


@dataclass
class Tried:
    description: str
    status: int
    asked: set[str]


def attempt(world: SignedInWorld, role: str, path: str, query: dict, asked: set[str]) -> Tried:
    """One request, in a savepoint rolled back afterwards: a step it takes, or a database
    error (PostgreSQL aborts the transaction), is undone before the next request. A view that
    refuses GET is asked again by POST, without data."""
    url = f"{path}?{urlencode(query, doseq=True)}"
    http = world.client(role)
    savepoint = transaction.savepoint()
    try:
        asked.clear()
        response = http.get(url)
        method = "GET"
        if response.status_code == 405:
            response = http.post(url, {})
            method = "POST"
    finally:
        transaction.savepoint_rollback(savepoint)
    shown = {
        k: (v[:20] + "…" if isinstance(v, str) and len(v) > 20 else v) for k, v in query.items()
    }
    shown = {k: (f"[{len(v)} values]" if isinstance(v, list) else v) for k, v in shown.items()}
    return Tried(f"{method} {path} {shown!r}", response.status_code, set(asked))


NAMES = sorted(url_patterns())

# Crashes outside the parsers this test guards, left to their owners: (URL name, parameter).
# (URL name, parameter) pairs whose 500 is known and fixed elsewhere: none.
KNOWN_ELSEWHERE: dict[tuple[str, str], str] = {}


def page_of(world: SignedInWorld, name: str) -> tuple[str, dict[str, str]]:
    """The URL's path (its parameters filled in with the world's objects) and the query string
    the matrix uses to reach the page itself (e.g. past the new referral's safety question)."""
    assert name in RULES, f"{name} has no rule in test_url_matrix.RULES to fill in its path"
    rule, values = RULES[name], world.world.values
    path = reverse(name, kwargs={param: values[key] for param, key in rule.args.items()})
    base = dict(QueryDict(rule.query.format(**values)).items()) if rule.query else {}
    return path, base


def discover(world: SignedInWorld, name: str, role: str, asked: set[str]) -> Tried:
    """The page as the role gets it, noting the query parameters its view reads."""
    path, base = page_of(world, name)
    return attempt(world, role, path, {**base, UNREAD: "1"}, asked)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", NAMES)
def test_hostile_query_parameters_never_crash(name, role, shared_world, db, recorded_names):
    path, base = page_of(shared_world, name)
    first = discover(shared_world, name, role, recorded_names)
    crashes = [first] if first.status >= 500 else []
    to_try = (first.asked | set(base)) - {UNREAD}
    tried: set[str] = set()
    while to_try:
        parameter = min(to_try)
        to_try.discard(parameter)
        tried.add(parameter)
        for value in HOSTILE.values():
            result = attempt(shared_world, role, path, {**base, parameter: value}, recorded_names)
            if result.status >= 500 and (name, parameter) not in KNOWN_ELSEWHERE:
                crashes.append(result)
            to_try |= result.asked - tried - {UNREAD}
    together = {parameter for parameter in tried if (name, parameter) not in KNOWN_ELSEWHERE}
    if len(together) > 1:  # every parameter hostile at once
        for value in HOSTILE.values():
            result = attempt(
                shared_world, role, path, dict.fromkeys(together, value), recorded_names
            )
            if result.status >= 500:
                crashes.append(result)

    assert not crashes, "\n".join(f"{c.description} as {role}: {c.status}" for c in crashes)


# Some views and the parameters they are known to read: the recording must find them, else the
# test above would try nothing and pass.
KNOWN_READERS = [
    ("referrals:new", SENDER, {"aanbod", "organisatie", "zorgen", "opnieuw"}),
    ("referrals:list", SENDER, {"map", "status", "pagina"}),
    ("organisations:handout", ANONYMOUS, {"aanbod"}),
    (
        "organisations:search",
        ANONYMOUS,
        {"q", "gemeente", "thema", "verwijzen", "pagina", "weergave"},
    ),
    ("organisations:guide_results", ANONYMOUS, {"situatie", "gemeente", "thema", "pagina"}),
    ("organisations:dashboard", COORDINATOR, {"gemeente"}),
    ("organisations:export", COORDINATOR, {"formaat"}),
    ("privacy:access_log", OFFICER, {"client", "user", "organisation", "date_from", "pagina"}),
    ("privacy:unusual", OFFICER, {"day"}),
]


@pytest.mark.parametrize(
    ("name", "role", "expected"), KNOWN_READERS, ids=[f"{n}-{r}" for n, r, _ in KNOWN_READERS]
)
def test_the_parameters_a_view_reads_are_found(
    name, role, expected, shared_world, db, recorded_names
):
    found = discover(shared_world, name, role, recorded_names)
    assert found.status == 200, found.description
    assert expected <= found.asked
