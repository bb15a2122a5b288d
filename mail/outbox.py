"""Sending an e-mail: render, absolute link, store in the outbox, deliver after commit.

Every e-mail of the portal is queued here (see the package docstring for why and how).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.conf import settings
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import OutgoingEmail

logger = logging.getLogger(__name__)


def link_to(path: str) -> str:
    """The absolute address of a portal path (with its query string), as e-mails need it."""
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def render(
    subject_template: str, body_template: str, context: dict, language: str = ""
) -> tuple[str, str]:
    """Subject (one line) and body, rendered in the given language or else the portal's: an
    e-mail is read later, outside the request whose language happened to be active."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(subject_template, context)
        body = render_to_string(body_template, context)
    return " ".join(subject.split()), body


def queue(
    kind: str,
    to: Sequence[str],
    *,
    subject_template: str,
    body_template: str,
    context: dict | None = None,
    link: str = "",
    about: models.Model | None = None,
    secret: bool = False,
    language: str = "",
    forget_recipient: bool = False,
) -> OutgoingEmail:
    """Render an e-mail (the templates see `link` too) in `language` (default: the portal's)
    and queue it: see `queue_rendered`."""
    subject, body = render(
        subject_template, body_template, {**(context or {}), "link": link}, language
    )
    return queue_rendered(
        kind,
        to,
        subject=subject,
        body=body,
        link=link,
        about=about,
        secret=secret,
        forget_recipient=forget_recipient,
    )


def queue_rendered(
    kind: str,
    to: Sequence[str],
    *,
    subject: str,
    body: str,
    link: str = "",
    about: models.Model | None = None,
    secret: bool = False,
    forget_recipient: bool = False,
) -> OutgoingEmail:
    """Store the e-mail in the outbox within the current transaction, and hand it to the task
    queue once that commits: never before, never for a rollback. Pass one address per e-mail
    unless the recipients may see each other's addresses; `forget_recipient` for an address
    the portal may not keep (it is blanked once delivered or given up on)."""
    email = OutgoingEmail.objects.create(
        kind=kind,
        to=list(to),
        subject=subject,
        body=body,
        link=link,
        about_type=about._meta.label_lower if about is not None else "",
        about_id=str(about.pk) if about is not None else "",
        secret=secret,
        forget_recipient=forget_recipient,
    )
    transaction.on_commit(lambda: enqueue(email.pk))
    return email


def enqueue(email_id: int) -> None:
    from .tasks import deliver_email  # tasks builds on this app's models

    try:
        deliver_email.enqueue(email_id)
    except Exception:  # the queue may be down: the row stays pending for send_pending_emails
        logger.exception("Could not queue e-mail %s", email_id)
