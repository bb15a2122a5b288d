"""Inbox, outbox and the referral page, with one access helper and every client access logged."""

import datetime
import uuid
from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.forms.models import model_to_dict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from consent.models import AccessAction, Client, ConsentText
from consent.policy import Visible, log_access, log_list_view, organisation_ids
from organisations.digests import ATTENTION_LISTS
from organisations.models import ContactPerson, Intervention, InvitationRequest, Organisation
from organisations.permissions import acting_organisation_id, is_coordinator, standing
from organisations.search.recent import recent_searches
from rokportal.pagination import CountedPaginator
from rokportal.query_parameters import slug_parameter

from .actions import (
    CONSENT_ANSWERS,
    NoLegalBasis,
    RecipientUnreachable,
    correct_consent,
    delete_draft,
    make_referral,
    send_referral,
    withdraw_consent,
)
from .calendar import meeting_invitation
from .forms import (
    ApproachForm,
    AssignForm,
    CloseForm,
    ConsentCorrectionForm,
    ConsentStepForm,
    ConsentWithdrawalForm,
    DeclineForm,
    FamilyForm,
    MeetingDeclineForm,
    MeetingRescheduleForm,
    MeetingStepForm,
    MessageForm,
    ProgressForm,
    RecipientSearchForm,
    ReferralFormState,
    ReferralStepForm,
    SafetyBasisForm,
    WithdrawForm,
    answers_of,
    initial_of,
    summary_of,
)
from .models import (
    PROGRESS_BEFORE_ACCEPTING,
    PROGRESS_KINDS,
    SAFETY_BASIS_CATEGORIES,
    AssignmentRefused,
    EventKind,
    InvalidTransition,
    LegalBasis,
    Meeting,
    MeetingRefused,
    Message,
    MessageRefused,
    Referral,
    ReferralStatus,
    categories_by_referral,
)

SENDER, RECIPIENT = "sender", "recipient"

# Rows per page of the inbox and outbox: a busy organisation receives thousands.
REFERRALS_PER_PAGE = 25

# The received box's views by who handles a referral (`?toegewezen=`); none: all of them.
ASSIGNED_TO_ME, UNASSIGNED = "mij", "niemand"
ASSIGNEE_VIEWS = (ASSIGNED_TO_ME, UNASSIGNED)
NOT_ASKED = object()  # the assignee of a count that was not grouped by assignee


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
            "assignee",
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
    # The received box by who handles them (`?toegewezen=mij|niemand`), combinable with the
    # status: the counts of all three views and of each status come from one query, grouped by
    # status and assignee, read from the by-assignee index alone (COUNT(*), not COUNT(id)).
    assigned = request.GET.get("toegewezen") if box == "ontvangen" else None
    if assigned not in ASSIGNEE_VIEWS:
        assigned = None
    if box == "ontvangen":
        grouped = list(
            referrals.order_by().values_list("status", "assignee_id").annotate(n=Count("*"))
        )
    else:  # the sent box has no views by assignee: its counts stay on the outbox index
        by_status = referrals.order_by().values_list("status").annotate(n=Count("*"))
        grouped = [(row_status, NOT_ASKED, n) for row_status, n in by_status]
    counts: dict[str, int] = {}
    view_counts = dict.fromkeys(ASSIGNEE_VIEWS, 0)
    for row_status, assignee_id, n in grouped:
        view = (
            ASSIGNED_TO_ME
            if assignee_id == request.user.pk
            else UNASSIGNED
            if assignee_id is None
            else None
        )
        if view:
            view_counts[view] += n
        if assigned is None or view == assigned:
            counts[row_status] = counts.get(row_status, 0) + n
    if assigned == ASSIGNED_TO_ME:
        referrals = referrals.filter(assignee=request.user)
    elif assigned == UNASSIGNED:
        referrals = referrals.unassigned()
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
            "client",
            "consent",
            "sender_organisation",
            "recipient_organisation",
            "intervention",
            "assignee",
        )
        .order_by(*newest_first)
    )
    show_names(request, page.object_list)
    assignee_query = {"toegewezen": assigned} if assigned else {}
    query = {"map": box} | assignee_query | ({"status": status} if status else {})
    return render(
        request,
        "referrals/referral_list.html",
        {
            "box": box,
            "can_refer": bool(organisations),
            "page": page,
            "referrals": page.object_list,
            "query_string": urlencode(query),
            # The status filter's links keep the assignee view, and the other way round.
            "assignee_query": urlencode({"map": box} | assignee_query),
            "status_query": urlencode({"map": box} | ({"status": status} if status else {})),
            "assigned": assigned,
            "assignee_views": [
                (ASSIGNED_TO_ME, _("Mine"), view_counts[ASSIGNED_TO_ME]),
                (UNASSIGNED, _("Unassigned"), view_counts[UNASSIGNED]),
            ],
            "all_received": sum(n for _status, _assignee, n in grouped),
            "status": status,
            "statuses": [
                (value, label, counts.get(value, 0)) for value, label in ReferralStatus.choices
            ],
            "total": total,
        },
    )


