from django import forms
from django.utils.translation import gettext_lazy as _

from organisations.models import Organisation

from .models import Outcome


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why can you not help?"), widget=forms.Textarea(attrs={"rows": 3})
    )
    suggested_organisation = forms.ModelChoiceField(
        label=_("Suggest another organisation (optional)"),
        queryset=Organisation.objects.active(),
        required=False,
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    feedback = forms.CharField(
        label=_("Short feedback for the referrer"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("No more than the referrer needs to know."),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
