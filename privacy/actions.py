"""The parent's rights and the retention period, across consent and referrals: anonymise a
client whose referrals finished long ago, or erase one at her request."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from accounts.throttling import client_ip
from consent.models import AccessAction, AccessLogEntry, Client, ConsentRecord
from consent.policy import organisation_ids
from mail.models import OutgoingEmail
from referrals.models import OPEN_STATUSES, Meeting, Message, Referral, ReferralEvent


class ErasureRefused(Exception):
    """She still has a referral in progress: erasing now would break a handover."""


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day and time `months` calendar months earlier (the month's last day if shorter)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def clients_due_for_anonymisation(now: datetime.datetime | None = None) -> QuerySet[Client]:
    """Clients not yet anonymised whose every referral finished more than RETENTION_MONTHS ago
    (closed, declined or withdrawn), and clients registered that long ago who were never
    referred."""
    cutoff = months_before(now or timezone.now(), settings.RETENTION_MONTHS)
    in_progress_or_recent = Referral.objects.filter(client=OuterRef("pk")).filter(
        Q(status__in=OPEN_STATUSES) | Q(pk__in=Referral.objects.finished_since(cutoff))
    )
    return Client.objects.filter(anonymised_at__isnull=True, created_at__lt=cutoff).exclude(
        Exists(in_progress_or_recent)
    )


def anonymise_client(client: Client) -> int:
    """Forget who she is, in her record, her consents and her referrals; returns how many
    referrals were anonymised. The access log keeps its entries, now pointing to nobody."""
    with transaction.atomic():
        referrals = list(client.referrals.select_for_update())
        for referral in referrals:
            referral.anonymise()
        client.anonymise()
    return len(referrals)


@dataclass(frozen=True)
class RetentionResult:
    clients: list[Client]
    referrals: int
    expired_log_entries: int


def apply_retention(*, dry_run: bool, now: datetime.datetime | None = None) -> RetentionResult:
    """Anonymise every client due (see clients_due_for_anonymisation) and remove access-log
    entries past ACCESS_LOG_RETENTION_YEARS; with `dry_run`, only say what would happen."""
    clients = list(clients_due_for_anonymisation(now))
    expired = AccessLogEntry.objects.past_retention(now)
    if dry_run:
        referrals = Referral.objects.filter(client__in=clients).count()
        return RetentionResult(clients, referrals, expired.count())
    referrals = sum(anonymise_client(client) for client in clients)
    removed, _ = expired.delete()
    return RetentionResult(clients, referrals, removed)


def erase_client(client: Client, *, request: HttpRequest) -> None:
    """Erase her at her request (GDPR art. 17) when no referral is in progress: her record,
    consents, referrals with their timelines, messages, joint meetings and the e-mails about
    them go; the access log
    keeps its entries, unlinked from her, and gains one saying who erased her."""
    with transaction.atomic():
        locked = Client.objects.select_for_update().get(pk=client.pk)
        referrals = Referral.objects.filter(client=locked)
        if referrals.filter(status__in=OPEN_STATUSES).exists():
            raise ErasureRefused
        OutgoingEmail.objects.about(referrals).delete()
        Meeting.objects.filter(referral__in=referrals).delete()
        Message.objects.filter(referral__in=referrals).delete()
        ReferralEvent.objects.filter(referral__in=referrals).delete()
        referrals.delete()
        # Consent records are never deleted, except here: the law's right to erasure wins.
        consents = ConsentRecord.objects.filter(client=locked)
        consents.update(supersedes=None)
        consents.delete()
        pk, acting = locked.pk, locked.organisation_id
        # The database lets her log entries lose their link to her only once her row is gone
        # (the access log's trigger checks it), so her row goes first; the foreign key is
        # checked at commit, by when nothing points to her any more.
        locked.delete()
        AccessLogEntry.objects.filter(client_id=pk).update(client=None)
        AccessLogEntry.objects.create(
            user=request.user,
            organisation_id=acting if acting in organisation_ids(request.user) else None,
            client=None,
            object_type=Client._meta.label_lower,
            object_id=str(pk),
            action=AccessAction.ERASE,
            ip_address=client_ip(request),
            granted=True,
        )
