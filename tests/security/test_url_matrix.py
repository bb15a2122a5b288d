"""Every URL × every role: who gets the page, who is sent to sign in, who is refused — and, for
client data, that every refusal and every view is in the access log, that pages with client data
are not cached, and that client names never appear in a URL.

The URLs come from the URL configuration itself: a new URL without a rule in RULES fails
`test_every_url_has_a_rule`, so nobody can add a page and forget to decide who may see it.

Outcomes are categories, because the exact code legitimately varies:
ALLOW (2xx, or a redirect elsewhere than the sign-in steps), LOGIN (redirect to sign in),
DENY (403 or 404) and NOT_FOUND (404: client data of another organisation does not exist for
you). Each (URL, role) pair is its own test. The world is built once per module and each test
runs in a savepoint that is rolled back, so every test starts from the same fresh world although
the allowed POSTs change it (the `world` fixture checks that).
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.db import connection, transaction
from django.test import Client as HttpClient
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from consent.models import AccessLogEntry
from organisations.models import (
    Correction,
    DirectoryImport,
    Invitation,
    InvitationRequest,
    Membership,
    MembershipRole,
)
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

CLIENT_NAME = "Fenna Fictief"

# --- Roles -------------------------------------------------------------------------------------

ANONYMOUS = "anonymous"
SENDER = "sender"  # professional of the sending organisation: registered her, sent the referral
RECIPIENT = "recipient"  # professional of the receiving organisation
OUTSIDER = "outsider"  # professional of another organisation
EDITOR = "editor"  # editor of the sending organisation
COORDINATOR = "coordinator"  # maintains the whole directory; member of no organisation
OFFICER = "officer"  # designated officer (aandachtsfunctionaris) of the sending organisation
OTHER_OFFICER = "other_officer"  # designated officer of the outsider's organisation

ROLES = [ANONYMOUS, SENDER, RECIPIENT, OUTSIDER, EDITOR, COORDINATOR, OFFICER, OTHER_OFFICER]
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
SENDING_SIDE = frozenset({SENDER, EDITOR, OFFICER})  # members of the organisation that owns her
PARTIES = SENDING_SIDE | {RECIPIENT}  # may see (some of) the referral
NON_PARTIES = frozenset({OUTSIDER, COORDINATOR, OTHER_OFFICER})
MAINTAINERS = frozenset({EDITOR, COORDINATOR})  # may change the sending organisation's entry
MEMBER_MANAGERS = MAINTAINERS | {OFFICER}  # may invite colleagues of the sending organisation
OFFICERS = frozenset({OFFICER, OTHER_OFFICER})
ONLY_COORDINATOR = frozenset({COORDINATOR})
NOBODY: frozenset[str] = frozenset()

# --- Outcomes ----------------------------------------------------------------------------------

ALLOW, LOGIN, DENY, NOT_FOUND = "ALLOW", "LOGIN", "DENY", "NOT_FOUND"
METHOD_NOT_ALLOWED, SECOND_STEP = "405", "SECOND_STEP"

LOGIN_PATH = "/accounts/login/"
SECOND_STEP_PATH = "/accounts/tweede-stap/"

# --- Kinds of view: which methods are exercised ------------------------------------------------

PAGE = "page"  # GET
FORM = "form"  # GET, and POST with empty data (a form with errors, or a redirect)
ACTION = "action"  # POST-only: GET gives 405; POST with empty data
GET_ONLY = "get-only"  # GET; POST gives 405


@dataclass(frozen=True)
class Rule:
    """Who may use one URL, and how to call it.

    `args` maps each URL parameter to a value of the world (see `world`); `query` is formatted
    with the same values. Roles in `allow` get ALLOW, anonymous visitors otherwise LOGIN, roles in
    `not_found` a 404, every other signed-in role DENY. For `client_data` URLs, each refusal of
    a signed-in user must be logged, except for roles in `unlogged_denials`: parties that may see
    the object but lack the permission for this step (a 403, not a probe). `shows` are the roles
    whose allowed response shows the client's data (her name): exactly those responses, and
    nothing else, may contain it, and they must be logged and not cached.
    """

    kind: str
    allow: frozenset[str]
    args: dict[str, str] = field(default_factory=dict)
    query: str = ""
    not_found: frozenset[str] = NOBODY
    client_data: bool = False
    shows: frozenset[str] = NOBODY
    unlogged_denials: frozenset[str] = NOBODY

    def expected(self, role: str) -> str:
        if role in self.allow:
            return ALLOW
        if role == ANONYMOUS:
            return LOGIN
        if role in self.not_found:
            return NOT_FOUND
        return DENY


def referral_step(allow: frozenset[str]) -> Rule:
    """A POST-only step on the referral: the other party gets 403 (it may see the referral, so
    that is no probe and needs no log entry); anyone else 404, logged."""
    return Rule(
        ACTION,
        allow,
        args={"pk": "referral"},
        not_found=NON_PARTIES,
        client_data=True,
        unlogged_denials=PARTIES - allow,
    )


def officer_client_page(kind: str) -> Rule:
    """The parent's rights (art. 15, art. 17): the officer of her organisation only. Another
    organisation's officer gets 404; a party who may see her but is no officer 403 (no log
    needed). Anyone else who tries her record (outsider, coordinator) is refused and logged,
    like any attempt at client data."""
    return Rule(
        kind,
        frozenset({OFFICER}),
        args={"pk": "client"},
        not_found=frozenset({OTHER_OFFICER}),
        client_data=True,
        shows=frozenset({OFFICER}),
        unlogged_denials=PARTIES,
    )


def maintenance(view_kind: str, allow: frozenset[str] = MAINTAINERS, **args: str) -> Rule:
    """A /beheer/ URL about the sending organisation's entry; `args` as in Rule."""
    return Rule(view_kind, allow, args=args)


