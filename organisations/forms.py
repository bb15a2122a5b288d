"""Forms with which editors and coordinators keep their part of the directory right, and the
parents' guide's choices."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _

from . import spreadsheets
from .models import (
    ContactPerson,
    Correction,
    Intervention,
    InterventionStatus,
    Location,
    MembershipRole,
    Municipality,
    Organisation,
    ParentSituation,
    Theme,
)
from .places import PostcodeArea, postcode_area

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def unique_slug(model, name: str, *, exclude_pk=None) -> str:
    """A slug from the name, numbered when another entry already has it."""
    base = slugify(name)[:190] or "item"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def https_urls(db_field, **kwargs) -> forms.Field | None:
    """A web address typed without a scheme (www.example.nl) is taken as https://."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        formfield_callback = staticmethod(https_urls)
        fields = [
            "name",
            "domain",
            "kind",
            "description",
            "website",
            "phone",
            "email",
            "referral_email",
            "kvk_number",
            "agb_code",
            "municipalities",
        ]
        widgets = {"municipalities": forms.SelectMultiple(attrs={"size": 8})}

    def save(self, commit: bool = True) -> Organisation:
        if not self.instance.slug:
            self.instance.slug = unique_slug(Organisation, self.cleaned_data["name"])
        return super().save(commit)


