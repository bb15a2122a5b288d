from django import forms
from django.utils.translation import gettext_lazy as _


class ReceiptEmailForm(forms.Form):
    """E-mail the consent receipt to the parent: her address, kept only when she wants it."""

    email = forms.EmailField(
        label=_("The parent's e-mail address"),
        help_text=_("Used to send this e-mail; kept only when the parent wants that (below)."),
        max_length=254,
    )
    keep_address = forms.BooleanField(
        label=_("The parent wants us to keep this address for later messages"),
        required=False,
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip()
