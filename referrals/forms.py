from functools import cached_property

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from consent import policy
from consent.models import (
    Client,
    ConsentMethod,
    ConsentRecord,
    ConsentText,
    DataCategory,
)
from organisations.models import Intervention, Organisation

from .models import PROGRESS_KINDS, EventKind, LegalBasis, Outcome, Referral

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

    def shares_only(self, categories: frozenset[str]) -> bool:
        """Whether every filled-in field belongs to a data category in `categories` (what the
        parent allowed, or the safety basis allows); marks each field that does not. Works on a
        form with other errors too, so that every correction is asked for at once."""
        self.is_valid()  # cleaned_data holds every field that is valid
        for name, category in policy.FIELD_CATEGORIES["referral"].items():
            if name in self.fields and self.cleaned_data.get(name) and category not in categories:
                self.add_error(
                    name,
                    _(
                        "Leave this empty: it is “%(category)s”, which this referral may not "
                        "share. Add the category to the consent if the parent agrees."
                    )
                    % {"category": DataCategory(category).label},
                )
        return not self.errors


class ConsentWithdrawalForm(forms.Form):
    prefix = "consent_withdrawal"

    channel = forms.ChoiceField(
        label=_("How did the parent withdraw?"), choices=ConsentMethod.choices
    )
    reason = forms.CharField(
        label=_("Reason, if she gave one"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class MessageForm(forms.Form):
    prefix = "message"

    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}))
    meeting_at = forms.DateTimeField(
        label=_("Propose a joint meeting with the family on"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    meeting_place = forms.CharField(label=_("Place of the meeting"), required=False, max_length=200)

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("meeting_at")) != bool(cleaned.get("meeting_place")):
            raise forms.ValidationError(
                _("A joint meeting needs both a date and time and a place.")
            )
        return cleaned


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
