"""Who may maintain which part of the directory.

Editors get django-guardian's object permission `change_organisation` on their own organisation,
granted and revoked as their membership changes (see signals.py). Coordinators maintain every
entry, or only the entries serving the municipalities they coordinate.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import BigIntegerField, Exists, F, OuterRef, QuerySet, Value
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from guardian.models import GroupObjectPermission, UserObjectPermission
from guardian.shortcuts import assign_perm, remove_perm

from rokportal.request_memo import remembered

from .models import (
    ContactPerson,
    Intervention,
    InvitationRequest,
    Location,
    Membership,
    MembershipRole,
    Municipality,
    Organisation,
)

EDIT_ORGANISATION = "organisations.change_organisation"


@dataclass(frozen=True)
class Standing:
    """A user's place in the directory: the organisations she works for (with her role in
    each), those whose entry she may edit by object permission (editors), and the
    municipalities she coordinates (coordinators)."""

    roles: dict[int, str]
    editable: frozenset[int]
    region: frozenset[int]


# Kinds of rows in the standing query besides membership roles.
_EDITABLE, _COORDINATED = "+editable", "+coordinated"


def standing(user) -> Standing:
    """The user's Standing, in one query, looked up once per request (the page header, the
    access helpers and the views all ask)."""
    return remembered(user, "standing", lambda: _look_up_standing(user))


def _look_up_standing(user) -> Standing:
    if not user.is_authenticated:
        return Standing(roles={}, editable=frozenset(), region=frozenset())
    memberships = (
        Membership.objects.filter(user=user)
        .order_by()
        .annotate(row_kind=F("role"), row_target=F("organisation_id"))
        .values_list("row_kind", "row_target")
    )
    if is_coordinator(user):
        # Coordinators maintain by region; their object permissions do not matter.
        extra = [
            Municipality.objects.filter(coordinators=user)
            .order_by()
            .annotate(row_kind=Value(_COORDINATED), row_target=F("pk"))
            .values_list("row_kind", "row_target")
        ]
    else:
        # Straight from guardian's tables: get_objects_for_user compares every organisation's
        # id as text with the permitted ones (3 ms on every page at national scale).
        granted = {
            "permission__content_type": ContentType.objects.get_for_model(Organisation),
            "permission__codename": EDIT_ORGANISATION.split(".")[1],
        }
        extra = [
            permissions.filter(**granted)
            .order_by()
            .annotate(row_kind=Value(_EDITABLE), row_target=Cast("object_pk", BigIntegerField()))
            .values_list("row_kind", "row_target")
            for permissions in (
                UserObjectPermission.objects.filter(user=user),
                GroupObjectPermission.objects.filter(group__user=user),
            )
        ]
    roles, editable, region = {}, set(), set()
    for kind, target in memberships.union(*extra, all=True):
        if kind == _EDITABLE:
            editable.add(target)
        elif kind == _COORDINATED:
            region.add(target)
        else:
            roles[target] = kind
    return Standing(roles=roles, editable=frozenset(editable), region=frozenset(region))


# The session key under which a user who works for several organisations keeps the one she acts
# for; the access log records it (NEN 7513: on whose behalf).
ACTING_ORGANISATION_SESSION_KEY = "acting_organisation"


def acting_organisation_id(request: HttpRequest) -> int | None:
    """The organisation the signed-in user acts for: the one she chose in this session (while
    she still works there), else the only one, else the one she joined first (lowest id);
    None for a user who works for none."""
    organisations = sorted(standing(request.user).roles) if request.user.is_authenticated else []
    if not organisations:
        return None
    chosen = getattr(request, "session", {}).get(ACTING_ORGANISATION_SESSION_KEY)
    return chosen if chosen in organisations else organisations[0]


def act_for(request: HttpRequest, organisation_id: int) -> bool:
    """Let the user act for `organisation_id` from now on in this session; False (and nothing
    changed) if she does not work there."""
    if organisation_id not in standing(request.user).roles:
        return False
    request.session[ACTING_ORGANISATION_SESSION_KEY] = organisation_id
    return True


def is_coordinator(user) -> bool:
    """A signed-in coordinator (or a superuser, who may do everything)."""
    return user.is_authenticated and user.is_active and (user.is_coordinator or user.is_superuser)


def coordinated_organisations(user) -> QuerySet[Organisation]:
    """The organisations within this coordinator's region (all when no region is set)."""
    if not is_coordinator(user):
        return Organisation.objects.none()
    region = standing(user).region
    if user.is_superuser or not region:
        return Organisation.objects.all()
    serves_region = Organisation.municipalities.through.objects.filter(
        organisation=OuterRef("pk"), municipality__in=region
    )
    return Organisation.objects.filter(Exists(serves_region))


def coordinators_of(organisation: Organisation) -> QuerySet:
    """The active coordinators whose region includes a municipality the organisation serves;
    when there are none, those who maintain the whole directory (no region)."""
    coordinators = get_user_model().objects.filter(is_active=True, is_coordinator=True)
    regional = coordinators.filter(
        Exists(
            Municipality.coordinators.through.objects.filter(
                user_id=OuterRef("pk"),
                municipality__organisations=organisation,
            )
        )
    )
    if regional.exists():
        return regional
    return coordinators.filter(coordinated_municipalities__isnull=True)


