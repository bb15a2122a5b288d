"""E-mails about corrections ("Klopt er iets niet?"). They carry a link, never the entry's text
or the suggestion: the reader signs in to see it."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail, send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .models import Correction, CorrectionStatus, Membership, MembershipRole

logger = logging.getLogger(__name__)


def enqueue_on_commit(correction_task, correction_id: int) -> None:
    """Queue the e-mail once the change that prompts it is committed (never for a rollback)."""
    transaction.on_commit(lambda: enqueue(correction_task, correction_id))


def enqueue(correction_task, correction_id: int) -> None:
    try:
        correction_task.enqueue(correction_id)
    except Exception:  # the queue may be down; the change itself stands
        logger.exception(
            "Could not queue %s for correction %s", correction_task.name, correction_id
        )


def portal_link(path: str) -> str:
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def render_email(name: str, context: dict) -> tuple[str, str]:
    """Subject and body of templates/organisations/email/<name>, in the portal's language."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"organisations/email/{name}_subject.txt", context).strip()
        body = render_to_string(f"organisations/email/{name}.txt", context)
    return subject, body


@task()
def tell_editors_about_correction(correction_id: int) -> int:
    """Tell the organisation's editors that a correction waits in their queue; returns how many
    were told. Coordinators are not e-mailed: they would hear of every report in their region."""
    correction = Correction.objects.filter(pk=correction_id, status=CorrectionStatus.OPEN).first()
    if correction is None:
        return 0
    addresses = list(
        Membership.objects.filter(
            organisation_id=correction.organisation_id,
            role=MembershipRole.EDITOR,
            user__is_active=True,
        )
        .exclude(user_id=correction.reported_by_id)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )
    if not addresses:
        return 0
    subject, body = render_email(
        "correction_reported", {"link": portal_link(reverse("organisations:correction_list"))}
    )
    # One message per editor, so colleagues' addresses are not shared.
    send_mass_mail([(subject, body, None, [address]) for address in addresses])
    return len(addresses)


@task()
def tell_reporter_about_review(correction_id: int) -> bool:
    """Tell the professional who reported a correction that it has been answered."""
    correction = (
        Correction.objects.select_related("reported_by")
        .exclude(status=CorrectionStatus.OPEN)
        .filter(pk=correction_id)
        .first()
    )
    reporter = correction.reported_by if correction else None
    if reporter is None or not reporter.is_active or not reporter.email:
        return False
    subject, body = render_email(
        "correction_reviewed", {"link": portal_link(correction.get_absolute_url())}
    )
    send_mail(subject, body, None, [reporter.email])
    return True
