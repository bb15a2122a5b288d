from django import forms
from django.utils.translation import gettext_lazy as _

from organisations.models import Organisation


class AccessLogFilter(forms.Form):
    client = forms.UUIDField(label=_("Client reference"), required=False)
    user = forms.EmailField(label=_("User's e-mail address"), required=False)
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Organisation.objects.none(), required=False
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, organisations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class DayForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))


class LogReviewForm(forms.Form):
    day = forms.DateField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Findings"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What you looked into and concluded, without client names."),
    )


class ClientLookupForm(forms.Form):
    """Find a client by name and date of birth; sent by POST so that her name never appears in
    a URL, a browser history or a server log."""

    full_name = forms.CharField(label=_("Name"), max_length=150)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"})
    )


class ErasureForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I have checked that the parent asked for erasure and that no law requires us to "
            "keep her data."
        )
    )
