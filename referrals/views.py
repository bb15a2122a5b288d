"""Inbox, outbox and the referral page, with one access helper and every client access logged."""

import uuid
from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from consent.models import AccessAction, ConsentText
from consent.policy import Visible, log_access, log_list_view, organisation_ids
from organisations.models import Intervention, Organisation
from organisations.permissions import acting_organisation_id
from rokportal.pagination import CountedPaginator
from rokportal.query_parameters import slug_parameter

from .actions import (
    NoLegalBasis,
    correct_consent,
    make_referral,
    send_referral,
    withdraw_consent,
)
from .calendar import meeting_invitation
from .forms import (
    ClientForm,
    CloseForm,
    ConsentCorrectionForm,
    ConsentForm,
    ConsentWithdrawalForm,
    DeclineForm,
    MeetingDeclineForm,
    MeetingRescheduleForm,
    MeetingStepForm,
    MessageForm,
    ReferralForm,
    ReferralStepForm,
    SafetyBasisForm,
    WithdrawForm,
)
from .models import (
    SAFETY_BASIS_CATEGORIES,
    InvalidTransition,
    Meeting,
    MeetingRefused,
    MessageRefused,
    Referral,
    ReferralStatus,
    categories_by_referral,
)

SENDER, RECIPIENT = "sender", "recipient"

# Rows per page of the inbox and outbox: a busy organisation receives thousands.
REFERRALS_PER_PAGE = 25


class StepRefused(Exception):
    """A step's own rule said no; the message tells the user why."""


def get_referral_for_user(request: HttpRequest, pk, *, side: str | None = None) -> Referral:
    """The referral if the user's organisation sent or received it (404 otherwise, logged);
    403 when `side` names the party that may take this step and the user is the other one
    (logged too)."""
    # Not the suggested alternative (only a declined referral has one): PostgreSQL plans a
    # join of eight tables three times slower than one of seven, on every referral page.
    referral = (
        Referral.objects.select_related(
            "client",
            "consent",
            "sender",
            "sender_organisation",
            "recipient_organisation",
            "intervention",
        )
        .filter(pk=pk)
        .first()
    )
    if referral is None:
        raise Http404
    organisations = organisation_ids(request.user)
    is_sender = referral.sender_organisation_id in organisations
    is_recipient = (
        referral.recipient_organisation_id in organisations
        and referral.status != ReferralStatus.DRAFT
    )
    if not (is_sender or is_recipient):
        log_access(
            request, client=referral.client, obj=referral, action=AccessAction.VIEW, granted=False
        )
        raise Http404
    if (side == SENDER and not is_sender) or (side == RECIPIENT and not is_recipient):
        # A party trying the other side's step: not a probe, but still a refused attempt at
        # her data, logged like every other.
        log_access(
            request, client=referral.client, obj=referral, action=AccessAction.CHANGE, granted=False
        )
        raise PermissionDenied
    return referral


@login_required
@never_cache
def referral_list(request: HttpRequest) -> HttpResponse:
    """Received (inbox) or sent (outbox) referrals of the user's organisations, by status,
    newest first, one page at a time (`?pagina=`)."""
    organisations = organisation_ids(request.user)
    box = "verzonden" if request.GET.get("map") == "verzonden" else "ontvangen"
    referrals = (
        Referral.objects.sent_by(organisations)
        if box == "verzonden"
        else Referral.objects.received_by(organisations)
    )
    # COUNT(*), not COUNT(id): the counts are then read from the by-status index alone.
    counts = dict(referrals.order_by().values_list("status").annotate(n=Count("*")))
    total = sum(counts.values())
    status = request.GET.get("status")
    if status in ReferralStatus.values:
        referrals = referrals.filter(status=status)
    else:
        status = None
    newest_first = ("-sent_at", "-created_at")  # as the inbox and outbox indexes are ordered
    # The counts per status give the length already: paging asks no COUNT of its own.
    paginator = CountedPaginator(
        referrals.order_by(*newest_first).values("pk"),
        REFERRALS_PER_PAGE,
        count=counts.get(status, 0) if status else total,
    )
    page = paginator.get_page(request.GET.get("pagina"))
    # One query: the page's referrals are picked in a subquery along the index, and only those
    # are joined to what the list shows, so a late page does not join every row before it.
    page.object_list = list(
        Referral.objects.filter(pk__in=page.object_list)
        .select_related(
            "client", "consent", "sender_organisation", "recipient_organisation", "intervention"
        )
        .order_by(*newest_first)
    )
    show_names(request, page.object_list)
    query = {"map": box} | ({"status": status} if status else {})
    return render(
        request,
        "referrals/referral_list.html",
        {
            "box": box,
            "page": page,
            "referrals": page.object_list,
            "query_string": urlencode(query),
            "status": status,
            "statuses": [
                (value, label, counts.get(value, 0)) for value, label in ReferralStatus.choices
            ],
            "total": total,
        },
    )


