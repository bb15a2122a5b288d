"""The one gate to client data: which data categories of which client a user may see now, and
which data category each field a recipient can see belongs to.

The organisation that registered a client sees everything it registered. A recipient
organisation sees exactly the categories of consent that gives it access: consent in force
(not withdrawn, corrected or expired) whose purpose has not ended. Once the referral it was
given for is declined or withdrawn, the recipient sees nothing but that it once received a
referral; once it is closed, only the feedback's categories (FEEDBACK_CATEGORIES) until the
consent's `feedback_until`, then nothing. Everyone else sees nothing, not even that the client
exists.

One rule lives elsewhere, because the dependency direction puts referrals above consent: what
a recipient sees of a referral shared on a safety basis (meldcode, Jeugdwet) instead of
consent is decided in `referrals.models.categories_by_referral`, and nowhere else.

Every decision that shows client data is logged with `log_access` or `log_list_view`.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from accounts.throttling import client_ip
from organisations.models import MembershipRole
from organisations.permissions import acting_organisation_id, standing

from .models import (
    ALL_CATEGORIES,
    AccessAction,
    AccessLogEntry,
    Client,
    ConsentRecord,
    DataCategory,
    PurposeEnd,
)

# Which data category each field a recipient can see belongs to: one category per field, and
# a page shows a field only when its category is visible (`Visible`). Fields about the referral
# itself rather than the family (who referred whom, status, dates, urgency, the outcome
# chosen from a list) are in NOT_CLIENT_DATA; a test holds every field of Client and Referral to
# being in exactly one of the two.
FIELD_CATEGORIES: dict[str, dict[str, str]] = {
    "client": {
        "full_name": DataCategory.CONTACT_DETAILS,
        "date_of_birth": DataCategory.CONTACT_DETAILS,
        "phone": DataCategory.CONTACT_DETAILS,
        "email": DataCategory.CONTACT_DETAILS,
        "postcode": DataCategory.CONTACT_DETAILS,
        "preferred_language": DataCategory.CONTACT_DETAILS,
        "due_date": DataCategory.PREGNANCY_MEDICAL,
        "child_birth_date": DataCategory.PREGNANCY_MEDICAL,
    },
    "referral": {
        "contact_method": DataCategory.CONTACT_DETAILS,
        "best_times": DataCategory.CONTACT_DETAILS,
        "interpreter_needed": DataCategory.CONTACT_DETAILS,
        "reason": DataCategory.REFERRAL_REASON,
        "themes": DataCategory.REFERRAL_REASON,
        "decline_reason": DataCategory.REFERRAL_REASON,
        "feedback": DataCategory.REFERRAL_REASON,
        "withdrawal_reason": DataCategory.REFERRAL_REASON,
        "messages": DataCategory.REFERRAL_REASON,
        "medical_notes": DataCategory.PREGNANCY_MEDICAL,
        "psychosocial_notes": DataCategory.PSYCHOSOCIAL,
        "safety_notes": DataCategory.CHILD_SAFETY,
        "basis_justification": DataCategory.CHILD_SAFETY,
    },
}
NOT_CLIENT_DATA: dict[str, frozenset[str]] = {
    "client": frozenset({"id", "organisation", "registered_by", "created_at", "anonymised_at"}),
    "referral": frozenset(
        {
            "id",
            "client",
            "sender",
            "sender_organisation",
            "sender_phone",
            "recipient_organisation",
            "intervention",
            "contact_person",
            "urgency",
            "legal_basis",
            "consent",
            "status",
            "created_at",
            "sent_at",
            "answered_at",
            "closed_at",
            "suggested_organisation",
            "outcome",
            "assignee",  # the recipient's colleague who handles it: about the team, not her
            "submission_token",
            "anonymised_at",
            "rerouted_from",
        }
    ),
}

# What a recipient still needs once it has closed a referral, while the referrer may ask about
# the feedback: who the family is and what she was referred for, nothing medical or personal.
FEEDBACK_CATEGORIES = frozenset({DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON})


class Visible:
    """What a page may show of one client's data, field by field, for templates:
    `{% if visible.client.phone %}`. A field not declared in FIELD_CATEGORIES is never shown."""

    def __init__(self, categories: frozenset[str]) -> None:
        self.categories = categories

    def __getitem__(self, model: str) -> dict[str, bool]:
        return {
            field: category in self.categories
            for field, category in FIELD_CATEGORIES.get(model, {}).items()
        }

    def __bool__(self) -> bool:
        return bool(self.categories)

    def shows(self, field: str) -> bool:
        """`shows("referral.reason")`: whether the field's category is visible."""
        model, name = field.split(".")
        return self[model].get(name, False)


