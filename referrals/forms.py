from __future__ import annotations

import datetime
import uuid
from functools import cached_property

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.forms.models import model_to_dict
from django.http import QueryDict
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from consent import policy
from consent.models import (
    GUARDIAN_AGE,
    Client,
    ConsentMethod,
    ConsentRecord,
    ConsentText,
    DataCategory,
    Relation,
)
from organisations.models import Intervention, Organisation

from .models import (
    PAST_MOMENT_REFUSED,
    PROGRESS_KINDS,
    EventKind,
    LegalBasis,
    Meeting,
    Outcome,
    Referral,
)

# How many organisations the decline form offers: enough to choose from, never the whole
# directory (20,000 organisations at national scale would make a page of over a megabyte).
MAX_OFFERED_ALTERNATIVES = 100


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class ReferralStepForm:
    """The form of a step on one referral, whose fields or checks depend on that referral (a
    mixin before the form class)."""

    def __init__(self, *args, referral: Referral, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.referral = referral


class DeclineForm(ReferralStepForm, forms.Form):
    prefix = "decline"

    reason = forms.CharField(
        label=_("Why can you not help?"), widget=forms.Textarea(attrs={"rows": 3})
    )
    suggested_organisation = forms.ModelChoiceField(
        label=_("Suggest another organisation"),
        queryset=Organisation.objects.active(),
        required=False,
        help_text=_("Organisations working in the same municipalities, from A to Z."),
        error_messages={
            "invalid_choice": _("Suggest an active organisation other than your own."),
        },
    )

    def __init__(self, *args, referral: Referral, **kwargs) -> None:
        super().__init__(*args, referral=referral, **kwargs)
        field = self.fields["suggested_organisation"]
        # Any active organisation but the recipient itself is accepted; only those nearby are
        # offered, looked up once when the list is first rendered.
        field.queryset = Organisation.objects.active().exclude(
            pk=referral.recipient_organisation_id
        )
        field.choices = lambda: self.offered_choices

    @cached_property
    def offered_choices(self) -> list[tuple]:
        """No suggestion, then `alternatives()`."""
        return [("", self.fields["suggested_organisation"].empty_label), *self.alternatives()]

    def alternatives(self) -> list[tuple[int, str]]:
        """Active organisations other than the recipient that serve a municipality of the
        referral (its intervention's service area, else the recipient's municipalities), by
        name, at most MAX_OFFERED_ALTERNATIVES: (pk, name) pairs from one query."""
        referral = self.referral
        if referral.intervention_id:
            areas = Intervention.service_areas.through.objects.filter(
                intervention_id=referral.intervention_id
            )
        else:
            areas = Organisation.municipalities.through.objects.filter(
                organisation_id=referral.recipient_organisation_id
            )
        serving = Organisation.municipalities.through.objects.filter(
            organisation_id=OuterRef("pk"), municipality_id__in=areas.values("municipality_id")
        )
        return list(
            self.fields["suggested_organisation"]
            .queryset.filter(Exists(serving))
            .order_by("name", "pk")
            .values_list("pk", "name")[:MAX_OFFERED_ALTERNATIVES]
        )


class AssignForm(ReferralStepForm, forms.Form):
    """Who handles the referral at the recipient: a colleague, or nobody."""

    prefix = "assign"

    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=get_user_model().objects.filter(is_active=True),
        required=False,
        empty_label=_("Nobody (unassigned)"),
        help_text=_("The colleague who handles it is the referrer's contact."),
    )

    def __init__(self, *args, referral: Referral, **kwargs) -> None:
        super().__init__(*args, referral=referral, **kwargs)
        field = self.fields["assignee"]
        field.initial = referral.assignee_id
        # Any active user is accepted here: Referral.assign is the one place of the rule that
        # she must be a member of the recipient organisation, and says so. Only members are
        # offered, looked up once when the list is first rendered.
        field.choices = lambda: self.offered_choices

    @cached_property
    def offered_choices(self) -> list[tuple]:
        """Nobody, then the recipient organisation's active members by name."""
        members = (
            get_user_model()
            .objects.filter(
                is_active=True,
                memberships__organisation_id=self.referral.recipient_organisation_id,
            )
            .order_by("full_name", "email")
        )
        return [
            ("", self.fields["assignee"].empty_label),
            *((user.pk, user.get_full_name() or user.email) for user in members),
        ]