class OrganisationPartForm(forms.ModelForm):
    """A form for something that belongs to one organisation: a location, offer or contact."""

    def __init__(self, *args, organisation: Organisation, by=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.instance.organisation = organisation
        self.by = by  # who makes the change: the verbs a save calls record it


class LocationForm(OrganisationPartForm):
    class Meta:
        model = Location
        fields = [
            "name",
            "address",
            "postcode",
            "city",
            "municipality",
            "latitude",
            "longitude",
            "opening_hours",
            "walk_in_hours",
            "accessibility",
            "is_confidential",
        ]
        widgets = {
            "opening_hours": forms.Textarea(attrs={"rows": 3}),
            "walk_in_hours": forms.Textarea(attrs={"rows": 3}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self) -> dict:
        data = super().clean()
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Fill in both latitude and longitude, or neither."))
        return data


class InterventionForm(OrganisationPartForm):
    """An intervention of one organisation: its locations and contacts come from there."""

    class Meta:
        model = Intervention
        formfield_callback = staticmethod(https_urls)
        fields = [
            "name",
            "summary",
            "description",
            "life_phases",
            "care_phases",
            "themes",
            "formats",
            "languages",
            "access_route",
            "cost_option",
            "cost_note",
            "service_areas",
            "locations",
            "accepts_new_families",
            "waiting_weeks",
            "accepts_referrals",
            "status",
            "status_notice",
            "recognition_databank",
            "recognition_level",
            "recognition_url",
            "recognition_date",
            "is_public",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "life_phases": forms.CheckboxSelectMultiple,
            "care_phases": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "formats": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
            "service_areas": forms.SelectMultiple(attrs={"size": 8}),
            "recognition_date": DATE_INPUT,
        }
        error_messages = {
            "life_phases": {"required": _("Choose at least one life phase.")},
            "service_areas": {"required": _("Choose at least one municipality.")},
            "waiting_weeks": {"min_value": _("A waiting time cannot be negative.")},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        organisation = self.organisation
        self.fields["locations"].queryset = organisation.locations.all()
        for name in ("life_phases", "care_phases", "themes", "formats", "languages"):
            field = self.fields[name]
            field.queryset = field.queryset.filter(is_active=True)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("status") == InterventionStatus.TEMPORARILY_CLOSED and not data.get(
            "status_notice"
        ):
            self.add_error("status_notice", _("Say why it is temporarily closed and until when."))
        if data.get("recognition_databank") and not data.get("recognition_level"):
            self.add_error("recognition_level", _("Choose the level of the recognition."))
        if data.get("recognition_level") and not data.get("recognition_databank"):
            self.add_error("recognition_databank", _("Choose the databank of the recognition."))
        return data

    def save(self, commit: bool = True) -> Intervention:
        if not commit:
            raise ValueError("The status is changed by its verb, which saves: use commit=True.")
        intervention = self.instance
        if not intervention.slug:
            intervention.slug = unique_slug(Intervention, self.cleaned_data["name"])
        if {"waiting_weeks", "accepts_new_families"} & set(self.changed_data):
            intervention.capacity_updated_on = timezone.localdate()
        # A deactivation here resets what the deactivate verb resets.
        with intervention.status_by_verb(by=self.by):
            return super().save()


class ContactPersonForm(OrganisationPartForm):
    class Meta:
        model = ContactPerson
        fields = [
            "name",
            "job_title",
            "phone",
            "email",
            "availability",
            "interventions",
            "visibility",
            "active_from",
            "active_until",
            "away_until",
            "backup",
            "user",
        ]
        widgets = {
            "interventions": forms.CheckboxSelectMultiple,
            "active_from": DATE_INPUT,
            "active_until": DATE_INPUT,
            "away_until": DATE_INPUT,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        organisation = self.organisation
        self.fields["interventions"].queryset = organisation.interventions.listed()
        self.fields["backup"].queryset = organisation.contact_persons.filter(
            is_active=True
        ).exclude(pk=self.instance.pk)
        self.fields["user"].queryset = get_user_model().objects.filter(
            memberships__organisation=organisation, is_active=True
        )

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("active_from"), data.get("active_until")
        if start and end and end < start:
            self.add_error("active_until", _("The end date lies before the start date."))
        email = data.get("email")
        others = self.organisation.contact_persons.exclude(pk=self.instance.pk)
        if email and others.filter(email__iexact=email).exists():
            self.add_error("email", _("Another contact person of this organisation has it."))
        return data


class MembershipForm(forms.Form):
    """Invite a colleague to the organisation in one of the roles the inviting user may give.

    Everyone is invited, with or without an account, and joins by accepting: the answer is the
    same either way, so the form reveals no one's account."""

    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"))

    def __init__(self, *args, organisation: Organisation, inviter, roles, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organisation, self.inviter = organisation, inviter
        self.fields["role"].choices = [c for c in MembershipRole.choices if c[0] in roles]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email == self.inviter.email.lower():
            raise forms.ValidationError(
                _("You cannot invite yourself; ask a colleague."), code="self"
            )
        if self.organisation.memberships.filter(user__email__iexact=email).exists():
            # The colleagues are listed on the same page: this reveals nothing new.
            raise forms.ValidationError(_("This person is already a member."), code="member")
        return email


class InvitationAcceptForm(forms.Form):
    """The invited person's name, job title and password."""

    full_name = forms.CharField(label=_("Your full name"), max_length=150)
    job_title = forms.CharField(label=_("Your job title"), max_length=150)
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self) -> dict:
        data = super().clean()
        password, repeated = data.get("password1"), data.get("password2")
        if password and repeated and password != repeated:
            self.add_error("password2", _("The two passwords differ."))
        elif password:
            future_user = get_user_model()(email=self.email, full_name=data.get("full_name", ""))
            try:
                password_validation.validate_password(password, future_user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class RoleForm(forms.Form):
    """Another role for a colleague, among the roles the changing user may give."""

    role = forms.ChoiceField(label=_("Role"))

    def __init__(self, *args, roles, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [c for c in MembershipRole.choices if c[0] in roles]


# The choice in the report form for a mistake no single field holds.
SOMETHING_ELSE = "anders"


class CorrectionReportForm(forms.Form):
    """What is wrong in an entry, and what it should say."""

    field_name = forms.ChoiceField(label=_("Which part is not right?"))
    description = forms.CharField(
        label=_("What is wrong?"),
        help_text=_("Explain what is not right and how you know."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    suggested_value = forms.CharField(
        label=_("What should it say?"),
        help_text=_(
            "The correct text, exactly as it should appear. Leave it empty if you do not know."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, entry: Organisation | Intervention, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.entry = entry
        self.fields["field_name"].choices = [
            ("", _("Choose…")),
            *((field.name, capfirst(field.verbose_name)) for field in self.correctable),
            (SOMETHING_ELSE, _("Something else")),
        ]

    @property
    def correctable(self) -> list[models.Field]:
        return Correction.correctable_fields(self.entry)

    def clean_field_name(self) -> str:
        name = self.cleaned_data["field_name"]
        return "" if name == SOMETHING_ELSE else name

    def clean(self) -> dict:
        data = super().clean()
        name, value = data.get("field_name"), data.get("suggested_value")
        if name and value:
            try:
                Correction.cleaned_value(self.entry, name, value)
            except ValidationError as error:
                self.add_error("suggested_value", error)
        return data


class CorrectionAcceptForm(forms.Form):
    """The value to apply: the suggestion, which the reviewer may improve first."""

    prefix = "accept"

    value = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, correction: Correction, **kwargs) -> None:
        super().__init__(*args, initial={"value": correction.suggested_value}, **kwargs)
        if not correction.field_name:  # "something else": the reviewer edits the entry by hand
            del self.fields["value"]
            return
        field = self.fields["value"]
        field.label = _("New text for “%(field)s”") % {"field": correction.field_label}
        field.help_text = _("The suggested text. You may improve it before accepting.")
        model_field = correction.entry._meta.get_field(correction.field_name)
        field.required = not model_field.blank
        if isinstance(model_field, models.TextField):
            field.widget = forms.Textarea(attrs={"rows": 4})

    @property
    def reviewed_value(self) -> str | None:
        """The value the reviewer sent, or None (apply the suggestion) when none was sent."""
        if "value" not in self.fields or self.add_prefix("value") not in self.data:
            return None
        return self.cleaned_data["value"]


class CorrectionRejectForm(forms.Form):
    prefix = "reject"

    reason = forms.CharField(
        label=_("Why is the correction rejected?"),
        help_text=_("The reporter reads this."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DirectoryImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "A .csv or .xlsx file of at most %(size)s and %(rows)s rows."
        ) % {
            "size": filesizeformat(settings.DIRECTORY_IMPORT_MAX_BYTES),
            "rows": settings.DIRECTORY_IMPORT_MAX_ROWS,
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            spreadsheets.check_file(upload.name, upload.size)
        except spreadsheets.SpreadsheetRefused as refused:
            raise forms.ValidationError(refused.message, code="refused") from refused
        return upload


class SlugChoiceField(forms.ModelChoiceField):
    """A choice of objects by slug; a value that cannot be a slug is refused without a query."""

    def to_python(self, value):
        if value not in self.empty_values and not validate_slug.regex.match(str(value)):
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": ""}
            )
        return super().to_python(value)


class EverydayWordsChoiceField(SlugChoiceField):
    """A choice of taxonomy terms, each labelled the way a parent would say it."""

    def label_from_instance(self, obj) -> str:
        return obj.plain_label


class PostcodeField(forms.CharField):
    """A Dutch postcode, its four digits with or without the letters ("7411", "7411 AB"): its
    area (places.PostcodeArea), or a clear message for one that is not (known)."""

    def clean(self, value) -> PostcodeArea | None:
        value = super().clean(value)
        if not value:
            return None
        area = postcode_area(value)
        if area is not None:
            return area
        if looks_like := POSTCODE_AS_TYPED.match(value):
            raise ValidationError(
                _("Postcode %(postcode)s is unknown. Check the four digits, such as 7411."),
                code="unknown",
                params={"postcode": looks_like.group(1)},
            )
        raise ValidationError(
            _("%(postcode)s is not a Dutch postcode. Enter its four digits, such as 7411."),
            code="invalid",
            params={"postcode": value},
        )


# Four digits, perhaps with two letters: a postcode as typed, known or not ("0000").
POSTCODE_AS_TYPED = re.compile(r"^\s*([0-9]{4})\s*(?:[A-Za-z]{2})?\s*$")


# The distances (km) a search may be limited to, from the postcode given.
DISTANCES_KM = (2, 5, 10, 25, 50)
DISTANCE_CHOICES = [(str(km), f"{km} km") for km in DISTANCES_KM]


class GuideForm(forms.Form):
    """A parent's choices in the guide (Waar kan ik terecht?): her situation, her municipality
    and, optionally, a theme in everyday words.

    Read from the query string. A value that is not one of the choices (an old or mistyped
    link) is left out rather than refused, so the parent still sees help. Query parameter
    names are Dutch, like the search's, because people read and share these URLs.
    """

    situatie = forms.ChoiceField(
        label=_("What fits your situation?"),
        choices=ParentSituation.choices,
        widget=forms.RadioSelect,
    )
    gemeente = SlugChoiceField(
        label=_("In which municipality do you live?"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        empty_label=_("Choose your municipality"),
    )
    thema = EverydayWordsChoiceField(
        label=_("What would you like help with?"),
        help_text=_("You may skip this question."),
        queryset=Theme.objects.filter(is_active=True),
        to_field_name="slug",
        required=False,
        widget=forms.RadioSelect,
        empty_label=_("Show all help"),
    )
    postcode = PostcodeField(
        label=_("What is your postcode?"),
        help_text=_(
            "You may skip this question. With your postcode, we show the help closest to you first."
        ),
        required=False,
        max_length=10,
    )
    afstand = forms.ChoiceField(
        label=_("How far can you travel?"),
        choices=[("", _("Any distance")), *DISTANCE_CHOICES],
        required=False,
        widget=forms.RadioSelect,
    )

    def clean_situatie(self) -> ParentSituation:
        return ParentSituation(self.cleaned_data["situatie"])

    def choices(self) -> dict[str, Any]:
        """The recognised choices, cleaned; missing and unrecognised ones are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def has_unrecognised_values(self) -> bool:
        """Something was given that is not one of the choices."""
        return self.is_bound and any(self.data.get(name) for name in self.errors)

    def query_string(self) -> str:
        """The recognised choices as a query string, to carry them from page to page."""
        return urlencode({name: query_value(value) for name, value in self.choices().items()})


def query_value(value: Any) -> str:
    """A cleaned choice as the query string has it: a slug, a postcode's digits, a value."""
    if isinstance(value, PostcodeArea):
        return value.postcode
    return getattr(value, "slug", value)


class HandoutEmailForm(forms.Form):
    """Send the handout to a parent: her address (used once, never stored) and her language."""

    email = forms.EmailField(
        label=_("The parent's e-mail address"),
        help_text=_("Used once to send this e-mail; the portal does not keep it."),
        max_length=254,
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mail"), choices=settings.LANGUAGES, initial="nl"
    )