# How much of each list the start page shows, and how far back it looks for messages.
START_LIST_LENGTH = 10
START_MESSAGE_DAYS = 14
# The dashboard's rule for offers that need checking (organisations/digests.py).
OFFERS_TO_CHECK = next(a for a in ATTENTION_LISTS if a.key == "overdue-interventions")


@login_required
@never_cache
def start(request: HttpRequest) -> HttpResponse:
    """What needs me now, where a professional lands after signing in: new referrals to her
    organisations, those assigned to her, the overdue ones, recent messages from the other side
    on referrals she sent or handles, her recent searches, and (for editors) her organisations'
    offers overdue for a check. Each list is one query, however busy the organisation.

    Messages are "recent" (the last START_MESSAGE_DAYS days), not "unread": the portal does
    not record who read what."""
    user = request.user
    organisations = organisation_ids(user)
    newest_first = ("-sent_at", "-created_at")
    related = ("client", "consent", "sender_organisation", "recipient_organisation", "assignee")
    received = Referral.objects.received_by(organisations).select_related(*related)
    lists = {"new": [], "mine": [], "overdue": []}
    if organisations:
        lists = {
            "new": received.new().order_by(*newest_first),
            "mine": received.filter(
                assignee=user, status__in=[ReferralStatus.SENT, ReferralStatus.ACCEPTED]
            ).order_by(*newest_first),
            "overdue": received.overdue().order_by("sent_at", "created_at"),
        }
        lists = {name: list(referrals[:START_LIST_LENGTH]) for name, referrals in lists.items()}
    since = timezone.now() - datetime.timedelta(days=START_MESSAGE_DAYS)
    thread = (
        Message.objects.filter(created_at__gte=since)
        .filter(Q(referral__sender=user) | Q(referral__assignee=user))
        .exclude(author=user)
        .select_related(*(f"referral__{name}" for name in related), "author", "author_organisation")
        .order_by("-created_at")[:START_LIST_LENGTH]
    )
    recent_messages = list(thread)
    shown = [*lists["new"], *lists["mine"], *lists["overdue"]]
    shown += [message.referral for message in recent_messages]
    unique = {referral.pk: referral for referral in shown}
    show_names(request, list(unique.values()))
    for referral in shown:
        referral.family_name = unique[referral.pk].family_name
    offers_to_check = []
    editable = standing(user).editable
    if editable:
        offers_to_check = list(
            OFFERS_TO_CHECK.find(Organisation.objects.filter(pk__in=editable))
            .select_related("organisation")
            .order_by(*OFFERS_TO_CHECK.ordering)[: START_LIST_LENGTH + 1]
        )
    return render(
        request,
        "referrals/start.html",
        {
            **lists,
            "recent_messages": recent_messages,
            "recent_searches": recent_searches(request),
            "offers_to_check": offers_to_check[:START_LIST_LENGTH],
            "more_offers_to_check": len(offers_to_check) > START_LIST_LENGTH,
            "is_member": bool(organisations),
            "is_coordinator": is_coordinator(user),
            "message_days": START_MESSAGE_DAYS,
        },
    )


