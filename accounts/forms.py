from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordResetForm,
    UserChangeForm,
)
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from mail import outbox

from .models import NotificationTopic, User


class UserCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class LoginForm(AuthenticationForm):
    """Sign in with e-mail address and password."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )


class SecondFactorForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        min_length=6,
        max_length=16,
        help_text=_("Six digits from your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's form, but the e-mail goes through the outbox (mail.outbox): queued once the
    request's work is committed and sent by the task worker instead of while the visitor waits,
    so how long the answer takes no longer says whether the address has an account. The task
    carries the outbox row's id only; the row forgets the reset link once it is delivered."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict,
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        outbox.queue_rendered(
            "password_reset",
            [to_email],
            subject=subject,
            body=body,
            about=context.get("user"),
            secret=True,  # the link sets a new password
        )


class NotificationChoicesForm(forms.Form):
    """The e-mails a user wants, of those she may switch off (NotificationTopic); what the
    law or safety needs is not a choice here, so no POST can switch it off."""

    topics = forms.MultipleChoiceField(
        label=_("E-mails I want to receive"),
        choices=NotificationTopic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("%(value)s cannot be switched off."),
        },
    )
