"""Shared personas and database helpers.

Personas: `anonymous` (a client without a session), `professional` (a member of an organisation),
`editor` (an editor of that same organisation), `other_editor` (an editor of `other_organisation`),
`coordinator` (the whole directory). The referral parties: `handover` (a family registered by a
member of the sending organisation, with her consent to share with the receiving one; a member
of the receiving organisation, an outsider and the coordinator) and `parties` (the same with the
referral sent). `signed_in(user)`, or the `login` fixture, gives a signed-in test client.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from organisations.models import MembershipRole
from organisations.search import cards, index, taxonomy
from referrals.actions import send_referral

from .factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _second_factor_tested_on_its_own(settings):
    """Tests sign in with force_login; tests/accounts/test_second_factor.py switches it on."""
    settings.PORTAL_REQUIRE_MFA = False


@pytest.fixture(autouse=True)
def _taxonomies_loaded_afresh():
    """Each test's rolled-back terms and interventions must not linger in what the process
    keeps in memory, rendered result cards included (a test may bulk-create rows, which no
    signal reports)."""
    taxonomy.forget()
    index.forget()
    cards.forget()
    yield
    taxonomy.forget()
    index.forget()
    cards.forget()


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Sociaal Wijkteam Deventer", slug="wijkteam-deventer")


@pytest.fixture
def professional(db, organisation):
    user = UserFactory(email="wijkcoach@rokportaal.example", full_name="Wijkcoach Deventer")
    MembershipFactory(user=user, organisation=organisation, role=MembershipRole.PROFESSIONAL)
    return user


@pytest.fixture
def editor(db, organisation):
    user = UserFactory(email="redacteur@rokportaal.example", full_name="Redacteur Wijkteam")
    MembershipFactory(user=user, organisation=organisation, role=MembershipRole.EDITOR)
    return user


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Kraamzorg De Wieg", slug="kraamzorg-de-wieg")


@pytest.fixture
def other_editor(db, other_organisation):
    user = UserFactory(email="redacteur@dewieg.example", full_name="Redacteur De Wieg")
    MembershipFactory(user=user, organisation=other_organisation, role=MembershipRole.EDITOR)
    return user


def signed_in(user) -> Client:
    """A test client signed in as the given user (anonymous for None)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def login(db):
    """`signed_in`, for tests that take their helpers as fixtures."""
    return signed_in


def code_for(device: TOTPDevice) -> str:
    """The code the authenticator app shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


@pytest.fixture
def verified_login(db):
    """A test client signed in as the given user, who then gave the second factor (the pages
    of designated officers, exports and prints ask for it)."""

    def signed_in(user) -> Client:
        client = Client()
        client.force_login(user)
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
        response = client.post(reverse("accounts:second_factor"), {"token": code_for(device)})
        assert response.status_code == 302, "the second factor was not accepted"
        return client

    return signed_in


@pytest.fixture
def coordinator(db):
    return UserFactory(email="coordinator@rokportaal.example", is_coordinator=True, is_staff=True)


@pytest.fixture
def anonymous() -> Client:
    return Client()


@pytest.fixture
def professional_client(professional) -> Client:
    return signed_in(professional)


CLIENT_NAME = "Fenna Fictief"


@pytest.fixture
def handover(db, coordinator) -> dict:
    """The referral parties before anything is sent: `client` (named CLIENT_NAME), registered by
    `sender` of `sending`, and her `consent` to share her contact details and the reason for
    referral with `receiving`, where `recipient` works; `outsider` works for a third
    organisation; `coordinator` keeps the directory and belongs to none."""
    sending = OrganisationFactory(name="Verloskundigenpraktijk De Linde", slug="de-linde")
    receiving = OrganisationFactory(name="Schuldhulp Deventer", slug="schuldhulp-deventer")
    elsewhere = OrganisationFactory(name="Kraamzorg Elders", slug="kraamzorg-elders")
    people = {
        "sender": UserFactory(email="verloskundige@linde.example"),
        "recipient": UserFactory(email="schuldhulp@deventer.example"),
        "outsider": UserFactory(email="buiten@elders.example"),
    }
    MembershipFactory(user=people["sender"], organisation=sending)
    MembershipFactory(user=people["recipient"], organisation=receiving)
    MembershipFactory(user=people["outsider"], organisation=elsewhere)
    client = ClientFactory(
        full_name=CLIENT_NAME, organisation=sending, registered_by=people["sender"]
    )
    consent = ConsentRecordFactory(
        client=client, recorded_by=people["sender"], recipient_organisation=receiving
    )
    return {
        **people,
        "coordinator": coordinator,
        "sending": sending,
        "receiving": receiving,
        "elsewhere": elsewhere,
        "client": client,
        "consent": consent,
    }


@pytest.fixture
def parties(handover) -> dict:
    """`handover` with the `referral` on her consent sent by `sender` to `receiving`."""
    referral = ReferralFactory(
        consent=handover["consent"], reason="Zorgen over geld rond de bevalling."
    )
    send_referral(referral, by=handover["sender"])
    return {**handover, "referral": referral}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked `postgres` need PostgreSQL features that SQLite lacks."""
    marker = item.get_closest_marker("postgres")
    if marker and "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        reason = marker.kwargs.get("reason", "full-text search and trigram similarity")
        pytest.skip(f"needs PostgreSQL ({reason}); set DATABASE_URL=postgresql://… to run it")


@pytest.fixture(scope="session", autouse=True)
def _flush_past_the_access_log_guard():
    """pytest-django empties the database after a transactional test (and tests/e2e after its
    journeys) with `flush`, one TRUNCATE of every table, which the access log's trigger
    refuses (consent/migrations/0005_access_log_guards.py). The tests connect as a superuser,
    who may switch triggers off for that one transaction; the portal's own role may not."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    flush = DatabaseOperations.execute_sql_flush

    def execute_sql_flush(self, sql_list):
        flush(self, ["SET LOCAL session_replication_role = replica", *sql_list])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseOperations, "execute_sql_flush", execute_sql_flush)
        yield