def show_names(request: HttpRequest, referrals: list[Referral]) -> None:
    """Set `family_name` on each referral whose client's name this user may see (None on the
    others) and `interpreter_language` (see below), and log the rows that show client data.
    The policy decides, for all rows in one query."""
    categories = categories_by_referral(request.user, referrals)
    shown = []
    for referral in referrals:
        visible = Visible(categories[referral.pk])
        referral.family_name = (
            referral.client.full_name if visible.shows("client.full_name") else None
        )
        referral.interpreter_language = interpreter_language(referral, visible)
        if referral.family_name or referral.interpreter_language:
            shown.append((referral.client, referral))
    log_list_view(request, shown)


def interpreter_language(referral: Referral, visible: Visible) -> str | None:
    """The parent's preferred language, by name, when an interpreter is needed and the policy
    shows both (None otherwise): the recipient then knows which interpreter to book."""
    if (
        referral.interpreter_needed
        and visible.shows("referral.interpreter_needed")
        and visible.shows("client.preferred_language")
    ):
        return referral.client.get_preferred_language_display()
    return None


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
    is_sender = referral.sender_organisation_id in organisations
    events = referral.events.select_related("actor", "assignee")
    # That the family was referred elsewhere is the sender's to know, not the declining
    # recipient's.
    events = list(events if is_sender else events.exclude(kind=EventKind.REROUTED))
    in_progress = referral.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED)
    meetings = meetings_for(request, referral, bound_forms.get("reschedule_form"))
    return render(
        request,
        "referrals/referral_detail.html",
        {
            "referral": referral,
            "events": events,
            "rerouted_to": referral.rerouted_to.select_related("recipient_organisation")
            if is_sender and referral.status == ReferralStatus.DECLINED
            else [],
            "latest_progress": latest_progress(referral, events),
            "assignee_contact": assignee_contact(referral),
            "assign_form": AssignForm(referral=referral) if is_recipient and in_progress else None,
            "progress_form": progress_form(referral) if is_recipient and in_progress else None,
            "visible": visible,
            "themes": referral.themes.all(),
            "ended_for_recipient": is_recipient and not referral.is_open,
            "is_sender": is_sender,
            "is_recipient": is_recipient,
            # Only the recipient of a sent referral can decline it: only then are the
            # alternatives looked up.
            "decline_form": DeclineForm(referral=referral)
            if is_recipient and referral.status == ReferralStatus.SENT
            else None,
            "close_form": CloseForm(),
            "withdraw_form": WithdrawForm(),
            "consent_withdrawal_form": ConsentWithdrawalForm(),
            # Only the sender corrects the consent: the recipient's page asks nothing about it.
            "consent_correction_form": ConsentCorrectionForm(referral=referral)
            if referral.consent and is_sender
            else None,
            "message_form": bound_forms.get("message_form") or MessageForm(),
            "message_refusal": referral.message_refusal(),
            "thread": thread(referral, meetings) if visible.shows("referral.messages") else [],
            "meetings": meetings,
        },
    )


def thread(referral: Referral, meetings: list[Meeting]) -> list[Message]:
    """The referral's messages, each with the joint meetings it proposed (`proposed_meetings`,
    from the meetings already read)."""
    messages = list(referral.messages.select_related("author", "author_organisation"))
    for message in messages:
        message.proposed_meetings = [m for m in meetings if m.message_id == message.pk]
    return messages


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


def latest_progress(referral: Referral, events: list) -> object | None:
    """The newest progress the recipient reported while the referral is open (for the "where is
    it now" line), or None."""
    if not referral.is_open:
        return None
    reported = [event for event in events if event.kind in PROGRESS_KINDS]
    return reported[-1] if reported else None


def assignee_contact(referral: Referral):
    """The assignee's work contact details as a contact person of the recipient organisation
    (her direct phone), if she is one; None otherwise (her e-mail address is shown then)."""
    if not referral.assignee_id:
        return None
    return (
        ContactPerson.objects.filter(
            user_id=referral.assignee_id,
            organisation_id=referral.recipient_organisation_id,
            is_active=True,
        )
        .order_by("pk")
        .first()
    )