def show_names(request: HttpRequest, referrals: list[Referral]) -> None:
    """Set `family_name` on each referral whose client's name this user may see (None on the
    others), and log the names shown. The policy decides, for all rows in one query."""
    categories = categories_by_referral(request.user, referrals)
    shown = []
    for referral in referrals:
        if Visible(categories[referral.pk])["client"]["full_name"]:
            referral.family_name = referral.client.full_name
            shown.append((referral.client, referral))
        else:
            referral.family_name = None
    log_list_view(request, shown)


@login_required
@never_cache
def referral_detail(request: HttpRequest, pk, **bound_forms) -> HttpResponse:
    """The referral page; `bound_forms` (by context name) show a step's form again as it was
    filled in, with its errors at the fields."""
    referral = get_referral_for_user(request, pk)
    visible = Visible(referral.categories_for(request.user))
    if visible:
        log_access(
            request, client=referral.client, obj=referral, action=AccessAction.VIEW, granted=True
        )
    organisations = organisation_ids(request.user)
    is_recipient = referral.recipient_organisation_id in organisations
    return render(
        request,
        "referrals/referral_detail.html",
        {
            "referral": referral,
            "events": referral.events.select_related("actor"),
            "visible": visible,
            "themes": referral.themes.all(),
            "ended_for_recipient": is_recipient and not referral.is_open,
            "is_sender": referral.sender_organisation_id in organisations,
            "is_recipient": is_recipient,
            # Only the recipient of a sent referral can decline it: only then are the
            # alternatives looked up.
            "decline_form": DeclineForm(referral=referral)
            if is_recipient and referral.status == ReferralStatus.SENT
            else None,
            "close_form": CloseForm(),
            "withdraw_form": WithdrawForm(),
            "consent_withdrawal_form": ConsentWithdrawalForm(),
            # Only the sender corrects the consent: only for her is its text looked up.
            "consent_correction_form": ConsentCorrectionForm(referral=referral)
            if referral.consent and referral.sender_organisation_id in organisations
            else None,
            "message_form": bound_forms.get("message_form") or MessageForm(),
            "message_refusal": referral.message_refusal(),
            "thread": referral.messages.select_related("author", "author_organisation")
            if visible.shows("referral.messages")
            else [],
            "meetings": meetings_for(request, referral, bound_forms.get("reschedule_form")),
        },
    )


def own_organisation(request: HttpRequest, referral: Referral) -> Organisation:
    """The side of the referral the user acts on: the sender's if she works there, else the
    recipient's (the access helper let her in as one of them)."""
    if referral.sender_organisation_id in organisation_ids(request.user):
        return referral.sender_organisation
    return referral.recipient_organisation


def meetings_for(
    request: HttpRequest, referral: Referral, bound: MeetingRescheduleForm | None
) -> list[Meeting]:
    """The referral's joint meetings, each with what this user's side may do with it (and
    the forms for that); no client data."""
    side = own_organisation(request, referral).pk
    meetings = list(referral.meetings.select_related("proposed_by", "proposed_by_organisation"))
    can_act = referral.message_refusal() is None
    for meeting in meetings:
        meeting.referral = referral
        meeting.can_answer = can_act and meeting.may_answer(side)
        meeting.can_reschedule = can_act and meeting.may_reschedule(side)
        meeting.can_cancel = meeting.may_cancel(side)
        # Ids of their own: the page may show the forms of several meetings.
        forms = {"referral": referral, "auto_id": f"meeting-{meeting.pk}-%s"}
        if bound is not None and bound.data.get(bound.add_prefix("meeting")) == str(meeting.pk):
            meeting.reschedule_form = bound
        else:
            meeting.reschedule_form = MeetingRescheduleForm(
                initial={"meeting": meeting.pk, "place": meeting.place}, **forms
            )
        meeting.decline_form = MeetingDeclineForm(initial={"meeting": meeting.pk}, **forms)
        meeting.step_form = MeetingStepForm(initial={"meeting": meeting.pk}, **forms)
    return meetings