RULES: dict[str, Rule] = {
    "home": Rule(PAGE, EVERYONE),
    "health": Rule(PAGE, EVERYONE),  # for the load balancer: "ok", nothing else
    # --- Signing in ---
    "accounts:login": Rule(FORM, EVERYONE),  # signed in: redirected onwards
    "accounts:logout": Rule(ACTION, EVERYONE),
    # Empty data chooses nothing: told so, back to the page she came from.
    "organisations:act_for": Rule(ACTION, SIGNED_IN),
    "accounts:password_reset": Rule(FORM, EVERYONE),
    "accounts:password_reset_done": Rule(PAGE, EVERYONE),
    "accounts:password_reset_confirm": Rule(
        PAGE, EVERYONE, args={"uidb64": "reset_uid", "token": "reset_token"}
    ),
    "accounts:password_reset_complete": Rule(PAGE, EVERYONE),
    "accounts:second_factor": Rule(FORM, SIGNED_IN),
    # Every signed-in role has linked its app already: there is no QR code left to show.
    "accounts:second_factor_qr": Rule(PAGE, NOBODY, not_found=SIGNED_IN),
    "accounts:backup_codes": Rule(PAGE, SIGNED_IN),  # none pending: back to the search page
    "accounts:reset_second_factor": Rule(ACTION, ONLY_COORDINATOR, args={"pk": "colleague"}),
    "accounts:lockouts": Rule(PAGE, ONLY_COORDINATOR),
    # --- My account: everyone signed in, for her own account only ---
    "account:home": Rule(PAGE, SIGNED_IN),
    "account:password": Rule(FORM, SIGNED_IN),
    "account:authenticator": Rule(FORM, SIGNED_IN),
    "account:backup_codes": Rule(FORM, SIGNED_IN),  # GET: none pending, back to the account
    "account:notifications": Rule(ACTION, SIGNED_IN),
    "accounts:unlock": Rule(ACTION, ONLY_COORDINATOR, args={"pk": "attempt"}),
    # --- Client data ---
    "consent:receipt": Rule(
        PAGE,
        SENDING_SIDE,
        args={"pk": "consent"},
        not_found=NON_PARTIES,
        client_data=True,
        shows=SENDING_SIDE,
    ),
    # Posted without an address: the receipt again, with the error, nothing sent.
    "consent:email_receipt": Rule(
        ACTION,
        SENDING_SIDE,
        args={"pk": "consent"},
        not_found=NON_PARTIES,
        client_data=True,
        shows=SENDING_SIDE,
    ),
    # The default box is the inbox: only the receiving side has the referral in it.
    "referrals:list": Rule(PAGE, SIGNED_IN, client_data=True, shows=frozenset({RECIPIENT})),
    # Members of an organisation refer; a coordinator belongs to none (a 403 about no client).
    # The safety question; its answer starts the steps (referrals:new_step).
    "referrals:new": Rule(
        FORM,
        SIGNED_IN - {COORDINATOR},
        query="organisatie={target}",
        client_data=True,  # the form asks for her data but lists no parents
        unlogged_denials=ONLY_COORDINATOR,
    ),
    # A step of a form in progress: its answers live in the session of the user who started
    # it; anyone else (a token not in her session) is sent to start again, shown nothing.
    "referrals:new_step": Rule(
        FORM, SIGNED_IN, args={"token": "form_token", "step": "form_step"}, client_data=True
    ),
    # Changing or deleting a draft is the sending side's; the world's referral has been sent,
    # so they are told it cannot be (a redirect), and nothing changes.
    "referrals:edit": Rule(
        GET_ONLY,
        SENDING_SIDE,
        args={"pk": "referral"},
        not_found=NON_PARTIES,
        client_data=True,
        unlogged_denials=frozenset({RECIPIENT}),
    ),
    "referrals:delete": Rule(
        FORM,
        SENDING_SIDE,
        args={"pk": "referral"},
        not_found=NON_PARTIES,
        client_data=True,
        unlogged_denials=frozenset({RECIPIENT}),
    ),
    "referrals:detail": Rule(
        PAGE,
        PARTIES,
        args={"pk": "referral"},
        not_found=NON_PARTIES,
        client_data=True,
        shows=PARTIES,
    ),
    "referrals:send": referral_step(SENDING_SIDE),
    "referrals:withdraw": referral_step(SENDING_SIDE),
    "referrals:withdraw_consent": referral_step(SENDING_SIDE),
    "referrals:correct_consent": referral_step(SENDING_SIDE),
    "referrals:accept": referral_step(frozenset({RECIPIENT})),
    "referrals:decline": referral_step(frozenset({RECIPIENT})),
    "referrals:close": referral_step(frozenset({RECIPIENT})),
    # A message with errors shows the referral page again, with what was typed.
    "referrals:message": Rule(
        ACTION,
        PARTIES,
        args={"pk": "referral"},
        not_found=NON_PARTIES,
        client_data=True,
        shows=PARTIES,
    ),
    # Either party (the meeting's own rules say which side; without a meeting named, nothing).
    "referrals:meeting_accept": referral_step(PARTIES),
    "referrals:meeting_decline": referral_step(PARTIES),
    "referrals:meeting_reschedule": referral_step(PARTIES),
    "referrals:meeting_cancel": referral_step(PARTIES),
    # The calendar invitation holds no client data; refusals are logged by the access helper.
    "referrals:meeting_calendar": Rule(
        GET_ONLY,
        PARTIES,
        args={"pk": "referral", "meeting_pk": "meeting"},
        not_found=NON_PARTIES,
        client_data=True,
    ),
    "referrals:assign": referral_step(frozenset({RECIPIENT})),
    "referrals:progress": referral_step(frozenset({RECIPIENT})),
    # What needs me now: the new referral names the family to the recipient; the recent
    # messages on it to her and to the professional who sent it (not to her colleagues).
    "start": Rule(PAGE, SIGNED_IN, client_data=True, shows=frozenset({SENDER, RECIPIENT})),
    # --- The designated officer ---
    "privacy:access_log": Rule(PAGE, OFFICERS),
    "privacy:unusual": Rule(PAGE, OFFICERS),
    "privacy:mark_reviewed": Rule(ACTION, OFFICERS),
    "privacy:find_client": Rule(FORM, OFFICERS),
    "privacy:subject_access": officer_client_page(PAGE),
    "privacy:subject_access_json": officer_client_page(PAGE),
    "privacy:erase": officer_client_page(FORM),
    # --- The directory, public ---
    "organisations:search": Rule(PAGE, EVERYONE),
    "organisations:handout": Rule(PAGE, EVERYONE),
    "organisations:handout_add": Rule(ACTION, EVERYONE),  # no offer named: back, with a message
    "organisations:handout_remove": Rule(ACTION, EVERYONE),
    "organisations:handout_clear": Rule(ACTION, EVERYONE),
    "organisations:handout_email": Rule(ACTION, SIGNED_IN),  # nothing picked: back, with a message
    "organisations:organisation_detail": Rule(PAGE, EVERYONE, args={"slug": "organisation"}),
    "organisations:intervention_detail": Rule(PAGE, EVERYONE, args={"slug": "intervention"}),
    "organisations:guide": Rule(PAGE, EVERYONE),
    "organisations:guide_results": Rule(PAGE, EVERYONE),
    "organisations:guide_intervention": Rule(PAGE, EVERYONE, args={"slug": "intervention"}),
    "organisations:accept_invitation": Rule(FORM, EVERYONE, args={"token": "invitation_token"}),
    # --- Klopt er iets niet? (the correction was reported by the recipient) ---
    "organisations:report_organisation_correction": Rule(
        FORM, SIGNED_IN, args={"slug": "organisation"}
    ),
    "organisations:report_intervention_correction": Rule(
        FORM, SIGNED_IN, args={"slug": "intervention"}
    ),
    "organisations:my_corrections": Rule(PAGE, SIGNED_IN),
    "organisations:correction_list": maintenance(PAGE),
    "organisations:correction_detail": maintenance(
        PAGE, MAINTAINERS | {RECIPIENT}, pk="correction"
    ),
    "organisations:correction_accept": maintenance(ACTION, pk="correction"),
    "organisations:correction_reject": maintenance(ACTION, pk="correction"),
    # --- Maintenance ---
    "organisations:dashboard": maintenance(PAGE),
    "organisations:import_upload": maintenance(FORM, ONLY_COORDINATOR),
    "organisations:import_preview": maintenance(GET_ONLY, ONLY_COORDINATOR, pk="import"),
    "organisations:import_confirm": maintenance(ACTION, ONLY_COORDINATOR, pk="import"),
    "organisations:export": maintenance(GET_ONLY, ONLY_COORDINATOR),
    "organisations:new_organisation": maintenance(FORM, ONLY_COORDINATOR),
    "organisations:manage_organisation": maintenance(PAGE, slug="organisation"),
    "organisations:edit_organisation": maintenance(FORM, slug="organisation"),
    "organisations:verify_organisation": maintenance(ACTION, slug="organisation"),
    "organisations:deactivate_organisation": maintenance(
        ACTION, ONLY_COORDINATOR, slug="organisation"
    ),
    "organisations:reactivate_organisation": maintenance(
        ACTION, ONLY_COORDINATOR, slug="organisation"
    ),
    "organisations:organisation_history": maintenance(PAGE, slug="organisation"),
    "organisations:restore_version": maintenance(
        ACTION, ONLY_COORDINATOR, kind="history_kind", history_id="history_id"
    ),
    "organisations:new_location": maintenance(FORM, slug="organisation"),
    "organisations:edit_location": maintenance(FORM, pk="location"),
    "organisations:new_intervention": maintenance(FORM, slug="organisation"),
    "organisations:edit_intervention": maintenance(FORM, slug="intervention"),
    "organisations:verify_intervention": maintenance(ACTION, slug="intervention"),
    "organisations:deactivate_intervention": maintenance(ACTION, slug="intervention"),
    "organisations:reactivate_intervention": maintenance(ACTION, slug="intervention"),
    "organisations:new_contact": maintenance(FORM, slug="organisation"),
    "organisations:edit_contact": maintenance(FORM, pk="contact"),
    "organisations:deactivate_contact": maintenance(ACTION, pk="contact"),
    "organisations:reactivate_contact": maintenance(ACTION, pk="contact"),
    "organisations:members": maintenance(FORM, MEMBER_MANAGERS, slug="organisation"),
    "organisations:withdraw_invitation": maintenance(ACTION, MEMBER_MANAGERS, pk="invitation"),
    "organisations:change_role": maintenance(ACTION, MEMBER_MANAGERS, pk="membership"),
    "organisations:remove_member": maintenance(ACTION, MEMBER_MANAGERS, pk="membership"),
    # Asking the coordinator to invite an organisation where nobody receives referrals.
    "organisations:ask_invitation": Rule(ACTION, SIGNED_IN, args={"slug": "unreached"}),
    "organisations:dismiss_invitation_request": maintenance(
        ACTION, ONLY_COORDINATOR, pk="invitation_request"
    ),
}