def progress_form(referral: Referral) -> ProgressForm:
    """The progress form, offering on a sent referral only what may be reported before it is
    accepted (Referral.report_progress)."""
    form = ProgressForm(referral=referral)
    if referral.status == ReferralStatus.SENT:
        field = form.fields["kind"]
        field.choices = [(k, label) for k, label in field.choices if k in PROGRESS_BEFORE_ACCEPTING]
        del form.fields["on"]
    return form


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
    try:
        send_referral(referral, by=request.user)
    except RecipientUnreachable as refusal:
        raise StepRefused(
            _(
                "Not sent: nobody at %(organisation)s can receive referrals in the portal at "
                "the moment. Call the organisation, or ask the coordinator to invite it."
            )
            % {"organisation": referral.recipient_organisation.name}
        ) from refusal


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


@referral_step(RECIPIENT, AssignForm)
def assign(referral: Referral, request: HttpRequest, data: dict) -> str:
    """A member of the recipient organisation assigns the referral to a colleague (or to
    herself), or takes the assignment away."""
    to = data["assignee"]
    try:
        referral.assign(to=to, by=request.user)
    except AssignmentRefused as refusal:
        raise StepRefused(refusal.reason.label) from refusal
    if to is None:
        return _("Nobody is assigned to this referral now.")
    return _("%(name)s is now assigned to this referral.") % {"name": to.get_full_name()}


@referral_step(RECIPIENT, ProgressForm)
def report_progress(referral: Referral, request: HttpRequest, data: dict) -> str:
    """The recipient tells the referrer how far the family is."""
    referral.report_progress(data["kind"], by=request.user, on=data["on"])
    return _("Reported to the referrer: %(progress)s.") % {
        "progress": EventKind(data["kind"]).label.lower()
    }


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
    """Start referring a family: choose the recipient from the directory (unless it came with
    the link: `aanbod` or `organisatie`), answer the question about the (unborn) child's safety,
    whose answer decides the route (the parent's consent, or an explicit, justified legal basis
    without it), then the steps (`referral_form_step`). With `opnieuw`, a declined referral is
    tried again elsewhere for the same family: straight to the consent step.
    """
    organisations = organisation_ids(request.user)
    if not organisations:
        raise PermissionDenied
    declined = declined_referral(request)
    intervention, recipient = chosen_recipient(request)
    if recipient is None:
        return recipient_chooser(request, organisations, declined)
    context = {
        "intervention": intervention,
        "recipient": recipient,
        "contact": intervention.contact_for(request.user) if intervention else None,
        "declined": declined,
    }
    if not (intervention.takes_portal_referrals if intervention else recipient.receives_referrals):
        return unreachable_recipient(request, context)
    if recipient.pk in organisations and (
        declined is None or recipient.pk != declined.sender_organisation_id
    ):
        context["own_organisation"] = True
        return render(request, "referrals/referral_safety_question.html", context, status=400)
    if declined is not None:
        if recipient.pk == declined.recipient_organisation_id:
            messages.error(request, _("This organisation declined the referral: choose another."))
            return redirect(f"{reverse('referrals:new')}?opnieuw={declined.pk}")
        state = ReferralFormState.start(
            request.session, **rerouting(declined, recipient, intervention)
        )
        # Straight to the consent (or basis) step: all else is known and prefilled.
        return redirect(step_url(state, state.steps[-2]))
    concerns = request.GET.get("zorgen")
    if concerns not in {"ja", "nee"}:
        return render(request, "referrals/referral_safety_question.html", context)
    last = Referral.objects.filter(sender=request.user).order_by("-created_at").first()
    state = ReferralFormState.start(
        request.session,
        sender_organisation=acting_organisation_id(request),
        recipient=recipient.pk,
        intervention=intervention.pk if intervention else None,
        route="safety" if concerns == "ja" else "consent",
        # Her own direct number, as she gave it last time: not typed on every referral.
        answers={"approach": {"referral-sender_phone": [last.sender_phone]}} if last else {},
    )
    return redirect(step_url(state, state.steps[0]))


def chosen_recipient(request: HttpRequest) -> tuple[Intervention | None, Organisation | None]:
    """The offer (`aanbod`) or organisation (`organisatie`) the link names: (None, None) when
    it names neither, 404 when it names one that does not take referrals."""
    intervention_slug = slug_parameter(request, "aanbod")
    organisation_slug = slug_parameter(request, "organisatie")
    if intervention_slug:
        intervention = (
            Intervention.objects.listed()
            .accepting_referrals()
            .select_related("organisation")
            .filter(slug=intervention_slug)
            .first()
        )
        if intervention is not None:
            return intervention, intervention.organisation
    if organisation_slug or intervention_slug:
        return None, get_object_or_404(Organisation.objects.active(), slug=organisation_slug)
    return None, None


