"""What an officer reads: the day's unusual access, and everything the portal holds about one
client (GDPR art. 15)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consent.models import AccessLogEntry, Client
from mail import outbox
from organisations.models import Membership, MembershipRole, Organisation
from referrals.models import FINISHED_STATUSES, Referral


@dataclass(frozen=True)
class UnusualAccess:
    """One finding on the day's list; `kind` is one of KINDS."""

    kind: str
    user: object | None
    organisation: Organisation | None
    count: int
    first_at: datetime.datetime
    last_at: datetime.datetime
    client_id: object | None = None

    @property
    def description(self) -> str:
        return str(KINDS[self.kind])


MANY_CLIENTS, REFUSALS, AFTER_CLOSING = "many_clients", "refusals", "after_closing"
KINDS = {
    MANY_CLIENTS: _("Opened many different clients in one day"),
    REFUSALS: _("Was refused access repeatedly"),
    AFTER_CLOSING: _("Opened a client after the referral to their organisation had ended"),
}


def access_log_for(organisations: list[int]) -> QuerySet[AccessLogEntry]:
    """Entries about these organisations' clients, or made on their behalf: what their
    designated officer reviews."""
    return AccessLogEntry.objects.filter(
        Q(client__organisation_id__in=organisations) | Q(organisation_id__in=organisations)
    )


def unusual_access(entries: QuerySet[AccessLogEntry], day: datetime.date) -> list[UnusualAccess]:
    """The day's entries that an officer should look at: a user opening at least
    UNUSUAL_CLIENTS_PER_DAY different clients, refused at least UNUSUAL_REFUSALS_PER_DAY times,
    or opening a client for an organisation whose referral for her had ended before (with no
    referral open at that moment)."""
    on_day = entries.filter(at__date=day).order_by()
    span = {"first_at": Min("at"), "last_at": Max("at")}
    many = (
        on_day.filter(granted=True, client__isnull=False)
        .values("user", "organisation")
        .annotate(count=Count("client", distinct=True), **span)
        .filter(count__gte=settings.UNUSUAL_CLIENTS_PER_DAY)
    )
    refused = (
        on_day.filter(granted=False)
        .values("user", "organisation")
        .annotate(count=Count("pk"), **span)
        .filter(count__gte=settings.UNUSUAL_REFUSALS_PER_DAY)
    )
    same_party = Referral.objects.filter(
        client=OuterRef("client"), recipient_organisation=OuterRef("organisation")
    )
    ended_before = same_party.filter(status__in=FINISHED_STATUSES).filter(
        Q(closed_at__lt=OuterRef("at")) | Q(closed_at__isnull=True, answered_at__lt=OuterRef("at"))
    )
    ended_after_or_open = same_party.exclude(
        Q(closed_at__lt=OuterRef("at")) | Q(closed_at__isnull=True, answered_at__lt=OuterRef("at"))
    )
    after_closing = (
        on_day.filter(granted=True, client__isnull=False)
        .exclude(organisation_id=F("client__organisation_id"))
        .filter(Exists(ended_before))
        .exclude(Exists(ended_after_or_open))
        .values("user", "organisation", "client")
        .annotate(count=Count("pk"), **span)
    )
    rows = [
        *((MANY_CLIENTS, row) for row in many),
        *((REFUSALS, row) for row in refused),
        *((AFTER_CLOSING, row) for row in after_closing),
    ]
    users = get_user_model().objects.in_bulk({row["user"] for _, row in rows} - {None})
    organisations = Organisation.objects.in_bulk({row["organisation"] for _, row in rows} - {None})
    findings = [
        UnusualAccess(
            kind=kind,
            user=users.get(row["user"]),
            organisation=organisations.get(row["organisation"]),
            count=row["count"],
            first_at=row["first_at"],
            last_at=row["last_at"],
            client_id=row.get("client"),
        )
        for kind, row in rows
    ]
    return sorted(findings, key=lambda finding: finding.first_at)


def send_unusual_access_reports(day: datetime.date) -> list[tuple[str, int]]:
    """E-mail every active designated officer whose organisations had findings on `day` a
    link to the review page (and the number of findings, nothing more); returns (address,
    findings) per e-mail. The e-mails are queued together and leave once all are recorded."""
    officer_of = defaultdict(list)
    for user_id, organisation_id in Membership.objects.filter(
        role=MembershipRole.OFFICER, user__is_active=True
    ).values_list("user_id", "organisation_id"):
        officer_of[user_id].append(organisation_id)
    officers = get_user_model().objects.in_bulk(list(officer_of))
    link = outbox.link_to(f"{reverse('privacy:unusual')}?day={day.isoformat()}")
    sent = []
    with transaction.atomic():
        for user_id, organisations in officer_of.items():
            count = len(unusual_access(access_log_for(organisations), day))
            if not count:
                continue
            outbox.queue(
                "unusual_access",
                [officers[user_id].email],
                subject_template="privacy/email/unusual_access_subject.txt",
                body_template="privacy/email/unusual_access.txt",
                context={"day": day, "count": count},
                link=link,
                about=officers[user_id],
            )
            sent.append((officers[user_id].email, count))
    return sent