# --- The URL configuration ---------------------------------------------------------------------

SKIPPED_NAMESPACES = {"admin"}  # Django's own admin: staff only, tested in its own module
SKIPPED_NAMES = {"set_language"}  # the i18n language switch: no data, for everyone
SKIPPED_VIEWS = {"django.views.static.serve", "django.contrib.staticfiles.views.serve"}


def url_patterns(
    resolver: URLResolver | None = None, namespace: str = "", params: frozenset[str] = NOBODY
) -> dict[str, frozenset[str]]:
    """Every URL name in the configuration (`namespace:name`), with the parameters its path
    takes (the URLconf's own extra arguments, like `active`, are not parameters)."""
    found: dict[str, frozenset[str]] = {}
    for pattern in (resolver or get_resolver()).url_patterns:
        own = params | path_parameters(pattern)
        if isinstance(pattern, URLResolver):
            if pattern.namespace in SKIPPED_NAMESPACES:
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found.update(url_patterns(pattern, inner, own))
        elif isinstance(pattern, URLPattern):
            view = f"{pattern.callback.__module__}.{pattern.callback.__name__}"
            if pattern.name in SKIPPED_NAMES or view in SKIPPED_VIEWS:
                continue
            name = pattern.name or f"<unnamed: {pattern.pattern}>"
            found[f"{namespace}{name}"] = own - set(pattern.default_args)
    return found