def declined_referral(request: HttpRequest) -> Referral | None:
    """The declined referral to try again (`opnieuw`), if the user's organisation sent it."""
    try:
        pk = uuid.UUID(request.GET.get("opnieuw", ""))
    except ValueError:
        return None
    referral = get_referral_for_user(request, pk, side=SENDER)
    if referral.status != ReferralStatus.DECLINED:
        raise PermissionDenied
    return referral


def recipient_chooser(
    request: HttpRequest, organisations: set[int], declined: Referral | None
) -> HttpResponse:
    """Choose whom to refer to: the directory's search over offers that take referrals, and
    their organisations. A plain GET search; each result continues as from its page."""
    form = RecipientSearchForm(request.GET)
    offers = []
    if form.is_valid() and form.cleaned_data["q"].strip():
        # Who can receive portal referrals is the directory's rule (taking_portal_referrals).
        found = (
            Intervention.objects.listed()
            .taking_portal_referrals()
            .exclude(organisation_id__in=organisations)
            .search(form.cleaned_data["q"])
        )
        if declined is not None:
            found = found.exclude(organisation_id=declined.recipient_organisation_id)
        offers = list(found.select_related("organisation")[:MAX_RECIPIENT_RESULTS])
    found_organisations = list(
        {offer.organisation_id: offer.organisation for offer in offers}.values()
    )
    return render(
        request,
        "referrals/referral_recipient.html",
        {
            "form": form,
            "offers": offers,
            "organisations": found_organisations,
            "searched": bool(request.GET.get("q", "").strip()),
            "declined": declined,
            "rerouting": f"&opnieuw={declined.pk}" if declined else "",
        },
    )


def rerouting(declined: Referral, recipient: Organisation, intervention) -> dict:
    """A new form for the family of a declined referral: the same client (not typed again),
    its reason, themes and urgency prefilled, and the consent asked afresh for the new
    recipient (consent is per recipient organisation)."""
    approach = ApproachForm(
        initial={
            **model_to_dict(
                declined,
                fields=["reason", "urgency", "contact_method", "best_times", "sender_phone"],
            ),
            "themes": list(declined.themes.values_list("pk", flat=True)),
        }
    )
    return {
        "sender_organisation": declined.sender_organisation_id,
        "recipient": recipient.pk,
        "intervention": intervention.pk if intervention else None,
        "route": "consent" if declined.legal_basis == LegalBasis.CONSENT else "safety",
        "client": str(declined.client_id),
        "interpreter_needed": declined.interpreter_needed,
        "rerouted_from": str(declined.pk),
        "answers": {"approach": answers_of(approach)},
    }


STEP_SLUGS = {
    "family": "gezin",
    "approach": "aanpak",
    "consent": "toestemming",
    "basis": "grondslag",
    "check": "controleren",
}
STEP_TITLES = {
    "family": gettext_lazy("The family"),
    "approach": gettext_lazy("Reason and approach"),
    "consent": gettext_lazy("Consent"),
    "basis": gettext_lazy("Sharing without consent"),
    "check": gettext_lazy("Check and send"),
}
# Offers the recipient chooser lists: enough to pick from; a longer list needs other words.
MAX_RECIPIENT_RESULTS = 20


def step_url(state: ReferralFormState, step: str) -> str:
    return reverse("referrals:new_step", args=[state.token, STEP_SLUGS[step]])


