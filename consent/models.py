"""The parent's data, what she allowed to be shared with whom, and who looked at it.

Modelled on FHIR Consent's provision and the GDPR art. 7 duty to demonstrate consent: a consent
record is never edited; a correction is a new record that supersedes the old one, and a withdrawal
is recorded on the record itself (when, by whom, through which channel, why) and takes effect at
once.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import uuid
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from organisations.models import Intervention, Organisation, phone_validator, postcode_validator

GUARDIAN_AGE = 16


def months_after(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; from a day the later month lacks (29-31), its last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DataCategory(models.TextChoices):
    CONTACT_DETAILS = "contact_details", _("Contact details")
    REFERRAL_REASON = "referral_reason", _("Reason for referral")
    PREGNANCY_MEDICAL = "pregnancy_medical", _("Pregnancy and medical")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial")
    CHILD_SAFETY = "child_safety", _("Child safety")


ALL_CATEGORIES = frozenset(DataCategory.values)

# The languages a parent can choose for her consent text, her receipt and the interpreter:
# the languages the directory's families speak most (a subset of the directory's Language
# taxonomy, organisations/reference_data/taxonomies.yaml, whose slugs are these ISO 639 codes).
# Not the portal's interface languages (settings.LANGUAGES): a professional reads the portal
# in Dutch or English, a parent may read her consent text in any of these. A language without
# a consent text is still a choice: the form then says the text is not yet translated.
PARENT_LANGUAGES: list[tuple[str, str]] = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("pl", _("Polish")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("uk", _("Ukrainian")),
    ("es", _("Spanish")),
    ("pap", _("Papiamento")),
]
# Written right to left. Django knows most languages' direction (get_language_info), not all of
# these: the ones it does not know are listed here.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})


# The languages' own names where Django does not know them (it knows the others).
LOCAL_NAMES = {"ti": "ትግርኛ", "so": "Soomaali", "pap": "Papiamentu"}


def local_name(language: str) -> str:
    """The language's name in itself ("العربيّة", "Türkçe"), for the parent to recognise."""
    try:
        return get_language_info(language)["name_local"]
    except KeyError:
        return LOCAL_NAMES.get(language, language)


def text_direction(language: str) -> str:
    """ "rtl" or "ltr": the `dir` attribute of an element holding text in `language`."""
    try:
        bidi = get_language_info(language)["bidi"]
    except KeyError:
        bidi = language in RIGHT_TO_LEFT
    return "rtl" if bidi else "ltr"


class Client(models.Model):
    """A parent (and her family) with only what a handover needs; no BSN."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    full_name = models.CharField(_("name"), max_length=150)
    date_of_birth = models.DateField(_("date of birth"), null=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    # Kept only when she agreed to it (the receipt's e-mail form asks); else typed in for one
    # e-mail, which the outbox forgets once sent.
    email = models.EmailField(_("e-mail address"), blank=True)
    postcode = models.CharField(
        _("postcode"), max_length=7, blank=True, validators=[postcode_validator]
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    child_birth_date = models.DateField(_("child's date of birth"), null=True, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=PARENT_LANGUAGES, default="nl"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("registered by organisation"),
        related_name="clients",
        on_delete=models.PROTECT,
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        related_name="registered_clients",
        on_delete=models.PROTECT,
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("client")
        verbose_name_plural = _("clients")
        ordering = ["full_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(anonymised_at__isnull=False) | Q(date_of_birth__isnull=False),
                name="client_date_of_birth_until_anonymised",
            )
        ]

    def __str__(self) -> str:
        return gettext("Anonymised client") if self.anonymised_at else self.full_name

    def anonymise(self) -> None:
        """Remove everything that identifies her, here and in her consent records, once the
        retention period is over. The record itself stays, so that statistics and the access
        log keep counting; the log's entries then point to nobody in particular."""
        with transaction.atomic():
            fields = {
                "full_name": "",
                "date_of_birth": None,
                "phone": "",
                "email": "",
                "postcode": "",
                "due_date": None,
                "child_birth_date": None,
                "anonymised_at": timezone.now(),
            }
            Client.objects.filter(pk=self.pk).update(**fields)
            # Consent records are never edited, except to forget who gave them and why she
            # withdrew: the text, its fingerprint and the dates stay as proof.
            ConsentRecord.objects.filter(client=self).update(
                given_by_name="", purpose="", withdrawal_reason=""
            )
        for name, value in fields.items():
            setattr(self, name, value)

    def keep_email(self, address: str) -> None:
        """Keep her e-mail address for later messages: only when she said she wants that."""
        Client.objects.filter(pk=self.pk).update(email=address)
        self.email = address

    def age_on(self, day: datetime.date) -> int:
        if self.date_of_birth is None:
            raise ValueError("An anonymised client has no date of birth.")
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Relation(models.TextChoices):
    SELF = "self", _("The parent herself")
    PARENT = "parent", _("Her parent")
    GUARDIAN = "guardian", _("Legal guardian")