def referral_step(side: str, form_class=None) -> Callable:
    """A POST-only view for one step: access helper → form → verb → message → redirect."""

    def decorator(step: Callable[[Referral, HttpRequest, dict], str | None]) -> Callable:
        @login_required
        @require_POST
        def view(request: HttpRequest, pk) -> HttpResponse:
            referral = get_referral_for_user(request, pk, side=side)
            data = {}
            if form_class:
                if issubclass(form_class, ReferralStepForm):
                    form = form_class(request.POST, referral=referral)
                else:
                    form = form_class(request.POST)
                if not form.is_valid():
                    # Shown again at the fields, unless a hidden field (what the step is
                    # about) is wrong: then the page has no place for the message.
                    hidden = any(
                        form[name].is_hidden for name in form.errors if name in form.fields
                    )
                    if hasattr(form, "detail_context_name") and not hidden:
                        return show_again(request, pk, form)
                    for errors in form.errors.values():
                        for error in errors:
                            messages.error(request, error)
                    return redirect(referral)
                data = form.cleaned_data
            try:
                done = step(referral, request, data)
            except MeetingRefused as refusal:
                if form_class and refusal.field in form.fields:
                    form.add_error(refusal.field, str(refusal))
                    return show_again(request, pk, form)
                messages.error(request, str(refusal))
            except InvalidTransition as error:
                messages.error(
                    request,
                    _("This step is not possible: the referral is now “%(status)s”.")
                    % {"status": ReferralStatus(error.status).label},
                )
            except StepRefused as refusal:
                messages.error(request, str(refusal))
            except MessageRefused as refusal:
                # Nothing more may be shared about her here: an attempt at her data, refused.
                log_access(
                    request,
                    client=referral.client,
                    obj=referral,
                    action=AccessAction.CHANGE,
                    granted=False,
                )
                messages.error(request, refusal.reason.label)
            except NoLegalBasis:
                messages.error(
                    request,
                    _(
                        "Not sent: there is no consent in force that names this organisation "
                        "for contact details and the reason for referral."
                    ),
                )
            else:
                log_access(
                    request,
                    client=referral.client,
                    obj=referral,
                    action=AccessAction.CHANGE,
                    granted=True,
                )
                messages.success(
                    request,
                    done
                    or _("Done: the referral is now “%(status)s”.")
                    % {"status": referral.get_status_display()},
                )
            return redirect(referral)

        view.side = side  # whose step this is: SENDER, RECIPIENT or None (either party)
        return view

    return decorator


def show_again(request: HttpRequest, pk, form) -> HttpResponse:
    """The referral page again, with this step's form as filled in and its errors at the
    fields (nothing was changed)."""
    return referral_detail(request, pk, **{form.detail_context_name: form})


@referral_step(SENDER)
def send(referral: Referral, request: HttpRequest, data: dict) -> None:
    send_referral(referral, by=request.user)