class FormParts:
    """What the steps of one form are about, read once per request: who refers to whom, the
    reused family, the consent texts."""

    def __init__(self, request: HttpRequest, state: ReferralFormState) -> None:
        organisations = organisation_ids(request.user)
        if state.sender_organisation not in organisations:
            raise PermissionDenied
        self.state = state
        self.sender_organisation = Organisation.objects.get(pk=state.sender_organisation)
        self.recipient = get_object_or_404(Organisation.objects.active(), pk=state.recipient)
        self.intervention = (
            Intervention.objects.filter(pk=state.intervention).first()
            if state.intervention
            else None
        )
        self.client = (
            get_object_or_404(
                Client.objects.filter(organisation_id__in=organisations), pk=state.client
            )
            if state.client
            else None
        )
        self.texts = ConsentText.objects.latest_per_language()

    def form(self, step: str, data=None):
        """The step's form, bound to `data` (a POST or the stored answers) if given."""
        state = self.state
        if step == "family":
            return FamilyForm(data)
        if step == "approach":
            return ApproachForm(
                data, shares=SAFETY_BASIS_CATEGORIES if state.route == "safety" else None
            )
        if step == "basis":
            return SafetyBasisForm(data, prefix="basis")
        family = self.family()
        approach = ApproachForm(state.answers("approach"))
        language = (data or state.answers("consent") or {}).get("consent-consent_language")
        return ConsentStepForm(
            data,
            texts=self.texts,
            client_name=family["full_name"],
            client_born=family["date_of_birth"],
            preferred_language=family["preferred_language"],
            recipient=self.recipient,
            language=language,
            needed=approach.categories_needed(),
        )

    def family(self) -> dict:
        """Her name, date of birth and language: of the reused client, or as typed."""
        if self.client is not None:
            return model_to_dict(
                self.client, fields=["full_name", "date_of_birth", "preferred_language"]
            )
        form = FamilyForm(self.state.answers("family"))
        form.is_valid()
        return {
            "full_name": form.cleaned_data.get("full_name", ""),
            "date_of_birth": form.cleaned_data.get("date_of_birth"),
            "preferred_language": form.cleaned_data.get("preferred_language") or "nl",
        }

    def log_family_shown(self, request: HttpRequest) -> None:
        """Log that the reused family's record is shown (re-routing: she is not typed again)."""
        if self.client is not None:
            log_access(
                request, client=self.client, obj=self.client, action=AccessAction.VIEW, granted=True
            )

    def shown(self, step: str):
        """The step's form as shown when the step is opened: its stored answers (unjudged)."""
        form = self.form(step)
        if answers := self.state.answers(step):
            form.initial.update(initial_of(form, answers))
        return form


@login_required
@never_cache
def referral_form_step(request: HttpRequest, token, step: str) -> HttpResponse:
    """One step of the referral form: shown with what was typed before; on POST its own fields
    are kept in the session and checked, and the next (or, with `back`, the previous) step
    follows. Nothing is written to the database before the last step."""
    step = {slug: key for key, slug in STEP_SLUGS.items()}.get(step)
    state = ReferralFormState.load(request.session, token)
    if state is None:
        # Posted twice, or opened again after sending: what the first post made.
        made = Referral.objects.filter(
            submission_token=token, sender_organisation_id__in=organisation_ids(request.user)
        ).first()
        if made is not None:
            return redirect(made)
        messages.error(request, _("This form is no longer open: please start again."))
        return redirect("referrals:list")
    if step not in state.steps:
        raise Http404
    parts = FormParts(request, state)
    if step == "check":
        return check_step(request, state, parts)
    index = state.steps.index(step)
    if request.method == "POST":
        form = parts.form(step, request.POST)
        state.keep(step, request.POST, form)
        if "back" in request.POST and index:
            return redirect(step_url(state, state.steps[index - 1]))
        if "show_language" in request.POST:
            return redirect(step_url(state, step))
        if form.is_valid():
            return redirect(step_url(state, state.steps[index + 1]))
        if form.has_error("consent_language", "not_shown"):
            state.forget(step, "consent-text_shown")  # she has not seen this text yet
    else:
        form = parts.shown(step)
    parts.log_family_shown(request)
    notes = ("medical_notes", "psychosocial_notes", "safety_notes")
    return render(
        request,
        "referrals/referral_step.html",
        step_context(state, parts, step)
        | {
            "form": form,
            "notes": notes,
            # Folded away unless written in or refused: most referrals need none.
            "notes_open": step == "approach"
            and any(form[name].value() or form.has_error(name) for name in notes),
        },
    )


