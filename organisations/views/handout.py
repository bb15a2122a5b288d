"""The handout: offers picked for a parent, kept in the session (organisations/handout.py)
while the professional searches, printed or e-mailed to the parent with public details only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.views import safe_next
from mail import outbox
from rokportal.query_parameters import slug_parameters

from ..forms import HandoutEmailForm
from ..handout import MAX_ITEMS, Handout, handout_details
from ..models import Intervention


def handout(request: HttpRequest) -> HttpResponse:
    """A printable list of the picked offers for a parent: public details only. A link with
    `aanbod` slugs shows exactly those offers instead."""
    return render_handout(request, HandoutEmailForm())


@require_POST
def handout_add(request: HttpRequest) -> HttpResponse:
    """Put a listed offer on the handout; back to the page she came from."""
    intervention = picked(request)
    if intervention is None:
        return not_listed(request)
    added = Handout(request.session).add(intervention)
    if not added and not request.headers.get("HX-Request"):
        full = _("The handout holds at most %(count)s offers. Remove one first.")
        messages.error(request, full % {"count": MAX_ITEMS})
    return toggled(request, intervention, full=not added)


@require_POST
def handout_remove(request: HttpRequest) -> HttpResponse:
    """Take an offer off the handout; back to the page she came from."""
    intervention = picked(request)
    if intervention is None:
        return not_listed(request)
    Handout(request.session).remove(intervention)
    return toggled(request, intervention)


@require_POST
def handout_clear(request: HttpRequest) -> HttpResponse:
    """Empty the handout, for the next parent."""
    Handout(request.session).clear()
    messages.success(request, _("The handout is empty."))
    return redirect("organisations:handout")


@require_POST
@login_required
def handout_email(request: HttpRequest) -> HttpResponse:
    """E-mail the handout to a parent in her language. The address is used for this e-mail
    only: the outbox forgets it once sent. Signed-in professionals only, so the portal cannot
    be used to send mail to anyone."""
    form = HandoutEmailForm(request.POST)
    interventions = Handout(request.session).interventions()
    if not interventions:
        messages.error(request, _("Pick one or more offers first."))
        return redirect("organisations:handout")
    if not form.is_valid():
        return render_handout(request, form, status=400)
    for intervention in interventions:  # its page in the parents' guide, if it is public
        intervention.guide_link = (
            outbox.link_to(reverse("organisations:guide_intervention", args=[intervention.slug]))
            if intervention.is_public
            else ""
        )
    with transaction.atomic():
        outbox.queue(
            "handout",
            [form.cleaned_data["email"]],
            subject_template="organisations/email/handout_subject.txt",
            body_template="organisations/email/handout_body.txt",
            context={
                "interventions": interventions,
                "guide_link": outbox.link_to(reverse("organisations:guide")),
            },
            language=form.cleaned_data["language"],
            forget_recipient=True,
        )
    messages.success(
        request, _("The handout is on its way to the parent. The portal did not keep the address.")
    )
    return redirect("organisations:handout")


def render_handout(request: HttpRequest, form: HandoutEmailForm, status: int = 200) -> HttpResponse:
    linked = slug_parameters(request, "aanbod")[:MAX_ITEMS]
    if linked:
        interventions = list(handout_details(Intervention.objects.listed().filter(slug__in=linked)))
    else:
        interventions = Handout(request.session).interventions()
    return render(
        request,
        "organisations/handout.html",
        {"interventions": interventions, "from_link": bool(linked), "email_form": form},
        status=status,
    )


def picked(request: HttpRequest) -> Intervention | None:
    """The listed offer named by the form's `aanbod` slug, if there is one."""
    slug = request.POST.get("aanbod", "")
    return Intervention.objects.listed().filter(slug=slug).first() if slug else None


def not_listed(request: HttpRequest) -> HttpResponse:
    messages.error(request, _("That offer is not in the directory (any more)."))
    return redirect(safe_next(request))


def toggled(request: HttpRequest, intervention: Intervention, full: bool = False) -> HttpResponse:
    """With htmx: the offer's toggle and the handout counter, swapped in place (`full`: with
    the reason it was not added); without: back to her page."""
    if request.headers.get("HX-Request"):
        return render(
            request,
            "organisations/includes/handout_toggle.html",
            {
                "intervention": intervention,
                "swap_counter": True,
                "next": safe_next(request),
                "full": full,
                "max_items": MAX_ITEMS,
            },
        )
    return redirect(safe_next(request))
