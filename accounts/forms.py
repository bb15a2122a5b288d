import logging

from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordResetForm,
    UserChangeForm,
)
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from .models import User
from .tasks import send_password_reset_email

logger = logging.getLogger(__name__)


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
    """Django's form, but the e-mail is queued (once the request's work is committed) instead of
    sent while the visitor waits: how long the answer takes no longer says whether the address
    has an account. The task carries the address and the rendered text only."""

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
        transaction.on_commit(lambda: enqueue_password_reset(to_email, subject, body))


def enqueue_password_reset(to_email: str, subject: str, body: str) -> None:
    try:
        send_password_reset_email.enqueue(to_email, subject, body)
    except Exception:  # the queue may be down: the visitor can ask again
        logger.exception("Could not queue a password-reset e-mail")