class ConsentMethod(models.TextChoices):
    VERBAL_IN_PERSON = "verbal_in_person", _("Verbally, in person")
    PHONE = "phone", _("By phone")
    WRITTEN = "written", _("Written, signed")
    DIGITAL = "digital", _("Digitally")


class ConsentStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SUPERSEDED = "superseded", _("Replaced by a correction")
    FEEDBACK_ONLY = "feedback_only", _("Referral closed: only what the feedback needs, for now")
    PURPOSE_ENDED = "purpose_ended", _("No longer gives access: its purpose has ended")


class PurposeEnd(models.TextChoices):
    """Why the consent no longer serves its purpose, although the parent did not withdraw it:
    access follows the purpose (AVG art. 5.1.b), not only the period she agreed to."""

    DECLINED = "declined", _("The referral was declined")
    REFERRAL_WITHDRAWN = "referral_withdrawn", _("The referral was withdrawn")
    CLOSED = "closed", _("The referral was closed")


class TranslationStatus(models.TextChoices):
    """Whether a consent text may be trusted to say what the Dutch original says."""

    ORIGINAL = "original", _("Original text")
    NEEDS_CHECK = "needs_check", _("Needs a check by a qualified translator")
    CHECKED = "checked", _("Checked by a qualified translator")


class ConsentTextQuerySet(models.QuerySet["ConsentText"]):
    def latest_per_language(self) -> dict[str, ConsentText]:
        """The text a parent is shown today in each language: per language the one published
        last (of two published the same day, the one added last)."""
        texts: dict[str, ConsentText] = {}
        for text in self.filter(published_on__lte=timezone.localdate()).order_by(
            "-published_on", "-pk"
        ):
            texts.setdefault(text.language, text)
        return texts

    def for_parent_languages(self) -> list[ParentLanguage]:
        """Every language a parent can choose (PARENT_LANGUAGES, in that order) with the text
        she would be shown in it, None where there is no text yet (not yet translated: it
        cannot be chosen for her consent). One query."""
        texts = self.latest_per_language()
        return [ParentLanguage(code, str(name), texts.get(code)) for code, name in PARENT_LANGUAGES]


class ParentLanguage(NamedTuple):
    """A language a parent can choose, and the consent text in it (None: not yet translated)."""

    code: str
    name: str
    text: ConsentText | None

    @property
    def is_translated(self) -> bool:
        return self.text is not None

    @property
    def direction(self) -> str:
        return text_direction(self.code)

    @property
    def local_name(self) -> str:
        return local_name(self.code)