def step_context(state: ReferralFormState, parts: FormParts, step: str) -> dict:
    return {
        "state": state,
        "step": step,
        "number": state.steps.index(step) + 1,
        "steps": [(key, STEP_TITLES[key], step_url(state, key)) for key in state.steps],
        "title": STEP_TITLES[step],
        "recipient": parts.recipient,
        "intervention": parts.intervention,
        "client": parts.client,
        "safety_route": state.route == "safety",
    }


def check_step(request: HttpRequest, state: ReferralFormState, parts: FormParts) -> HttpResponse:
    """The last step: everything answered, with a link to change each step; send or save as a
    draft. Only here is anything stored, by actions.make_referral."""
    forms = {step: parts.form(step, state.answers(step)) for step in state.steps[:-1]}
    for step, form in forms.items():
        if not form.is_valid():
            messages.error(request, _("Please complete this step first."))
            return redirect(step_url(state, step))
    errors = []
    if request.method == "POST":
        try:
            referral, created = make_referral(
                by=request.user,
                sender_organisation=parts.sender_organisation,
                recipient=parts.recipient,
                intervention=parts.intervention,
                client=parts.client or forms["family"].save(commit=False),
                referral=referral_as_filled_in(state, forms),
                themes=forms["approach"].cleaned_data["themes"],
                consent=forms["consent"].save(commit=False) if "consent" in forms else None,
                consent_text=forms["consent"].text if "consent" in forms else None,
                send="send" in request.POST,
                submission_token=state.token,
                record_access=lambda client, obj, action: log_access(
                    request, client=client, obj=obj, action=action, granted=True
                ),
                draft=get_draft(request, state.draft) if state.draft else None,
                rerouted_from=get_referral_for_user(request, state.rerouted_from, side=SENDER)
                if state.rerouted_from
                else None,
            )
        except ValidationError as error:
            errors = error.messages
        except InvalidTransition:
            made = Referral.objects.filter(submission_token=state.token).first()
            if made is not None:  # the same form, posted twice at once: the first one won
                state.discard()
                return redirect(made)
            errors = [_("This referral has been sent meanwhile: it can no longer be changed.")]
        except RecipientUnreachable:  # the last member left while the form was open
            return unreachable_recipient(
                request,
                {
                    "recipient": parts.recipient,
                    "intervention": parts.intervention,
                    "contact": parts.intervention.contact_for(request.user)
                    if parts.intervention
                    else None,
                },
            )
        except NoLegalBasis:
            errors = [
                _(
                    "To send a referral the parent must at least agree to share her contact "
                    "details and the reason for referral."
                )
            ]
        else:
            state.discard()
            if created:  # else the same form was posted twice: show what the first post made
                messages.success(
                    request,
                    _("The referral has been sent.")
                    if referral.status == ReferralStatus.SENT
                    else _("The referral has been saved as a draft."),
                )
            return redirect(referral)
    parts.log_family_shown(request)
    leave_out = ("text_shown", "consent_language", "meldcode_followed")
    return render(
        request,
        "referrals/referral_check.html",
        step_context(state, parts, "check")
        | {
            "errors": errors,
            "sections": [
                (STEP_TITLES[step], summary_of(form, leave_out), step_url(state, step))
                for step, form in forms.items()
            ],
            "consent_text": forms["consent"].text if "consent" in forms else None,
            "interpreter_needed": state.values.get("interpreter_needed"),
        },
        status=400 if errors else 200,
    )


def unreachable_recipient(request: HttpRequest, context: dict) -> HttpResponse:
    """Nobody at the recipient can receive a referral in the portal: no form (nothing typed
    about the family is lost), but the honest alternatives."""
    recipient = context["recipient"]
    context["invitation_request"] = InvitationRequest.objects.open_for(request.user, recipient)
    status = 409 if request.method == "POST" else 200
    return render(request, "referrals/referral_unreachable.html", context, status=status)


def referral_as_filled_in(state: ReferralFormState, forms: dict) -> Referral:
    """The referral as filled in (unsaved); on the safety route with its legal basis."""
    referral = forms["approach"].save(commit=False)
    if "family" in forms:
        referral.interpreter_needed = forms["family"].cleaned_data["interpreter_needed"]
    else:
        referral.interpreter_needed = bool(state.values.get("interpreter_needed"))
    if "basis" in forms:
        referral.legal_basis = forms["basis"].cleaned_data["legal_basis"]
        referral.basis_justification = forms["basis"].cleaned_data["basis_justification"]
    else:
        referral.legal_basis = LegalBasis.CONSENT
        referral.basis_justification = ""
    return referral