def path_parameters(pattern: URLPattern | URLResolver) -> frozenset[str]:
    converters = getattr(pattern.pattern, "converters", None)
    if converters is not None:
        return frozenset(converters)
    return frozenset(pattern.pattern.regex.groupindex)


# --- The world ---------------------------------------------------------------------------------


@dataclass
class World:
    users: dict[str, object]
    values: dict[str, object]
    client: object
    initial_state: dict[str, str] = field(default_factory=dict)

    def url(self, name: str) -> str:
        rule = RULES[name]
        url = reverse(name, kwargs={param: self.values[key] for param, key in rule.args.items()})
        return f"{url}?{rule.query.format(**self.values)}" if rule.query else url


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """Built once, in a transaction that is rolled back after the module; each test runs in a
    savepoint inside it (pytest-django's `db`), so each test starts from this same fresh world
    whatever the test before it changed."""
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
        transaction.atomic(),
    ):
        built = build_world()
        built.initial_state = state()
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def world(shared_world, db) -> World:
    assert state() == shared_world.initial_state, "a test before this one left changes behind"
    return shared_world


def build_world() -> World:
    """One handover between two organisations, with one object of every kind a URL points to,
    all of the sending organisation (for the outsider and the other officer: another
    organisation's objects)."""
    sending = OrganisationFactory(name="Verloskundigenpraktijk De Linde", slug="de-linde")
    receiving = OrganisationFactory(name="Schuldhulp Deventer", slug="schuldhulp-deventer")
    elsewhere = OrganisationFactory(name="Kraamzorg Elders", slug="kraamzorg-elders")
    target = OrganisationFactory(name="Buurtgezinscoaches", slug="buurtgezinscoaches")
    unreached = OrganisationFactory(name="Zonder Leden", slug="zonder-leden")

    def member(organisation, role: str, email: str):
        user = UserFactory(email=email)
        membership = MembershipFactory(user=user, organisation=organisation, role=role)
        return user, membership

    professional, officer = MembershipRole.PROFESSIONAL, MembershipRole.OFFICER
    users = {
        SENDER: member(sending, professional, "verloskundige@linde.example")[0],
        RECIPIENT: member(receiving, professional, "schuldhulp@deventer.example")[0],
        OUTSIDER: member(elsewhere, professional, "kraamverzorgende@elders.example")[0],
        EDITOR: member(sending, MembershipRole.EDITOR, "redacteur@linde.example")[0],
        COORDINATOR: UserFactory(
            email="coordinator@rokportaal.example", is_coordinator=True, is_staff=True
        ),
        OFFICER: member(sending, officer, "functionaris@linde.example")[0],
        OTHER_OFFICER: member(elsewhere, officer, "functionaris@elders.example")[0],
    }
    colleague, colleague_membership = member(sending, professional, "collega@linde.example")
    member(target, professional, "coach@buurtgezinscoaches.example")  # receives referrals

    client = ClientFactory(full_name=CLIENT_NAME, organisation=sending, registered_by=users[SENDER])
    consent = ConsentRecordFactory(
        client=client, recorded_by=users[SENDER], recipient_organisation=receiving
    )
    referral = ReferralFactory(consent=consent, reason="Zorgen over geld rond de bevalling.")
    send_referral(referral, by=users[SENDER])
    referral.post_message(
        by=users[SENDER], organisation=sending, body="Zij is 's ochtends het best bereikbaar."
    )
    referral.post_message(
        by=users[RECIPIENT],
        organisation=receiving,
        body="Zullen we samen langsgaan?",
        meeting_at=timezone.now() + datetime.timedelta(days=3),
        meeting_place="Wijkcentrum",
    )
    meeting = referral.meetings.get()

    intervention = InterventionFactory(organisation=sending, is_public=True)
    location = LocationFactory(organisation=sending)
    contact = ContactPersonFactory(organisation=sending, interventions=[intervention])
    correction = Correction.objects.create(
        organisation=sending,
        description="Het telefoonnummer klopt niet.",
        reported_by=users[RECIPIENT],
    )
    directory_import = DirectoryImport.objects.create(
        uploaded_by=users[COORDINATOR], file_name="regio.csv", content=b"soort\n"
    )
    invitation, invitation_token = Invitation.send_new(
        email="nieuw@linde.example",
        organisation=sending,
        role=professional,
        by=users[EDITOR],
    )
    invitation_request, _ = InvitationRequest.ask(
        unreached, by=users[SENDER], asking_organisation=sending
    )
    attempt = AccessAttempt.objects.create(
        username="iemand@elders.example",
        ip_address="192.0.2.1",
        user_agent="test",
        http_accept="*/*",
        path_info=LOGIN_PATH,
        get_data="",
        post_data="",
        failures_since_start=5,
    )
    values = {
        "referral": referral.pk,
        "meeting": meeting.pk,
        "consent": consent.pk,
        "client": client.pk,
        "organisation": sending.slug,
        "target": target.slug,
        "unreached": unreached.slug,
        "invitation_request": invitation_request.pk,
        "intervention": intervention.slug,
        "location": location.pk,
        "contact": contact.pk,
        "membership": colleague_membership.pk,
        "colleague": colleague.pk,
        "correction": correction.pk,
        "import": directory_import.pk,
        "invitation": invitation.pk,
        "invitation_token": invitation_token,
        "history_kind": "intervention",
        "history_id": intervention.history.first().history_id,
        "attempt": attempt.pk,
        # The colleague never signs in during a test, so the token stays valid.
        "reset_uid": urlsafe_base64_encode(force_bytes(colleague.pk)),
        "reset_token": default_token_generator.make_token(colleague),
        "form_token": "5f0c3a2e-8a51-4d1b-9a57-2d1f4ad9c001",
        "form_step": "gezin",
    }
    return World(users=users, values=values, client=client)