class ConsentText(models.Model):
    """The exact text shown to the parent when she gives consent, per version and language.

    Dutch is the original; every other language is a translation of the Dutch text of the same
    version, and says so in `translation_status`. A translation that no qualified translator
    has checked yet is shown with a notice (`needs_check`): the professional then reads the
    Dutch text with the parent when in doubt. The texts the portal ships are reference data,
    added by data migrations from consent/reference_data/consent_texts/.
    """

    version = models.CharField(_("version"), max_length=20)
    language = models.CharField(_("language"), max_length=10, choices=PARENT_LANGUAGES)
    body = models.TextField(_("text"))
    # The period the parent agrees to is the one she is told: a longer one needs a text that
    # says so.
    valid_for_months = models.PositiveSmallIntegerField(
        _("consent counts for (months)"),
        validators=[MinValueValidator(1)],
        help_text=_(
            "How long the text tells the parent her consent counts, from the day she gives it: "
            "12 for one year. Consent recorded with this text cannot count longer."
        ),
    )
    published_on = models.DateField(_("published on"), default=datetime.date.today)
    # Until a qualified translator has compared a translation with the Dutch text, nobody can
    # vouch for it: new translations start unchecked.
    translation_status = models.CharField(
        _("translation"),
        max_length=20,
        choices=TranslationStatus,
        default=TranslationStatus.NEEDS_CHECK,
    )
    translation_checked_by = models.CharField(
        _("translation checked by"),
        max_length=150,
        blank=True,
        help_text=_("The qualified translator who compared this text with the Dutch text."),
    )
    translation_checked_on = models.DateField(_("translation checked on"), null=True, blank=True)

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["-published_on", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "language"], name="consent_text_unique_version_language"
            ),
            models.CheckConstraint(
                condition=Q(valid_for_months__gte=1), name="consent_text_period_at_least_a_month"
            ),
            models.CheckConstraint(
                condition=Q(translation_status__in=TranslationStatus.values),
                name="consent_text_translation_status_valid",
            ),
            # Checked means: by someone, on a day; not checked means no such claim.
            models.CheckConstraint(
                condition=Q(
                    translation_status=TranslationStatus.CHECKED,
                    translation_checked_on__isnull=False,
                )
                & ~Q(translation_checked_by="")
                | ~Q(translation_status=TranslationStatus.CHECKED)
                & Q(translation_checked_on__isnull=True, translation_checked_by=""),
                name="consent_text_translation_check_complete",
                violation_error_message=_(
                    "A checked translation names the translator who checked it and the day; "
                    "any other text names neither."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.version} ({self.language})"

    def latest_valid_until(self, valid_from: datetime.date) -> datetime.date:
        """The last day consent given with this text on `valid_from` may count: the text's
        period on (one year from 29 February ends on the 28th)."""
        return months_after(valid_from, self.valid_for_months)

    @property
    def period_label(self) -> str:
        """The period in words, as the text would say it: "1 year", "18 months"."""
        years, months = divmod(self.valid_for_months, 12)
        if months:
            count = self.valid_for_months
            return ngettext("%(count)d month", "%(count)d months", count) % {"count": count}
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode()).hexdigest()

    @property
    def needs_check(self) -> bool:
        """A translation no qualified translator has checked yet: shown with a notice."""
        return self.translation_status == TranslationStatus.NEEDS_CHECK

    @property
    def direction(self) -> str:
        """ "rtl" for Arabic and other right-to-left languages, else "ltr"."""
        return text_direction(self.language)

    @cached_property
    def original(self) -> ConsentText | None:
        """The Dutch text this one translates (the same version); None for a Dutch text."""
        if self.language == "nl":
            return None
        return ConsentText.objects.filter(version=self.version, language="nl").first()


class ConsentError(Exception):
    """A consent record cannot change in the way asked."""


class ConsentRecordQuerySet(models.QuerySet["ConsentRecord"]):
    def in_force(self, day: datetime.date | None = None) -> ConsentRecordQuerySet:
        """Consent that counts today: not withdrawn, not superseded, within its validity."""
        day = day or timezone.localdate()
        return self.filter(
            withdrawn_at__isnull=True,
            superseded_by__isnull=True,
            valid_from__lte=day,
            valid_until__gte=day,
        )

    def giving_access(self, day: datetime.date | None = None) -> ConsentRecordQuerySet:
        """Consent in force whose purpose has not ended, or whose referral was closed less
        than the feedback period ago (then only the feedback's categories count: policy.py)."""
        day = day or timezone.localdate()
        return self.in_force(day).filter(
            Q(purpose_ended_at__isnull=True)
            | Q(purpose_end=PurposeEnd.CLOSED, feedback_until__gte=day)
        )


