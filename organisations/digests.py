"""Keeping the map true: what needs an editor's attention, and the digest e-mail about it.

The attention lists are shared by the coordinator dashboard (/beheer/) and the digest that
`manage.py send_verification_digests` sends each organisation's editors. What counts as needing
attention is defined once, in the QuerySet methods of the models.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationOptOut, NotificationTopic
from mail import outbox

from .models import (
    ContactPerson,
    Intervention,
    Membership,
    MembershipRole,
    Organisation,
    VerificationDigest,
)

logger = logging.getLogger(__name__)

MAX_NAMES_PER_SECTION = 20


@dataclass(frozen=True)
class AttentionList:
    """One kind of directory entry that needs attention, found within some organisations."""

    key: str
    title: Promise
    # The entries needing this attention among the given organisations' entries.
    find: Callable[[QuerySet[Organisation]], QuerySet]
    # From an entry to its organisation's id, and to the municipalities it counts in.
    organisation_path: str
    municipality_path: str
    ordering: tuple = ("name",)


ATTENTION_LISTS: list[AttentionList] = [
    AttentionList(
        key="overdue-organisations",
        title=_("Organisations overdue for a check"),
        find=lambda organisations: Organisation.objects.overdue_for_check().filter(
            pk__in=organisations
        ),
        organisation_path="pk",
        municipality_path="municipalities",
        ordering=(models.F("verified_at").asc(nulls_first=True), "name"),
    ),
    AttentionList(
        key="overdue-interventions",
        title=_("Interventions overdue for a check"),
        find=lambda organisations: Intervention.objects.overdue_for_check().filter(
            organisation__in=organisations
        ),
        organisation_path="organisation_id",
        municipality_path="service_areas",
        ordering=(models.F("verified_at").asc(nulls_first=True), "name"),
    ),
    AttentionList(
        key="stale-capacity",
        title=_("Waiting times not updated recently"),
        find=lambda organisations: Intervention.objects.with_stale_capacity().filter(
            organisation__in=organisations
        ),
        organisation_path="organisation_id",
        municipality_path="service_areas",
        ordering=(models.F("capacity_updated_on").asc(nulls_first=True), "name"),
    ),
    AttentionList(
        key="contacts-without-email",
        title=_("Contact persons without a valid e-mail address"),
        find=lambda organisations: ContactPerson.objects.filter(
            organisation__in=organisations
        ).without_valid_email(),
        organisation_path="organisation_id",
        municipality_path="organisation__municipalities",
    ),
    AttentionList(
        key="interventions-without-contact",
        title=_("Interventions without a contact person"),
        find=lambda organisations: Intervention.objects.without_contact_person().filter(
            organisation__in=organisations
        ),
        organisation_path="organisation_id",
        municipality_path="service_areas",
    ),
    AttentionList(
        key="organisations-without-intervention",
        title=_("Organisations without an active intervention"),
        find=lambda organisations: Organisation.objects.without_active_intervention().filter(
            pk__in=organisations
        ),
        organisation_path="pk",
        municipality_path="municipalities",
    ),
]


# --- The digest ---


@dataclass
class DigestSection:
    """The entries of one attention list, by name, for one organisation."""

    title: Promise
    names: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.names)

    @property
    def shown_names(self) -> list[str]:
        return self.names[:MAX_NAMES_PER_SECTION]

    @property
    def more(self) -> int:
        return max(0, self.count - MAX_NAMES_PER_SECTION)


@dataclass
class Digest:
    """What one organisation's editors hear: the entries needing attention, and who they are."""

    organisation: Organisation
    recipients: list[str]
    sections: list[DigestSection]

    @property
    def item_count(self) -> int:
        return sum(section.count for section in self.sections)

    def queue(self) -> None:
        """Queue the e-mail (names of directory entries only) to all the editors at once: they
        are colleagues, and each sees who else was told."""
        outbox.queue(
            "digest",
            self.recipients,
            subject_template="organisations/email/digest_subject.txt",
            body_template="organisations/email/digest_body.txt",
            context={
                "organisation": self.organisation,
                "sections": self.sections,
                "item_count": self.item_count,
            },
            link=outbox.link_to(reverse("organisations:dashboard")),
            about=self.organisation,
        )


def editor_memberships() -> QuerySet[Membership]:
    """Editors who can receive a digest: active accounts with an e-mail address that did not
    switch the digest off (on their account page)."""
    return (
        Membership.objects.filter(role=MembershipRole.EDITOR, user__is_active=True)
        .exclude(user__email="")
        .exclude(
            Exists(
                NotificationOptOut.objects.filter(
                    user=OuterRef("user"), topic=NotificationTopic.VERIFICATION_DIGEST
                )
            )
        )
    )


def digests_due(*, min_days: int, force: bool = False) -> list[Digest]:
    """A digest for each active organisation with editors and entries needing attention, except
    those that had one in the last `min_days` days (unless `force`), by organisation name.

    A fixed number of queries, however many organisations there are.
    """
    organisations = Organisation.objects.active().filter(
        Exists(editor_memberships().filter(organisation=OuterRef("pk")))
    )
    if not force:
        organisations = organisations.exclude(Exists(recent_digests(min_days)))
    found: dict[int, dict[str, list[str]]] = defaultdict(dict)
    for attention in ATTENTION_LISTS:
        entries = attention.find(organisations).order_by(*attention.ordering)
        for organisation_id, name in entries.values_list(attention.organisation_path, "name"):
            found[organisation_id].setdefault(attention.key, []).append(name)
    if not found:
        return []
    recipients: dict[int, list[str]] = defaultdict(list)
    memberships = editor_memberships().filter(organisation__in=organisations)
    for organisation_id, email in memberships.order_by("user__email").values_list(
        "organisation_id", "user__email"
    ):
        recipients[organisation_id].append(email)
    return [
        Digest(
            organisation=organisation,
            recipients=recipients[organisation.pk],
            sections=[
                DigestSection(attention.title, found[organisation.pk][attention.key])
                for attention in ATTENTION_LISTS
                if attention.key in found[organisation.pk]
            ],
        )
        for organisation in organisations.order_by("name")
        if organisation.pk in found
    ]


def recent_digests(min_days: int) -> QuerySet[VerificationDigest]:
    """Digests sent to the (outer) organisation in the last `min_days` days."""
    since = timezone.now() - datetime.timedelta(days=min_days)
    return VerificationDigest.objects.filter(organisation=OuterRef("pk"), sent_at__gte=since)


def send_digest(digest: Digest, *, min_days: int, force: bool = False) -> bool:
    """Queue the digest for the organisation's editors and record it; False when another run
    sent one meanwhile. The e-mail leaves after commit; if the mail server is down, the outbox
    keeps it for `send_pending_emails`."""
    organisation = Organisation.objects.filter(pk=digest.organisation.pk)
    with transaction.atomic():
        # The row lock makes overlapping runs (cron and a manual one) send one digest, not two.
        list(organisation.select_for_update().values_list("pk"))
        if not force and organisation.filter(Exists(recent_digests(min_days))).exists():
            return False
        digest.queue()
        VerificationDigest.objects.create(
            organisation=digest.organisation,
            recipient_count=len(digest.recipients),
            item_count=digest.item_count,
        )
    return True
