from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable

from django.core.mail import EmailMessage
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# After this many failed attempts the retry command leaves a row alone (it stays in the admin).
MAX_ATTEMPTS = 10
# A row claimed for sending longer ago than this is taken to have been abandoned (the worker
# died mid-send) and may be claimed again.
SENDING_LEASE = datetime.timedelta(minutes=15)


class OutgoingEmailQuerySet(models.QuerySet):
    def pending(self) -> OutgoingEmailQuerySet:
        """Not delivered yet."""
        return self.filter(delivered_at__isnull=True)

    def to_retry(self) -> OutgoingEmailQuerySet:
        """Not delivered yet, and not given up on after MAX_ATTEMPTS failures."""
        return self.pending().filter(attempts__lt=MAX_ATTEMPTS)

    def about(self, objects: Iterable[models.Model] | models.QuerySet) -> OutgoingEmailQuerySet:
        """E-mails about any of these objects (all of one model)."""
        if isinstance(objects, models.QuerySet):
            label = objects.model._meta.label_lower
            ids = [str(pk) for pk in objects.values_list("pk", flat=True)]
        else:
            objects = list(objects)
            if not objects:
                return self.none()
            label = objects[0]._meta.label_lower
            ids = [str(obj.pk) for obj in objects]
        return self.filter(about_type=label, about_id__in=ids)


class OutgoingEmail(models.Model):
    """One e-mail, kept from the moment it is queued until it is delivered: a failing mail
    server loses nothing. It carries a link, never client data."""

    kind = models.CharField(_("kind"), max_length=40)
    to = models.JSONField(_("to"), default=list)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"), blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    # What the e-mail is about, as the access log names objects: a model label and a key.
    about_type = models.CharField(_("about (type)"), max_length=100, blank=True)
    about_id = models.CharField(_("about (id)"), max_length=64, blank=True)
    # The link works as a key (an invitation, a password reset): forget it once delivered.
    secret = models.BooleanField(_("holds a key"), default=False)
    # The address is not the portal's to keep (a parent's, typed in once): blank it once the
    # e-mail is delivered or given up on.
    forget_recipient = models.BooleanField(_("forget the recipient"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sending_since = models.DateTimeField(_("sending since"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=200, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(delivered_at__isnull=True),
                name="mail_pending_idx",
            ),
            models.Index(fields=["about_type", "about_id"], name="mail_about_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {', '.join(self.to)}"

    @property
    def is_delivered(self) -> bool:
        return self.delivered_at is not None

    def deliver(self) -> bool:
        """Send this e-mail now, unless it went out already or another worker is sending it;
        True when this call delivered it. On failure the attempt and the error are counted
        and the row stays pending for `send_pending_emails`.

        The row is claimed first (outside any transaction, by one UPDATE), so a retry run and
        the task worker never both send it, and no transaction is open while the mail server
        is talked to."""
        now = timezone.now()
        rows = OutgoingEmail.objects.filter(pk=self.pk)
        claimed = (
            rows.pending()
            .filter(Q(sending_since__isnull=True) | Q(sending_since__lt=now - SENDING_LEASE))
            .update(sending_since=now)
        )
        if not claimed:
            return False
        self.refresh_from_db()
        try:
            EmailMessage(self.subject, self.body, None, self.to).send()
        except Exception as error:  # whatever the mail server or the network says: retry later
            failed = {"sending_since": None, "last_error": type(error).__name__[:200]}
            if self.forget_recipient and self.attempts + 1 >= MAX_ATTEMPTS:
                failed["to"] = []  # given up on: the address goes now
            rows.update(attempts=F("attempts") + 1, **failed)
            logger.warning(
                "E-mail %s (%s) not delivered: %s", self.pk, self.kind, type(error).__name__
            )
            self.refresh_from_db()
            return False
        delivered = {"delivered_at": timezone.now(), "sending_since": None, "last_error": ""}
        if self.secret:
            delivered.update(body="", link="")
        if self.forget_recipient:
            delivered["to"] = []
        rows.update(attempts=F("attempts") + 1, **delivered)
        self.refresh_from_db()
        return True