class ConsentRecord(models.Model):
    """What the parent allowed one recipient organisation to receive, for what, until when."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    client = models.ForeignKey(
        Client, verbose_name=_("client"), related_name="consents", on_delete=models.PROTECT
    )
    given_by_name = models.CharField(_("given by"), max_length=150)
    relation = models.CharField(_("relation to the parent"), max_length=10, choices=Relation)
    method = models.CharField(_("how"), max_length=20, choices=ConsentMethod)
    parent_present = models.BooleanField(_("the parent was present"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        related_name="recorded_consents",
        on_delete=models.PROTECT,
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)
    recipient_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("recipient organisation"),
        related_name="received_consents",
        on_delete=models.PROTECT,
    )
    recipient_intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("for the intervention"),
        related_name="consents",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    purpose = models.CharField(_("purpose"), max_length=300)
    categories = models.JSONField(_("data categories"), default=list)
    valid_from = models.DateField(_("valid from"), default=datetime.date.today)
    valid_until = models.DateField(_("valid until"))
    consent_text = models.ForeignKey(
        ConsentText,
        verbose_name=_("text shown to the parent"),
        related_name="records",
        on_delete=models.PROTECT,
    )
    consent_text_sha256 = models.CharField(_("fingerprint of the text"), max_length=64)
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("corrects"),
        related_name="superseded_by",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawal recorded by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    withdrawal_channel = models.CharField(
        _("withdrawn how"), max_length=20, choices=ConsentMethod, blank=True
    )
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    purpose_ended_at = models.DateTimeField(_("purpose ended at"), null=True, blank=True)
    purpose_end = models.CharField(
        _("why its purpose ended"), max_length=20, choices=PurposeEnd, blank=True
    )
    feedback_until = models.DateField(_("feedback may be read until"), null=True, blank=True)

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-recorded_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__gte=F("valid_from")),
                name="consent_validity_in_order",
            ),
            models.CheckConstraint(
                condition=Q(relation__in=Relation.values), name="consent_relation_valid"
            ),
            models.CheckConstraint(
                condition=Q(method__in=ConsentMethod.values), name="consent_method_valid"
            ),
            models.CheckConstraint(
                condition=Q(
                    withdrawn_at__isnull=True, withdrawn_by__isnull=True, withdrawal_channel=""
                )
                | Q(withdrawn_at__isnull=False, withdrawn_by__isnull=False)
                & ~Q(withdrawal_channel=""),
                name="consent_withdrawal_complete",
            ),
            models.CheckConstraint(
                condition=~Q(supersedes=F("pk")), name="consent_not_superseding_itself"
            ),
            models.CheckConstraint(
                condition=Q(purpose_ended_at__isnull=True, purpose_end="")
                | Q(purpose_ended_at__isnull=False, purpose_end__in=PurposeEnd.values),
                name="consent_purpose_end_complete",
            ),
            models.CheckConstraint(
                condition=Q(feedback_until__isnull=True) | Q(purpose_end=PurposeEnd.CLOSED),
                name="consent_feedback_only_after_closing",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.client} → {self.recipient_organisation}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ConsentError("A consent record is never edited: record a correction instead.")
        self.categories = sorted(set(self.categories))
        self.consent_text_sha256 = self.consent_text.sha256
        self.full_clean()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ConsentError("A consent record is never deleted: withdraw it instead.")

    def clean(self) -> None:
        errors = {}
        unknown = set(self.categories) - ALL_CATEGORIES
        if not self.categories or unknown:
            errors["categories"] = _("Choose at least one of the listed data categories.")
        if (
            self.client_id
            and self.relation == Relation.SELF
            and self.client.age_on(self.valid_from) < GUARDIAN_AGE
        ):
            errors["relation"] = _(
                "A parent under 16 cannot consent alone: record the consent of a parent or "
                "legal guardian."
            )
        if self.valid_from and self.valid_until:
            if self.valid_until < self.valid_from:
                errors["valid_until"] = _("The end date lies before the start date.")
            elif self.consent_text_id is not None:
                # The parent agreed to the period her text names, not a day longer.
                text = self.consent_text
                latest = text.latest_valid_until(self.valid_from)
                if self.valid_until > latest:
                    errors["valid_until"] = ValidationError(
                        _(
                            "The consent text shown to the parent says her consent counts for "
                            "%(period)s: choose an end date no later than %(date)s."
                        ),
                        code="longer_than_the_text_allows",
                        params={"period": text.period_label, "date": date_format(latest)},
                    )
        if errors:
            raise ValidationError(errors)

    @property
    def category_labels(self) -> list[str]:
        return [DataCategory(category).label for category in self.categories]

    @property
    def status(self) -> ConsentStatus:
        if self.withdrawn_at:
            return ConsentStatus.WITHDRAWN
        if hasattr(self, "superseded_by"):
            return ConsentStatus.SUPERSEDED
        today = timezone.localdate()
        if not self.valid_from <= today <= self.valid_until:
            return ConsentStatus.EXPIRED
        if self.purpose_ended_at:
            if self.feedback_until and today <= self.feedback_until:
                return ConsentStatus.FEEDBACK_ONLY
            return ConsentStatus.PURPOSE_ENDED
        return ConsentStatus.ACTIVE

    def end_purpose(self, because: str, *, feedback_until: datetime.date | None = None) -> None:
        """Record that the referral this consent was given for has ended, so that it stops
        giving access (after closing, all but the feedback's categories until
        `feedback_until`). The parent's consent itself is not changed: it is not a withdrawal."""
        if because not in PurposeEnd.values:
            raise ConsentError(f"Unknown end of purpose {because!r}.")
        if feedback_until and because != PurposeEnd.CLOSED:
            raise ConsentError("Only a closed referral leaves feedback to read.")
        now = timezone.now()
        ConsentRecord.objects.filter(pk=self.pk, purpose_ended_at__isnull=True).update(
            purpose_ended_at=now, purpose_end=because, feedback_until=feedback_until
        )
        self.purpose_ended_at, self.purpose_end = now, because
        self.feedback_until = feedback_until

    def withdraw(self, *, by, channel: str, reason: str = "") -> None:
        """Record that the parent withdrew this consent; it stops counting at once."""
        with transaction.atomic():
            locked = ConsentRecord.objects.select_for_update().get(pk=self.pk)
            if locked.withdrawn_at:
                raise ConsentError("This consent has already been withdrawn.")
            if channel not in ConsentMethod.values:
                raise ConsentError(f"Unknown withdrawal channel {channel!r}.")
            now = timezone.now()
            ConsentRecord.objects.filter(pk=self.pk).update(
                withdrawn_at=now,
                withdrawn_by=by,
                withdrawal_channel=channel,
                withdrawal_reason=reason,
            )
        self.withdrawn_at, self.withdrawn_by = now, by
        self.withdrawal_channel, self.withdrawal_reason = channel, reason

    def correct(self, **changes) -> ConsentRecord:
        """A new record that supersedes this one, with `changes` applied (never an edit)."""
        with transaction.atomic():
            locked = ConsentRecord.objects.select_for_update().get(pk=self.pk)
            if locked.withdrawn_at or hasattr(locked, "superseded_by"):
                raise ConsentError("Only consent in force can be corrected.")
            if locked.purpose_ended_at:
                # A correction would give access again to a referral that has ended.
                raise ConsentError("Consent whose referral has ended cannot be corrected.")
            fields = {
                field.name: getattr(locked, field.name)
                for field in ConsentRecord._meta.concrete_fields
                if field.name not in NOT_COPIED_ON_CORRECTION
            }
            correction = ConsentRecord(**{**fields, **changes, "supersedes": locked})
            correction.save()
        return correction


