"""Klopt er iets niet? Professionals report what is wrong in an entry; the organisation's editors
and the coordinators accept the correction (it is applied) or reject it with a reason."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from ..models import (
    Correction,
    CorrectionAlreadyReviewed,
    CorrectionStatus,
    Intervention,
    Organisation,
)
from ..permissions import can_maintain, is_coordinator, maintained_organisations

MAX_LISTED = 200
SOMETHING_ELSE = "anders"


class CorrectionReportForm(forms.Form):
    """What is wrong in an entry, and what it should say."""

    field_name = forms.ChoiceField(label=gettext_lazy("Which part is not right?"))
    description = forms.CharField(
        label=gettext_lazy("What is wrong?"),
        help_text=gettext_lazy("Explain what is not right and how you know."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    suggested_value = forms.CharField(
        label=gettext_lazy("What should it say?"),
        help_text=gettext_lazy(
            "The correct text, exactly as it should appear. Leave it empty if you do not know."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, entry: Organisation | Intervention, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.entry = entry
        self.fields["field_name"].choices = [
            ("", _("Choose…")),
            *((field.name, capfirst(field.verbose_name)) for field in self.correctable),
            (SOMETHING_ELSE, _("Something else")),
        ]

    @property
    def correctable(self) -> list[models.Field]:
        return Correction.correctable_fields(self.entry)

    def clean_field_name(self) -> str:
        name = self.cleaned_data["field_name"]
        return "" if name == SOMETHING_ELSE else name

    def clean(self) -> dict:
        data = super().clean()
        name, value = data.get("field_name"), data.get("suggested_value")
        if name and value:
            try:
                Correction.cleaned_value(self.entry, name, value)
            except ValidationError as error:
                self.add_error("suggested_value", error)
        return data


class CorrectionAcceptForm(forms.Form):
    """The value to apply: the suggestion, which the reviewer may improve first."""

    prefix = "accept"

    value = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, correction: Correction, **kwargs) -> None:
        super().__init__(*args, initial={"value": correction.suggested_value}, **kwargs)
        if not correction.field_name:  # "something else": the reviewer edits the entry by hand
            del self.fields["value"]
            return
        field = self.fields["value"]
        field.label = _("New text for “%(field)s”") % {"field": correction.field_label}
        field.help_text = _("The suggested text. You may improve it before accepting.")
        model_field = correction.entry._meta.get_field(correction.field_name)
        field.required = not model_field.blank
        if isinstance(model_field, models.TextField):
            field.widget = forms.Textarea(attrs={"rows": 4})

    @property
    def reviewed_value(self) -> str | None:
        """The value the reviewer sent, or None (apply the suggestion) when none was sent."""
        if "value" not in self.fields or self.add_prefix("value") not in self.data:
            return None
        return self.cleaned_data["value"]


class CorrectionRejectForm(forms.Form):
    prefix = "reject"

    reason = forms.CharField(
        label=gettext_lazy("Why is the correction rejected?"),
        help_text=gettext_lazy("The reporter reads this."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


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