# --- Observing one request ---------------------------------------------------------------------

# Rows a request may write whatever it does: sessions, sign-in throttling, the access log.
NOT_STATE = {"sessions", "admin", "axes", "contenttypes"}
NOT_STATE_MODELS = {AccessLogEntry}


def state_models() -> list:
    """The models whose tables hold the portal's data (many-to-many tables included)."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.app_label not in NOT_STATE
        and model not in NOT_STATE_MODELS
    ]


@functools.cache
def state_query(vendor: str) -> tuple[str, list[str]]:
    """One statement that gives, per table, all its rows as one text in primary-key order: a
    snapshot in one round trip (it runs twice for each of a thousand requests)."""
    name = connection.ops.quote_name
    parts, labels = [], []
    for model in state_models():
        table, pk = name(model._meta.db_table), name(model._meta.pk.column)
        if vendor == "postgresql":
            rows = f"SELECT string_agg(t::text, '|' ORDER BY t.{pk}) FROM {table} t"
        else:  # SQLite: quote() writes any value, blobs included, as an SQL literal
            row = " || ',' || ".join(
                f"quote({name(f.column)})" for f in model._meta.local_concrete_fields
            )
            rows = (
                f"SELECT group_concat(r, '|') FROM (SELECT {row} AS r FROM {table} ORDER BY {pk})"
            )
        parts.append(f"SELECT %s, ({rows})")
        labels.append(model._meta.label)
    return " UNION ALL ".join(parts), labels


def state() -> dict[str, str]:
    """Every row of every table that holds the portal's data."""
    sql, labels = state_query(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, labels)
        return dict(cursor.fetchall())


