"""National-scale data for benchmarks: the whole country's sociale kaart and years of referrals.

`manage.py generate_scale` calls `generate()`. The data is deterministic for a seed: every choice
comes from one `random.Random(seed)` and every date counts back from a fixed anchor day, so the
same seed gives the same names, texts, dates and counts on SQLite and on PostgreSQL (only the
auto-increment ids depend on the database). It is spread over all 342 municipalities (the
reference data of `organisations/reference_data/municipalities.csv`, which migrate loads; rows
missing after a flush are loaded again, existing ones reused by CBS code), with Dutch
texts assembled from the taxonomies and `bench/scale_vocabulary.py`.

Generated rows carry a marker: organisation slugs start with `schaal-` (and their addresses end
in `schaal.example`), accounts and contact persons use `@schaal.example`, the consent text is
version `schaal-1`. `delete_generated()` removes them and everything that hangs on them.

Everything is written with `bulk_create` in streaming batches: no per-row `save()`, so no signals
and no django-simple-history records (the history pages work without them: an entry simply has
no recorded changes yet). What `save()` and the signals would otherwise keep current is filled in
directly: the search keywords per intervention while generating, and on PostgreSQL the stored
search vector in one set-based UPDATE at the end, with the model's own expression
(`organisations.search.query.SEARCH_VECTOR`), and then `directory_changed` is told that
anything may have changed (`organisations/search/freshness.py`). Editors get their
django-guardian object permission rows, as the membership signal would give them.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import random
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate
from zoneinfo import ZoneInfo

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import CharField, ForeignObjectRel, Q
from django.db.models.functions import Cast
from django.test.utils import override_settings
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice
from guardian.models import UserObjectPermission

from bench import scale_vocabulary as words
from consent.models import (
    AccessLogEntry,
    Client,
    ConsentMethod,
    ConsentRecord,
    ConsentText,
    DataCategory,
    Relation,
    months_after,
)
from organisations import places as postcodes
from organisations import reference_data
from organisations.models import (
    CarePhase,
    ContactPerson,
    CoordinatesSource,
    DeliveryFormat,
    Intervention,
    InterventionStatus,
    Language,
    LifePhase,
    Location,
    Membership,
    MembershipRole,
    Municipality,
    Organisation,
    Theme,
    Visibility,
    coordinates_of,
    referral_receivers_exist,
)
from organisations.search import directory_changed
from organisations.search.query import SEARCH_VECTOR
from referrals.demo_data import CONSENT_TEXT_MONTHS, CONSENT_TEXTS
from referrals.models import (
    ContactMethod,
    EventKind,
    LegalBasis,
    Meeting,
    MeetingStatus,
    Message,
    Outcome,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Urgency,
)
from rokportal.bulk import batch_size

PREFIX = "schaal-"
EMAIL_DOMAIN = "schaal.example"
CONSENT_TEXT_VERSION = "schaal-1"
INBOX_ACCOUNT = f"inbox@{EMAIL_DOMAIN}"
BUSY_SLUG = f"{PREFIX}buurtteam-amsterdam-centrum"
BUSY_NAME = "Buurtteam Amsterdam Centrum"
BUSY_MUNICIPALITY = "GM0363"
BUSY_MEMBERS = 25
BUSY_SHARE = 0.03  # of all referrals go to the busy organisation: ≥ 5,000 at the default scale
# The default anchor: every date counts back from 17:00 on this day (Europe/Amsterdam).
ANCHOR = datetime.date(2026, 11, 2)
# Rows generated in memory before they are written (each statement carries batch_size() rows).
BATCH_SIZE = 5000


@dataclass(frozen=True)
class Sizes:
    organisations: int
    interventions: int
    contacts: int
    referrals: int


SCALES = {
    "default": Sizes(
        organisations=20_000, interventions=60_000, contacts=40_000, referrals=200_000
    ),
    "small": Sizes(organisations=500, interventions=1_500, contacts=1_000, referrals=3_000),
}


@dataclass
class Summary:
    counts: dict[str, int]
    busy_slug: str
    busy_name: str
    busy_received: int
    account: str
    password: str
    totp_secret: str
    municipalities: int
    fingerprint: str
    seconds: float
    timings: list[tuple[str, float]] = field(default_factory=list)


class GenerationRefused(Exception):
    """The database is not in a state to (re)generate in; the message says why."""


# --- Finding and removing generated data ---


def generated_organisations() -> models.QuerySet[Organisation]:
    return Organisation.objects.filter(slug__startswith=PREFIX, email__endswith=EMAIL_DOMAIN)


def generated_users() -> models.QuerySet:
    return get_user_model()._base_manager.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def generated_data_exists() -> bool:
    return generated_organisations().exists() or generated_users().exists()


def delete_generated() -> int:
    """Remove the generated rows and every row that hangs on them (including rows made against
    them while using the portal, such as a referral to a generated organisation); the number of
    rows removed. Municipalities are reference data and stay.

    The access log is append-only (a database trigger on PostgreSQL): once someone looked at
    generated data, regenerating needs a fresh database."""
    organisations, users = generated_organisations(), generated_users()
    logged = AccessLogEntry.objects.filter(
        Q(user__in=users)
        | Q(organisation__in=organisations)
        | Q(client__organisation__in=organisations)
    )
    if logged.exists():
        raise GenerationRefused(
            "The access log (append-only) records views of the generated data, so it cannot be "
            "removed. Generate into a fresh database instead."
        )
    removed = purge(organisations)
    removed += purge(users)
    removed += purge(ConsentText.objects.filter(version=CONSENT_TEXT_VERSION))
    directory_changed(documents_written=True)  # removed, not changed: no document to rebuild
    return removed


def purge(queryset: models.QuerySet, path: tuple[type[models.Model], ...] = ()) -> int:
    """Delete these rows and, first, the rows that refer to them (recursively), in set-based
    statements: one DELETE or UPDATE per relation instead of Django's row-by-row collector.

    References that the model would protect are removed too: this is for generated data in a
    scratch database. SET_NULL references are cleared; DO_NOTHING references (the unconstrained
    links of history records) are left alone. Foreign keys are checked at commit, so the order
    of the statements does not matter, only that each subquery still finds its rows."""
    model = queryset.model
    keys = queryset.values("pk")
    removed = 0
    for relation in model._meta.get_fields(include_hidden=True):
        if not isinstance(relation, ForeignObjectRel) or relation.many_to_many:
            continue  # many-to-many rows are found through their through model's foreign key
        related = relation.related_model
        if related is model or related in path:
            continue  # self-references (backups, corrections) lie within the same set
        name = relation.field.name
        rows = related._base_manager.filter(**{f"{name}__in": keys})
        if relation.on_delete is models.DO_NOTHING:
            continue
        if relation.on_delete is models.SET_NULL:
            rows.update(**{name: None})
            continue
        removed += purge(rows, (*path, model))
    if model is Organisation:  # django-guardian's object permissions point by text, not by key
        object_pks = queryset.annotate(text_pk=Cast("pk", CharField())).values("text_pk")
        removed += delete_rows(
            UserObjectPermission.objects.filter(
                content_type=ContentType.objects.get_for_model(Organisation),
                object_pk__in=object_pks,
            )
        )
    return removed + delete_rows(queryset)


def delete_rows(queryset: models.QuerySet) -> int:
    # One DELETE statement, without the collector's per-object signals and checks (the
    # dependent rows are gone already, see purge()).
    return queryset._raw_delete(queryset.db)


# --- Generating ---


def generate(
    sizes: Sizes,
    *,
    seed: int,
    anchor: datetime.date = ANCHOR,
    password: str,
    progress: Callable[[str], None] = lambda message: None,
) -> Summary:
    """Write a national directory and its referrals of these sizes. The caller checks that no
    generated data exists and wraps this in a transaction."""
    # With DEBUG on, Django would keep the text of every (multi-megabyte) bulk INSERT in memory.
    with override_settings(DEBUG=False), explicit_timestamps():
        return Generator(
            sizes, seed=seed, anchor=anchor, password=password, progress=progress
        ).run()


@contextmanager
def explicit_timestamps() -> Iterator[None]:
    """Let bulk_create store the generated creation and change times instead of now."""
    fields = [
        f
        for model in (Organisation, Intervention, Membership, Client, Referral, Message)
        for f in model._meta.concrete_fields
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


@dataclass
class TermInfo:
    id: int
    slug: str
    name: str
    plain_name: str
    search_terms: str
    position: int
    words: list[str]


@dataclass
class Place:
    id: int
    code: str
    name: str
    display: str  # without the province suffix: "Bergen (L.)" → "Bergen"
    province: str
    postcode: int
    latitude: float
    longitude: float
    districts: Sequence[str]


@dataclass
class Org:
    id: int
    index: int
    kind: str
    name: str
    home: int  # index into places
    phone: str
    served: list[int]
    is_active: bool
    locations: list[int] = field(default_factory=list)
    users: list[int] = field(default_factory=list)
    offers: list[int] = field(default_factory=list)  # listed and accepting referrals
    all_offers: list[int] = field(default_factory=list)
    contacts: list[int] = field(default_factory=list)


class Generator:
    def __init__(
        self,
        sizes: Sizes,
        *,
        seed: int,
        anchor: datetime.date,
        password: str,
        progress: Callable[[str], None],
    ) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.zone = ZoneInfo(settings.TIME_ZONE)
        self.anchor = anchor
        self.now = datetime.datetime.combine(anchor, datetime.time(17, 0), tzinfo=self.zone)
        self.password = password
        self.progress = progress
        self.timings: list[tuple[str, float]] = []
        self.surnames = [p + s for p in words.SURNAME_PREFIXES for s in words.SURNAME_SUFFIXES]
        self.counter = Counter()
        self.user_phones: dict[int, str] = {}
        self.accounts: dict[int, tuple[str, str]] = {}

    # --- The phases ---

    def run(self) -> Summary:
        started = time.perf_counter()
        self.phase("taxonomies", self.load_terms)
        self.phase("municipalities", self.load_places)
        self.phase("organisations and locations", self.make_organisations)
        self.phase("accounts and memberships", self.make_users)
        self.phase("interventions", self.make_interventions)
        self.phase("contact persons", self.make_contacts)
        self.phase("clients, consent and referrals", self.make_referrals)
        if connection.vendor == "postgresql":
            self.phase("search vectors", self.fill_search_vectors)
        busy = self.orgs[0]
        return Summary(
            counts=dict(self.counter),
            busy_slug=BUSY_SLUG,
            busy_name=BUSY_NAME,
            busy_received=Referral.objects.received_by([busy.id]).count(),
            account=INBOX_ACCOUNT,
            password=self.password,
            totp_secret=self.totp_secret,
            municipalities=len({o.home for o in self.orgs}),
            fingerprint=fingerprint(),
            seconds=time.perf_counter() - started,
            timings=self.timings,
        )

    def phase(self, name: str, step: Callable[[], None]) -> None:
        started = time.perf_counter()
        step()
        seconds = time.perf_counter() - started
        self.timings.append((name, seconds))
        self.progress(f"{name}: {seconds:.1f} s")

    def load_terms(self) -> None:
        models_ = (LifePhase, CarePhase, Theme, DeliveryFormat, Language)
        if not all(model.objects.filter(is_active=True).exists() for model in models_):
            reference_data.load_terms(django_apps)
        self.terms: dict[type[models.Model], list[TermInfo]] = {}
        for model in models_:
            self.terms[model] = [
                TermInfo(
                    id=pk,
                    slug=slug,
                    name=name,
                    plain_name=plain,
                    search_terms=terms,
                    position=position,
                    words=[w.strip() for w in terms.split(",") if w.strip()] or [name.lower()],
                )
                for pk, slug, name, plain, terms, position in model.objects.filter(is_active=True)
                .order_by("position", "name", "pk")
                .values_list("pk", "slug", "name", "plain_name", "search_terms", "position")
            ]
        self.by_slug = {
            model: {term.slug: term for term in terms} for model, terms in self.terms.items()
        }
        self.dutch = self.by_slug[Language].get("nl") or self.terms[Language][0]

    def load_places(self) -> None:
        loaded = reference_data.load_municipalities(django_apps)
        self.counter["municipalities created"] = loaded["created"]
        ids = dict(Municipality.objects.values_list("cbs_code", "pk"))
        self.places: list[Place] = []
        for row in reference_data.read_municipalities():
            code, name, province = row.cbs_code, row.name, row.province
            (low, high), _areas, (latitude, longitude) = words.PROVINCES[province]
            spot = random.Random(code)  # the same spot for a municipality, whatever the seed
            self.places.append(
                Place(
                    id=ids[code],
                    code=code,
                    name=name,
                    display=name.split(" (")[0],
                    province=province,
                    postcode=low + (int(code[2:]) * 7919) % (high - low - 10),
                    latitude=latitude + spot.uniform(-0.25, 0.25),
                    longitude=longitude + spot.uniform(-0.3, 0.3),
                    districts=words.CITY_DISTRICTS.get(code, words.NEIGHBOURHOODS),
                )
            )
        self.by_province: dict[str, list[int]] = {}
        for index, place in enumerate(self.places):
            self.by_province.setdefault(place.province, []).append(index)
        weights = [words.LARGE_MUNICIPALITIES.get(p.code, 2) for p in self.places]
        self.place_weights = list(accumulate(weights))

    def make_organisations(self) -> None:
        rng, sizes = self.rng, self.sizes
        kinds = list(words.KINDS)
        kind_weights = list(accumulate(words.KINDS[k].weight for k in kinds))
        first_places = list(range(len(self.places)))
        rng.shuffle(first_places)
        busy_place = next(i for i, p in enumerate(self.places) if p.code == BUSY_MUNICIPALITY)
        has_council: set[int] = set()
        self.orgs: list[Org] = []
        pending: list[tuple[Org, Organisation]] = []
        for index in range(sizes.organisations):
            if index == 0:
                kind, home = "neighbourhood_team", busy_place
            else:
                kind = rng.choices(kinds, cum_weights=kind_weights)[0]
                if index <= len(first_places):  # every municipality gets organisations
                    home = first_places[index - 1]
                else:
                    home = rng.choices(range(len(self.places)), cum_weights=self.place_weights)[0]
                if kind == "municipality":
                    if home in has_council:
                        kind = "neighbourhood_team"
                    has_council.add(home)
            org, row = self.organisation(index, kind, home)
            self.orgs.append(org)
            pending.append((org, row))
            if len(pending) >= BATCH_SIZE:
                self.flush_organisations(pending)
                pending = []
        self.flush_organisations(pending)

    def organisation(self, index: int, kind: str, home: int) -> tuple[Org, Organisation]:
        rng, profile, place = self.rng, words.KINDS[kind], self.places[home]
        if index == 0:
            name, slug = BUSY_NAME, BUSY_SLUG
        else:
            name = self.fill(rng.choice(profile.names), place)
            slug = f"{PREFIX}{index:05d}-{slugify(name)}"[:200].rstrip("-")
        served = [home]
        if profile.regional or rng.random() < 0.3:
            neighbours = [i for i in self.by_province[place.province] if i != home]
            extra = rng.randint(4, 14) if profile.regional else rng.randint(1, 3)
            served += rng.sample(neighbours, min(extra, len(neighbours)))
        created = self.days_ago(rng.uniform(400, 1500))
        verified = self.days_ago(rng.uniform(0, 500)) if rng.random() < 0.85 else None
        is_active = index == 0 or rng.random() < 0.98
        themes = [self.theme(slug_) for slug_ in profile.themes[:3]]
        description = " ".join(
            [
                f"{name} is een {profile.noun} in {place.display}.",
                "We ondersteunen (aanstaande) ouders en hun kind in de eerste 1000 dagen, onder "
                f"meer bij {join_words([t.name.lower() for t in themes if t])}.",
                rng.choice(words.COMMON_SENTENCES),
            ]
        )
        host = f"org{index}.{EMAIL_DOMAIN}"
        org = Org(
            id=0,
            index=index,
            kind=kind,
            name=name,
            home=home,
            phone=self.phone(place.province),
            served=served,
            is_active=is_active,
        )
        row = Organisation(
            name=name,
            slug=slug,
            domain=profile.domain,
            kind=kind,
            description=description,
            website=f"https://www.{slugify(name)[:40].strip('-')}.{EMAIL_DOMAIN}/",
            phone=org.phone,
            email=f"info@{host}",
            referral_email=f"verwijzingen@{host}",
            kvk_number=str(rng.randrange(10_000_000, 100_000_000)),
            agb_code=str(rng.randrange(10_000_000, 100_000_000))
            if profile.domain != "social"
            else "",
            is_active=is_active,
            verified_at=verified,
            created_at=created,
            updated_at=max(created, verified or created),
        )
        return org, row

    def flush_organisations(self, pending: list[tuple[Org, Organisation]]) -> None:
        if not pending:
            return
        Organisation.objects.bulk_create(
            [row for _org, row in pending], batch_size=batch_size(Organisation)
        )
        links, locations = [], []
        for org, row in pending:
            org.id = row.pk
            links += [(org.id, self.places[i].id) for i in org.served]
            locations += self.locations(org)
        link(Organisation.municipalities, links)
        Location.objects.bulk_create(
            [location for _org, location in locations], batch_size=batch_size(Location)
        )
        for org, location in locations:
            org.locations.append(location.pk)
        self.counter["organisations"] += len(pending)
        self.counter["locations"] += len(locations)

    def locations(self, org: Org) -> list[tuple[Org, Location]]:
        rng = self.rng
        count = rng.choices((1, 2, 3), weights=(70, 25, 5))[0]
        walk_in = org.kind in {"youth_health", "family_centre", "neighbourhood_team", "welfare"}
        result, names = [], set()
        for number in range(count):
            place = self.places[org.home if number == 0 else rng.choice(org.served)]
            district = rng.choice(place.districts)
            name = org.name if count == 1 else f"{org.name}, {district}"
            while name in names:
                name = f"{name} {number + 1}"
            names.add(name)
            latitude = place.latitude + rng.uniform(-0.02, 0.02)
            longitude = place.longitude + rng.uniform(-0.03, 0.03)
            postcode = self.location_postcode(place, name)
            # Where the postcode is known, the location is at its centre, as Location.save
            # places one without coordinates; else (a made-up postcode) where it was made up.
            found_latitude, found_longitude, source = coordinates_of(postcode)
            if found_latitude is None:
                found_latitude, found_longitude = (
                    Decimal(f"{latitude:.6f}"),
                    Decimal(f"{longitude:.6f}"),
                )
                source = CoordinatesSource.ENTERED
            result.append(
                (
                    org,
                    Location(
                        organisation_id=org.id,
                        name=name[:200],
                        address=f"{rng.choice(words.STREETS)} {rng.randint(1, 240)}",
                        postcode=postcode,
                        city=place.display,
                        municipality_id=place.id,
                        latitude=found_latitude,
                        longitude=found_longitude,
                        coordinates_source=source,
                        opening_hours=rng.choice(words.OFFICE_HOURS),
                        walk_in_hours=(
                            rng.choice(words.WALK_IN_HOURS)
                            if rng.random() < (0.5 if walk_in else 0.08)
                            else ""
                        ),
                        accessibility=rng.choice(words.ACCESSIBILITY),
                        is_confidential=org.kind == "shelter" and number == 0,
                    ),
                )
            )
        return result

    def make_users(self) -> None:
        rng = self.rng
        user_model = get_user_model()
        permission = Permission.objects.get(
            content_type__app_label="organisations", codename="change_organisation"
        )
        content_type = ContentType.objects.get_for_model(Organisation)
        unusable = "!" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=40))
        pending: list[tuple[Org, list, str]] = []  # (org, users, role of the first)
        number = 0
        for org in self.orgs:
            if org.index == 0:
                count = BUSY_MEMBERS
            elif rng.random() < 0.6:
                count = rng.choices((1, 2, 3, 4, 5), weights=(55, 25, 12, 5, 3))[0]
            else:
                continue
            users = []
            for position in range(count):
                number += 1
                first, surname = self.person()
                email = f"{slugify(first)}.{slugify(surname)}.{number}@{EMAIL_DOMAIN}"
                hashed = unusable
                if org.index == 0 and position == 0:
                    email, hashed = INBOX_ACCOUNT, make_password(self.password)
                users.append(
                    user_model(
                        email=email,
                        password=hashed,
                        full_name=f"{first} {surname}",
                        job_title=rng.choice(words.KINDS[org.kind].jobs),
                        is_active=True,
                        date_joined=self.days_ago(rng.uniform(30, 900)),
                    )
                )
            pending.append((org, users))
            if sum(len(u) for _o, u in pending) >= BATCH_SIZE:
                self.flush_users(pending, permission, content_type)
                pending = []
        self.flush_users(pending, permission, content_type)
        inbox = user_model._base_manager.get(email=INBOX_ACCOUNT)
        key = rng.randbytes(20)
        TOTPDevice.objects.create(user=inbox, name="Schaaltest", confirmed=True, key=key.hex())
        self.totp_secret = base64.b32encode(key).decode()

    def flush_users(self, pending, permission: Permission, content_type: ContentType) -> None:
        if not pending:
            return
        user_model = get_user_model()
        user_model._base_manager.bulk_create(
            [user for _org, users in pending for user in users],
            batch_size=batch_size(user_model),
        )
        memberships, permissions = [], []
        for org, users in pending:
            for position, user in enumerate(users):
                org.users.append(user.pk)
                self.accounts[user.pk] = (user.email, user.full_name)
                if org.index == 0:
                    role = MembershipRole.EDITOR if position == 1 else MembershipRole.PROFESSIONAL
                elif position == 0:
                    role = MembershipRole.EDITOR
                elif position == len(users) - 1 and len(users) >= 3:
                    role = MembershipRole.OFFICER
                else:
                    role = MembershipRole.PROFESSIONAL
                if org.index == 0 and position == 2:
                    role = MembershipRole.OFFICER
                memberships.append(
                    Membership(
                        user_id=user.pk,
                        organisation_id=org.id,
                        role=role,
                        created_at=user.date_joined,
                    )
                )
                if role == MembershipRole.EDITOR:
                    permissions.append(
                        UserObjectPermission(
                            user_id=user.pk,
                            permission=permission,
                            content_type=content_type,
                            object_pk=str(org.id),
                        )
                    )
        Membership.objects.bulk_create(memberships, batch_size=batch_size(Membership))
        # No signal reports a bulk insert: who receives referrals, set-based (the search is
        # told at the end, with everything else).
        Organisation.objects.update(has_referral_receivers=referral_receivers_exist())
        UserObjectPermission.objects.bulk_create(
            permissions, batch_size=batch_size(UserObjectPermission)
        )
        self.counter["accounts"] += len(memberships)
        self.counter["memberships"] += len(memberships)

    def make_interventions(self) -> None:
        rng, orgs = self.rng, self.orgs
        counts = spread(
            self.sizes.interventions,
            [words.KINDS[o.kind].offers_per_organisation for o in orgs],
            rng,
        )
        at_least(counts, 0, 6)
        self.intervention_number = 0
        pending: list[tuple[Org, Intervention, dict, bool]] = []
        for org, count in zip(orgs, counts, strict=True):
            for _ in range(count):
                pending.append(self.intervention(org))
                if len(pending) >= BATCH_SIZE:
                    self.flush_interventions(pending)
                    pending = []
        self.flush_interventions(pending)

    def intervention(self, org: Org) -> tuple[Org, Intervention, dict, bool]:
        rng, profile = self.rng, words.KINDS[org.kind]
        place = self.places[org.home]
        self.intervention_number += 1
        base = rng.choice(profile.offers)
        style = rng.random()
        if style < 0.35:
            name = f"{base} {place.display}"
        elif style < 0.5:
            name = f"{base} ({rng.choice(place.districts)})"
        else:
            name = base
        name = name[:200]
        themes = self.pick_terms(Theme, profile.themes, rng.choices((1, 2, 3), (35, 45, 20))[0])
        if rng.random() < 0.2:
            extra = rng.choice(self.terms[Theme])
            themes = sorted_terms({t.id: t for t in [*themes, extra]}.values())
        phases = self.life_phases(profile.life_phases)
        care = sorted_terms(
            rng.sample(self.terms[CarePhase], rng.randint(1, len(self.terms[CarePhase])))
        )
        formats = self.pick_terms(DeliveryFormat, profile.formats, rng.choice((1, 1, 2)))
        languages = [self.dutch]
        if rng.random() < 0.25:
            others = [t for t in self.terms[Language] if t.id != self.dutch.id]
            languages += rng.sample(others, min(len(others), rng.randint(1, 3)))
        route = rng.choice(profile.routes)
        cost = rng.choice(profile.costs)
        databank, level, url, recognised = "", "", "", None
        slug = f"{PREFIX}{self.intervention_number:07d}-{slugify(name)}"[:200].rstrip("-")
        if rng.random() < 0.1:
            databank, level = rng.choice(words.RECOGNITION)
            url = f"https://databank.example/{databank.replace('_', '-')}/{slug}"
            recognised = self.anchor - datetime.timedelta(days=rng.randint(100, 3000))
        status = rng.choices(
            (
                InterventionStatus.ACTIVE,
                InterventionStatus.TEMPORARILY_CLOSED,
                InterventionStatus.INACTIVE,
            ),
            weights=(92, 5, 3),
        )[0]
        waiting = rng.choices(
            (0, rng.randint(1, 8), rng.randint(9, 26), None), weights=(55, 32, 10, 3)
        )[0]
        created = self.days_ago(rng.uniform(100, 1400))
        verified = self.days_ago(rng.uniform(0, 540)) if rng.random() < 0.85 else None
        accepts_referrals = rng.random() < 0.8 or org.index == 0
        served = (
            org.served
            if len(org.served) < 4
            else rng.sample(org.served, rng.randint(3, len(org.served)))
        )
        locations = org.locations if rng.random() < 0.5 else org.locations[:1]
        row = Intervention(
            organisation_id=org.id,
            name=name,
            slug=slug,
            description=self.description(name, phases, care, themes, formats, languages, route),
            summary=self.summary(themes, formats, cost),
            access_route=route,
            cost_option=cost,
            cost_note=rng.choice(words.COST_NOTES[cost]),
            recognition_databank=databank,
            recognition_level=level,
            recognition_url=url,
            recognition_date=recognised,
            accepts_new_families=rng.random() < 0.85,
            waiting_weeks=waiting,
            capacity_updated_on=(
                self.anchor - datetime.timedelta(days=rng.randint(0, 240))
                if rng.random() < 0.9
                else None
            ),
            accepts_referrals=accepts_referrals,
            status=status,
            status_notice=(
                rng.choice(words.CLOSED_NOTICES)
                if status == InterventionStatus.TEMPORARILY_CLOSED
                else ""
            ),
            is_public=rng.random() < 0.4,
            verified_at=verified,
            created_at=created,
            updated_at=max(created, verified or created),
            keywords=keywords(org.name, themes, phases, care, formats),
        )
        relations = {
            "life_phases": [t.id for t in phases],
            "care_phases": [t.id for t in care],
            "themes": [t.id for t in themes],
            "formats": [t.id for t in formats],
            "languages": [t.id for t in languages],
            "service_areas": [self.places[i].id for i in served],
            "locations": list(locations),
        }
        listed = status != InterventionStatus.INACTIVE and org.is_active
        return org, row, relations, listed and accepts_referrals

    def flush_interventions(self, pending: list[tuple[Org, Intervention, dict, bool]]) -> None:
        if not pending:
            return
        Intervention.objects.bulk_create(
            [p[1] for p in pending], batch_size=batch_size(Intervention)
        )
        pairs: dict[str, list[tuple[int, int]]] = {}
        for org, row, relations, takes_referrals in pending:
            org.all_offers.append(row.pk)
            if takes_referrals:
                org.offers.append(row.pk)
            for relation, ids in relations.items():
                pairs.setdefault(relation, []).extend((row.pk, pk) for pk in dict.fromkeys(ids))
        for relation, links in pairs.items():
            self.counter[f"intervention {relation.replace('_', ' ')}"] += link(
                getattr(Intervention, relation), links
            )
        self.counter["interventions"] += len(pending)

    def make_contacts(self) -> None:
        rng = self.rng
        weights = [len(o.all_offers) + len(o.users) for o in self.orgs]
        counts = spread(self.sizes.contacts, weights, rng, at_least=[w > 0 for w in weights])
        at_least(counts, 0, 8)
        pending: list[tuple[Org, list[ContactPerson], list[ContactPerson]]] = []
        size = 0
        number = 0
        for org, count in zip(self.orgs, counts, strict=True):
            if not count:
                continue
            contacts = []
            for position in range(count):
                number += 1
                contacts.append(self.contact(org, position, number))
            pending.append((org, contacts[:1], contacts[1:]))
            size += count
            if size >= BATCH_SIZE:
                self.flush_contacts(pending)
                pending, size = [], 0
        self.flush_contacts(pending)

    def contact(self, org: Org, position: int, number: int) -> ContactPerson:
        rng = self.rng
        user_id = org.users[position] if position < len(org.users) else None
        first, surname = self.person()
        email = f"{slugify(first)}.{slugify(surname)}.c{number}@{EMAIL_DOMAIN}"
        active_from = self.anchor - datetime.timedelta(days=rng.randint(30, 1500))
        if rng.random() < 0.3:
            active_from = None
        active_until = None
        roll = rng.random()
        if roll < 0.05 and position > 0:
            active_until = self.anchor - datetime.timedelta(days=rng.randint(1, 200))
            if active_from and active_until < active_from:
                active_from = None
        elif roll < 0.08:
            active_until = self.anchor + datetime.timedelta(days=rng.randint(10, 300))
        away = None
        if position > 0 and rng.random() < 0.06:
            away = self.anchor + datetime.timedelta(days=rng.randint(1, 40))
        phone = self.phone(self.places[org.home].province) if rng.random() < 0.8 else ""
        contact = ContactPerson(
            organisation_id=org.id,
            name=f"{first} {surname}",
            job_title=rng.choice(words.KINDS[org.kind].jobs),
            phone=phone,
            email=email if rng.random() < 0.9 or user_id else "",
            availability=rng.choice(words.AVAILABILITY) if rng.random() < 0.7 else "",
            active_from=active_from,
            active_until=active_until,
            away_until=away,
            user_id=user_id,
            visibility=rng.choices(
                (Visibility.PUBLIC, Visibility.PROFESSIONALS, Visibility.REFERRAL_PARTIES),
                weights=(15, 75, 10),
            )[0],
            is_active=rng.random() < 0.97,
        )
        if user_id is not None:  # the member's own entry: the same person and address
            contact.email, contact.name = self.accounts[user_id]
            if phone:
                self.user_phones[user_id] = phone
        return contact

    def flush_contacts(self, pending) -> None:
        if not pending:
            return
        ContactPerson.objects.bulk_create(
            [c for _o, a, _b in pending for c in a], batch_size=batch_size(ContactPerson)
        )
        for _org, firsts, rest in pending:
            for contact in rest:  # colleagues stand in for each other through the first contact
                if self.rng.random() < 0.5:
                    contact.backup_id = firsts[0].pk
        ContactPerson.objects.bulk_create(
            [c for _o, _a, b in pending for c in b], batch_size=batch_size(ContactPerson)
        )
        links: list[tuple[int, int]] = []
        for org, firsts, rest in pending:
            contacts = [*firsts, *rest]
            org.contacts = [c.pk for c in contacts if c.is_active]
            pairs: dict[tuple[int, int], None] = {}
            for position, offer in enumerate(org.all_offers):
                pairs[(contacts[position % len(contacts)].pk, offer)] = None
                if len(contacts) > 1 and self.rng.random() < 0.25:
                    pairs[(self.rng.choice(contacts).pk, offer)] = None
            links += pairs
        link(ContactPerson.interventions, links)
        self.counter["contact persons"] += sum(1 + len(rest) for _o, _f, rest in pending)
        self.counter["contact person interventions"] += len(links)

    def make_referrals(self) -> None:
        rng = self.rng
        published = self.anchor - datetime.timedelta(days=900)
        self.texts = {
            language: ConsentText.objects.get_or_create(
                version=CONSENT_TEXT_VERSION,
                language=language,
                defaults={
                    "body": body,
                    "valid_for_months": CONSENT_TEXT_MONTHS,
                    "published_on": published,
                },
            )[0]
            for language, body in CONSENT_TEXTS.items()
        }
        self.text_hashes = {language: text.sha256 for language, text in self.texts.items()}
        portal = [o for o in self.orgs if o.users and o.is_active]
        self.senders = portal
        self.sender_weights = list(accumulate(words.KINDS[o.kind].sends for o in portal))
        receivers = [o for o in portal if o.index != 0]
        self.receivers = receivers
        self.receiver_weights = list(accumulate(words.KINDS[o.kind].receives for o in receivers))
        self.receivers_by_province: dict[str, tuple[list[Org], list[int]]] = {}
        for province in self.by_province:
            local = [o for o in receivers if self.places[o.home].province == province]
            self.receivers_by_province[province] = (
                local,
                list(accumulate(words.KINDS[o.kind].receives for o in local)),
            )
        if not self.senders or not self.receivers:
            raise GenerationRefused("Too few organisations with accounts to make referrals.")
        self.all_org_ids = [o.id for o in self.orgs]
        batch = Batch()
        made = 0
        while made < self.sizes.referrals:
            wanted = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
            made += self.client_with_referrals(min(wanted, self.sizes.referrals - made), batch)
            if len(batch.referrals) >= BATCH_SIZE:
                self.flush_referrals(batch)
                batch = Batch()
        self.flush_referrals(batch)
        self.counter["consent texts"] = len(self.texts)

    def client_with_referrals(self, wanted: int, batch: Batch) -> int:
        rng = self.rng
        sender_org = rng.choices(self.senders, cum_weights=self.sender_weights)[0]
        sender = rng.choice(sender_org.users)
        recipients: list[Org] = []
        for _ in range(wanted):
            recipient = self.recipient(sender_org, recipients)
            if recipient is not None:
                recipients.append(recipient)
        if not recipients:
            return 0
        plans = [self.timeline() for _ in recipients]
        first = min(plan["created"] for plan in plans)
        teen = rng.random() < 0.08
        age = rng.randint(15, 19) if teen else rng.randint(20, 42)
        born = self.anchor - datetime.timedelta(days=365 * age + rng.randint(0, 364))
        first_day = first.date()
        pregnant_weeks = rng.randint(8, 36) if rng.random() < 0.55 else None
        given, surname = self.person(female=True)
        language = "en" if rng.random() < 0.12 else "nl"
        client = Client(
            id=self.uuid(),
            full_name=f"{given} {surname}",
            date_of_birth=born,
            phone=self.mobile(),
            postcode=self.postcode(self.places[sender_org.home]),
            due_date=(
                first_day + datetime.timedelta(weeks=40 - pregnant_weeks)
                if pregnant_weeks
                else None
            ),
            child_birth_date=(
                None if pregnant_weeks else first_day - datetime.timedelta(days=rng.randint(3, 500))
            ),
            preferred_language=language,
            organisation_id=sender_org.id,
            registered_by_id=sender,
            created_at=first - datetime.timedelta(minutes=30),
        )
        batch.clients.append(client)
        for recipient, plan in zip(recipients, plans, strict=True):
            self.referral(client, born, sender_org, sender, recipient, plan, pregnant_weeks, batch)
        return len(recipients)

    def recipient(self, sender: Org, chosen: list[Org]) -> Org | None:
        rng = self.rng
        busy = self.orgs[0]
        if sender is not busy and busy not in chosen and rng.random() < BUSY_SHARE:
            return busy
        for _attempt in range(5):
            local, weights = self.receivers_by_province[self.places[sender.home].province]
            if local and rng.random() < 0.7:
                candidate = rng.choices(local, cum_weights=weights)[0]
            else:
                candidate = rng.choices(self.receivers, cum_weights=self.receiver_weights)[0]
            if candidate is not sender and candidate not in chosen:
                return candidate
        return None

    def timeline(self) -> dict:
        """A status and the moments of each step, all before the anchor, in order."""
        rng = self.rng
        status = rng.choices(
            (
                ReferralStatus.DRAFT,
                ReferralStatus.SENT,
                ReferralStatus.ACCEPTED,
                ReferralStatus.DECLINED,
                ReferralStatus.CLOSED,
                ReferralStatus.WITHDRAWN,
            ),
            weights=(5, 12, 23, 10, 38, 12),
        )[0]
        path = {
            ReferralStatus.DRAFT: [],
            ReferralStatus.SENT: ["sent"],
            ReferralStatus.ACCEPTED: ["sent", "accepted"],
            ReferralStatus.DECLINED: ["sent", "declined"],
            ReferralStatus.CLOSED: ["sent", "accepted", "closed"],
        }.get(status)
        if path is None:  # withdrawn from draft, sent or accepted
            path = rng.choices(([], ["sent"], ["sent", "accepted"]), weights=(30, 40, 30))[0]
            path = [*path, "withdrawn"]
        age_range = {
            ReferralStatus.DRAFT: (0, 40),
            ReferralStatus.SENT: (0, 25),
            ReferralStatus.ACCEPTED: (3, 200),
            ReferralStatus.DECLINED: (2, 700),
            ReferralStatus.CLOSED: (20, 730),
            ReferralStatus.WITHDRAWN: (1, 730),
        }[status]
        created = self.working_moment(rng.uniform(*age_range))
        moments, last = {}, created
        gaps = {
            "sent": (0.001, 2.0),
            "accepted": (0.05, 8.0),
            "declined": (0.05, 8.0),
            "closed": (7.0, 150.0),
            "withdrawn": (0.05, 30.0),
        }
        for step in path:
            if step == "sent" and rng.random() < 0.7:
                gap = rng.uniform(0.001, 0.1)  # most drafts are sent right away
            else:
                gap = rng.uniform(*gaps[step])
            moment = min(last + datetime.timedelta(days=gap), self.now)
            if moment <= last:
                moment = last + datetime.timedelta(minutes=1)
            moments[step] = last = moment
        return {"status": status, "created": created, "path": path, "moments": moments}

    def referral(
        self,
        client: Client,
        born: datetime.date,
        sender_org: Org,
        sender: int,
        recipient: Org,
        plan: dict,
        pregnant_weeks: int | None,
        batch: Batch,
    ) -> None:
        rng = self.rng
        status, created, moments = plan["status"], plan["created"], plan["moments"]
        offer = rng.choice(recipient.offers) if recipient.offers and rng.random() < 0.8 else None
        contact = (
            rng.choice(recipient.contacts) if recipient.contacts and rng.random() < 0.5 else None
        )
        profile = words.KINDS[recipient.kind]
        themes = self.pick_terms(Theme, profile.themes, rng.choice((1, 1, 2)))
        basis = rng.choices(
            (LegalBasis.CONSENT, LegalBasis.MELDCODE, LegalBasis.JEUGDWET), weights=(92, 5, 3)
        )[0]
        consent_withdrawn = (
            status == ReferralStatus.WITHDRAWN
            and basis == LegalBasis.CONSENT
            and rng.random() < 0.3
        )
        consent = None
        if basis == LegalBasis.CONSENT:
            consent = self.consent(client, born, sender, recipient, offer, created, batch)
            if consent_withdrawn:
                consent.withdrawn_at = moments["withdrawn"]
                consent.withdrawn_by_id = sender
                consent.withdrawal_channel = rng.choice(ConsentMethod.values)
                consent.withdrawal_reason = rng.choice(words.CONSENT_WITHDRAWAL_REASONS)
        age = (created.date() - born).days // 365
        referral = Referral(
            id=self.uuid(),
            client_id=client.id,
            sender_id=sender,
            sender_organisation_id=sender_org.id,
            sender_phone=self.user_phones.get(sender) or sender_org.phone,
            recipient_organisation_id=recipient.id,
            intervention_id=offer,
            contact_person_id=contact,
            reason=self.reason(age, pregnant_weeks, themes),
            urgency=rng.choices(Urgency.values, weights=(75, 18, 7))[0],
            contact_method=rng.choices(ContactMethod.values, weights=(60, 20, 8, 2, 10))[0],
            best_times=rng.choice(words.BEST_TIMES),
            interpreter_needed=client.preferred_language != "nl" and rng.random() < 0.5,
            legal_basis=basis,
            consent_id=consent.id if consent else None,
            basis_justification=(
                "" if basis == LegalBasis.CONSENT else rng.choice(words.SAFETY_JUSTIFICATIONS)
            ),
            status=status,
            created_at=created,
            sent_at=moments.get("sent"),
            answered_at=moments.get("accepted") or moments.get("declined"),
            closed_at=moments.get("closed") or moments.get("withdrawn"),
        )
        if status == ReferralStatus.DECLINED:
            referral.decline_reason = rng.choice(words.DECLINE_REASONS)
            if rng.random() < 0.4:
                referral.suggested_organisation_id = rng.choice(self.all_org_ids)
        elif status == ReferralStatus.CLOSED:
            referral.outcome = rng.choices(Outcome.values, weights=(60, 10, 8, 7, 10, 5))[0]
            referral.feedback = rng.choice(words.FEEDBACK)
        elif status == ReferralStatus.WITHDRAWN and not consent_withdrawn:
            referral.withdrawal_reason = rng.choice(words.WITHDRAWAL_REASONS)
        batch.referrals.append(referral)
        batch.themes += [(referral.id, theme.id) for theme in themes]
        previous = ReferralStatus.DRAFT
        for step in plan["path"]:
            to = ReferralStatus.SENT if step == "sent" else step
            kind = to
            if step == "withdrawn" and consent_withdrawn:
                kind = EventKind.CONSENT_WITHDRAWN
            recipient_side = step in {"accepted", "declined", "closed"}
            batch.events.append(
                ReferralEvent(
                    referral_id=referral.id,
                    at=moments[step],
                    actor_id=rng.choice(recipient.users) if recipient_side else sender,
                    kind=kind,
                    from_status=previous,
                    to_status=to,
                )
            )
            previous = to
        if "sent" in moments and rng.random() < 0.25:
            self.messages(referral, sender_org, sender, recipient, moments, batch)

    def consent(
        self,
        client: Client,
        born: datetime.date,
        sender: int,
        recipient: Org,
        offer: int | None,
        created: datetime.datetime,
        batch: Batch,
    ) -> ConsentRecord:
        rng = self.rng
        recorded = created - datetime.timedelta(minutes=rng.randint(5, 60))
        valid_from = recorded.astimezone(self.zone).date()
        age = (valid_from - born).days // 365
        if age < 16:
            first, _surname = self.person(female=True)
            given_by = f"{first} {client.full_name.split(' ', 1)[1]}"
            relation = rng.choice((Relation.PARENT, Relation.PARENT, Relation.GUARDIAN))
        else:
            given_by, relation = client.full_name, Relation.SELF
        extra = [
            DataCategory.PREGNANCY_MEDICAL,
            DataCategory.PSYCHOSOCIAL,
            DataCategory.CHILD_SAFETY,
        ]
        categories = {DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON}
        categories |= set(rng.sample(extra, rng.randint(0, len(extra))))
        consent = ConsentRecord(
            id=self.uuid(),
            client_id=client.id,
            given_by_name=given_by,
            relation=relation,
            method=rng.choices(ConsentMethod.values, weights=(55, 20, 10, 15))[0],
            parent_present=True,
            recorded_by_id=sender,
            recorded_at=recorded,
            recipient_organisation_id=recipient.id,
            recipient_intervention_id=offer,
            purpose=rng.choice(words.CONSENT_PURPOSES),
            categories=sorted(str(c) for c in categories),
            valid_from=valid_from,
            valid_until=months_after(valid_from, CONSENT_TEXT_MONTHS),  # as long as the text says
            consent_text_id=self.texts[client.preferred_language].pk,
            consent_text_sha256=self.text_hashes[client.preferred_language],
        )
        batch.consents.append(consent)
        return consent

    def messages(self, referral, sender_org, sender, recipient, moments, batch) -> None:
        rng = self.rng
        start = moments.get("accepted") or moments.get("declined") or moments["sent"]
        end = moments.get("closed") or moments.get("withdrawn") or self.now
        if end <= start:
            return
        at = start
        for position in range(rng.randint(1, 3)):
            at = min(at + (end - at) * rng.uniform(0.05, 0.5), self.now)
            from_recipient = position % 2 == 0
            meeting = from_recipient and position == 0 and rng.random() < 0.15
            if meeting:
                day = (at + datetime.timedelta(days=rng.randint(2, 10))).astimezone(self.zone)
                meeting_at = datetime.datetime.combine(
                    day.date(), datetime.time(10, 0), tzinfo=self.zone
                )
            author = rng.choice(recipient.users) if from_recipient else sender
            author_organisation = recipient.id if from_recipient else sender_org.id
            batch.messages.append(
                Message(
                    referral_id=referral.id,
                    author_id=author,
                    author_organisation_id=author_organisation,
                    body=rng.choice(
                        words.MESSAGES_FROM_RECIPIENT
                        if from_recipient
                        else words.MESSAGES_FROM_SENDER
                    ),
                    created_at=at,
                )
            )
            if meeting:
                # A meeting already held was accepted by the sender; one still to come waits.
                held = meeting_at <= self.now
                batch.meetings.append(
                    Meeting(
                        referral_id=referral.id,
                        proposed_by_id=author,
                        proposed_by_organisation_id=author_organisation,
                        at=meeting_at,
                        place=rng.choice(words.MEETING_PLACES),
                        status=MeetingStatus.ACCEPTED if held else MeetingStatus.PROPOSED,
                        answered_by_id=sender if held else None,
                        answered_at=at if held else None,
                        created_at=at,
                    )
                )

    def flush_referrals(self, batch: Batch) -> None:
        if not batch.referrals:
            return
        Client.objects.bulk_create(batch.clients, batch_size=batch_size(Client))
        ConsentRecord.objects.bulk_create(batch.consents, batch_size=batch_size(ConsentRecord))
        Referral.objects.bulk_create(batch.referrals, batch_size=batch_size(Referral))
        link(Referral.themes, batch.themes)
        ReferralEvent.objects.bulk_create(batch.events, batch_size=batch_size(ReferralEvent))
        Message.objects.bulk_create(batch.messages, batch_size=batch_size(Message))
        Meeting.objects.bulk_create(batch.meetings, batch_size=batch_size(Meeting))
        self.counter["clients"] += len(batch.clients)
        self.counter["consent records"] += len(batch.consents)
        self.counter["referrals"] += len(batch.referrals)
        self.counter["referral themes"] += len(batch.themes)
        self.counter["referral events"] += len(batch.events)
        self.counter["messages"] += len(batch.messages)
        self.counter["joint meetings"] += len(batch.meetings)
        for referral in batch.referrals:
            self.counter[f"referrals {referral.status}"] += 1

    def fill_search_vectors(self) -> None:
        """What directory_changed does per intervention (the keywords were written while
        generating), for all generated ones at once; then tell it that anything may have
        changed, so that running app servers rebuild what they keep."""
        Intervention.objects.filter(
            organisation__in=generated_organisations(), search_document__isnull=True
        ).update(search_document=SEARCH_VECTOR)
        directory_changed(documents_written=True)

    # --- Texts ---

    def description(self, name, phases, care, themes, formats, languages, route) -> str:
        rng = self.rng
        sentences = [f"{name} is bedoeld voor {rng.choice(words.AUDIENCES)}, {phase_text(phases)}."]
        for theme in themes:
            templates = words.THEME_SENTENCES.get(theme.slug, (words.GENERIC_THEME_SENTENCE,))
            first, second = self.two_words(theme)
            sentences.append(
                rng.choice(templates).format(w1=first, w2=second, name=theme.name.lower())
            )
        phrases = [words.FORMAT_PHRASES.get(f.slug, f.name.lower()) for f in formats]
        sentences.append(f"De hulp wordt gegeven {' of '.join(phrases)}.")
        sentences += [
            words.CARE_PHASE_SENTENCES[c.slug] for c in care if c.slug in words.CARE_PHASE_SENTENCES
        ]
        if rng.random() < 0.85:
            sentences.append(rng.choice(words.COMMON_SENTENCES))
        sentences.append(words.ROUTE_PHRASES[route])
        if len(languages) > 1:
            sentences.append(
                f"De hulp is ook beschikbaar in het {join_words([t.name for t in languages[1:]])}."
            )
        return " ".join(sentences)

    def summary(self, themes, formats, cost) -> str:
        rng = self.rng
        plain = themes[0].plain_name or themes[0].name if themes else ""
        parts = [f"Voor als je denkt: '{plain}'." if plain else ""]
        parts.append(rng.choice(words.SUMMARY_OPENINGS))
        parts += [words.FORMAT_PLAIN[f.slug] for f in formats[:1] if f.slug in words.FORMAT_PLAIN]
        parts.append(words.COST_PLAIN[cost])
        return " ".join(part for part in parts if part)

    def reason(self, age: int, pregnant_weeks: int | None, themes: list[TermInfo]) -> str:
        rng = self.rng
        opening = rng.choice(words.REASON_OPENINGS).format(
            age=age, weeks=pregnant_weeks or rng.randint(10, 36), months=rng.randint(1, 18)
        )
        sentences = [opening]
        for theme in themes:
            first, second = self.two_words(theme)
            template = words.REASON_THEME.get(theme.slug, "Er zijn zorgen over {w1}.")
            sentences.append(template.format(w1=first, w2=second))
        sentences.append(rng.choice(words.REASON_CLOSINGS))
        return " ".join(sentences)

    # --- Small helpers ---

    def fill(self, pattern: str, place: Place) -> str:
        rng = self.rng
        regio = rng.choice((place.province, f"Regio {place.display}", f"{place.display} e.o."))
        return pattern.format(
            plaats=place.display,
            wijk=rng.choice(place.districts),
            achternaam=self.person()[1],
            fantasie=rng.choice(words.FANTASY),
            regio=regio,
        )[:200]

    def person(self, female: bool | None = None) -> tuple[str, str]:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.85  # most professionals in this field are women
        first = rng.choice(words.FIRST_NAMES_FEMALE if female else words.FIRST_NAMES_MALE)
        particle = rng.choice(words.SURNAME_PARTICLES)
        return first, f"{particle}{rng.choice(self.surnames)}"

    def phone(self, province: str) -> str:
        rng = self.rng
        area = rng.choice(words.PROVINCES[province][1])
        # Subscriber numbers starting with 1 are not handed out in the Netherlands.
        digits = "1" + "".join(rng.choices("0123456789", k=9 - len(area)))
        if len(area) == 3:
            return f"{area} {digits[:3]} {digits[3:]}"
        return f"{area} {digits[:2]} {digits[2:4]} {digits[4:]}"

    def mobile(self) -> str:
        digits = "1" + "".join(self.rng.choices("0123456789", k=7))  # 06 1… is not handed out
        return f"06 {digits[:4]} {digits[4:]}"

    def location_postcode(self, place: Place, name: str) -> str:
        """A postcode for a location: one of the municipality's own (reference data), picked
        by the location's name so the random sequence stays as it was; a made-up one where
        the reference data has none."""
        made_up = self.postcode(place)
        real = postcodes.municipality_postcodes().get(place.code)
        if not real:
            return made_up
        return f"{real[zlib.crc32(name.encode()) % len(real)]}{made_up[4:]}"

    def postcode(self, place: Place) -> str:
        rng = self.rng
        letters = "SS"
        while letters in {"SA", "SD", "SS"}:  # combinations PostNL does not use
            letters = "".join(rng.choices(words.POSTCODE_LETTERS, k=2))
        return f"{place.postcode + rng.randrange(10)} {letters}"

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days_ago(self, days: float) -> datetime.datetime:
        return self.now - datetime.timedelta(days=days)

    def working_moment(self, days_ago: float) -> datetime.datetime:
        """A moment in office hours on a working day, about that many days before the anchor."""
        day = self.anchor - datetime.timedelta(days=int(days_ago))
        while day.weekday() >= 5:
            day -= datetime.timedelta(days=1)
        moment = datetime.time(self.rng.randint(8, 16), self.rng.randrange(60))
        return min(datetime.datetime.combine(day, moment, tzinfo=self.zone), self.now)

    def theme(self, slug: str) -> TermInfo | None:
        return self.by_slug[Theme].get(slug)

    def pick_terms(self, model, preferred: Iterable[str], count: int) -> list[TermInfo]:
        """`count` terms, from the preferred slugs (the first ones more often) when they exist."""
        pool = [self.by_slug[model][slug] for slug in preferred if slug in self.by_slug[model]]
        pool = pool or self.terms[model]
        weights = list(accumulate(range(len(pool), 0, -1)))
        chosen: dict[int, TermInfo] = {}
        for _ in range(count * 3):
            term = self.rng.choices(pool, cum_weights=weights)[0]
            chosen[term.id] = term
            if len(chosen) == min(count, len(pool)):
                break
        return sorted_terms(chosen.values())

    def life_phases(self, preferred: Sequence[str]) -> list[TermInfo]:
        pool = [self.by_slug[LifePhase][s] for s in preferred if s in self.by_slug[LifePhase]]
        pool = pool or self.terms[LifePhase]
        length = self.rng.randint(1, min(4, len(pool)))
        start = self.rng.randint(0, len(pool) - length)
        return sorted_terms(pool[start : start + length])

    def two_words(self, term: TermInfo) -> tuple[str, str]:
        if len(term.words) == 1:
            return term.words[0], term.name.lower()
        first, second = self.rng.sample(term.words, 2)
        return first, second


@dataclass
class Batch:
    """Rows of one streaming batch of clients and their referrals, written together."""

    clients: list[Client] = field(default_factory=list)
    consents: list[ConsentRecord] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    themes: list[tuple[uuid.UUID, int]] = field(default_factory=list)
    events: list[ReferralEvent] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)


GENERATED_MODELS = (
    Municipality,
    Organisation,
    Organisation.municipalities.through,
    Location,
    Membership,
    UserObjectPermission,
    Intervention,
    *(
        getattr(Intervention, relation).through
        for relation in (
            "life_phases",
            "care_phases",
            "themes",
            "formats",
            "languages",
            "service_areas",
            "locations",
        )
    ),
    ContactPerson,
    ContactPerson.interventions.through,
    Client,
    ConsentRecord,
    Referral,
    Referral.themes.through,
    ReferralEvent,
    Message,
    Meeting,
)


def vacuum_analyse() -> float:
    """After commit, on PostgreSQL: clean up after the bulk load (the search vector UPDATE leaves
    a dead version of every intervention row), set the visibility map (index-only scans) and
    gather planner statistics, as autovacuum would eventually. Seconds taken."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return 0.0
    started = time.perf_counter()
    tables = [model._meta.db_table for model in (*GENERATED_MODELS, get_user_model())]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'VACUUM (ANALYZE) "{table}"')
    return time.perf_counter() - started


