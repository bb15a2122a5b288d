"""An invited colleague accepts: someone new chooses a password (the only way into the portal,
there is no open sign-up); someone with an account signs in and joins the organisation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ..forms import InvitationAcceptForm
from ..models import Invitation


@never_cache
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = (
        Invitation.objects.select_related("organisation")
        .filter(token_hash=Invitation.hash_token(token))
        .first()
    )
    if invitation is None or not invitation.is_usable:
        return render(request, "organisations/invitation_invalid.html", status=410)
    if get_user_model().objects.filter(email__iexact=invitation.email).exists():
        return join(request, invitation)
    form = InvitationAcceptForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation.accept(
                full_name=form.cleaned_data["full_name"],
                job_title=form.cleaned_data["job_title"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! Your account is ready."))
            return redirect("organisations:search")
    return render(
        request, "organisations/invitation_accept.html", {"form": form, "invitation": invitation}
    )


def join(request: HttpRequest, invitation: Invitation) -> HttpResponse:
    """The invitee has an account: she joins once signed in with the address invited (the
    link alone is not enough, it may have been forwarded)."""
    user = request.user
    is_invitee = user.is_authenticated and user.email.lower() == invitation.email.lower()
    if request.method == "POST" and is_invitee:
        try:
            invitation.accept_by(user)
        except ValidationError as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(
                request,
                _("You now work for %(organisation)s in the portal.")
                % {"organisation": invitation.organisation.name},
            )
            return redirect("organisations:search")
    context = {"invitation": invitation, "is_invitee": is_invitee}
    return render(request, "organisations/invitation_join.html", context)