def organisation_ids(user) -> set[int]:
    """The organisations this user works for; none for anonymous or deactivated users."""
    if not user.is_authenticated or not user.is_active:
        return set()
    return set(standing(user).roles)


def officer_organisations(user) -> list[int]:
    """The organisations for which this user is the designated officer (aandachtsfunctionaris)."""
    roles = standing(user).roles
    return sorted(pk for pk, role in roles.items() if role == MembershipRole.OFFICER)


def registered_by_users_organisation(user, client: Client) -> bool:
    """Whether `user` works for the organisation that registered `client`, which holds her
    record: sees all of it, records and corrects her consent, prints her receipt."""
    return client.organisation_id in organisation_ids(user)


def officer_of_registrar(user, client: Client) -> bool:
    """Whether `user` is the designated officer of the organisation that registered `client`,
    who answers her requests to see or erase what is held about her."""
    return client.organisation_id in officer_organisations(user)


def clients_of_officer(user) -> QuerySet[Client]:
    """The clients whose requests `user` answers as designated officer (`officer_of_registrar`)."""
    return Client.objects.filter(organisation_id__in=officer_organisations(user))


def granted_categories(consent: ConsentRecord, day: datetime.date) -> frozenset[str]:
    """The categories one consent record gives its recipient on `day`, assuming it is in force:
    all it names while its purpose lasts; after closing, the feedback's until feedback_until."""
    categories = frozenset(consent.categories)
    if consent.purpose_ended_at is None:
        return categories
    closed = consent.purpose_end == PurposeEnd.CLOSED
    if closed and consent.feedback_until and day <= consent.feedback_until:
        return categories & FEEDBACK_CATEGORIES
    return frozenset()


def visible_categories(user, client: Client, *, day: datetime.date | None = None) -> frozenset[str]:
    """The data categories of `client` that `user` may see on `day` (today by default)."""
    return visible_categories_by_client(user, [client], day=day)[client.pk]


def visible_categories_by_client(
    user, clients: Iterable[Client], *, day: datetime.date | None = None
) -> dict[object, frozenset[str]]:
    """`visible_categories` for many clients at once, in at most one query whatever their
    number: {client id: categories}."""
    clients = list(clients)
    organisations = organisation_ids(user)
    visible = {client.pk: frozenset() for client in clients}
    if not organisations:
        return visible
    others = []
    for client in clients:
        if client.organisation_id in organisations:
            visible[client.pk] = ALL_CATEGORIES
        else:
            others.append(client.pk)
    if not others:
        return visible
    day = day or timezone.localdate()
    granted = defaultdict(set)
    consents = ConsentRecord.objects.giving_access(day).filter(
        client_id__in=others, recipient_organisation_id__in=organisations
    )
    for consent in consents.only(
        "client_id", "categories", "purpose_ended_at", "purpose_end", "feedback_until"
    ):
        granted[consent.client_id] |= granted_categories(consent, day)
    for pk, categories in granted.items():
        visible[pk] = frozenset(categories)
    return visible


def clients_visible_to(user) -> QuerySet[Client]:
    """Clients whose existence this user may know of: registered by or consented to their
    organisations."""
    organisations = organisation_ids(user)
    consented = ConsentRecord.objects.giving_access().filter(
        recipient_organisation_id__in=organisations
    )
    return Client.objects.filter(
        Q(organisation_id__in=organisations) | Q(pk__in=consented.values("client_id"))
    )


def log_access(
    request: HttpRequest, *, client: Client | None, obj, action: str, granted: bool
) -> AccessLogEntry:
    """Write who looked at (or was refused) which client data, when, on behalf of which
    organisation (the one the user acts for) and from where (her address, not a proxy's)."""
    return AccessLogEntry.objects.create(
        user=request.user if request.user.is_authenticated else None,
        organisation_id=acting_organisation_id(request),
        client=client,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        action=action,
        ip_address=client_ip(request),
        granted=granted,
    )


def log_list_view(request: HttpRequest, shown: Iterable[tuple[Client, object]]) -> None:
    """Log that a list showed these clients' data: (client, object shown) pairs."""
    organisation_id = acting_organisation_id(request)
    ip_address = client_ip(request)
    AccessLogEntry.objects.bulk_create(
        AccessLogEntry(
            user=request.user,
            organisation_id=organisation_id,
            client=client,
            object_type=obj._meta.label_lower,
            object_id=str(obj.pk),
            action=AccessAction.VIEW,
            ip_address=ip_address,
            granted=True,
        )
        for client, obj in shown
    )
