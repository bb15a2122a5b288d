"""`manage.py load_demo`: fill the sociale kaart with realistic demo content and accounts.

The demo directory lives in `organisations/demo/directory.yaml`; the taxonomies and
municipalities it refers to are reference data (`organisations/reference_data/`), which
`migrate` loads and this command loads again, for a database emptied by `manage.py flush`.
Every record is keyed on a natural key (slug, CBS code, e-mail, or organisation + name for
locations and contact persons), so running the command again updates what exists and adds what is
missing, without duplicates.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import models, transaction
from django.utils import timezone

from organisations.models import (
    CarePhase,
    ContactPerson,
    DeliveryFormat,
    Intervention,
    InvitationRequest,
    Language,
    LifePhase,
    Location,
    Membership,
    Municipality,
    Organisation,
    Theme,
)
from organisations.reference_data import load_reference_data, read_yaml
from organisations.search import directory_changed

T = TypeVar("T", bound=models.Model)
Index = dict[str, T]

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "directory.yaml"
TERM_MODELS: tuple[type[models.Model], ...] = (
    LifePhase,
    CarePhase,
    Theme,
    DeliveryFormat,
    Language,
)

RECOGNITION_URL = "https://databank.example/{databank}/{slug}"
CHECK_TIME = datetime.time(9, 0)


def read_demo(path: Path = DEMO_FILE) -> dict[str, list[dict[str, Any]]]:
    """The demo directory: organisations, interventions, contact persons and users, with the
    shorthand lists (YAML aliases) spliced into the lists that use them."""
    return expand(read_yaml(path))


def expand(value: Any) -> Any:
    """`[kinderwens, [zwangerschap-1e-trimester, …]]` (a list inside a list, which an alias of
    a shorthand list gives) becomes one list: `[kinderwens, zwangerschap-1e-trimester, …]`."""
    if isinstance(value, dict):
        return {key: expand(item) for key, item in value.items()}
    if isinstance(value, list):
        spliced: list[Any] = []
        for item in map(expand, value):
            if isinstance(item, list):
                spliced.extend(item)
            else:
                spliced.append(item)
        return spliced
    return value


class Command(BaseCommand):
    help = (
        "Load a realistic demo directory (organisations, locations, interventions, fictional "
        "contact persons) and demo accounts, after the reference taxonomies and municipalities "
        "(as migrate loads them; again here for a flushed database). Safe to run again: "
        "existing records are updated, nothing is duplicated. Every demo account gets the "
        "--password given, or a new random password; the passwords are printed at the end."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--password",
            help="Password for every demo account (default: a new random one per account).",
        )

    def handle(self, *args: Any, password: str | None = None, **options: Any) -> None:
        self.today = timezone.localdate()
        # A fixed time of day, so a second run on the same day finds nothing to change.
        self.check_time = timezone.make_aware(datetime.datetime.combine(self.today, CHECK_TIME))
        self.demo = read_demo()
        with transaction.atomic():
            load_reference_data(apps)
            terms = {model: index_by(model, "slug") for model in TERM_MODELS}
            municipalities: Index[Municipality] = index_by(Municipality, "slug")
            organisations, locations = self.load_organisations(municipalities)
            interventions = self.load_interventions(terms, municipalities, organisations, locations)
            accounts = self.load_users(organisations, password)
            self.load_contact_persons(organisations, interventions)
            self.load_invitation_requests(organisations)
            # The reference data is bulk-created, which no signal reports; the saves report
            # themselves. One report for everything makes sure.
            directory_changed()
        self.print_accounts(accounts)
        self.print_counts()

    # --- Loading ---

    def load_organisations(
        self, municipalities: Index[Municipality]
    ) -> tuple[Index[Organisation], dict[str, Index[Location]]]:
        organisations: Index[Organisation] = {}
        locations: dict[str, Index[Location]] = {}
        for data in self.demo["organisations"]:
            domain = data["email_domain"]
            organisation = upsert(
                Organisation,
                {"slug": data["slug"]},
                {
                    "name": data["name"],
                    "domain": data["domain"],
                    "kind": data["kind"],
                    "description": data["description"],
                    "website": data.get("website", ""),
                    "phone": data["phone"],
                    "email": f"info@{domain}",
                    "referral_email": f"verwijzingen@{domain}",
                    "kvk_number": data.get("kvk_number", ""),
                    "agb_code": data.get("agb_code", ""),
                    "is_active": data.get("is_active", True),
                    "verified_at": self.days_ago(data["verified_days_ago"]),
                },
            )
            organisation.municipalities.set(
                pick(municipalities, data["municipalities"], "municipality")
            )
            organisations[organisation.slug] = organisation
            locations[organisation.slug] = {
                row["name"]: self.load_location(organisation, row, municipalities)
                for row in data["locations"]
            }
        return organisations, locations

    def load_location(
        self, organisation: Organisation, row: dict[str, Any], municipalities: Index[Municipality]
    ) -> Location:
        return upsert(
            Location,
            {"organisation": organisation, "name": row["name"]},
            {
                "address": row["address"],
                "postcode": row["postcode"],
                "city": row["city"],
                "municipality": pick(municipalities, [row["municipality"]], "municipality")[0],
                "latitude": Decimal(f"{row['lat']:.6f}"),
                "longitude": Decimal(f"{row['lon']:.6f}"),
                "opening_hours": row.get("opening_hours", ""),
                "walk_in_hours": row.get("walk_in_hours", ""),
                "accessibility": row.get("accessibility", ""),
                "is_confidential": row.get("is_confidential", False),
            },
        )

    def load_interventions(
        self,
        terms: dict[type[models.Model], Index],
        municipalities: Index[Municipality],
        organisations: Index[Organisation],
        locations: dict[str, Index[Location]],
    ) -> Index[Intervention]:
        interventions: Index[Intervention] = {}
        for data in self.demo["interventions"]:
            slug = data["slug"]
            organisation = pick(organisations, [data["organisation"]], "organisation")[0]
            databank, level, recognised_on = data.get("recognition", ("", "", None))
            verified_days_ago = data.get("verified_days_ago", 30)
            intervention = upsert(
                Intervention,
                {"slug": slug},
                {
                    "organisation": organisation,
                    "name": data["name"],
                    "description": data["description"],
                    "summary": data["summary"],
                    "access_route": data.get("access_route", "free_access"),
                    "cost_option": data.get("cost_option", "free"),
                    "cost_note": data.get("cost_note", ""),
                    "recognition_databank": databank,
                    "recognition_level": level,
                    "recognition_url": (
                        RECOGNITION_URL.format(databank=databank.replace("_", "-"), slug=slug)
                        if databank
                        else ""
                    ),
                    "recognition_date": (
                        datetime.date.fromisoformat(recognised_on) if recognised_on else None
                    ),
                    "accepts_new_families": data.get("accepts_new_families", True),
                    "waiting_weeks": data.get("waiting_weeks", 0),
                    "capacity_updated_on": self.days_before_today(
                        data.get("capacity_days_ago", verified_days_ago)
                    ),
                    "accepts_referrals": data.get("accepts_referrals", True),
                    "status": data.get("status", "active"),
                    "status_notice": data.get("status_notice", ""),
                    "is_public": data.get("is_public", False),
                    "verified_at": self.days_ago(verified_days_ago),
                },
            )
            intervention.life_phases.set(pick(terms[LifePhase], data["life_phases"], "life phase"))
            intervention.care_phases.set(
                pick(terms[CarePhase], data.get("care_phases", ["steun-op-maat"]), "care phase")
            )
            intervention.themes.set(pick(terms[Theme], data.get("themes", []), "theme"))
            intervention.formats.set(pick(terms[DeliveryFormat], data.get("formats", []), "format"))
            intervention.languages.set(
                pick(terms[Language], data.get("languages", ["nl"]), "language")
            )
            area = data.get("service_areas")
            intervention.service_areas.set(
                pick(municipalities, area, "municipality")
                if area
                else organisation.municipalities.all()
            )
            own_locations = locations[organisation.slug]
            names = data.get("locations", list(own_locations))
            intervention.locations.set(pick(own_locations, names, f"location of {slug}"))
            interventions[slug] = intervention
        return interventions

    def load_users(
        self, organisations: Index[Organisation], password: str | None
    ) -> list[tuple[dict[str, Any], str]]:
        """Create or update the demo accounts; returns each account's data and password."""
        user_model = get_user_model()
        coordinator_permissions = list(
            Permission.objects.filter(content_type__app_label="organisations").exclude(
                codename__startswith="delete_"
            )
        )
        accounts = []
        for data in self.demo["users"]:
            user, _ = user_model.objects.update_or_create(
                email=data["email"],
                defaults={
                    "full_name": data["full_name"],
                    "job_title": data["job_title"],
                    "is_coordinator": data.get("is_coordinator", False),
                    "is_staff": data.get("is_staff", False),
                    "is_superuser": data.get("is_superuser", False),
                    "is_active": True,
                },
            )
            account_password = password or secrets.token_urlsafe(12)
            user.set_password(account_password)
            user.save(update_fields=["password"])
            if user.is_coordinator and not user.is_superuser:
                # Staff status alone shows an empty admin; coordinators maintain the directory
                # there. Deleting stays with superusers: records others rely on are deactivated.
                user.user_permissions.add(*coordinator_permissions)
            organisation = pick(organisations, [data["organisation"]], "organisation")[0]
            upsert(
                Membership,
                {"user": user, "organisation": organisation},
                {"role": data["membership"]},
            )
            accounts.append((data, account_password))
        return accounts

    def load_invitation_requests(self, organisations: Index[Organisation]) -> None:
        """Open requests to invite an organisation (no e-mail: the demo has no real readers)."""
        for data in self.demo.get("invitation_requests", []):
            organisation = pick(organisations, [data["organisation"]], "organisation")[0]
            asker = get_user_model().objects.get(email=data["asked_by"])
            InvitationRequest.objects.get_or_create(
                organisation=organisation,
                asked_by=asker,
                handled_at=None,
                defaults={
                    "asking_organisation": asker.memberships.first().organisation,
                    "asked_at": self.days_ago(data["days_ago"]),
                },
            )

    def load_contact_persons(
        self, organisations: Index[Organisation], interventions: Index[Intervention]
    ) -> None:
        user_model = get_user_model()
        contacts: Index[ContactPerson] = {}
        for data in self.demo["contact_persons"]:
            organisation = pick(organisations, [data["organisation"]], "organisation")[0]
            user_email = data.get("user")
            contact = upsert(
                ContactPerson,
                {"organisation": organisation, "name": data["name"]},
                {
                    "email": data["email"],
                    "job_title": data["job_title"],
                    "phone": data["phone"],
                    "availability": data.get("availability", ""),
                    "active_from": self.days_from_today(data, "active_from_days_ago", sign=-1),
                    "active_until": self.days_from_today(data, "active_until_days"),
                    "away_until": self.days_from_today(data, "away_for_days"),
                    "visibility": data.get("visibility", "professionals"),
                    "user": user_model.objects.get(email=user_email) if user_email else None,
                    "is_active": True,
                },
            )
            own = [i for i in interventions.values() if i.organisation_id == organisation.pk]
            if data["interventions"] == "all":
                contact.interventions.set(own)
            else:
                chosen = pick(interventions, data["interventions"], "intervention")
                if not set(chosen) <= set(own):
                    raise CommandError(f"{contact_key(data)}: offers of another organisation")
                contact.interventions.set(chosen)
            contacts[contact_key(data)] = contact
        # Backups refer to other contact persons, so they are linked once all exist.
        for data in self.demo["contact_persons"]:
            contact = contacts[contact_key(data)]
            backup = pick(contacts, [data["backup"]], "backup")[0] if "backup" in data else None
            if backup and backup.organisation_id != contact.organisation_id:
                raise CommandError(f"{contact_key(data)}: backup works for another organisation")
            if contact.backup_id != (backup.pk if backup else None):
                contact.backup = backup
                contact.save(update_fields=["backup"])

    # --- Output ---

    def print_accounts(self, accounts: list[tuple[dict[str, Any], str]]) -> None:
        names = {o["slug"]: o["name"] for o in self.demo["organisations"]}
        rows = [("E-mail (login)", "Role", "Organisation", "Password")]
        rows += [
            (data["email"], data["role"], names[data["organisation"]], password)
            for data, password in accounts
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        self.stdout.write(self.style.MIGRATE_HEADING("\nDemo accounts"))
        for number, row in enumerate(rows):
            line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            self.stdout.write(line.rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))

    def print_counts(self) -> None:
        counts = [
            ("Life phases", LifePhase.objects.count()),
            ("Care phases", CarePhase.objects.count()),
            ("Themes", Theme.objects.count()),
            ("Formats", DeliveryFormat.objects.count()),
            ("Languages", Language.objects.count()),
            ("Municipalities", Municipality.objects.count()),
            ("Organisations", Organisation.objects.count()),
            ("Locations", Location.objects.count()),
            ("Interventions", Intervention.objects.count()),
            ("Contact persons", ContactPerson.objects.count()),
            ("Users", get_user_model().objects.count()),
            ("Memberships", Membership.objects.count()),
        ]
        self.stdout.write(self.style.MIGRATE_HEADING("\nIn the database now"))
        for label, count in counts:
            self.stdout.write(f"  {label:<16} {count:>4}")
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))

    # --- Helpers ---

    def days_ago(self, days: int | None) -> datetime.datetime | None:
        """A moment that many days ago; None (never) for None."""
        return None if days is None else self.check_time - datetime.timedelta(days=days)

    def days_before_today(self, days: int | None) -> datetime.date | None:
        return None if days is None else self.today - datetime.timedelta(days=days)

    def days_from_today(
        self, data: dict[str, Any], key: str, sign: int = 1
    ) -> datetime.date | None:
        if key not in data:
            return None
        return self.today + datetime.timedelta(days=sign * data[key])