def get_draft(request: HttpRequest, pk) -> Referral:
    """A draft of the user's organisation (404 otherwise); a sent one cannot be changed."""
    referral = get_referral_for_user(request, pk, side=SENDER)
    if referral.status != ReferralStatus.DRAFT:
        raise InvalidTransition(referral, "edit")
    return referral


@login_required
@never_cache
@require_GET
def edit_draft(request: HttpRequest, pk) -> HttpResponse:
    """Reopen a draft in the steps, prefilled as it was saved."""
    referral = get_referral_for_user(request, pk, side=SENDER)
    if referral.status != ReferralStatus.DRAFT:
        messages.error(request, _("Only a draft can be changed; this referral has been sent."))
        return redirect(referral)
    log_access(
        request, client=referral.client, obj=referral, action=AccessAction.VIEW, granted=True
    )
    state = ReferralFormState.start(request.session, **draft_answers(referral))
    return redirect(step_url(state, state.steps[0]))


def draft_answers(referral: Referral) -> dict:
    """A draft's client, referral and consent as the steps' answers."""
    client = referral.client
    family = FamilyForm(
        initial=model_to_dict(client, fields=FamilyForm._meta.fields)
        | {"interpreter_needed": referral.interpreter_needed}
    )
    approach = ApproachForm(
        initial=model_to_dict(referral, fields=ApproachForm._meta.fields)
        | {"themes": list(referral.themes.values_list("pk", flat=True))}
    )
    answers = {"family": answers_of(family), "approach": answers_of(approach)}
    if referral.consent_id:
        consent = referral.consent
        initial = model_to_dict(consent, fields=CONSENT_ANSWERS)
        if consent.relation == "self":
            initial["given_by_name"] = ""
        answers["consent"] = {
            f"consent-{name}": values for name, values in consent_answers(initial, consent).items()
        }
    else:
        answers["basis"] = {
            "basis-legal_basis": [referral.legal_basis],
            "basis-basis_justification": [referral.basis_justification],
            "basis-meldcode_followed": ["on"],
        }
    return {
        "sender_organisation": referral.sender_organisation_id,
        "recipient": referral.recipient_organisation_id,
        "intervention": referral.intervention_id,
        "route": "consent" if referral.legal_basis == LegalBasis.CONSENT else "safety",
        "draft": str(referral.pk),
        "rerouted_from": str(referral.rerouted_from_id) if referral.rerouted_from_id else None,
        "answers": answers,
    }


def consent_answers(initial: dict, consent) -> dict[str, list[str]]:
    answers = {
        "consent_language": [consent.consent_text.language],
        "categories": list(initial.pop("categories")),
        "text_shown": ["on"],  # recorded as shown; a change of language asks again
    }
    for name, value in initial.items():
        if value is True:
            answers[name] = ["on"]
        elif value not in (None, "", False):
            answers[name] = [value.isoformat() if hasattr(value, "isoformat") else str(value)]
    return answers


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_draft_view(request: HttpRequest, pk) -> HttpResponse:
    """Delete a draft, after asking (GET shows the question, POST deletes)."""
    referral = get_referral_for_user(request, pk, side=SENDER)
    if referral.status != ReferralStatus.DRAFT:
        messages.error(request, _("Only a draft can be deleted; this referral has been sent."))
        return redirect(referral)
    if request.method == "POST":
        try:
            delete_draft(
                referral,
                by=request.user,
                record_access=lambda client, obj, action: log_access(
                    request, client=client, obj=obj, action=action, granted=True
                ),
            )
        except InvalidTransition:
            messages.error(request, _("Only a draft can be deleted; this referral has been sent."))
            return redirect(referral)
        messages.success(request, _("The draft has been deleted."))
        return redirect(f"{reverse('referrals:list')}?map=verzonden")
    return render(request, "referrals/referral_confirm_delete.html", {"referral": referral})
