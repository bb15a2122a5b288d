"""The sociale kaart: organisations, where they work, what they offer and whom to call.

Field names follow Open Referral HSDS 3.1 where that fits (organization → Organisation,
service → Intervention, location, contact → ContactPerson, service_area, cost_option), so an
HSDS export is a mapping rather than a rewrite.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import math
import re
import secrets
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, validate_email
from django.db import IntegrityError, models, transaction
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import ASin, Cast, Cos, Length, Power, Radians, Sin, Sqrt
from django.forms import modelform_factory
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.utils import get_m2m_field_name

from rokportal.bulk import batch_size

from .places import EARTH_RADIUS_KM, Point, PostcodeArea, municipality_centres, postcode_area

DUTCH_PHONE = re.compile(r"^(?:(?:\+31|0031)(?:\(0\))?|0)[1-9][0-9]{8}$|^0[89]00[0-9]{4,7}$")


def phone_validator(value: str) -> None:
    """A Dutch phone number: ten digits from 0, +31 or 0031, or an 0800/0900 service number."""
    if not DUTCH_PHONE.match(re.sub(r"[\s\-.]", "", value)):
        raise ValidationError(
            _("Enter a Dutch phone number, for example 0570 123 456 or +31 6 1234 5678."),
            code="invalid_phone",
        )


postcode_validator = RegexValidator(
    r"^[1-9][0-9]{3} ?[A-Za-z]{2}$", _("Enter a Dutch postcode, for example 7411 AB.")
)
kvk_validator = RegexValidator(r"^[0-9]{8}$", _("A KvK number has exactly 8 digits."))
agb_validator = RegexValidator(r"^[0-9]{8}$", _("An AGB code has exactly 8 digits."))
cbs_code_validator = RegexValidator(
    r"^GM[0-9]{4}$", _("A CBS municipality code looks like GM0150.")
)


class DirectoryHistory(HistoricalRecords):
    """django-simple-history's change records, also for many-to-many changes made from the other
    side (theme.interventions.clear()), which the library would try to record on the theme."""

    def contribute_to_class(self, cls, name: str) -> None:
        super().contribute_to_class(cls, name)
        cls._directory_history = self

    def create_historical_record_m2ms(self, history_instance, instance) -> None:
        # What the library does, in one query per relation: it would load the entry again for
        # every relation (to read the excluded search fields) and the related rows themselves.
        for field in history_instance._history_m2m_fields:
            through = field.remote_field.through
            rows = through.objects.filter(**{get_m2m_field_name(field): instance}).values(
                *(f.attname for f in through._meta.fields)
            )
            history_model = self.m2m_models[field]
            history_model.objects.bulk_create(
                [history_model(history=history_instance, **row) for row in rows],
                batch_size=batch_size(history_model),
            )

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs) -> None:
        if not reverse:
            super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)
            return
        model, related_name = kwargs["model"], f"_history_cleared_{attr}"
        if action == "pre_clear":
            setattr(instance, related_name, list(model.objects.filter(**{attr: instance})))
        elif action == "post_clear":
            for entry in getattr(instance, related_name, []):
                super().m2m_changed(entry, action, attr, None, False)
        elif action in ("post_add", "post_remove"):
            for entry in model.objects.filter(pk__in=pk_set):
                super().m2m_changed(entry, action, attr, pk_set, False)


@contextmanager
def one_history_record(instance: models.Model, *, by) -> Iterator[None]:
    """The changes made inside (fields, then each many-to-many relation a form sets) become one
    record in the entry's history, by this user, instead of one record per relation."""
    created = instance.pk is None
    instance.skip_history_when_saving = True
    try:
        yield
    finally:
        del instance.skip_history_when_saving
    instance._history_user = by
    type(instance)._directory_history.create_historical_record(instance, "+" if created else "~")


# --- Taxonomies: data that coordinators can extend, not strings scattered through templates ---