class ProgressForm(ReferralStepForm, forms.Form):
    """How far the family is, for the referrer: one of the steps, never free text."""

    prefix = "progress"

    kind = forms.ChoiceField(
        label=_("What happened"),
        choices=[(kind.value, kind.label) for kind in PROGRESS_KINDS],
        widget=forms.RadioSelect,
    )
    on = forms.DateField(
        label=_("Date of the first appointment"),
        required=False,
        widget=DateInput(),
        help_text=_("Only when a first appointment is planned."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") != EventKind.APPOINTMENT_PLANNED:
            cleaned["on"] = None
        elif not cleaned.get("on"):
            if "on" not in self.errors:
                self.add_error("on", _("Give the date of the first appointment."))
        elif cleaned["on"] < timezone.localdate():
            self.add_error("on", _("The first appointment cannot be in the past."))
        return cleaned


class CloseForm(forms.Form):
    prefix = "close"

    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    feedback = forms.CharField(
        label=_("Short feedback for the referrer"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("No more than the referrer needs to know."),
    )


class WithdrawForm(forms.Form):
    prefix = "withdraw"

    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ClientForm(forms.ModelForm):
    """A new client: only what the handover needs."""

    class Meta:
        model = Client
        fields = [
            "full_name",
            "date_of_birth",
            "phone",
            "postcode",
            "due_date",
            "child_birth_date",
            "preferred_language",
        ]
        widgets = {
            "date_of_birth": DateInput(),
            "due_date": DateInput(),
            "child_birth_date": DateInput(),
        }


class ConsentForm(forms.ModelForm):
    """What the parent agreed to, as she agreed to it."""

    categories = forms.MultipleChoiceField(
        label=_("Which data may be shared"),
        choices=DataCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON],
    )
    text_shown = forms.BooleanField(
        label=_("I showed the parent the consent text above, in her language"),
    )

    class Meta:
        model = ConsentRecord
        fields = [
            "given_by_name",
            "relation",
            "method",
            "parent_present",
            "purpose",
            "categories",
            "valid_until",
        ]
        widgets = {"valid_until": DateInput()}

    def __init__(self, *args, consent_text: ConsentText | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if consent_text is not None:
            self.instance.consent_text = consent_text
        if self.instance.consent_text_id is None:
            return  # no text published yet: nothing can be recorded, the page says so
        # The record checks the end date itself (ConsentRecord.clean); this only says it first.
        text = self.instance.consent_text
        latest = text.latest_valid_until(self.instance.valid_from)
        field = self.fields["valid_until"]
        field.widget.attrs["max"] = latest.isoformat()
        field.help_text = _(
            "At most %(period)s after the consent starts, as the consent text says: %(date)s at "
            "the latest."
        ) % {"period": text.period_label, "date": date_format(latest)}


class SafetyBasisForm(forms.Form):
    """Sharing without consent because the child's safety requires it: explicit and justified."""

    legal_basis = forms.ChoiceField(
        label=_("Legal basis"),
        choices=[(v, label) for v, label in LegalBasis.choices if v != LegalBasis.CONSENT],
        widget=forms.RadioSelect,
    )
    basis_justification = forms.CharField(
        label=_("Why is sharing without consent necessary?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Both organisations and your designated officer (aandachtsfunctionaris) will read it."
        ),
    )
    meldcode_followed = forms.BooleanField(
        label=_(
            "I followed the steps of the meldcode and consulted a colleague or the "
            "designated officer"
        ),
    )


class ReferralForm(forms.ModelForm):
    class Meta:
        model = Referral
        fields = [
            "reason",
            "themes",
            "urgency",
            "contact_method",
            "best_times",
            "interpreter_needed",
            "sender_phone",
            "medical_notes",
            "psychosocial_notes",
            "safety_notes",
        ]
        widgets = {
            "reason": forms.Textarea(attrs={"rows": 4}),
            "themes": forms.CheckboxSelectMultiple,
            "medical_notes": forms.Textarea(attrs={"rows": 3}),
            "psychosocial_notes": forms.Textarea(attrs={"rows": 3}),
            "safety_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "medical_notes": _("Only if the parent agreed to share pregnancy and medical data."),
            "psychosocial_notes": _("Only if the parent agreed to share psychosocial data."),
            "safety_notes": _("Only if the parent agreed to share data on the child's safety."),
        }


class ConsentWithdrawalForm(forms.Form):
    prefix = "consent_withdrawal"

    channel = forms.ChoiceField(
        label=_("How did the parent withdraw?"), choices=ConsentMethod.choices
    )
    reason = forms.CharField(
        label=_("Reason, if she gave one"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


def refuse_the_past(moment):
    """A proposed meeting's moment must lie ahead (checked at the field; the verb checks it
    again when it is saved)."""
    if moment is not None and moment <= timezone.now():
        raise forms.ValidationError(PAST_MOMENT_REFUSED, code="past")
    return moment


MEETING_PLACE_HELP = _(
    "For example an office or “at the family's home”; not the family's address: the place "
    "goes into the calendar invitation."
)


class MessageForm(forms.Form):
    prefix = "message"
    # On errors the referral page is shown again with this form as it was filled in.
    detail_context_name = "message_form"

    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}))
    meeting_at = forms.DateTimeField(
        label=_("Propose a joint meeting with the family on"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    meeting_place = forms.CharField(
        label=_("Place of the meeting"),
        required=False,
        max_length=200,
        help_text=MEETING_PLACE_HELP,
    )

    def clean_meeting_at(self):
        return refuse_the_past(self.cleaned_data.get("meeting_at"))

    def clean(self):
        cleaned = super().clean()
        if "meeting_at" in self.errors:
            return cleaned
        if bool(cleaned.get("meeting_at")) != bool(cleaned.get("meeting_place")):
            raise forms.ValidationError(
                _("A joint meeting needs both a date and time and a place.")
            )
        return cleaned


class MeetingStepForm(ReferralStepForm, forms.Form):
    """Names one joint meeting of this referral (a hidden field); another referral's meeting
    is not a choice."""

    meeting = forms.ModelChoiceField(
        queryset=Meeting.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("This joint meeting does not exist.")},
    )

    def __init__(self, *args, referral: Referral, **kwargs) -> None:
        super().__init__(*args, referral=referral, **kwargs)
        self.fields["meeting"].queryset = Meeting.objects.filter(referral=referral)


class MeetingDeclineForm(MeetingStepForm):
    prefix = "meeting_decline"

    reason = forms.CharField(
        label=_("Why not? (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class MeetingRescheduleForm(MeetingStepForm):
    prefix = "meeting_reschedule"
    detail_context_name = "reschedule_form"

    at = forms.DateTimeField(
        label=_("Another date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    place = forms.CharField(label=_("Place"), max_length=200, help_text=MEETING_PLACE_HELP)

    def clean_at(self):
        return refuse_the_past(self.cleaned_data.get("at"))


class ConsentCorrectionForm(ReferralStepForm, ConsentForm):
    """The same questions as the first time, answered as the referral's consent has them; the
    answers replace the record by a new one (never an edit)."""

    prefix = "correction"

    text_shown = forms.BooleanField(
        label=_("I checked the correction with the parent"),
    )

    def __init__(self, *args, referral: Referral, **kwargs) -> None:
        consent = referral.consent
        kwargs.setdefault("initial", model_to_dict(consent, fields=self._meta.fields))
        # The correction keeps the consent's start and the text she was shown, so its end
        # date is checked against those.
        kwargs["instance"] = ConsentRecord(
            valid_from=consent.valid_from, consent_text=consent.consent_text
        )
        super().__init__(*args, referral=referral, **kwargs)


# The steps of a new referral ---------------------------------------------------------------
#
# A professional refers a family in short steps, each a plain POST form of its own: the family,
# the reason and approach, the consent (or, on the safety route, the legal basis) and a check.
# What each step holds is kept in the session under the form's token (ReferralFormState) until
# the last step makes the referral; nothing is stored in the database before.

CATEGORY_EXPLANATIONS = {
    DataCategory.CONTACT_DETAILS: _(
        "her name, date of birth, phone, postcode and language, so that they can reach her"
    ),
    DataCategory.REFERRAL_REASON: _("why you refer her and what she would like help with"),
    DataCategory.PREGNANCY_MEDICAL: _(
        "the due date or the child's date of birth, and medical facts about the pregnancy"
    ),
    DataCategory.PSYCHOSOCIAL: _("how she is doing: mood, stress, her network, worries"),
    DataCategory.CHILD_SAFETY: _("concerns about the safety of the (unborn) child"),
}


def explained_categories() -> list[tuple[str, str]]:
    """Each data category with a plain explanation of what it holds."""
    return [
        (value, format_lazy("{}: {}", label, CATEGORY_EXPLANATIONS[value]))
        for value, label in DataCategory.choices
    ]


def language_info(code: str) -> dict:
    """Django's name and writing direction of a language (`bidi` for right to left)."""
    try:
        return get_language_info(code)
    except KeyError:
        return {"code": code, "bidi": False, "name_local": code, "name": code}


class FamilyForm(ClientForm):
    """Step 1: the family. Her name is asked here only, once."""

    prefix = "client"

    interpreter_needed = forms.BooleanField(label=_("An interpreter is needed"), required=False)

    class Meta(ClientForm.Meta):
        help_texts = {
            "preferred_language": _("The consent text is shown in this language if it exists."),
        }


class ApproachForm(ReferralForm):
    """Step 2: the reason and how to approach her. On the safety route the notes may hold only
    what the safety basis allows (`shares`); on the consent route the consent step checks them
    against what the parent agrees to."""

    prefix = "referral"

    class Meta(ReferralForm.Meta):
        fields = [name for name in ReferralForm.Meta.fields if name != "interpreter_needed"]

    def __init__(self, *args, shares: frozenset[str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.shares = shares

    def clean(self):
        cleaned = super().clean()
        if self.shares is not None:
            for name, category in policy.FIELD_CATEGORIES["referral"].items():
                if name in self.fields and cleaned.get(name) and category not in self.shares:
                    self.add_error(
                        name,
                        _(
                            "Leave this empty: it is “%(category)s”, which this referral may "
                            "not share."
                        )
                        % {"category": DataCategory(category).label},
                    )
        return cleaned

    def categories_needed(self) -> frozenset[str]:
        """The data categories of the fields filled in (valid or not)."""
        return frozenset(
            category
            for name, category in policy.FIELD_CATEGORIES["referral"].items()
            if name in self.fields and self[name].value() not in (None, "", [], False)
        )


class LanguageSelect(forms.Select):
    """A language list in which the languages without a consent text are shown, marked as not
    yet translated, and cannot be chosen."""

    def __init__(self, *args, untranslated: frozenset[str] = frozenset(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.untranslated = untranslated

    def create_option(self, name, value, label, *args, **kwargs):
        option = super().create_option(name, value, label, *args, **kwargs)
        if value in self.untranslated:
            option["label"] = format_lazy("{} ({})", label, _("not yet translated"))
            option["attrs"]["disabled"] = True
        return option


class ConsentStepForm(ConsentForm):
    """Step 3 on the consent route: the text shown once, in the language chosen for it; who
    gives consent (the parent herself unless someone else does); what may be shared, explained;
    until when (prefilled from the text); how she gave it."""

    prefix = "consent"

    consent_language = forms.ChoiceField(label=_("Language of the consent text"))
    relation = forms.ChoiceField(
        label=_("Who gives consent?"),
        choices=Relation.choices,
        initial=Relation.SELF,
        widget=forms.RadioSelect,
    )
    given_by_name = forms.CharField(
        label=_("Name of the person giving consent"),
        required=False,
        max_length=150,
        help_text=_("Only when not the parent herself."),
    )
    method = forms.ChoiceField(
        label=_("How did she give consent?"),
        choices=ConsentMethod.choices,
        initial=ConsentMethod.VERBAL_IN_PERSON,
        widget=forms.RadioSelect,
    )
    field_order = [
        "consent_language",
        "relation",
        "given_by_name",
        "categories",
        "purpose",
        "valid_until",
        "method",
        "parent_present",
        "text_shown",
    ]

    def __init__(
        self,
        *args,
        texts: dict[str, ConsentText],
        client_name: str,
        client_born: datetime.date | None,
        preferred_language: str,
        recipient: Organisation | None = None,
        language: str | None = None,
        needed: frozenset[str] = frozenset(),
        **kwargs,
    ) -> None:
        self.texts = texts
        self.client_name = client_name
        self.client_born = client_born
        self.needed = needed
        self.preferred_language = preferred_language
        preferred = preferred_language if preferred_language in texts else "nl"
        self.language = language if language in texts else preferred
        super().__init__(*args, consent_text=texts.get(self.language), **kwargs)
        languages = Client._meta.get_field("preferred_language").choices
        field = self.fields["consent_language"]
        field.choices = languages
        field.initial = preferred
        field.widget = LanguageSelect(
            choices=languages,
            untranslated=frozenset(code for code, _label in languages) - set(texts),
        )
        self.fields["categories"].choices = explained_categories()
        self.fields["categories"].short_labels = dict(DataCategory.choices)
        self.fields["categories"].label = _("What may be shared with them?")
        self.fields["text_shown"].label = _("I showed the parent the text above")
        if self.instance.consent_text_id:
            text = self.instance.consent_text
            self.fields["valid_until"].initial = text.latest_valid_until(self.instance.valid_from)
        if recipient is not None:
            self.fields["purpose"].initial = format_lazy(
                _("Warm handover to {recipient}"), recipient=recipient.name
            )

    @property
    def text(self) -> ConsentText | None:
        return self.texts.get(self.language)

    @property
    def text_language(self) -> dict:
        return language_info(self.language)

    @property
    def untranslated_preference(self) -> str | None:
        """The parent's language when there is no text in it yet (the Dutch one is shown)."""
        if self.preferred_language in self.texts:
            return None
        return dict(Client._meta.get_field("preferred_language").choices).get(
            self.preferred_language, self.preferred_language
        )

    def clean_consent_language(self) -> str:
        language = self.cleaned_data["consent_language"]
        if language not in self.texts:
            raise forms.ValidationError(
                _("There is no consent text in this language yet: choose another.")
            )
        return language

    def clean(self):
        cleaned = super().clean()
        relation = cleaned.get("relation")
        if relation == Relation.SELF:
            cleaned["given_by_name"] = self.instance.given_by_name = self.client_name
            born = self.client_born
            if born and self.instance.valid_from:
                day = self.instance.valid_from
                age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
                if age < GUARDIAN_AGE:
                    self.add_error(
                        "relation",
                        _(
                            "A parent under 16 cannot consent alone: record the consent of a "
                            "parent or legal guardian."
                        ),
                    )
        elif relation and not (cleaned.get("given_by_name") or "").strip():
            self.add_error("given_by_name", _("Fill in who gives consent."))
        shown = self.data.get(self.add_prefix("shown_language"))
        if shown and cleaned.get("consent_language") and cleaned["consent_language"] != shown:
            self.add_error(
                "consent_language",
                forms.ValidationError(
                    _("You chose another language: show the parent the text in it first."),
                    code="not_shown",
                ),
            )
        categories = set(cleaned.get("categories") or ())
        missing = self.needed - categories
        if "categories" in cleaned and missing:
            self.add_error(
                "categories",
                _(
                    "You wrote about “%(categories)s” in the previous step: tick it if the "
                    "parent agrees, or go back and leave it out."
                )
                % {"categories": ", ".join(str(DataCategory(c).label) for c in sorted(missing))},
            )
        return cleaned


class RecipientSearchForm(forms.Form):
    """Finding the organisation or offer to refer to, inside the form."""

    q = forms.CharField(
        label=_("Search an offer or organisation"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


def form_data(values: dict[str, list[str]] | None) -> QueryDict | None:
    """Stored step answers as the QueryDict a POST would have given."""
    if values is None:
        return None
    data = QueryDict(mutable=True)
    for name, items in values.items():
        data.setlist(name, items)
    return data


def initial_of(form: forms.BaseForm, answers: QueryDict) -> dict:
    """Stored answers as a form's initial values (shown, not yet validated)."""
    initial = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        if key not in answers:
            if isinstance(field, forms.BooleanField):
                initial[name] = False
            continue
        multiple = getattr(field.widget, "allow_multiple_selected", False)
        initial[name] = answers.getlist(key) if multiple else answers.get(key)
    return initial


def summary_of(form: forms.BaseForm, leave_out: tuple[str, ...] = ()) -> list[tuple]:
    """(label, answer as shown) for each field answered on a valid form, for the check step."""
    rows = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if isinstance(field, forms.ModelMultipleChoiceField):
            value = list(value or ())
        if name in leave_out or value in (None, "", [], False) or field.widget.is_hidden:
            continue
        if value is True:
            shown = _("Yes")
        elif isinstance(field, forms.ModelMultipleChoiceField):
            shown = ", ".join(str(item) for item in value)
        elif isinstance(field, forms.ChoiceField):
            labels = getattr(field, "short_labels", None) or dict(field.choices)
            values = value if isinstance(value, list | tuple) else [value]
            shown = ", ".join(str(labels.get(item, item)) for item in values)
        elif isinstance(value, datetime.date):
            shown = date_format(value)
        else:
            shown = str(value)
        rows.append((field.label, shown))
    return rows


def answers_of(form: forms.BaseForm) -> dict[str, list[str]]:
    """An unbound form's initial values as a POST would send them (to prefill the steps)."""
    answers = {}
    for field in form:
        value = field.value()
        if value in (None, "", False, [], ()):
            continue
        if value is True:
            answers[field.html_name] = ["on"]
        elif isinstance(value, list | tuple):
            answers[field.html_name] = [str(getattr(item, "pk", item)) for item in value]
        elif isinstance(value, datetime.date):
            answers[field.html_name] = [value.isoformat()]
        else:
            answers[field.html_name] = [str(getattr(value, "pk", value))]
    return answers


class ReferralFormState:
    """One referral form in progress: who refers to whom on which route, and each step's answers
    as typed, kept in the session (server side) under the form's token, which is also the
    referral's submission token. Nothing is stored in the database before the last step."""

    SESSION_KEY = "referral_forms"
    # Forms a session keeps at once: a few tabs, never an ever growing session.
    KEPT = 5

    def __init__(self, session, token: str, values: dict) -> None:
        self.session = session
        self.token = token
        self.values = values

    @classmethod
    def start(cls, session, **values) -> ReferralFormState:
        forms_in_progress = session.get(cls.SESSION_KEY, {})
        while len(forms_in_progress) >= cls.KEPT:
            forms_in_progress.pop(next(iter(forms_in_progress)))
        state = cls(session, str(uuid.uuid4()), {"answers": {}, **values})
        state.save()
        return state

    @classmethod
    def load(cls, session, token) -> ReferralFormState | None:
        values = session.get(cls.SESSION_KEY, {}).get(str(token))
        return None if values is None else cls(session, str(token), values)

    def save(self) -> None:
        forms_in_progress = self.session.get(self.SESSION_KEY, {})
        forms_in_progress[self.token] = self.values
        self.session[self.SESSION_KEY] = forms_in_progress

    def discard(self) -> None:
        forms_in_progress = self.session.get(self.SESSION_KEY, {})
        forms_in_progress.pop(self.token, None)
        self.session[self.SESSION_KEY] = forms_in_progress

    # What the form is about: sender_organisation and recipient (pks), intervention, route
    # ("consent" or "safety"), and when given: client (reused), draft (being changed),
    # rerouted_from (the declined referral tried again).
    def __getattr__(self, name: str):
        if name in {
            "sender_organisation",
            "recipient",
            "intervention",
            "route",
            "client",
            "draft",
            "rerouted_from",
        }:
            return self.__dict__["values"].get(name)
        raise AttributeError(name)

    @property
    def steps(self) -> list[str]:
        """The steps of this form, in order; a reused family is not asked again."""
        steps = [] if self.values.get("client") else ["family"]
        steps += ["approach", "basis" if self.route == "safety" else "consent", "check"]
        return steps

    def keep(self, step: str, data: QueryDict, form: forms.BaseForm) -> None:
        """Keep what was typed in a step (valid or not), only the form's own fields."""
        names = {field.html_name for field in form}
        self.values["answers"][step] = {name: data.getlist(name) for name in data if name in names}
        self.save()

    def forget(self, step: str, name: str) -> None:
        """Drop one stored answer (a confirmation that no longer holds)."""
        self.values["answers"].get(step, {}).pop(name, None)
        self.save()

    def answers(self, step: str) -> QueryDict | None:
        return form_data(self.values["answers"].get(step))