@dataclass
class Observed:
    method: str
    url: str
    response: object
    changed: list[str]  # the tables whose rows changed
    log: list[AccessLogEntry]  # the entries this request wrote

    @property
    def outcome(self) -> str:
        code = self.response.status_code
        if code == 405:
            return METHOD_NOT_ALLOWED
        if code == 404:
            return NOT_FOUND
        if code == 403:
            return DENY
        if 300 <= code < 400:
            path = urlsplit(self.response["Location"]).path
            if path.startswith(LOGIN_PATH):
                return LOGIN
            if path.startswith(SECOND_STEP_PATH):
                return SECOND_STEP
            return ALLOW
        if 200 <= code < 300:
            return ALLOW
        return f"HTTP {code}"

    @property
    def body(self) -> bytes:
        if getattr(self.response, "streaming", False):
            return b"".join(self.response.streaming_content)
        return self.response.content

    def describe(self, role: str) -> str:
        location = self.response.get("Location", "")
        return f"{self.method.upper()} {self.url} as {role}: {self.response.status_code}" + (
            f" → {location}" if location else ""
        )


def observe(http: HttpClient, method: str, url: str) -> Observed:
    before, last_entry = state(), AccessLogEntry.objects.order_by("-pk").first()
    response = http.post(url, {}) if method == "post" else http.get(url)
    after = state()
    log = AccessLogEntry.objects.order_by("pk")
    if last_entry is not None:
        log = log.filter(pk__gt=last_entry.pk)
    changed = [table for table in before if before[table] != after[table]]
    return Observed(method, url, response, changed, list(log))