def link(relation, pairs: Sequence[tuple]) -> int:
    """Insert the rows of a many-to-many relation (its descriptor, from the model that declares
    it): pairs of (own key, other key). Returns how many."""
    through = relation.through
    own = relation.field.m2m_field_name() + "_id"
    other = relation.field.m2m_reverse_field_name() + "_id"
    names = [f.attname for f in through._meta.concrete_fields]
    if names == ["id", own, other]:  # positional construction is twice as fast
        rows = [through(None, a, b) for a, b in pairs]
    else:
        rows = [through(**{own: a, other: b}) for a, b in pairs]
    through.objects.bulk_create(rows, batch_size=batch_size(through))
    return len(rows)


def spread(total: int, weights: list[int], rng: random.Random, at_least=None) -> list[int]:
    """Divide `total` over the items: one each first (those with `at_least`, or all) while it
    lasts, the rest in proportion to the weights."""
    eligible = at_least if at_least is not None else [True] * len(weights)
    counts = [0] * len(weights)
    for index, ok in enumerate(eligible):
        if total <= 0:
            break
        if ok:
            counts[index] = 1
            total -= 1
    if total > 0 and any(weights):
        for index in rng.choices(
            range(len(weights)), cum_weights=list(accumulate(weights)), k=total
        ):
            counts[index] += 1
    return counts


