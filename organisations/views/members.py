"""Who works for an organisation in the portal, and in which role.

Every role opens the organisation's referrals, so the rules are strict (see
permissions.grantable_roles): nobody gives a role she does not hold, nobody changes her own,
everyone joins by accepting an invitation, and every change is in the membership log that the
organisation's designated officers read here."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mail import outbox

from ..forms import MembershipForm, RoleForm
from ..models import Invitation, MembershipError, MembershipRole, Organisation
from ..permissions import (
    get_membership_for_management,
    get_organisation_for_members,
    grantable_roles,
    is_coordinator,
    standing,
)

# How many of the latest membership changes the page shows.
RECENT_CHANGES = 50


@login_required
def members(request: HttpRequest, slug: str) -> HttpResponse:
    """The colleagues and their roles, pending invitations, the membership log, and the form
    to invite someone."""
    organisation = get_organisation_for_members(request, slug)
    roles = grantable_roles(request.user, organisation)
    form = MembershipForm(
        request.POST or None, organisation=organisation, inviter=request.user, roles=roles
    )
    if request.method == "POST" and form.is_valid():
        email, role = form.cleaned_data["email"], form.cleaned_data["role"]
        invite(request, email=email, organisation=organisation, role=role)
        messages.success(
            request,
            _("An invitation has been sent to %(email)s. The link works once, for %(hours)s hours.")
            % {"email": email, "hours": settings.INVITATION_VALID_HOURS},
        )
        return redirect("organisations:members", organisation.slug)
    memberships = organisation.memberships.select_related("user").order_by("user__email")
    rows = [
        (m, RoleForm(initial={"role": m.role}, roles=roles, prefix=f"m{m.pk}"))
        if m.role in roles and m.user_id != request.user.pk
        else (m, None)
        for m in memberships
    ]
    is_officer = standing(request.user).roles.get(organisation.pk) == MembershipRole.OFFICER
    context = {
        "organisation": organisation,
        "memberships": rows,
        "invitations": organisation.invitations.pending().select_related("invited_by"),
        "form": form,
        "may_coordinate": is_coordinator(request.user),
        "may_invite_officers": MembershipRole.OFFICER in roles,
        "changes": organisation.membership_events.select_related("actor")[:RECENT_CHANGES],
        "is_officer": is_officer or request.user.is_superuser,
    }
    return render(request, "organisations/membership_list.html", context)


@require_POST
@login_required
def change_role(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_membership_for_management(request, pk)
    roles = grantable_roles(request.user, membership.organisation)
    form = RoleForm(request.POST, roles=roles, prefix=f"m{membership.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose one of the roles you may give."))
    else:
        try:
            membership.change_role(form.cleaned_data["role"], by=request.user)
        except MembershipError as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("The role has been changed."))
    return redirect("organisations:members", membership.organisation.slug)


@require_POST
@login_required
def remove_member(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_membership_for_management(request, pk)
    if membership.user == request.user:
        messages.error(request, _("You cannot remove yourself; ask a colleague or coordinator."))
    else:
        membership.end(by=request.user)
        messages.success(
            request,
            _("%(name)s no longer works for this organisation in the portal.")
            % {"name": membership.user},
        )
    return redirect("organisations:members", membership.organisation.slug)


def invite(request: HttpRequest, *, email: str, organisation: Organisation, role: str) -> None:
    """Record the invitation and queue its e-mail, which leaves once this is committed (and,
    if the mail server is down, later: the outbox keeps it)."""
    with transaction.atomic():
        invitation, token = Invitation.send_new(
            email=email, organisation=organisation, role=role, by=request.user
        )
        outbox.queue(
            "invitation",
            [invitation.email],
            subject_template="organisations/email/invitation_subject.txt",
            body_template="organisations/email/invitation_body.txt",
            context={"invitation": invitation, "inviter": request.user},
            link=outbox.link_to(reverse("organisations:accept_invitation", args=[token])),
            about=invitation,
            secret=True,  # the link lets its holder join the organisation
        )


@require_POST
@login_required
def withdraw_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.pending(), pk=pk)
    organisation = get_organisation_for_members(request, invitation.organisation.slug)
    if invitation.role not in grantable_roles(request.user, organisation):
        messages.error(request, _("Only a colleague who may give this role can withdraw it."))
    else:
        invitation.withdraw(by=request.user)
        messages.success(request, _("The invitation has been withdrawn; its link no longer works."))
    return redirect("organisations:members", organisation.slug)