def subject_access_report(client: Client) -> dict:
    """Everything the portal holds about `client` (GDPR art. 15), readable and serialisable:
    her details, her consents with the text she was shown, her referrals with their timelines
    and messages, and the access log of her data.

    The access log names the organisation, not the employee: the Court of Justice (C-579/21)
    held that art. 15 covers when and why her data was consulted, not the identity of each
    employee; the officer can look that up in the log when she asks.
    """
    consents = client.consents.select_related(
        "recipient_organisation", "recipient_intervention", "consent_text"
    ).order_by("recorded_at")
    referrals = (
        client.referrals.select_related(
            "sender_organisation", "recipient_organisation", "intervention"
        )
        .prefetch_related("events", "messages__author_organisation", "meetings")
        .order_by("created_at")
    )
    log = client.access_log.select_related("organisation").order_by("at")
    return {
        "produced_at": timezone.now(),
        "client": {
            "reference": str(client.pk),
            "name": client.full_name,
            "date_of_birth": client.date_of_birth,
            "phone": client.phone,
            "email": client.email,
            "postcode": client.postcode,
            "due_date": client.due_date,
            "child_birth_date": client.child_birth_date,
            "preferred_language": client.get_preferred_language_display(),
            "registered_by_organisation": str(client.organisation),
            "registered_at": client.created_at,
            "anonymised_at": client.anonymised_at,
        },
        "consents": [
            {
                "recorded_at": consent.recorded_at,
                "given_by": consent.given_by_name,
                "relation": consent.get_relation_display(),
                "method": consent.get_method_display(),
                "recipient_organisation": str(consent.recipient_organisation),
                "intervention": str(consent.recipient_intervention or ""),
                "purpose": consent.purpose,
                "data_categories": [str(label) for label in consent.category_labels],
                "valid_from": consent.valid_from,
                "valid_until": consent.valid_until,
                "status": str(consent.status.label),
                "withdrawn_at": consent.withdrawn_at,
                "withdrawal_reason": consent.withdrawal_reason,
                "purpose_ended_at": consent.purpose_ended_at,
                "purpose_ended_because": consent.get_purpose_end_display(),
                "feedback_until": consent.feedback_until,
                "text_version": consent.consent_text.version,
                "text": consent.consent_text.body,
                "text_sha256": consent.consent_text_sha256,
            }
            for consent in consents
        ],
        "referrals": [
            {
                "reference": str(referral.pk),
                "created_at": referral.created_at,
                "from_organisation": str(referral.sender_organisation),
                "to_organisation": str(referral.recipient_organisation),
                "intervention": str(referral.intervention or ""),
                "status": referral.get_status_display(),
                "legal_basis": referral.get_legal_basis_display(),
                "basis_justification": referral.basis_justification,
                "reason": referral.reason,
                "pregnancy_and_medical": referral.medical_notes,
                "psychosocial": referral.psychosocial_notes,
                "child_safety": referral.safety_notes,
                "urgency": referral.get_urgency_display(),
                "preferred_contact": referral.get_contact_method_display(),
                "best_times": referral.best_times,
                "interpreter_needed": referral.interpreter_needed,
                "sent_at": referral.sent_at,
                "answered_at": referral.answered_at,
                "closed_at": referral.closed_at,
                "decline_reason": referral.decline_reason,
                "outcome": referral.get_outcome_display(),
                "feedback": referral.feedback,
                "withdrawal_reason": referral.withdrawal_reason,
                "timeline": [
                    {"at": event.at, "what": event.get_kind_display()}
                    for event in referral.events.all()
                ],
                "messages": [
                    {
                        "at": message.created_at,
                        "from_organisation": str(message.author_organisation),
                        "text": message.body,
                    }
                    for message in referral.messages.all()
                ],
                "joint_meetings": [
                    {
                        "at": meeting.at,
                        "place": meeting.place,
                        "status": meeting.get_status_display(),
                    }
                    for meeting in referral.meetings.all()
                ],
            }
            for referral in referrals
        ],
        "access_log": [
            {
                "at": entry.at,
                "organisation": str(entry.organisation or ""),
                "action": entry.get_action_display(),
                "what": entry.object_type,
                "granted": entry.granted,
            }
            for entry in log
        ],
    }