@referral_step(RECIPIENT)
def accept(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.accept(by=request.user)


@referral_step(RECIPIENT, DeclineForm)
def decline(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.decline(
        by=request.user,
        reason=data["reason"],
        suggested_organisation=data["suggested_organisation"],
    )


@referral_step(RECIPIENT, CloseForm)
def close(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.close(by=request.user, outcome=data["outcome"], feedback=data["feedback"])


@referral_step(SENDER, WithdrawForm)
def withdraw(referral: Referral, request: HttpRequest, data: dict) -> None:
    referral.withdraw(by=request.user, reason=data["reason"])


@referral_step(SENDER, ConsentWithdrawalForm)
def withdraw_consent_view(referral: Referral, request: HttpRequest, data: dict) -> None:
    """The parent withdrew her consent: record it; every referral resting on it is withdrawn."""
    if referral.consent is None or referral.consent.withdrawn_at:
        raise InvalidTransition(referral, "withdraw consent")
    withdraw_consent(
        referral.consent, by=request.user, channel=data["channel"], reason=data["reason"]
    )
    referral.refresh_from_db()


@referral_step(None, MessageForm)
def post_message(referral: Referral, request: HttpRequest, data: dict) -> str:
    if refusal := referral.message_refusal():  # the reason the parent gave comes first
        raise MessageRefused(refusal)
    if not Visible(referral.categories_for(request.user)).shows("referral.messages"):
        raise StepRefused(
            _(
                "You no longer see this family's details on this referral, so you cannot send "
                "messages about her."
            )
        )
    referral.post_message(by=request.user, organisation=own_organisation(request, referral), **data)
    if data.get("meeting_at"):
        return _("Your message and the proposed joint meeting have been sent.")
    return _("Your message has been sent.")


def meeting_step(form_class=MeetingStepForm, *, answer: bool = False) -> Callable:
    """A step on one of the referral's joint meetings, by either party (the meeting's own
    rules say which side may take it); the meeting is named in the form. An `answer` by the
    side that proposed is another side's step: 403."""

    def decorator(step: Callable[[Meeting, Organisation, HttpRequest, dict], str]) -> Callable:
        @referral_step(None, form_class)
        def view(referral: Referral, request: HttpRequest, data: dict) -> str:
            meeting = data["meeting"]
            meeting.referral = referral
            own = own_organisation(request, referral)
            if answer and meeting.proposed_by_organisation_id == own.pk:
                raise PermissionDenied
            return step(meeting, own, request, data)

        view.__name__ = step.__name__
        return view

    return decorator


@meeting_step(answer=True)
def accept_meeting(meeting: Meeting, own: Organisation, request: HttpRequest, data: dict) -> str:
    meeting.accept(by=request.user, organisation=own)
    return _("You accepted the joint meeting; the other side has been told.")


@meeting_step(MeetingDeclineForm, answer=True)
def decline_meeting(meeting: Meeting, own: Organisation, request: HttpRequest, data: dict) -> str:
    meeting.decline(by=request.user, organisation=own, reason=data["reason"])
    return _("You declined the joint meeting; the other side has been told.")


@meeting_step(MeetingRescheduleForm)
def reschedule_meeting(
    meeting: Meeting, own: Organisation, request: HttpRequest, data: dict
) -> str:
    meeting.reschedule(by=request.user, organisation=own, at=data["at"], place=data["place"])
    return _("You proposed another time; the other side has been asked to answer.")


@meeting_step()
def cancel_meeting(meeting: Meeting, own: Organisation, request: HttpRequest, data: dict) -> str:
    meeting.cancel(by=request.user, organisation=own)
    return _("The joint meeting has been cancelled; the other side has been told.")


@login_required
@require_safe
def meeting_calendar(request: HttpRequest, pk, meeting_pk) -> HttpResponse:
    """The joint meeting's calendar invitation (.ics) for either party. It holds no client
    data (referrals/calendar.py), so downloading it is not logged as access to her data."""
    referral = get_referral_for_user(request, pk)
    meeting = get_object_or_404(
        Meeting.objects.select_related("proposed_by"), pk=meeting_pk, referral=referral
    )
    meeting.referral = referral
    response = HttpResponse(
        meeting_invitation(meeting),
        content_type="text/calendar; charset=utf-8; method="
        + ("CANCEL" if meeting.status in ("declined", "cancelled") else "REQUEST"),
    )
    response["Content-Disposition"] = 'attachment; filename="driegesprek.ics"'
    response["Cache-Control"] = "no-store"
    return response


@referral_step(SENDER, ConsentCorrectionForm)
def correct_consent_view(referral: Referral, request: HttpRequest, data: dict) -> str:
    """The consent was recorded wrongly: a new record supersedes it (never an edit)."""
    if referral.consent is None or referral.consent.status != "active":
        raise InvalidTransition(referral, "correct consent")
    changes = {name: value for name, value in data.items() if name != "text_shown"}
    try:
        correct_consent(referral.consent, by=request.user, **changes)
    except ValidationError as error:
        raise StepRefused(
            _("Not corrected: %(problems)s") % {"problems": " ".join(error.messages)}
        ) from error
    return _("The consent has been corrected; the old record is kept.")


@login_required
@never_cache
def new_referral(request: HttpRequest) -> HttpResponse:
    """Refer a family to an intervention or organisation from the directory.

    First the question about the (unborn) child's safety; the answer decides the route:
    the parent's consent, or an explicit, justified legal basis without consent. The work is
    done by actions.make_referral.
    """
    organisations = organisation_ids(request.user)
    if not organisations:
        raise PermissionDenied
    # Sent on behalf of the organisation she acts for (chosen in the header).
    sender_organisation = Organisation.objects.get(pk=acting_organisation_id(request))
    intervention = (
        Intervention.objects.listed()
        .accepting_referrals()
        .select_related("organisation")
        .filter(slug=slug_parameter(request, "aanbod"))
        .first()
    )
    recipient = (
        intervention.organisation
        if intervention
        else get_object_or_404(
            Organisation.objects.active(), slug=slug_parameter(request, "organisatie")
        )
    )
    context = {
        "intervention": intervention,
        "recipient": recipient,
        "contact": intervention.contact_for(request.user) if intervention else None,
    }
    if recipient.pk in organisations:
        context["own_organisation"] = True
        return render(request, "referrals/referral_form.html", context, status=400)
    concerns = request.GET.get("zorgen")
    if concerns not in {"ja", "nee"}:
        return render(request, "referrals/referral_safety_question.html", context)
    safety_route = concerns == "ja"
    consent_texts = latest_consent_texts()
    data = request.POST if request.method == "POST" else None
    client_form = ClientForm(data, prefix="client")
    consent_text = text_in_language(consent_texts, client_form["preferred_language"].value())
    forms = {
        "client": client_form,
        "referral": ReferralForm(data, prefix="referral"),
        "basis": SafetyBasisForm(data, prefix="basis") if safety_route else None,
        "consent": None
        if safety_route
        else ConsentForm(data, prefix="consent", consent_text=consent_text),
    }
    token = submission_token(request.POST.get("token", ""))
    valid = data is not None and all([form.is_valid() for form in forms.values() if form])
    if data is not None:
        # Checked with the other fields, so that every correction is asked for at once.
        shared = SAFETY_BASIS_CATEGORIES if safety_route else consented_categories(forms["consent"])
        valid = forms["referral"].shares_only(shared) and valid
    if valid:
        try:
            referral, created = make_referral(
                by=request.user,
                sender_organisation=sender_organisation,
                recipient=recipient,
                intervention=intervention,
                client=forms["client"].save(commit=False),
                referral=referral_as_filled_in(forms["referral"], forms["basis"]),
                themes=forms["referral"].cleaned_data["themes"],
                consent=forms["consent"].save(commit=False) if forms["consent"] else None,
                consent_text=consent_text,
                send="send" in request.POST,
                submission_token=token,
                record_access=lambda client, obj, action: log_access(
                    request, client=client, obj=obj, action=action, granted=True
                ),
            )
        except ValidationError as error:
            (forms["consent"] or forms["referral"]).add_error(None, error)
        except NoLegalBasis:
            # Only consent can fall short here: the safety route's form requires its
            # justification.
            forms["consent"].add_error(
                "categories",
                _(
                    "To send a referral the parent must at least agree to share her contact "
                    "details and the reason for referral."
                ),
            )
        else:
            if created:  # else the same form was posted twice: show what the first post made
                messages.success(
                    request,
                    _("The referral has been sent.")
                    if referral.status == ReferralStatus.SENT
                    else _("The referral has been saved as a draft."),
                )
            return redirect(referral)
    context.update(
        forms=forms,
        safety_route=safety_route,
        consent_texts=sorted(consent_texts.values(), key=lambda text: text.language != "nl"),
        token=token,
        sender_organisation=sender_organisation,
    )
    return render(request, "referrals/referral_form.html", context)


def referral_as_filled_in(form: ReferralForm, basis: SafetyBasisForm | None) -> Referral:
    """The referral as filled in (unsaved); on the safety route with its legal basis."""
    referral = form.save(commit=False)
    if basis is not None:
        referral.legal_basis = basis.cleaned_data["legal_basis"]
        referral.basis_justification = basis.cleaned_data["basis_justification"]
    return referral


def submission_token(posted: str) -> str:
    """The form's own token, or a fresh one when none (or a malformed one) was posted."""
    try:
        return str(uuid.UUID(posted))
    except ValueError:
        return str(uuid.uuid4())


def latest_consent_texts() -> dict[str, ConsentText]:
    """The newest consent text per language."""
    texts: dict[str, ConsentText] = {}
    for text in ConsentText.objects.order_by("-published_on", "-pk"):
        texts.setdefault(text.language, text)
    return texts


def consented_categories(form: ConsentForm) -> frozenset[str]:
    """The data categories ticked on the consent form (valid or not: the referral's fields are
    checked against what the parent is recorded to allow)."""
    if form.is_valid():
        return frozenset(form.cleaned_data["categories"])
    return frozenset(form.data.getlist(form.add_prefix("categories")))


def text_in_language(texts: dict[str, ConsentText], language: str | None) -> ConsentText | None:
    """The text the parent is shown: in her own language, Dutch when there is none."""
    return texts.get(language or "") or texts.get("nl")
