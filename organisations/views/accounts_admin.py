"""The directory's part in account administration: whose sign-in a coordinator administers.

The pages (lifting a lock-out, unlinking a lost phone) are accounts' (accounts/views.py), which
may not import the directory; accounts finds this module and its rule by name
(accounts/administration.py)."""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet

from accounts.administration import region_rule

from ..models import Membership
from ..permissions import coordinated_organisations, is_coordinator, standing


@region_rule
def accounts_in_region(coordinator) -> QuerySet | None:
    """The people who work for an organisation within the coordinator's region; None (every
    account) for a coordinator without a region or a superuser, who coordinate the whole
    directory (as in coordinated_organisations)."""
    users = get_user_model().objects
    if not is_coordinator(coordinator):
        return users.none()
    if coordinator.is_superuser or not standing(coordinator).region:
        return None
    works_in_region = Membership.objects.filter(
        user=OuterRef("pk"), organisation__in=coordinated_organisations(coordinator)
    )
    return users.filter(Exists(works_in_region))