def matches(expected: str, outcome: str) -> bool:
    if expected == DENY:
        return outcome in (DENY, NOT_FOUND)
    return outcome == expected


# --- The tests ---------------------------------------------------------------------------------


def test_every_url_has_a_rule():
    found = set(url_patterns())
    missing, stale = sorted(found - set(RULES)), sorted(set(RULES) - found)
    assert not missing, f"URLs without a rule in RULES (decide who may use them): {missing}"
    assert not stale, f"rules for URLs that no longer exist: {stale}"


def test_every_rule_fills_in_exactly_the_urls_parameters():
    found = url_patterns()
    wrong = {
        name: (sorted(found[name]), sorted(rule.args))
        for name, rule in RULES.items()
        if name in found and set(rule.args) != found[name]
    }
    assert not wrong, f"(URL parameters, rule arguments) differ: {wrong}"


def test_client_names_never_appear_in_urls(world):
    parts = [CLIENT_NAME.lower(), *CLIENT_NAME.lower().split()]
    for name in RULES:
        url = world.url(name).lower()
        assert not any(part in url for part in parts), url


CELLS = [(name, role) for name in sorted(RULES) for role in ROLES]


@pytest.mark.parametrize(("name", "role"), CELLS, ids=[f"{n}-{r}" for n, r in CELLS])
def test_url_as_role(name, role, world, verified_login):
    rule = RULES[name]
    user = world.users.get(role)
    http = verified_login(user) if user else HttpClient()
    url = world.url(name)

    wrong_method = {ACTION: "get", GET_ONLY: "post"}.get(rule.kind)
    if wrong_method:
        seen = observe(http, wrong_method, url)
        # A visitor may be sent to sign in first; either way nothing is shown or done.
        allowed = {METHOD_NOT_ALLOWED, LOGIN} if user is None else {METHOD_NOT_ALLOWED}
        assert seen.outcome in allowed, f"{seen.describe(role)}: expected 405"
        assert not seen.changed, f"{seen.describe(role)} changed {seen.changed}"
        assert not seen.log, f"{seen.describe(role)} wrote to the access log"

    methods = {PAGE: ["get"], GET_ONLY: ["get"], FORM: ["get", "post"], ACTION: ["post"]}
    expected = rule.expected(role)
    for method in methods[rule.kind]:
        seen = observe(http, method, url)
        what = seen.describe(role)
        assert matches(expected, seen.outcome), f"{what}: expected {expected}"
        check_state(seen, what, method)
        check_client_data(rule, role, user, world, seen, what)

    if rule.kind == PAGE and expected != ALLOW:
        # Whatever the method: someone refused a page gets nothing by posting to it either.
        seen = observe(http, "post", url)
        what = seen.describe(role)
        refused = seen.outcome == METHOD_NOT_ALLOWED or matches(expected, seen.outcome)
        assert refused, f"{what}: expected {expected} or 405"
        check_state(seen, what, "post")
        assert CLIENT_NAME.encode() not in seen.body, f"{what}: shows the client's name"


def check_state(seen: Observed, what: str, method: str) -> None:
    """A refusal changes nothing; a GET changes nothing; a POST that changed something redirects
    (post/redirect/get) — a 200 is only for a form with errors, which changed nothing."""
    if seen.outcome == ALLOW and method == "post" and seen.response.status_code >= 300:
        return
    assert not seen.changed, f"{what} changed {seen.changed}"