class Term(models.Model):
    """A value in one of the directory's classifications, in Dutch and English."""

    name = models.CharField(_("name"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    plain_name = models.CharField(
        _("in everyday words"),
        max_length=160,
        blank=True,
        help_text=_("How a parent would say it, for the parents' guide."),
    )
    search_terms = models.TextField(
        _("search terms"),
        blank=True,
        help_text=_("Synonyms and related words that should find this term, comma-separated."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the language of the current request."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @property
    def plain_label(self) -> str:
        """How a parent would say it: the everyday words in Dutch; in English (which has no
        everyday words yet) the English name."""
        if translation.get_language() == "en":
            return self.label
        return self.plain_name or self.name


class LifePhase(Term):
    """A phase in the first 1000 days: from the wish for a child to the child's second year."""

    class Meta(Term.Meta):
        verbose_name = _("life phase")
        verbose_name_plural = _("life phases")


class ParentSituation(models.TextChoices):
    """Where a parent is in the first 1000 days, as she would choose it in the parents' guide."""

    WISH = "kinderwens", _("I would like to have a child")
    PREGNANT = "zwanger", _("I am pregnant")
    BABY = "baby", _("My baby is here")
    TODDLER = "peuter", _("My child is 1 or 2 years old")


# The life phases (slugs) that each situation of the parents' guide covers.
SITUATION_LIFE_PHASES: dict[str, list[str]] = {
    ParentSituation.WISH: ["kinderwens"],
    ParentSituation.PREGNANT: [
        "zwangerschap-1e-trimester",
        "zwangerschap-2e-trimester",
        "zwangerschap-3e-trimester",
    ],
    ParentSituation.BABY: ["kraamperiode", "0-1-jaar"],
    ParentSituation.TODDLER: ["1-2-jaar"],
}


class CarePhase(Term):
    """A phase of care: noticing (signaleren), exploring (verkennen) or support that fits."""

    class Meta(Term.Meta):
        verbose_name = _("care phase")
        verbose_name_plural = _("care phases")


class Theme(Term):
    """A need or theme an intervention addresses, such as money, housing or attachment."""

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class DeliveryFormat(Term):
    """How an intervention is delivered: individual, group, walk-in, home visit or online."""

    class Meta(Term.Meta):
        verbose_name = _("format")
        verbose_name_plural = _("formats")


class Language(Term):
    """A language in which an intervention is offered; the slug is the ISO 639-1 code."""

    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class Municipality(models.Model):
    """A Dutch municipality, identified by its CBS code (GM0150 is Deventer)."""

    name = models.CharField(_("name"), max_length=100)
    cbs_code = models.CharField(
        _("CBS code"), max_length=6, unique=True, validators=[cbs_code_validator]
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        related_name="coordinated_municipalities",
        blank=True,
        help_text=_(
            "Coordinators who maintain this municipality's entries. A coordinator without "
            "municipalities maintains the whole directory."
        ),
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.name


def is_overdue_for_check(verified_at: datetime.datetime | None) -> bool:
    """Never checked, or last checked longer ago than VERIFICATION_MAX_AGE_DAYS."""
    if verified_at is None:
        return True
    age = timezone.now() - verified_at
    return age > datetime.timedelta(days=settings.VERIFICATION_MAX_AGE_DAYS)


class Verifiable(models.Model):
    """An entry that someone confirms as still correct now and then."""

    verified_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last checked by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    class Meta:
        abstract = True

    @property
    def is_overdue_for_check(self) -> bool:
        return is_overdue_for_check(self.verified_at)

    def mark_verified(self, *, by) -> None:
        """The entry is confirmed as still correct, today, by this user."""
        self.verified_at = timezone.now()
        self.verified_by = by
        self._history_user = by
        self.save(update_fields=["verified_at", "verified_by", "updated_at"])


class Deactivatable:
    """An entry others rely on (referrals, history): switched off and on, never deleted.
    Deactivated, it is hidden from the directory but kept."""

    def deactivate(self, *, by) -> None:
        self._set_active(False, by=by)

    def reactivate(self, *, by) -> None:
        self._set_active(True, by=by)

    def _set_active(self, active: bool, *, by) -> None:
        self.is_active = active
        self._history_user = by
        changed = ["is_active", "updated_at"] if hasattr(self, "updated_at") else ["is_active"]
        self.save(update_fields=changed)


# --- Organisations and their locations ---


class Domain(models.TextChoices):
    MEDICAL = "medical", _("Medical domain")
    SOCIAL = "social", _("Social domain")
    BOTH = "both", _("Medical and social domain")


class OrganisationKind(models.TextChoices):
    MIDWIFERY = "midwifery", _("Midwifery practice")
    MATERNITY_CARE = "maternity_care", _("Maternity care (kraamzorg)")
    HOSPITAL = "hospital", _("Hospital")
    GP = "gp", _("GP practice")
    YOUTH_HEALTH = "youth_health", _("Youth health care (JGZ/GGD)")
    ADULT_MENTAL_HEALTH = "adult_mental_health", _("Adult mental health care (GGZ)")
    YOUTH_MENTAL_HEALTH = "youth_mental_health", _("Youth mental health care")
    NEIGHBOURHOOD_TEAM = "neighbourhood_team", _("Social or neighbourhood team")
    MUNICIPALITY = "municipality", _("Municipality")
    FAMILY_CENTRE = "family_centre", _("Centre for youth and family (CJG)")
    INTELLECTUAL_DISABILITY = "intellectual_disability", _("Care for intellectual disabilities")
    ADDICTION = "addiction", _("Addiction care")
    DEBT = "debt", _("Debt support")
    WELFARE = "welfare", _("Welfare")
    CHILDCARE = "childcare", _("Childcare and early education")
    PREGNANCY_COUNSELLING = "pregnancy_counselling", _("Pregnancy counselling")
    SHELTER = "shelter", _("Shelter and protected housing")
    VEILIG_THUIS = "veilig_thuis", _("Veilig Thuis")
    OTHER = "other", _("Other")


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    def active(self) -> OrganisationQuerySet:
        """Organisations that currently take part in the directory."""
        return self.filter(is_active=True)

    def overdue_for_check(self) -> OrganisationQuerySet:
        """Active organisations not checked within VERIFICATION_MAX_AGE_DAYS, or never checked."""
        cutoff = timezone.now() - datetime.timedelta(days=settings.VERIFICATION_MAX_AGE_DAYS)
        return self.active().filter(Q(verified_at__isnull=True) | Q(verified_at__lt=cutoff))

    def without_active_intervention(self) -> OrganisationQuerySet:
        """Active organisations with no intervention of status active (closed or none at all)."""
        offers = Intervention.objects.filter(
            organisation=OuterRef("pk"), status=InterventionStatus.ACTIVE
        )
        return self.active().filter(~Exists(offers))

    def receiving_referrals(self) -> OrganisationQuerySet:
        """Organisations that receive referrals in the portal: active, with at least one active
        member to read them (`referral_receivers_exist`, kept in `has_referral_receivers`)."""
        return self.active().filter(has_referral_receivers=True)

    def keep_referral_receivers(self) -> list[int]:
        """Bring `has_referral_receivers` of these organisations in line with who works there
        now, and tell the search (cards show it); the ids whose flag changed."""
        from .search import directory_changed  # the search package builds on these models

        changed = list(
            self.alias(now=referral_receivers_exist())
            .exclude(has_referral_receivers=models.F("now"))
            .values_list("pk", flat=True)
        )
        if changed:
            Organisation.objects.filter(pk__in=changed).update(
                has_referral_receivers=referral_receivers_exist()
            )
            directory_changed(Organisation, changed, {"has_referral_receivers"})
        return changed


def referral_receivers_exist() -> Exists:
    """The rule of who can receive a portal referral, for an organisation row: at least one
    member, in any role (every role reads the organisation's referrals), whose account is
    active. (A referral e-mail address alone never counts: nobody signs in with it.)"""
    return Exists(Membership.objects.filter(organisation_id=OuterRef("pk"), user__is_active=True))


class Organisation(Deactivatable, Verifiable):
    """An organisation in the medical or social domain that supports (expecting) parents."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    domain = models.CharField(_("domain"), max_length=10, choices=Domain.choices)
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=OrganisationKind)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("general e-mail"), blank=True)
    referral_email = models.EmailField(
        _("e-mail for referrals"),
        blank=True,
        help_text=_("Where referrals arrive when no contact person with an account is chosen."),
    )
    kvk_number = models.CharField(
        _("KvK number"), max_length=8, blank=True, validators=[kvk_validator]
    )
    agb_code = models.CharField(
        _("AGB code"),
        max_length=8,
        blank=True,
        validators=[agb_validator],
        help_text=_("Vektis AGB code, for care providers."),
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities served"),
        related_name="organisations",
        blank=True,
    )
    is_active = models.BooleanField(_("active"), default=True)
    # Kept by OrganisationQuerySet.keep_referral_receivers whenever a membership or an account
    # changes (signals.py), so that search cards and lists read it without a query of their own.
    has_referral_receivers = models.BooleanField(
        _("has members who receive referrals"), default=False, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()
    history = DirectoryHistory(
        m2m_fields=[municipalities], excluded_fields=["updated_at", "has_referral_receivers"]
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(domain__in=Domain.values), name="organisation_domain_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding and kwargs.get("update_fields") is None:
            # A full save of a copy read before a colleague joined or left must not write
            # back what it read: the flag is what the rule says now.
            self.has_referral_receivers = (
                Organisation.objects.filter(pk=self.pk).filter(referral_receivers_exist()).exists()
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("organisations:organisation_detail", args=[self.slug])

    @property
    def receives_referrals(self) -> bool:
        """Whether referrals can be sent to it in the portal (OrganisationQuerySet
        .receiving_referrals, for this one row)."""
        return self.is_active and self.has_referral_receivers


class CoordinatesSource(models.TextChoices):
    """Where a location's coordinates come from."""

    ENTERED = "entered", _("entered")
    POSTCODE = "postcode", _("centre of the postcode")


class Location(models.Model):
    """A place where an organisation receives parents (HSDS location).

    Its coordinates are entered, or else the centre of its four-digit postcode
    (`place_by_postcode`), which follows a change of postcode; entered ones are never
    overwritten. `coordinates_source` says which; empty when there are none. Coordinates set
    (on a form, in the admin, in code) are entered; both emptied, the postcode's centre again."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="locations",
        on_delete=models.PROTECT,
    )
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[postcode_validator])
    city = models.CharField(_("city"), max_length=100)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        related_name="locations",
        on_delete=models.PROTECT,
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Leave both empty to use the centre of the postcode."),
    )
    coordinates_source = models.CharField(
        _("coordinates from"),
        max_length=10,
        choices=CoordinatesSource,
        blank=True,
        editable=False,
    )
    opening_hours = models.TextField(_("opening hours"), blank=True)
    walk_in_hours = models.TextField(
        _("walk-in hours"), blank=True, help_text=_("When parents can come without appointment.")
    )
    accessibility = models.TextField(_("accessibility"), blank=True)
    is_confidential = models.BooleanField(
        _("confidential address"),
        default=False,
        help_text=_(
            "For places such as shelters: the address is shown only to signed-in professionals."
        ),
    )

    history = DirectoryHistory()

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["organisation__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="location_name_unique_per_organisation"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="location_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="location_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="location_coordinates_together",
            ),
            # Coordinates say where they come from; none come from nowhere.
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, coordinates_source="")
                | Q(latitude__isnull=False, coordinates_source__in=CoordinatesSource.values),
                name="location_coordinates_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.city})"

    def save(self, *args, **kwargs) -> None:
        self.postcode = normalise_postcode(self.postcode)
        self.place_by_postcode()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"postcode", "latitude", "longitude"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, *COORDINATE_FIELDS}
        super().save(*args, **kwargs)
        self._stored_coordinates = (self.latitude, self.longitude)

    @classmethod
    def from_db(cls, db, field_names, values):
        location = super().from_db(db, field_names, values)
        # As read, to tell coordinates someone set since from ones the postcode gave.
        location._stored_coordinates = (
            location.__dict__.get("latitude"),
            location.__dict__.get("longitude"),
        )
        return location

    def place_by_postcode(self) -> None:
        """Coordinates entered stay, and so do coordinates set since they were read; without
        them (or with ones that came from the postcode) the centre of the postcode, or none
        for a postcode the reference data does not know."""
        stored = getattr(self, "_stored_coordinates", None)
        if self.latitude is not None and (
            self.coordinates_source != CoordinatesSource.POSTCODE
            or (self.latitude, self.longitude) != stored
        ):
            self.coordinates_source = CoordinatesSource.ENTERED
            return
        self.latitude, self.longitude, self.coordinates_source = coordinates_of(self.postcode)

    def address_visible_to(self, user) -> bool:
        """Whether this user may see the street address (confidential ones need a sign-in)."""
        return not self.is_confidential or user.is_authenticated

    @property
    def map_url(self) -> str:
        """A map with a pin on entered coordinates; a postcode's centre is too rough for a pin
        (pages link a search for the address instead)."""
        if self.latitude is None or self.coordinates_source != CoordinatesSource.ENTERED:
            return ""
        return (
            "https://www.openstreetmap.org/?mlat="
            f"{self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"
        )


COORDINATE_FIELDS = ("latitude", "longitude", "coordinates_source")


def coordinates_of(postcode: str) -> tuple[Decimal | None, Decimal | None, str]:
    """(latitude, longitude, source) of a postcode's centre; (None, None, "") when the reference
    data does not know it. Also what bulk writers store (they skip `Location.save`)."""
    area = postcode_area(postcode)
    if area is None:
        return None, None, ""
    centre = area.centre
    return (
        Decimal(f"{centre.latitude:.6f}"),
        Decimal(f"{centre.longitude:.6f}"),
        CoordinatesSource.POSTCODE,
    )


def normalise_postcode(postcode: str) -> str:
    """'7411ab' → '7411 AB', the way PostNL writes it."""
    compact = postcode.replace(" ", "").upper()
    if len(compact) == 6:
        return f"{compact[:4]} {compact[4:]}"
    return postcode.strip()


# --- Interventions (aanbod) ---


class AccessRoute(models.TextChoices):
    FREE_ACCESS = "free_access", _("Free access, no referral needed")
    GP_REFERRAL = "gp_referral", _("Referral by GP, midwife or medical specialist")
    YOUTH_HEALTH_REFERRAL = "youth_health_referral", _("Referral by youth health care")
    MUNICIPAL_DECISION = "municipal_decision", _("Municipal decision (beschikking)")
    NEIGHBOURHOOD_TEAM = "neighbourhood_team", _("Through the neighbourhood team")
    PROFESSIONAL_REFERRAL = "professional_referral", _("Referral by any professional")


class CostOption(models.TextChoices):
    FREE = "free", _("Free")
    INSURED = "insured", _("Covered by health insurance")
    MUNICIPALITY = "municipality", _("Paid by the municipality")
    OWN_CONTRIBUTION = "own_contribution", _("Own contribution")


class RecognitionDatabank(models.TextChoices):
    NONE = "", _("Not recognised")
    NJI = "nji", _("NJi Databank Effectieve Jeugdinterventies")
    LOKET_GEZOND_LEVEN = "loket_gezond_leven", _("Loket Gezond Leven")


class RecognitionLevel(models.TextChoices):
    NOT_ASSESSED = "", _("Not assessed")
    WELL_DESCRIBED = "well_described", _("Well described")
    THEORETICALLY_SOUND = "theoretically_sound", _("Theoretically sound")
    EFFECTIVE_FIRST = "effective_first", _("Effective according to first indications")
    EFFECTIVE_GOOD = "effective_good", _("Effective according to good indications")
    EFFECTIVE_STRONG = "effective_strong", _("Effective according to strong indications")


class InterventionStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    TEMPORARILY_CLOSED = "temporarily_closed", _("Temporarily closed")
    INACTIVE = "inactive", _("Inactive")


class InterventionQuerySet(models.QuerySet["Intervention"]):
    def listed(self) -> InterventionQuerySet:
        """Shown in the directory: not inactive, and offered by an active organisation."""
        return self.exclude(status=InterventionStatus.INACTIVE).filter(organisation__is_active=True)

    def public(self) -> InterventionQuerySet:
        """Listed and marked for the parents' guide."""
        return self.listed().filter(is_public=True)

    def for_parents(self) -> InterventionQuerySet:
        """The parents' guide: public offers, those a parent can walk into or go to without a
        referral first, temporarily closed ones last, then by name. Annotates `is_walk_in`
        and `is_open_access`."""
        closed_last = models.Case(
            models.When(status=InterventionStatus.TEMPORARILY_CLOSED, then=1),
            default=0,
            output_field=models.IntegerField(),
        )
        return (
            self.public()
            .annotate(is_walk_in=self._walk_in())
            .annotate(
                is_open_access=models.ExpressionWrapper(
                    Q(access_route=AccessRoute.FREE_ACCESS) | Q(is_walk_in=True),
                    output_field=models.BooleanField(),
                )
            )
            .order_by(closed_last, "-is_open_access", "name")
        )

    def in_situation(self, situation: str) -> InterventionQuerySet:
        """Meant for a parent in this situation (ParentSituation): any of its life phases."""
        phases = LifePhase.objects.filter(slug__in=SITUATION_LIFE_PHASES.get(situation, []))
        return self.for_life_phases(phases)

    def search(self, text: str) -> InterventionQuerySet:
        """Interventions matching free text, best match first (organisations/search/query.py
        says how; the search page finds the same through the index in memory)."""
        from .search.query import search  # the search package builds on these models

        return search(self, text)

    def matching(self, words: list[str]) -> InterventionQuerySet:
        """Interventions with every one of these words, in no particular order and uncorrected
        (organisations/search/query.py)."""
        from .search.query import matching

        return matching(self, words)

    def of_domains(self, domains: Iterable[str]) -> InterventionQuerySet:
        """Offered by organisations in any of these domains (an organisation in both counts)."""
        domains = set(domains)
        if domains & {Domain.MEDICAL, Domain.SOCIAL}:
            domains.add(Domain.BOTH)
        return self.filter(organisation__domain__in=domains)

    def of_kinds(self, kinds: Iterable[str]) -> InterventionQuerySet:
        """Offered by organisations of any of these kinds."""
        return self.filter(organisation__kind__in=kinds)

    def in_municipalities(self, municipalities: Iterable[Municipality]) -> InterventionQuerySet:
        """Available to families living in any of these municipalities (the service area)."""
        return self._having_any("service_areas", municipalities)

    def for_life_phases(self, phases: Iterable[LifePhase]) -> InterventionQuerySet:
        """Meant for any of these life phases."""
        return self._having_any("life_phases", phases)

    def for_care_phases(self, phases: Iterable[CarePhase]) -> InterventionQuerySet:
        """Working in any of these care phases."""
        return self._having_any("care_phases", phases)

    def about_themes(self, themes: Iterable[Theme]) -> InterventionQuerySet:
        """Addressing any of these themes."""
        return self._having_any("themes", themes)

    def in_formats(self, formats: Iterable[DeliveryFormat]) -> InterventionQuerySet:
        """Delivered in any of these formats."""
        return self._having_any("formats", formats)

    def in_languages(self, languages: Iterable[Language]) -> InterventionQuerySet:
        """Offered in any of these languages."""
        return self._having_any("languages", languages)

    def with_access_routes(self, routes: Iterable[str]) -> InterventionQuerySet:
        """Reachable through any of these access routes."""
        return self.filter(access_route__in=routes)

    def open_access(self) -> InterventionQuerySet:
        """Walk-in or free access: a parent can go without a referral."""
        return self.filter(Q(access_route=AccessRoute.FREE_ACCESS) | self._walk_in())

    @staticmethod
    def _walk_in() -> Exists:
        """Whether the intervention is offered as walk-in (a condition for filter/annotate)."""
        return Exists(
            Intervention.formats.through.objects.filter(
                intervention_id=OuterRef("pk"), deliveryformat__slug=WALK_IN_FORMAT
            )
        )

    def within_km(self, area: PostcodeArea, km: float) -> InterventionQuerySet:
        """Reachable within `km` of a postcode's centre: a location that near; a location with a
        confidential address (or without coordinates) in a municipality the postcode lies in
        or whose centre is that near (never measured to itself); or coming to the family's
        home or online, serving the postcode's municipality. (The search page finds the same
        in memory: search/index.py, Nearness.)"""
        centre = area.centre
        near_municipalities = set(area.municipalities) | {
            code
            for code, point in municipality_centres().items()
            if centre.distance_km(point) <= km
        }
        located = Location.objects.filter(interventions=OuterRef("pk"))
        by_coordinates = (
            located.filter(is_confidential=False, latitude__isnull=False)
            .annotate(km=km_from(centre))
            .filter(km__lte=km)
        )
        by_municipality = located.filter(
            Q(is_confidential=True) | Q(latitude__isnull=True),
            municipality__cbs_code__in=near_municipalities,
        )
        coming = Intervention.formats.through.objects.filter(
            intervention_id=OuterRef("pk"), deliveryformat__slug__in=REACHING_FORMATS
        )
        serving = Intervention.service_areas.through.objects.filter(
            intervention_id=OuterRef("pk"), municipality__cbs_code__in=area.municipalities
        )
        return self.filter(
            Exists(by_coordinates) | Exists(by_municipality) | (Exists(coming) & Exists(serving))
        )

    def accepting_referrals(self) -> InterventionQuerySet:
        """Its organisation says professionals can refer a family to it through the portal
        (whether anyone there can receive it: `taking_portal_referrals`)."""
        return self.filter(accepts_referrals=True)

    def taking_portal_referrals(self) -> InterventionQuerySet:
        """Accepting referrals, at an organisation that receives them in the portal (someone
        there signs in to read them: OrganisationQuerySet.receiving_referrals)."""
        return self.accepting_referrals().filter(
            organisation__is_active=True, organisation__has_referral_receivers=True
        )

    def without_waiting_list(self) -> InterventionQuerySet:
        """Accepting new families with no waiting time."""
        return self.filter(accepts_new_families=True, waiting_weeks=0)

    def overdue_for_check(self) -> InterventionQuerySet:
        """Listed interventions not checked within VERIFICATION_MAX_AGE_DAYS, or never checked."""
        cutoff = timezone.now() - datetime.timedelta(days=settings.VERIFICATION_MAX_AGE_DAYS)
        return self.listed().filter(Q(verified_at__isnull=True) | Q(verified_at__lt=cutoff))

    def with_stale_capacity(self) -> InterventionQuerySet:
        """Listed interventions whose waiting time was not updated within CAPACITY_MAX_AGE_DAYS."""
        cutoff = timezone.localdate() - datetime.timedelta(days=settings.CAPACITY_MAX_AGE_DAYS)
        return self.listed().filter(
            Q(capacity_updated_on__isnull=True) | Q(capacity_updated_on__lt=cutoff)
        )

    def without_contact_person(self) -> InterventionQuerySet:
        """Listed interventions that no current contact person is linked to."""
        contacts = ContactPerson.objects.current().filter(interventions=OuterRef("pk"))
        return self.listed().filter(~Exists(contacts))

    def _having_any(self, relation: str, values: Iterable[models.Model]) -> InterventionQuerySet:
        # Exists instead of a join, so one intervention with two matching values is one result.
        through = getattr(Intervention, relation).through
        own = f"{Intervention._meta.model_name}_id"
        target = getattr(Intervention, relation).field.m2m_reverse_field_name()
        return self.filter(
            Exists(through.objects.filter(**{own: OuterRef("pk"), f"{target}__in": values}))
        )


WALK_IN_FORMAT = "inloop"
# The formats whose offers reach a family wherever they serve: home visits and online.
REACHING_FORMATS = ("huisbezoek", "online")


def km_from(point: Point) -> models.Func:
    """In SQL, a row's distance in kilometres from `point` as the crow flies (haversine, as
    places.Point.distance_km), from its `latitude` and `longitude`."""
    latitude = Radians(Cast("latitude", models.FloatField()))
    longitude = Radians(Cast("longitude", models.FloatField()))
    here_latitude, here_longitude = math.radians(point.latitude), math.radians(point.longitude)
    a = Power(Sin((latitude - here_latitude) / 2), 2) + math.cos(here_latitude) * Cos(
        latitude
    ) * Power(Sin((longitude - here_longitude) / 2), 2)
    return 2 * EARTH_RADIUS_KM * ASin(Sqrt(a))


class DirectoryVersion(models.Model):
    """One row of tokens, each changed when something that a process keeps in memory may have
    changed in the database: `token` for the search index (organisations/search/index.py),
    `cards_token` for the rendered result cards, `terms_token` for the taxonomies. Each process
    compares them with the tokens of what it keeps. Tokens rather than counters, so that a
    rolled-back change can never make an outdated copy look current. Which token moves when is
    decided in one place: organisations.search.directory_changed."""

    token = models.UUIDField(default=uuid.uuid4)
    cards_token = models.UUIDField(default=uuid.uuid4)
    terms_token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("directory version")

    def __str__(self) -> str:
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M})"

    @classmethod
    def move(cls, tokens: Iterable[str]) -> None:
        """Give these token fields new values (the row is made by the migration, and again
        here should it have gone)."""
        values = {name: uuid.uuid4() for name in tokens}
        if values and not cls.objects.update(**values, changed_at=timezone.now()):
            cls.objects.create()


class Intervention(Verifiable):
    """What an organisation offers parents (aanbod; HSDS service)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="interventions",
        on_delete=models.PROTECT,
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(
        _("description for professionals"), help_text=_("What it is, for whom, how it works.")
    )
    summary = models.TextField(
        _("summary for parents"),
        help_text=_("Plain language (B1): what a parent can expect, in two or three sentences."),
    )
    life_phases = models.ManyToManyField(
        LifePhase, verbose_name=_("life phases"), related_name="interventions"
    )
    care_phases = models.ManyToManyField(
        CarePhase, verbose_name=_("care phases"), related_name="interventions", blank=True
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), related_name="interventions", blank=True
    )
    formats = models.ManyToManyField(
        DeliveryFormat, verbose_name=_("formats"), related_name="interventions", blank=True
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), related_name="interventions", blank=True
    )
    access_route = models.CharField(
        _("access route"), max_length=30, choices=AccessRoute, default=AccessRoute.FREE_ACCESS
    )
    cost_option = models.CharField(
        _("costs"), max_length=20, choices=CostOption, default=CostOption.FREE
    )
    cost_note = models.CharField(_("about the costs"), max_length=200, blank=True)
    recognition_databank = models.CharField(
        _("recognised in databank"), max_length=30, choices=RecognitionDatabank, blank=True
    )
    recognition_level = models.CharField(
        _("recognition level"), max_length=30, choices=RecognitionLevel, blank=True
    )
    recognition_url = models.URLField(_("link to the recognition"), blank=True)
    recognition_date = models.DateField(_("recognised on"), null=True, blank=True)
    accepts_new_families = models.BooleanField(_("accepting new families"), default=True)
    waiting_weeks = models.PositiveSmallIntegerField(
        _("waiting time in weeks"), null=True, blank=True
    )
    capacity_updated_on = models.DateField(_("capacity last updated"), null=True, blank=True)
    accepts_referrals = models.BooleanField(_("accepts referrals through the portal"), default=True)
    status = models.CharField(
        _("status"), max_length=20, choices=InterventionStatus, default=InterventionStatus.ACTIVE
    )
    status_notice = models.CharField(
        _("notice"),
        max_length=300,
        blank=True,
        help_text=_("Why it is temporarily closed and until when."),
    )
    service_areas = models.ManyToManyField(
        Municipality,
        verbose_name=_("service area"),
        related_name="interventions",
        help_text=_("The municipalities whose families can use it."),
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("locations"), related_name="interventions", blank=True
    )
    is_public = models.BooleanField(
        _("in the parents' guide"),
        default=False,
        help_text=_("Shown to parents on the public guide, without sign-in."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    keywords = models.TextField(
        _("search keywords"), blank=True, editable=False, help_text=_("Maintained automatically.")
    )
    search_document = SearchVectorField(null=True, editable=False)

    objects = InterventionQuerySet.as_manager()
    history = DirectoryHistory(
        m2m_fields=[life_phases, care_phases, themes, formats, languages, service_areas, locations],
        excluded_fields=["updated_at", "keywords", "search_document"],
    )

    class Meta:
        verbose_name = _("intervention")
        verbose_name_plural = _("interventions")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(waiting_weeks__isnull=True) | Q(waiting_weeks__gte=0),
                name="intervention_waiting_weeks_not_negative",
            ),
            models.CheckConstraint(
                condition=~Q(status=InterventionStatus.TEMPORARILY_CLOSED) | ~Q(status_notice=""),
                name="intervention_closed_has_notice",
            ),
            models.CheckConstraint(
                condition=Q(status__in=InterventionStatus.values),
                name="intervention_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(access_route__in=AccessRoute.values),
                name="intervention_access_route_valid",
            ),
            models.CheckConstraint(
                condition=Q(recognition_databank="") | ~Q(recognition_level=""),
                name="intervention_recognition_has_level",
            ),
            models.CheckConstraint(
                condition=~Q(recognition_databank="") | Q(recognition_level=""),
                name="intervention_level_needs_databank",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:intervention_detail", args=[self.slug])

    # Every status change goes through one of these verbs (the maintenance buttons, the edit
    # form and the spreadsheet import alike), so each resets what goes with its status.

    def deactivate(self, *, by) -> None:
        """No longer offered: hidden from search, kept for referrals and history."""
        self._set_status(InterventionStatus.INACTIVE, by=by)

    def reactivate(self, *, by) -> None:
        """Offered again, as usual."""
        self._set_status(InterventionStatus.ACTIVE, by=by)

    def close_temporarily(self, *, by, notice: str) -> None:
        """Offered, but taking no one for now: listed last, with a notice why and until when."""
        if not notice.strip():
            raise ValueError("A temporary closure needs a notice: why, and until when.")
        self._set_status(InterventionStatus.TEMPORARILY_CLOSED, by=by, notice=notice)

    def change_status(self, status: str, *, by, notice: str = "") -> None:
        """The verb for `status`, as a form or an import asks for it (`notice` only counts for a
        temporary closure)."""
        if status == InterventionStatus.INACTIVE:
            self.deactivate(by=by)
        elif status == InterventionStatus.TEMPORARILY_CLOSED:
            self.close_temporarily(by=by, notice=notice)
        elif status == InterventionStatus.ACTIVE:
            self.reactivate(by=by)
        else:
            raise ValueError(f"Unknown intervention status {status!r}.")

    @contextmanager
    def status_by_verb(self, *, by) -> Iterator[None]:
        """For a form or an import that sets the status together with the other fields: what is
        saved inside keeps the stored status, and on leaving the status asked for is applied by
        its verb (`change_status`), so it resets what the verb resets. Inside
        `one_history_record`, the whole change is still one history record."""
        asked = (self.status, self.status_notice)
        stored = (
            Intervention.objects.filter(pk=self.pk).values_list("status", "status_notice").first()
            if self.pk
            else None
        ) or (InterventionStatus.ACTIVE, "")
        self.status, self.status_notice = stored
        try:
            yield
        except BaseException:
            self.status, self.status_notice = asked  # as typed, for the form shown again
            raise
        if asked != stored:
            self.change_status(asked[0], by=by, notice=asked[1])

    def _set_status(self, status: str, *, by, notice: str = "") -> None:
        self.status = status
        self.status_notice = notice  # only a temporary closure has one
        self._history_user = by
        self.save(update_fields=["status", "status_notice", "updated_at"])

    @property
    def is_recognised(self) -> bool:
        return bool(self.recognition_databank)

    @property
    def has_waiting_list(self) -> bool:
        return bool(self.waiting_weeks)

    @property
    def is_temporarily_closed(self) -> bool:
        return self.status == InterventionStatus.TEMPORARILY_CLOSED

    @property
    def takes_portal_referrals(self) -> bool:
        """InterventionQuerySet.taking_portal_referrals, for this one row."""
        return self.accepts_referrals and self.organisation.receives_referrals

    def build_keywords(self) -> str:
        """Text that should find this intervention besides its own: organisation and terms."""
        parts = [self.organisation.name]
        for relation in (self.themes, self.life_phases, self.care_phases, self.formats):
            for term in relation.all():
                parts += [term.name, term.plain_name, term.search_terms]
        return " ".join(part for part in parts if part)

    def contact_for(self, user) -> ContactPerson | None:
        """The fixed contact person this user may see, or their backup while they are away.

        Expects `contact_persons` prefetched with their backups, so a result list stays
        within a fixed number of queries.
        """
        today = timezone.localdate()
        visible = [c for c in self.contact_persons.all() if c.is_visible_to(user)]
        for contact in visible:
            if contact.is_available(today):
                return contact
        for contact in visible:
            backup = contact.backup
            if backup and backup.is_visible_to(user) and backup.is_available(today):
                return backup
        return None


# --- Contact persons and memberships ---


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone, also parents")
    PROFESSIONALS = "professionals", _("Signed-in professionals")
    REFERRAL_PARTIES = "referral_parties", _("Only parties to a referral")


class ContactPersonQuerySet(models.QuerySet["ContactPerson"]):
    def visible_to(self, user) -> ContactPersonQuerySet:
        """Contact persons this user may see in the directory."""
        if user.is_authenticated:
            levels = [Visibility.PUBLIC, Visibility.PROFESSIONALS]
        else:
            levels = [Visibility.PUBLIC]
        return self.filter(is_active=True, visibility__in=levels)

    # The common form name@host.tld, which validate_email always accepts: only addresses not of
    # this form (rare: empty, mistyped, international) need Django's full check in Python.
    PLAIN_EMAIL = (
        r"\A[-!#$%&'*+/=?^_`{|}~0-9A-Za-z]+(\.[-!#$%&'*+/=?^_`{|}~0-9A-Za-z]+)*"
        r"@([0-9A-Za-z]([-0-9A-Za-z]{0,61}[0-9A-Za-z])?\.)+[A-Za-z]{2,63}\Z"
    )

    def current(self) -> ContactPersonQuerySet:
        """Contact persons in their role now: not deactivated, and their period has not ended."""
        return self.filter(is_active=True).filter(
            Q(active_until__isnull=True) | Q(active_until__gte=timezone.localdate())
        )

    def without_valid_email(self) -> ContactPersonQuerySet:
        """Current contact persons of active organisations whose e-mail is empty or invalid.

        Invalid means failing Django's validate_email, also for imported data that never went
        through a form. Runs one query now, for the addresses not of the plain common form.
        """
        contacts = self.current().filter(organisation__is_active=True)
        unusual = (
            contacts.exclude(email="")
            .alias(email_length=Length("email"))
            .exclude(email__regex=self.PLAIN_EMAIL, email_length__lte=320)
        )
        invalid = []
        for pk, email in unusual.order_by().values_list("pk", "email"):
            try:
                validate_email(email)
            except ValidationError:
                invalid.append(pk)
        return contacts.filter(Q(email="") | Q(pk__in=invalid))


class ContactPerson(Deactivatable, models.Model):
    """A fixed contact person (vaste contactpersoon) for an organisation's interventions."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="contact_persons",
        on_delete=models.PROTECT,
    )
    name = models.CharField(_("name"), max_length=150)
    job_title = models.CharField(_("job title"), max_length=150)
    phone = models.CharField(
        _("direct phone"), max_length=20, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=200,
        blank=True,
        help_text=_("For example: Monday, Tuesday and Thursday, 9:00–17:00."),
    )
    active_from = models.DateField(_("contact person from"), null=True, blank=True)
    active_until = models.DateField(_("contact person until"), null=True, blank=True)
    away_until = models.DateField(
        _("away until"),
        null=True,
        blank=True,
        help_text=_("During leave or illness the backup contact is shown instead."),
    )
    backup = models.ForeignKey(
        "self",
        verbose_name=_("backup contact"),
        related_name="backup_for",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    interventions = models.ManyToManyField(
        Intervention,
        verbose_name=_("interventions"),
        related_name="contact_persons",
        blank=True,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        related_name="contact_roles",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        help_text=_("With an account, referrals reach this person directly."),
    )
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=Visibility, default=Visibility.PROFESSIONALS
    )
    is_active = models.BooleanField(_("active"), default=True)

    objects = ContactPersonQuerySet.as_manager()
    history = DirectoryHistory(m2m_fields=[interventions])

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=~Q(email=""),
                name="contact_person_email_unique_per_organisation",
            ),
            models.CheckConstraint(
                condition=Q(active_from__isnull=True)
                | Q(active_until__isnull=True)
                | Q(active_until__gte=models.F("active_from")),
                name="contact_person_period_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(backup=models.F("pk")), name="contact_person_not_own_backup"
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values),
                name="contact_person_visibility_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.job_title})"

    def is_visible_to(self, user) -> bool:
        if not self.is_active:
            return False
        if self.visibility == Visibility.PUBLIC:
            return True
        return self.visibility == Visibility.PROFESSIONALS and user.is_authenticated

    def is_available(self, day: datetime.date) -> bool:
        """Within the active period and not away on this day."""
        if self.active_from and day < self.active_from:
            return False
        if self.active_until and day > self.active_until:
            return False
        return not (self.away_until and day <= self.away_until)

    @property
    def is_away(self) -> bool:
        return bool(self.away_until and self.away_until >= timezone.localdate())

    @property
    def tel_link(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class MembershipRole(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    EDITOR = "editor", _("Organisation editor")
    OFFICER = "officer", _("Designated officer (aandachtsfunctionaris)")


class Membership(models.Model):
    """A user working for an organisation, in a role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="memberships",
        on_delete=models.CASCADE,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="memberships",
        on_delete=models.CASCADE,
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole, default=MembershipRole.PROFESSIONAL
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_unique_per_organisation"
            ),
            models.CheckConstraint(
                condition=Q(role__in=MembershipRole.values), name="membership_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"

    def change_role(self, role: str, *, by) -> None:
        """Give the member another role. Nobody changes their own: they would raise it."""
        if self.user_id == by.pk:
            raise MembershipError(_("You cannot change your own role; ask a colleague."))
        with transaction.atomic():
            membership = Membership.objects.select_for_update().get(pk=self.pk)
            if membership.role == role:
                return
            previous, membership.role = membership.role, role
            membership.save(update_fields=["role"])
            membership.record(MembershipAction.ROLE_CHANGED, by=by, previous_role=previous)
            self.role = role

    def end(self, *, by) -> None:
        """The member no longer works for the organisation in the portal (from now on she sees
        none of its referrals); the event keeps who ended it and which role she had."""
        with transaction.atomic():
            self.record(MembershipAction.REMOVED, by=by, previous_role=self.role, role="")
            self.delete()

    def record(self, action: str, *, by, **fields) -> MembershipEvent:
        return MembershipEvent.objects.create(
            organisation_id=self.organisation_id,
            action=action,
            actor=by,
            user_id=self.user_id,
            email=self.user.email,
            **{"role": self.role, **fields},
        )


class MembershipError(Exception):
    """A change of membership that the rules do not allow (the message says why)."""


class MembershipAction(models.TextChoices):
    INVITED = "invited", _("Invited")
    INVITATION_WITHDRAWN = "invitation_withdrawn", _("Invitation withdrawn")
    JOINED = "joined", _("Accepted the invitation")
    ROLE_CHANGED = "role_changed", _("Role changed")
    REMOVED = "removed", _("Removed")


class MembershipEvent(models.Model):
    """Who changed who works for an organisation in the portal, and in which role: every
    invitation, acceptance, role change and removal, append-only. The organisation's designated
    officers read it on the colleagues page: a role gives access to the organisation's
    referrals, so granting one is itself a way to client data."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="membership_events",
        on_delete=models.CASCADE,
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    action = models.CharField(_("what"), max_length=30, choices=MembershipAction)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        related_name="+",
        null=True,
        on_delete=models.SET_NULL,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        related_name="+",
        null=True,
        on_delete=models.SET_NULL,
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=MembershipRole, blank=True)
    previous_role = models.CharField(
        _("previous role"), max_length=20, choices=MembershipRole, blank=True
    )

    class Meta:
        verbose_name = _("membership change")
        verbose_name_plural = _("membership changes")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["organisation", "-at"], name="membership_event_recent")]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=MembershipAction.values),
                name="membership_event_action_valid",
            ),
            models.CheckConstraint(
                condition=Q(role__in=[*MembershipRole.values, ""])
                & Q(previous_role__in=[*MembershipRole.values, ""]),
                name="membership_event_roles_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.email} ({self.organisation})"


# --- Keeping the map true: corrections, digests and imports ---


class CorrectionStatus(models.TextChoices):
    OPEN = "open", _("Waiting for review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class CorrectionAlreadyReviewed(Exception):
    """The correction was answered before: a second answer changes nothing."""

    def __init__(self, correction: Correction) -> None:
        self.status = correction.status
        super().__init__(f"Correction {correction.pk} is already {correction.status}")


class CorrectionQuerySet(models.QuerySet["Correction"]):
    def open(self) -> CorrectionQuerySet:
        """Waiting for an editor of the organisation or a coordinator to answer."""
        return self.filter(status=CorrectionStatus.OPEN)

    def about(self, organisations: Iterable[Organisation]) -> CorrectionQuerySet:
        """About the entries of these organisations, their interventions included."""
        return self.filter(organisation__in=organisations)

    def open_first(self) -> CorrectionQuerySet:
        """The ones still waiting first, then the newest."""
        waiting = models.Case(
            models.When(status=CorrectionStatus.OPEN, then=0),
            default=1,
            output_field=models.IntegerField(),
        )
        return self.order_by(waiting, "-created_at", "-pk")


class Correction(models.Model):
    """A professional's report that something in an entry is wrong ("Klopt er iets niet?").

    It waits for the organisation's editors or a coordinator, who accept it (the suggested value
    is applied to the entry) or reject it with a reason.
    """

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="corrections",
        on_delete=models.PROTECT,
    )
    intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("intervention"),
        related_name="corrections",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    field_name = models.CharField(
        _("what is wrong"),
        max_length=60,
        blank=True,
        help_text=_("The field that is wrong; empty when it is something else."),
    )
    description = models.TextField(_("explanation"))
    suggested_value = models.TextField(_("suggested text"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        related_name="reported_corrections",
        null=True,
        on_delete=models.SET_NULL,
    )
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=CorrectionStatus, default=CorrectionStatus.OPEN
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        related_name="reviewed_corrections",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejecting"), blank=True)

    # The parts of an entry that a professional can suggest a new text for, per kind of entry.
    CORRECTABLE_FIELDS = {
        "organisation": ("name", "description", "website", "phone", "email", "referral_email"),
        "intervention": (
            "name",
            "description",
            "summary",
            "cost_note",
            "waiting_weeks",
            "status_notice",
        ),
    }

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "organisation"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=CorrectionStatus.values), name="correction_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=CorrectionStatus.REJECTED) | ~Q(rejection_reason=""),
                name="correction_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(status=CorrectionStatus.OPEN) | Q(reviewed_at__isnull=False),
                name="correction_reviewed_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entry} – {self.get_status_display()}"

    def get_absolute_url(self) -> str:
        return reverse("organisations:correction_detail", args=[self.pk])

    @property
    def entry(self) -> Organisation | Intervention:
        """The organisation or intervention this correction is about."""
        return self.intervention or self.organisation

    @property
    def is_open(self) -> bool:
        return self.status == CorrectionStatus.OPEN

    @classmethod
    def correctable_fields(cls, entry: Organisation | Intervention) -> list[models.Field]:
        """The fields of this kind of entry that one suggested text can set."""
        names = cls.CORRECTABLE_FIELDS[entry._meta.model_name]
        return [entry._meta.get_field(name) for name in names]

    @property
    def field_label(self) -> str:
        """The name of the part that is wrong, as the entry's form calls it."""
        if not self.field_name:
            return _("Something else")
        return capfirst(self.entry._meta.get_field(self.field_name).verbose_name)

    @property
    def current_value(self):
        """What the entry says now in the corrected field (None for "something else")."""
        return getattr(self.entry, self.field_name) if self.field_name else None

    @classmethod
    def cleaned_value(cls, entry: Organisation | Intervention, field_name: str, value: str):
        """The text `value` converted for the entry's field and validated as the entry's own form
        and constraints would; ValidationError saying why when it does not fit. The entry itself
        is left as it is."""
        from .forms import https_urls

        if field_name not in cls.CORRECTABLE_FIELDS[entry._meta.model_name]:
            raise ValueError(f"{field_name!r} cannot be corrected with a suggested text.")

        trial = copy.copy(entry)
        form_class = modelform_factory(
            type(entry), fields=[field_name], formfield_callback=https_urls
        )
        form = form_class(data={field_name: value}, instance=trial)
        if not form.is_valid():
            raise ValidationError(form.errors.get(field_name) or form.non_field_errors())
        try:
            trial.validate_constraints()
        except ValidationError as error:
            raise ValidationError(
                _("This does not fit the rest of the entry: change the entry itself instead."),
                code="constraint",
            ) from error
        return getattr(trial, field_name)

    @classmethod
    def report(
        cls,
        entry: Organisation | Intervention,
        *,
        by,
        field_name: str,
        description: str,
        suggested_value: str = "",
    ) -> Correction:
        """A professional says something in an entry is wrong; the organisation's editors are
        told (by e-mail, after commit) that it waits for them. The form checks beforehand that
        a suggested text would fit the field (`cleaned_value`)."""
        from .notifications import tell_editors_about_correction  # it builds on this module

        is_intervention = isinstance(entry, Intervention)
        with transaction.atomic():
            correction = cls.objects.create(
                organisation=entry.organisation if is_intervention else entry,
                intervention=entry if is_intervention else None,
                field_name=field_name,
                description=description,
                suggested_value=suggested_value,
                reported_by=by,
            )
            tell_editors_about_correction(correction)
        return correction

    def accept(self, *, by, value: str | None = None) -> None:
        """The reviewer agrees: the suggested text, or the reviewer's improved `value`, goes into
        the entry, whose history records the reviewer as the one who changed it. A correction
        about "something else" is only marked as handled: the reviewer edits the entry by hand.
        An invalid value raises ValidationError and changes nothing."""
        with transaction.atomic():
            locked = self._locked_while_open()
            if locked.field_name:
                model = Intervention if locked.intervention_id else Organisation
                entry = model.objects.select_for_update().get(
                    pk=locked.intervention_id or locked.organisation_id
                )
                new_value = locked.cleaned_value(
                    entry, locked.field_name, locked.suggested_value if value is None else value
                )
                setattr(entry, locked.field_name, new_value)
                changed = [locked.field_name, "updated_at"]
                if locked.field_name == "waiting_weeks":
                    entry.capacity_updated_on = timezone.localdate()
                    changed.append("capacity_updated_on")
                entry._history_user = by
                entry.save(update_fields=changed)
            locked._answer(CorrectionStatus.ACCEPTED, by=by)
        self.refresh_from_db()

    def reject(self, *, by, reason: str) -> None:
        """The reviewer disagrees and says why; the entry stays as it is."""
        if not reason.strip():
            raise ValueError("A reason is required to reject a correction.")
        with transaction.atomic():
            locked = self._locked_while_open()
            locked.rejection_reason = reason.strip()
            locked._answer(CorrectionStatus.REJECTED, by=by, changed=["rejection_reason"])
        self.refresh_from_db()

    def _locked_while_open(self) -> Correction:
        # No select_related: PostgreSQL cannot lock the nullable side of an outer join.
        locked = Correction.objects.select_for_update().get(pk=self.pk)
        if not locked.is_open:
            raise CorrectionAlreadyReviewed(locked)
        return locked

    def _answer(self, status: str, *, by, changed: Iterable[str] = ()) -> None:
        """Record the answer, then tell the reporter (after commit, by e-mail, a link only)."""
        from .notifications import tell_reporter_about_review  # it builds on this module

        self.status = status
        self.reviewed_by = by
        self.reviewed_at = timezone.now()
        self.save(update_fields=["status", "reviewed_by", "reviewed_at", *changed])
        tell_reporter_about_review(self)


class VerificationDigest(models.Model):
    """One digest e-mail to an organisation's editors about entries needing attention, recorded
    when it is queued (the outbox delivers it, later if the mail server is down)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="verification_digests",
        on_delete=models.CASCADE,
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    recipient_count = models.PositiveSmallIntegerField(_("recipients"))
    item_count = models.PositiveIntegerField(_("items needing attention"))

    class Meta:
        verbose_name = _("verification digest")
        verbose_name_plural = _("verification digests")
        ordering = ["-sent_at"]
        get_latest_by = "sent_at"

    def __str__(self) -> str:
        return f"{self.organisation} – {self.sent_at:%Y-%m-%d}"


class DirectoryImport(models.Model):
    """An uploaded spreadsheet, kept between its dry-run preview and the confirmation."""

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        related_name="directory_imports",
        null=True,
        on_delete=models.SET_NULL,
    )
    file_name = models.CharField(_("file name"), max_length=200)
    content = models.BinaryField(_("content"))
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    applied_at = models.DateTimeField(_("imported"), null=True, blank=True)
    summary = models.JSONField(_("summary"), default=dict, blank=True)

    class Meta:
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def pending(self) -> InvitationQuerySet:
        """Sent, not yet used, not withdrawn and not expired."""
        return self.filter(
            accepted_at__isnull=True, withdrawn_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """An invitation by e-mail to join an organisation in the portal (there is no open sign-up).

    Only a hash of the link's token is stored; the link works once, until `expires_at`.
    """

    email = models.EmailField(_("e-mail address"))
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="invitations",
        on_delete=models.CASCADE,
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole, default=MembershipRole.PROFESSIONAL
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        related_name="+",
        null=True,
        on_delete=models.SET_NULL,
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=MembershipRole.values), name="invitation_role_valid"
            ),
            models.CheckConstraint(
                condition=Q(accepted_at__isnull=True) | Q(withdrawn_at__isnull=True),
                name="invitation_accepted_or_withdrawn",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def send_new(cls, *, email: str, organisation: Organisation, role: str, by) -> tuple:
        """A new invitation and its secret token (to put in the link; never stored).

        Nobody invites their own address: joining is what someone else offers and the invitee
        accepts. Earlier pending invitations of this address to this organisation are
        withdrawn, so only the newest link works."""
        token = secrets.token_urlsafe(32)
        email = email.strip().lower()
        if by is not None and email == by.email.lower():
            raise MembershipError(_("You cannot invite yourself; ask a colleague."))
        now = timezone.now()
        with transaction.atomic():
            cls.objects.pending().filter(email=email, organisation=organisation).update(
                withdrawn_at=now
            )
            invitation = cls.objects.create(
                email=email,
                organisation=organisation,
                role=role,
                invited_by=by,
                token_hash=cls.hash_token(token),
                expires_at=now + datetime.timedelta(hours=settings.INVITATION_VALID_HOURS),
            )
            invitation.record(MembershipAction.INVITED, by=by)
        return invitation, token

    @property
    def is_usable(self) -> bool:
        return (
            self.accepted_at is None
            and self.withdrawn_at is None
            and self.expires_at > timezone.now()
        )

    def accept(self, *, full_name: str, job_title: str, password: str):
        """Create the account and its membership; the link cannot be used again."""
        from django.contrib.auth import get_user_model

        with transaction.atomic():
            self._lock_usable()
            if get_user_model().objects.filter(email__iexact=self.email).exists():
                raise ValidationError(
                    _("An account with this e-mail address already exists. Please sign in.")
                )
            user = get_user_model().objects.create_user(
                email=self.email, password=password, full_name=full_name, job_title=job_title
            )
            self._join(user)
        return user

    def accept_by(self, user) -> Membership:
        """The invitee, signed in with the address invited, joins the organisation. Whoever
        sent the invitation cannot accept it, so no one grants themselves a role."""
        with transaction.atomic():
            self._lock_usable()
            if user.email.lower() != self.email.lower():
                raise ValidationError(_("This invitation is for another e-mail address."))
            if self.invited_by_id == user.pk:
                raise ValidationError(_("You cannot accept an invitation you sent yourself."))
            if Membership.objects.filter(user=user, organisation=self.organisation).exists():
                raise ValidationError(_("You already work for this organisation in the portal."))
            return self._join(user)

    def _lock_usable(self) -> None:
        invitation = Invitation.objects.select_for_update().get(pk=self.pk)
        if not invitation.is_usable:
            raise ValidationError(_("This invitation can no longer be used."))

    def _join(self, user) -> Membership:
        membership = Membership.objects.create(
            user=user, organisation=self.organisation, role=self.role
        )
        self.accepted_at, self.user = timezone.now(), user
        self.save(update_fields=["accepted_at", "user"])
        self.record(MembershipAction.JOINED, by=user)
        InvitationRequest.objects.open().filter(organisation_id=self.organisation_id).update(
            handled_at=self.accepted_at,
            handled_by=self.invited_by,
            outcome=InvitationRequestOutcome.INVITED,
        )
        return membership

    def withdraw(self, *, by) -> None:
        with transaction.atomic():
            self.withdrawn_at = timezone.now()
            self.save(update_fields=["withdrawn_at"])
            self.record(MembershipAction.INVITATION_WITHDRAWN, by=by)

    def record(self, action: str, *, by) -> MembershipEvent:
        return MembershipEvent.objects.create(
            organisation_id=self.organisation_id,
            action=action,
            actor=by,
            user=self.user,
            email=self.email,
            role=self.role,
        )


class InvitationRequestOutcome(models.TextChoices):
    INVITED = "invited", _("Someone of the organisation accepted an invitation")
    DISMISSED = "dismissed", _("Dismissed by the coordinator")


class InvitationRequestQuerySet(models.QuerySet["InvitationRequest"]):
    def open(self) -> InvitationRequestQuerySet:
        """Waiting for a coordinator: nobody invited has joined yet, and it was not dismissed."""
        return self.filter(handled_at__isnull=True)

    def open_for(self, user, organisation: Organisation) -> InvitationRequest | None:
        """This user's open request to invite this organisation, if she asked (None for an
        organisation that receives referrals: there is nothing to ask)."""
        if not user.is_authenticated or organisation.receives_referrals:
            return None
        return self.open().filter(organisation=organisation, asked_by=user).first()


class InvitationRequestRefused(Exception):
    """Asking makes no sense here (the message says why)."""


class InvitationRequest(models.Model):
    """A professional asks the coordinators to invite an organisation into the portal, because
    nobody there can receive a referral. It is handled when someone invited to the organisation
    joins (Invitation accepted), or when a coordinator dismisses it."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation to invite"),
        related_name="invitation_requests",
        on_delete=models.CASCADE,
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        related_name="+",
        on_delete=models.CASCADE,
    )
    asking_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("on behalf of"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    asked_at = models.DateTimeField(_("asked"), default=timezone.now)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=InvitationRequestOutcome, blank=True
    )

    objects = InvitationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation request")
        verbose_name_plural = _("invitation requests")
        ordering = ["asked_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "asked_by"],
                condition=Q(handled_at__isnull=True),
                name="invitation_request_one_open_per_asker",
            ),
            models.CheckConstraint(
                condition=Q(handled_at__isnull=True, outcome="")
                | Q(handled_at__isnull=False, outcome__in=InvitationRequestOutcome.values),
                name="invitation_request_handled_has_outcome",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.asked_at:%Y-%m-%d})"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None

    @classmethod
    def ask(
        cls, organisation: Organisation, *, by, asking_organisation: Organisation | None
    ) -> tuple[InvitationRequest, bool]:
        """Record the request and e-mail the organisation's coordinators (a link only, after
        commit); (request, created). Asking again while the asker's request is open returns
        that one. InvitationRequestRefused when the organisation already receives referrals
        or has left the directory."""
        from .notifications import tell_coordinators_about_invitation_request

        if not organisation.is_active:
            raise InvitationRequestRefused(_("This organisation is no longer in the directory."))
        if organisation.receives_referrals:
            raise InvitationRequestRefused(
                _("This organisation already receives referrals in the portal.")
            )
        earlier = cls.objects.open().filter(organisation=organisation, asked_by=by).first()
        if earlier is not None:
            return earlier, False
        try:
            with transaction.atomic():
                request = cls.objects.create(
                    organisation=organisation, asked_by=by, asking_organisation=asking_organisation
                )
                tell_coordinators_about_invitation_request(request)
        except IntegrityError:  # the same click twice at once: the first one counts
            return cls.objects.open().get(organisation=organisation, asked_by=by), False
        return request, True

    def dismiss(self, *, by) -> None:
        """The coordinator will not invite the organisation (or has arranged it otherwise)."""
        with transaction.atomic():
            locked = InvitationRequest.objects.select_for_update().get(pk=self.pk)
            if not locked.is_open:
                raise InvitationRequestRefused(_("This request has already been handled."))
            locked.handled_at, locked.handled_by = timezone.now(), by
            locked.outcome = InvitationRequestOutcome.DISMISSED
            locked.save(update_fields=["handled_at", "handled_by", "outcome"])
        self.refresh_from_db()