def at_least(counts: list[int], index: int, minimum: int) -> None:
    """Give item `index` at least `minimum`, taken from the items with most (the total stays)."""
    while counts[index] < minimum:
        donor = max(range(len(counts)), key=lambda i: (counts[i] if i != index else -1, -i))
        if counts[donor] <= 1:
            return
        counts[donor] -= 1
        counts[index] += 1


def keywords(organisation_name: str, themes, phases, care, formats) -> str:
    """As Intervention.build_keywords writes them: the organisation, then each term's words."""
    parts = [organisation_name]
    for terms in (themes, phases, care, formats):
        for term in terms:
            parts += [term.name, term.plain_name, term.search_terms]
    return " ".join(part for part in parts if part)


def sorted_terms(terms: Iterable[TermInfo]) -> list[TermInfo]:
    """In the taxonomy's own order (Term.Meta.ordering), as the relation returns them."""
    return sorted(terms, key=lambda term: (term.position, term.name, term.id))


def phase_text(phases: Sequence[TermInfo]) -> str:
    """'in de zwangerschap en de kraamperiode': the life phases as a phrase."""
    slugs = [p.slug for p in phases]
    trimesters = [s for s in slugs if s in words.TRIMESTERS]
    parts, pregnancy_named = [], False
    for phase in phases:
        if phase.slug in words.TRIMESTERS and len(trimesters) > 1:
            if not pregnancy_named:
                parts.append("de zwangerschap")
                pregnancy_named = True
            continue
        parts.append(words.PHASE_PHRASES.get(phase.slug, phase.name.lower()))
    return f"in {join_words(parts)}"


def join_words(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def fingerprint() -> str:
    """A hash of the generated interventions' names in order: equal for equal seeds."""
    names = sorted(
        Intervention.objects.filter(organisation__in=generated_organisations()).values_list(
            "name", flat=True
        )
    )
    return hashlib.sha256("\n".join(names).encode()).hexdigest()