def maintained_organisations(user) -> QuerySet[Organisation]:
    """Organisations this user may edit: a coordinator's region, or an editor's own."""
    if not (user.is_authenticated and user.is_active):
        return Organisation.objects.none()
    if is_coordinator(user):
        return coordinated_organisations(user)
    return Organisation.objects.filter(pk__in=standing(user).editable)


def maintains_directory(user) -> bool:
    """Whether this user may edit any entry (coordinators and organisation editors)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_coordinator(user):
        return remembered(
            user, "maintains_directory", lambda: coordinated_organisations(user).exists()
        )
    return bool(standing(user).editable)


def can_maintain(user, organisation: Organisation) -> bool:
    """Whether this user may change the organisation's entry, locations, offers and contacts."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_coordinator(user):
        if user.is_superuser or not standing(user).region:
            return True  # the whole directory
        return remembered(
            user,
            f"coordinates:{organisation.pk}",
            lambda: coordinated_organisations(user).filter(pk=organisation.pk).exists(),
        )
    # The editor's object permission (django-guardian), as user.has_perm would check it.
    return organisation.pk in standing(user).editable


def get_organisation_for_maintenance(request: HttpRequest, slug: str) -> Organisation:
    """The organisation to maintain: 404 when unknown, 403 when this user may not change it."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_maintain(request.user, organisation):
        raise PermissionDenied
    return organisation


def get_invitation_request_for_coordinator(request: HttpRequest, pk: int) -> InvitationRequest:
    """An open request to invite an organisation, for a coordinator of its region: 404 when
    unknown or handled, 403 for anyone else."""
    invitation_request = get_object_or_404(
        InvitationRequest.objects.open().select_related("organisation"), pk=pk
    )
    if not (
        is_coordinator(request.user) and can_maintain(request.user, invitation_request.organisation)
    ):
        raise PermissionDenied
    return invitation_request


def get_intervention_for_maintenance(request: HttpRequest, slug: str) -> Intervention:
    """An intervention to maintain: 404 when unknown, 403 for someone else's organisation."""
    return get_part_for_maintenance(request, Intervention, slug=slug)


def get_location_for_maintenance(request: HttpRequest, pk: int) -> Location:
    """A location to maintain: 404 when unknown, 403 for someone else's organisation."""
    return get_part_for_maintenance(request, Location, pk=pk)


def get_contact_for_maintenance(request: HttpRequest, pk: int) -> ContactPerson:
    """A contact person to maintain: 404 when unknown, 403 for someone else's organisation."""
    return get_part_for_maintenance(request, ContactPerson, pk=pk)


# The roles a member may give colleagues of her own organisation: those her own role includes
# (an editor's and an officer's work includes a professional's). A professional manages no one.
GRANTABLE_BY_ROLE = {
    MembershipRole.EDITOR: frozenset({MembershipRole.PROFESSIONAL, MembershipRole.EDITOR}),
    MembershipRole.OFFICER: frozenset({MembershipRole.PROFESSIONAL, MembershipRole.OFFICER}),
}


def grantable_roles(user, organisation: Organisation) -> frozenset[str]:
    """The roles this user may give others in the organisation, or take from them.

    Every role opens the organisation's referrals, so nobody grants a role she does not hold
    there herself: an editor invites professionals and editors, a designated officer
    professionals and officers. A coordinator brings organisations of her region into the
    portal by inviting professionals and editors, but cannot accept her own invitation
    (Invitation.accept_by), so coordinating never turns into seeing client data; officers
    read every change in the organisation's membership log. A superuser grants every role."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if user.is_superuser:
        return frozenset(MembershipRole.values)
    roles = set(GRANTABLE_BY_ROLE.get(standing(user).roles.get(organisation.pk), ()))
    if is_coordinator(user) and can_maintain(user, organisation):
        roles |= {MembershipRole.PROFESSIONAL, MembershipRole.EDITOR}
    return frozenset(roles)


def get_organisation_for_members(request: HttpRequest, slug: str) -> Organisation:
    """The organisation whose colleagues this user manages (editors, designated officers and
    coordinators): 404 when unknown, 403 otherwise."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not grantable_roles(request.user, organisation):
        raise PermissionDenied
    return organisation


def get_membership_for_management(request: HttpRequest, pk: int) -> Membership:
    """A colleague's membership to change or end: 404 when unknown, 403 unless this user may
    give and take the member's present role (never her own: see Membership.change_role)."""
    membership = get_object_or_404(Membership.objects.select_related("organisation", "user"), pk=pk)
    if membership.role not in grantable_roles(request.user, membership.organisation):
        raise PermissionDenied
    return membership


def get_part_for_maintenance(request: HttpRequest, model, *, related=(), **lookup):
    """Something that belongs to an organisation, if this user may maintain that one."""
    part = get_object_or_404(model.objects.select_related("organisation", *related), **lookup)
    if not can_maintain(request.user, part.organisation):
        raise PermissionDenied
    return part


def sync_editor_permission(membership: Membership, *, removed: bool = False) -> None:
    """Grant the object permission to an editor membership; revoke it otherwise."""
    if membership.role == MembershipRole.EDITOR and not removed:
        assign_perm(EDIT_ORGANISATION, membership.user, membership.organisation)
    else:
        remove_perm(EDIT_ORGANISATION, membership.user, membership.organisation)