def index_by(model: type[T], key: str) -> Index[T]:
    """Every row of a model by its natural key."""
    return {getattr(row, key): row for row in model._default_manager.all()}


def upsert(model: type[T], lookup: dict[str, Any], values: dict[str, Any]) -> T:
    """Create the object with this natural key, or update the fields whose value differs.

    Like `update_or_create`, but an unchanged object is not saved again: every save of an
    intervention or term rebuilds search keywords through signals, so a repeated load stays fast.
    """
    instance = model._default_manager.filter(**lookup).first()
    if instance is None:
        return model._default_manager.create(**lookup, **values)
    changed = []
    for name, value in values.items():
        field = model._meta.get_field(name)
        new = value.pk if isinstance(value, models.Model) else value
        if getattr(instance, field.attname) != new:
            setattr(instance, name, value)
            changed.append(name)
    if changed:
        instance.save(update_fields=changed)
    return instance


def contact_key(data: dict[str, Any]) -> str:
    """How backups refer to a contact person: by e-mail, or by name when it has none."""
    return data["email"] or f"{data['organisation']}/{data['name']}"


def pick(index: Index[T], keys: Iterable[str], what: str) -> list[T]:
    """The objects for these keys, or a clear error naming the key the demo data got wrong."""
    try:
        return [index[key] for key in keys]
    except KeyError as error:
        raise CommandError(f"Unknown {what} {error.args[0]!r} in demo data") from None
