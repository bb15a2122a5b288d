"""The one gate to client data: which data categories of which client a user may see now.

The organisation that registered a client sees everything it registered. A recipient
organisation sees exactly the categories of consent in force for it. Everyone else sees nothing,
not even that the client exists. Every decision that shows client data is logged with
`log_access`.
"""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from organisations.models import MembershipRole
from organisations.permissions import standing

from .models import ALL_CATEGORIES, AccessAction, AccessLogEntry, Client, ConsentRecord


def organisation_ids(user) -> set[int]:
    """The organisations this user works for; none for anonymous or deactivated users."""
    if not user.is_authenticated or not user.is_active:
        return set()
    return set(standing(user).roles)


def officer_organisations(user) -> list[int]:
    """The organisations for which this user is the designated officer (aandachtsfunctionaris)."""
    roles = standing(user).roles
    return sorted(pk for pk, role in roles.items() if role == MembershipRole.OFFICER)


def visible_categories(user, client: Client, *, day: datetime.date | None = None) -> frozenset[str]:
    """The data categories of `client` that `user` may see on `day` (today by default)."""
    organisations = organisation_ids(user)
    if not organisations:
        return frozenset()
    if client.organisation_id in organisations:
        return ALL_CATEGORIES
    consented = (
        ConsentRecord.objects.in_force(day)
        .filter(client=client, recipient_organisation_id__in=organisations)
        .values_list("categories", flat=True)
    )
    return frozenset(category for categories in consented for category in categories)


def clients_visible_to(user) -> QuerySet[Client]:
    """Clients whose existence this user may know of: registered by or consented to their
    organisations."""
    organisations = organisation_ids(user)
    consented = ConsentRecord.objects.in_force().filter(recipient_organisation_id__in=organisations)
    return Client.objects.filter(
        Q(organisation_id__in=organisations) | Q(pk__in=consented.values("client_id"))
    )


def log_access(
    request: HttpRequest, *, client: Client | None, obj, action: str, granted: bool
) -> AccessLogEntry:
    """Write who looked at (or was refused) which client data, when and from where."""
    user = request.user if request.user.is_authenticated else None
    organisations = organisation_ids(request.user)
    acting = None
    if client is not None and client.organisation_id in organisations:
        acting = client.organisation_id
    elif organisations:
        # On behalf of the organisation the consent names, if any; else the user's first.
        consenting = ConsentRecord.objects.in_force().filter(
            client=client, recipient_organisation_id__in=organisations
        )
        acting = consenting.values_list("recipient_organisation_id", flat=True).first() or min(
            organisations
        )
    return AccessLogEntry.objects.create(
        user=user,
        organisation_id=acting,
        client=client,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        action=action,
        ip_address=request.META.get("REMOTE_ADDR") or None,
        granted=granted,
    )


def log_list_view(request: HttpRequest, shown: list[tuple[Client, object, int]]) -> None:
    """Log that a list showed these clients' data: (client, object, acting organisation id)."""
    ip_address = request.META.get("REMOTE_ADDR") or None
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
        for client, obj, organisation_id in shown
    )
