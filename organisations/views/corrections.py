"""Klopt er iets niet? Professionals report what is wrong in an entry; the organisation's editors
and the coordinators accept the correction (it is applied) or reject it with a reason."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from ..forms import CorrectionAcceptForm, CorrectionRejectForm, CorrectionReportForm
from ..models import (
    Correction,
    CorrectionAlreadyReviewed,
    CorrectionStatus,
    Intervention,
    Organisation,
)
from ..permissions import can_maintain, is_coordinator, maintained_organisations

MAX_LISTED = 200


def get_correction_for_user(
    request: HttpRequest, pk: int, *, to_review: bool = False
) -> Correction:
    """The correction if the user may review it (editor of its organisation, coordinator of its
    region) or reported it; 404 otherwise. With `to_review`, 403 for a reporter who may not
    review it. Sets `may_review` on the correction."""
    correction = (
        Correction.objects.select_related(
            "organisation", "intervention", "reported_by", "reviewed_by"
        )
        .filter(pk=pk)
        .first()
    )
    if correction is None:
        raise Http404
    correction.may_review = can_maintain(request.user, correction.organisation)
    if not (correction.may_review or correction.reported_by_id == request.user.pk):
        raise Http404
    if to_review and not correction.may_review:
        raise PermissionDenied
    return correction


@login_required
@require_http_methods(["GET", "POST"])
def report_organisation_correction(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.active(), slug=slug)
    return report_correction(request, organisation)


@login_required
@require_http_methods(["GET", "POST"])
def report_intervention_correction(request: HttpRequest, slug: str) -> HttpResponse:
    intervention = get_object_or_404(
        Intervention.objects.listed().select_related("organisation"), slug=slug
    )
    return report_correction(request, intervention)


def report_correction(request: HttpRequest, entry: Organisation | Intervention) -> HttpResponse:
    """Klopt er iets niet? Only entries in the directory (listed) can be reported on."""
    form = CorrectionReportForm(request.POST if request.method == "POST" else None, entry=entry)
    if request.method == "POST" and form.is_valid():
        Correction.report(entry, by=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you. The organisation will check it."))
        return redirect(entry)
    return render(request, "organisations/correction_form.html", {"form": form, "entry": entry})


@login_required
def correction_list(request: HttpRequest) -> HttpResponse:
    """The review queue: corrections about the organisations this user maintains."""
    organisations = maintained_organisations(request.user)
    if not (is_coordinator(request.user) or organisations.exists()):
        raise PermissionDenied
    corrections = Correction.objects.about(organisations)
    counts = corrections.aggregate(
        total=Count("pk"), open=Count("pk", filter=Q(status=CorrectionStatus.OPEN))
    )
    show_all = request.GET.get("toon") == "alle"
    if not show_all:
        corrections = corrections.open()
    corrections = corrections.open_first().select_related(
        "organisation", "intervention", "reported_by"
    )[:MAX_LISTED]
    return render(
        request,
        "organisations/correction_list.html",
        {"corrections": corrections, "show_all": show_all, "counts": counts},
    )


@login_required
def my_corrections(request: HttpRequest) -> HttpResponse:
    """The corrections this user reported, and what became of them."""
    corrections = request.user.reported_corrections.open_first().select_related(
        "organisation", "intervention"
    )[:MAX_LISTED]
    return render(
        request, "organisations/correction_list.html", {"corrections": corrections, "mine": True}
    )


@login_required
def correction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The reviewer sees the current text beside the suggestion; the reporter sees the outcome."""
    return render_detail(request, get_correction_for_user(request, pk))


def render_detail(
    request: HttpRequest,
    correction: Correction,
    *,
    accept_form: CorrectionAcceptForm | None = None,
    reject_form: CorrectionRejectForm | None = None,
) -> HttpResponse:
    context = {"correction": correction}
    if correction.may_review and correction.is_open:
        context["accept_form"] = accept_form or CorrectionAcceptForm(correction=correction)
        context["reject_form"] = reject_form or CorrectionRejectForm()
    return render(request, "organisations/correction_detail.html", context)


@login_required
@require_POST
def correction_accept(request: HttpRequest, pk: int) -> HttpResponse:
    correction = get_correction_for_user(request, pk, to_review=True)
    form = CorrectionAcceptForm(request.POST, correction=correction)
    if form.is_valid():
        try:
            correction.accept(by=request.user, value=form.reviewed_value)
        except CorrectionAlreadyReviewed as answered:
            return already_reviewed(request, correction, answered)
        except ValidationError as error:
            form.add_error("value", error)
        else:
            if correction.field_name:
                messages.success(request, _("Accepted: the entry has been changed."))
            else:
                messages.success(
                    request, _("Marked as handled. Change the entry yourself if needed.")
                )
            return redirect("organisations:correction_list")
    return render_detail(request, correction, accept_form=form)


@login_required
@require_POST
def correction_reject(request: HttpRequest, pk: int) -> HttpResponse:
    correction = get_correction_for_user(request, pk, to_review=True)
    form = CorrectionRejectForm(request.POST)
    if form.is_valid():
        try:
            correction.reject(by=request.user, reason=form.cleaned_data["reason"])
        except CorrectionAlreadyReviewed as answered:
            return already_reviewed(request, correction, answered)
        messages.success(request, _("Rejected: the reporter will be told why."))
        return redirect("organisations:correction_list")
    return render_detail(request, correction, reject_form=form)


def already_reviewed(
    request: HttpRequest, correction: Correction, answered: CorrectionAlreadyReviewed
) -> HttpResponse:
    messages.error(
        request,
        _("This correction was already answered: it is “%(status)s”. Nothing was changed.")
        % {"status": CorrectionStatus(answered.status).label},
    )
    return redirect(correction)
