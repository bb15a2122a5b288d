"""E-mail that signing in needs, sent by the task worker rather than within a request."""

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_password_reset_email(to_email: str, subject: str, body: str) -> None:
    """Send a rendered password-reset e-mail (its body holds the reset link and fixed text)."""
    send_mail(subject, body, None, [to_email])