def check_client_data(rule: Rule, role: str, user, world: World, seen: Observed, what: str):
    """Her name only where the rule says, never in a header (a redirect, a file name); pages
    of client-data URLs are never cached; who saw her data, or was refused it, is logged."""
    headers = " ".join(seen.response.headers.values()).lower()
    assert not any(part in headers for part in CLIENT_NAME.lower().split()), what

    shown = CLIENT_NAME.encode() in seen.body
    page = seen.outcome == ALLOW and seen.response.status_code < 300
    if page:
        if role in rule.shows:
            assert shown, f"{what}: her data should be on this page"
        else:
            assert not shown, f"{what}: shows the client's name to {role}"
    else:
        assert not shown, f"{what}: a refusal or redirect shows the client's name"

    if shown or (page and rule.client_data):
        assert "no-store" in seen.response.get("Cache-Control", ""), f"{what}: may be cached"
    if shown:
        granted = [e for e in seen.log if e.granted and e.user_id == user.pk]
        assert granted, f"{what}: showed her data without an access-log entry"
        assert {e.client_id for e in granted} == {world.client.pk}, what

    if user is None:
        return
    refused = seen.outcome in (DENY, NOT_FOUND)
    if refused:
        assert not [e for e in seen.log if e.granted], f"{what}: a refusal logged as granted"
    if rule.client_data and refused and role not in rule.unlogged_denials:
        denied = [e for e in seen.log if not e.granted and e.user_id == user.pk]
        assert denied, f"{what}: the refused attempt is not in the access log"
        assert {e.client_id for e in denied} == {world.client.pk}, what


# --- Roles: nobody grants what she does not hold ---------------------------------------------
# A role in an organisation opens its referrals. Each signed-in role tries, at the sending
# organisation, every way to a role: inviting herself, raising her own membership, giving a
# colleague the officer or editor role, inviting someone new as officer or editor, and adding an
# account of another organisation. Only the listed roles succeed, and an existing account is
# never added without accepting.

OWN_ADDRESS = "{own}"


def invite_attempt(email: str, role: str):
    def attempt(http, world, user):
        url = reverse("organisations:members", args=[world.values["organisation"]])
        http.post(url, {"email": email.format(own=user.email), "role": role})
        return Invitation.objects.filter(
            email=email.format(own=user.email), role=role, withdrawn_at__isnull=True
        ).exists()

    return attempt


def role_change_attempt(whose: str, role: str):
    def attempt(http, world, user):
        membership = (
            Membership.objects.filter(
                user=user, organisation__slug=world.values["organisation"]
            ).first()
            if whose == "own"
            else Membership.objects.get(pk=world.values["membership"])
        )
        if membership is None:
            return False  # she has no membership of her own there to raise
        before = membership.role
        url = reverse("organisations:change_role", args=[membership.pk])
        http.post(url, {f"m{membership.pk}-role": role})
        membership.refresh_from_db()
        return membership.role == role != before

    return attempt


def add_existing_account(http, world, user):
    url = reverse("organisations:members", args=[world.values["organisation"]])
    http.post(url, {"email": world.users[OUTSIDER].email, "role": MembershipRole.PROFESSIONAL})
    return Membership.objects.filter(
        user=world.users[OUTSIDER], organisation__slug=world.values["organisation"]
    ).exists()


ROLE_ATTEMPTS = {
    "invite herself": (invite_attempt(OWN_ADDRESS, MembershipRole.PROFESSIONAL), NOBODY),
    "invite herself as officer": (invite_attempt(OWN_ADDRESS, MembershipRole.OFFICER), NOBODY),
    "raise her own role to officer": (role_change_attempt("own", MembershipRole.OFFICER), NOBODY),
    "raise her own role to editor": (role_change_attempt("own", MembershipRole.EDITOR), NOBODY),
    "make a colleague officer": (
        role_change_attempt("colleague", MembershipRole.OFFICER),
        frozenset({OFFICER}),
    ),
    "make a colleague editor": (
        role_change_attempt("colleague", MembershipRole.EDITOR),
        frozenset({EDITOR, COORDINATOR}),
    ),
    "invite a new officer": (
        invite_attempt("nieuw-officer@linde.example", MembershipRole.OFFICER),
        frozenset({OFFICER}),
    ),
    "invite a new editor": (
        invite_attempt("nieuw-editor@linde.example", MembershipRole.EDITOR),
        frozenset({EDITOR, COORDINATOR}),
    ),
    "add another organisation's account without her accepting": (add_existing_account, NOBODY),
}
ROLE_CELLS = [(attempt, role) for attempt in ROLE_ATTEMPTS for role in sorted(SIGNED_IN)]


@pytest.mark.parametrize(
    ("attempt", "role"), ROLE_CELLS, ids=[f"{a}-{r}".replace(" ", "_") for a, r in ROLE_CELLS]
)
def test_roles_only_from_those_who_hold_them(attempt, role, world, verified_login):
    try_it, succeeds_for = ROLE_ATTEMPTS[attempt]
    user = world.users[role]
    succeeded = try_it(verified_login(user), world, user)
    assert succeeded == (role in succeeds_for), f"{role} could {attempt}: {succeeded}"