NOT_COPIED_ON_CORRECTION = {
    "id",
    "recorded_at",
    "supersedes",
    "withdrawn_at",
    "withdrawn_by",
    "withdrawal_channel",
    "withdrawal_reason",
    "consent_text_sha256",
    "purpose_ended_at",
    "purpose_end",
    "feedback_until",
}


class AccessAction(models.TextChoices):
    VIEW = "view", _("View")
    CREATE = "create", _("Create")
    CHANGE = "change", _("Change")
    EXPORT = "export", _("Export")
    PRINT = "print", _("Print")
    ERASE = "erase", _("Erase")


class AccessLogError(Exception):
    """The access log is append-only."""


class AccessLogQuerySet(models.QuerySet["AccessLogEntry"]):
    def past_retention(self, now: datetime.datetime | None = None) -> AccessLogQuerySet:
        """Entries older than ACCESS_LOG_RETENTION_YEARS (at least five years, NEN 7513)."""
        now = now or timezone.now()
        years = settings.ACCESS_LOG_RETENTION_YEARS
        try:
            cutoff = now.replace(year=now.year - years)
        except ValueError:  # 29 February
            cutoff = now.replace(year=now.year - years, day=28)
        return self.filter(at__lt=cutoff)


class AccessLogEntry(models.Model):
    """One access to client data (NEN 7513): who, when, which client and object, what, granted?

    Append-only: the model refuses updates and deletes, and on PostgreSQL a trigger does too
    (TRUNCATE included), with two exceptions the trigger checks: an erased client's entries
    lose their link to her (and nothing else) once her row is deleted, and entries past the
    five-year minimum may be removed by retention.
    """

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="+",
        null=True,
        on_delete=models.PROTECT,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("on behalf of"),
        related_name="+",
        null=True,
        on_delete=models.PROTECT,
    )
    # Erasing a client unlinks her entries, which the database allows only once her row is
    # gone; so deleting her leaves them alone and privacy.actions.erase_client unlinks them
    # after it. The entries themselves stay for ACCESS_LOG_RETENTION_YEARS.
    client = models.ForeignKey(
        Client,
        verbose_name=_("client"),
        related_name="access_log",
        null=True,
        on_delete=models.DO_NOTHING,
    )
    object_type = models.CharField(_("object type"), max_length=50)
    object_id = models.CharField(_("object"), max_length=64)
    action = models.CharField(_("action"), max_length=10, choices=AccessAction)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True)
    granted = models.BooleanField(_("granted"))

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=AccessAction.values), name="access_log_action_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user} {self.action} {self.object_type}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AccessLogError("The access log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AccessLogError("The access log is append-only.")
