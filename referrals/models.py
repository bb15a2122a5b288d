"""The warm handover: a referral from one organisation to another, and its timeline.

Every state change is one verb method (or, where it spans apps, one function in actions.py): it
guards the current state under a row lock, changes the fields together and writes a
ReferralEvent in the same transaction.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable

from django.conf import settings
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consent import policy
from consent.models import Client, ConsentRecord, DataCategory, PurposeEnd
from organisations.models import (
    ContactPerson,
    Intervention,
    Membership,
    Organisation,
    Theme,
    phone_validator,
)


class ReferralStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED]
FINISHED_STATUSES = [ReferralStatus.CLOSED, ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN]


class LegalBasis(models.TextChoices):
    CONSENT = "consent", _("The parent's consent")
    MELDCODE = "meldcode", _("Meldcode step 5 / right to report (Wmo 2015 art. 5.2.6)")
    JEUGDWET = "jeugdwet", _("Youth Act exception: the child's safety requires it")


class Urgency(models.TextChoices):
    NORMAL = "normal", _("Normal")
    SOON = "soon", _("Within a week")
    URGENT = "urgent", _("Urgent: within two working days")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    TEXT_MESSAGE = "text_message", _("Text message")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Letter")
    VIA_REFERRER = "via_referrer", _("Through the referrer")


class Outcome(models.TextChoices):
    GOT_HELP = "got_help", _("Got help")
    NOT_REACHED = "not_reached", _("Could not be contacted")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")
    NO_CAPACITY = "no_capacity", _("No capacity")
    REFERRED_ELSEWHERE = "referred_elsewhere", _("Referred elsewhere")
    NO_LONGER_INTERESTED = "no_longer_interested", _("No longer interested")


class MessageRefusal(models.TextChoices):
    """Why nothing more may be said on a referral's thread, as the user is told."""

    CONSENT_WITHDRAWN = (
        "consent_withdrawn",
        _(
            "The parent has withdrawn her consent: nothing more is shared about her on this "
            "referral, so no messages can be sent."
        ),
    )
    REFERRAL_WITHDRAWN = (
        "referral_withdrawn",
        _("This referral has been withdrawn: no more messages can be sent on it."),
    )
    REFERRAL_DECLINED = (
        "referral_declined",
        _(
            "This referral was declined: the recipient no longer sees the family's details, so "
            "no more messages can be sent on it."
        ),
    )
    FEEDBACK_PERIOD_OVER = (
        "feedback_period_over",
        _(
            "This referral was closed and its feedback period is over: no more messages can be "
            "sent on it."
        ),
    )


class MessageRefused(Exception):
    """The thread takes no more messages; `reason` (a MessageRefusal) says why."""

    def __init__(self, reason: MessageRefusal) -> None:
        self.reason = reason
        super().__init__(f"No message on this referral: {reason.value}")


class InvalidTransition(Exception):
    """The referral is not in a state that allows this step."""

    def __init__(self, referral: Referral, step: str) -> None:
        self.status = referral.status
        self.step = step
        super().__init__(f"Cannot {step} a referral that is {referral.status}")


class AssignmentRefusal(models.TextChoices):
    """Why a referral cannot be assigned as asked, as the user is told."""

    NOT_A_MEMBER = (
        "not_a_member",
        _("Only a member of the organisation that received the referral can be assigned to it."),
    )
    ASSIGNER_NOT_A_MEMBER = (
        "assigner_not_a_member",
        _("Only members of the organisation that received the referral can assign it."),
    )


class AssignmentRefused(Exception):
    """The referral cannot be (re)assigned as asked; `reason` (an AssignmentRefusal) says why."""

    def __init__(self, reason: AssignmentRefusal) -> None:
        self.reason = reason
        super().__init__(f"Not assigned: {reason.value}")


class ReferralQuerySet(models.QuerySet["Referral"]):
    def received_by(self, organisation_ids) -> ReferralQuerySet:
        """Referrals sent to these organisations (drafts stay with the sender)."""
        return self.filter(recipient_organisation_id__in=organisation_ids).exclude(
            status=ReferralStatus.DRAFT
        )

    def sent_by(self, organisation_ids) -> ReferralQuerySet:
        """Referrals made by these organisations, drafts included."""
        return self.filter(sender_organisation_id__in=organisation_ids)

    def unassigned(self) -> ReferralQuerySet:
        """Referrals nobody at the recipient has been assigned to."""
        return self.filter(assignee__isnull=True)

    def new(self) -> ReferralQuerySet:
        """Sent and not yet picked up: unanswered, and nobody assigned to them."""
        return self.filter(status=ReferralStatus.SENT, assignee__isnull=True)

    def overdue(self, *, today: datetime.date | None = None) -> ReferralQuerySet:
        """Sent, and unanswered for more than REFERRAL_ANSWER_WORKING_DAYS working days (the
        rule of `Referral.is_overdue`, as a filter on the day they were sent)."""
        return self.filter(status=ReferralStatus.SENT, sent_at__lt=overdue_if_sent_before(today))

    def waiting_unread(self) -> ReferralQuerySet:
        """Sent and unanswered, to an organisation none of whose active members has signed in
        since, and not reminded about yet (Referral.remind_unread)."""
        signed_in = Membership.objects.filter(
            organisation_id=OuterRef("recipient_organisation_id"),
            user__is_active=True,
            user__last_login__gte=OuterRef("sent_at"),
        )
        reminded = ReferralEvent.objects.filter(
            referral_id=OuterRef("pk"), kind=EventKind.UNREAD_REMINDER
        )
        return self.filter(status=ReferralStatus.SENT).exclude(Exists(signed_in) | Exists(reminded))

    def due_for_unread_reminder(self, today: datetime.date | None = None) -> list[Referral]:
        """`waiting_unread` for REFERRAL_UNREAD_REMINDER_WORKING_DAYS working days or more."""
        today = today or timezone.localdate()
        days = settings.REFERRAL_UNREAD_REMINDER_WORKING_DAYS
        # N working days take at least N days: only those are counted one by one.
        candidates = self.waiting_unread().filter(
            sent_at__date__lte=today - datetime.timedelta(days=days)
        )
        return [
            referral
            for referral in candidates.select_related("recipient_organisation", "sender")
            if working_days_between(timezone.localdate(referral.sent_at), today) >= days
        ]

    def finished_since(self, moment: datetime.datetime) -> ReferralQuerySet:
        """Closed, withdrawn (closed_at) or declined (answered_at) at or after `moment`."""
        return self.filter(status__in=FINISHED_STATUSES).filter(
            Q(closed_at__gte=moment) | Q(closed_at__isnull=True, answered_at__gte=moment)
        )


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Monday-to-Friday days after `start` up to and including `end`: five in each whole week,
    so that an inbox of referrals sent long ago counts them at once."""
    weeks, rest = divmod(max((end - start).days, 0), 7)
    last_whole_week = start + datetime.timedelta(weeks=weeks)
    return weeks * 5 + sum(
        (last_whole_week + datetime.timedelta(days=day)).weekday() < 5 for day in range(1, rest + 1)
    )


def overdue_if_sent_before(today: datetime.date | None = None) -> datetime.datetime:
    """The moment before which a referral still unanswered today was sent if it is overdue:
    the start of the day after the latest day with more than REFERRAL_ANSWER_WORKING_DAYS
    working days from it to today."""
    today = today or timezone.localdate()
    day = today - datetime.timedelta(days=1)
    while working_days_between(day, today) <= settings.REFERRAL_ANSWER_WORKING_DAYS:
        day -= datetime.timedelta(days=1)
    return timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    )


# What a recipient may see when a referral rests on the meldcode or Jeugdwet instead of consent.
SAFETY_BASIS_CATEGORIES = frozenset(
    {DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON, DataCategory.CHILD_SAFETY}
)


def categories_by_referral(
    user, referrals: list[Referral], *, day: datetime.date | None = None
) -> dict[uuid.UUID, frozenset[str]]:
    """The client's data categories `user` may see on each of these referrals on `day`, in at
    most one query whatever their number: {referral id: categories}.

    What consent allows is consent/policy.py's to decide. This is the one place of the rule
    that cannot live there, because consent does not know referrals: the recipient of a
    referral shared on a safety basis (meldcode, Jeugdwet) instead of consent sees
    SAFETY_BASIS_CATEGORIES while it is open; after closing, only the feedback's categories for
    REFERRAL_FEEDBACK_DAYS; after a decline or withdrawal, nothing."""
    day = day or timezone.localdate()
    clients = {referral.client_id: referral.client for referral in referrals}
    by_client = policy.visible_categories_by_client(user, clients.values(), day=day)
    organisations = policy.organisation_ids(user)
    categories = {}
    for referral in referrals:
        categories[referral.pk] = by_client[referral.client_id]
        if (
            referral.legal_basis != LegalBasis.CONSENT
            and referral.recipient_organisation_id in organisations
        ):
            categories[referral.pk] |= _safety_basis_categories(referral, day)
    return categories


def _safety_basis_categories(referral: Referral, day: datetime.date) -> frozenset[str]:
    if referral.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED):
        return SAFETY_BASIS_CATEGORIES
    if referral.status == ReferralStatus.CLOSED and day <= referral.feedback_until():
        return SAFETY_BASIS_CATEGORIES & policy.FEEDBACK_CATEGORIES
    return frozenset()


class Referral(models.Model):
    """A professional hands a family over to another organisation, on an explicit legal basis."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    client = models.ForeignKey(
        Client, verbose_name=_("client"), related_name="referrals", on_delete=models.PROTECT
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("referred by"),
        related_name="sent_referrals",
        on_delete=models.PROTECT,
    )
    sender_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("referring organisation"),
        related_name="sent_referrals",
        on_delete=models.PROTECT,
    )
    sender_phone = models.CharField(
        _("referrer's direct phone"), max_length=20, validators=[phone_validator]
    )
    recipient_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("referred to"),
        related_name="received_referrals",
        on_delete=models.PROTECT,
    )
    intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("intervention"),
        related_name="referrals",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        related_name="referrals",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    reason = models.TextField(_("reason for support"))
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency, default=Urgency.NORMAL)
    contact_method = models.CharField(
        _("preferred contact method"),
        max_length=20,
        choices=ContactMethod,
        default=ContactMethod.PHONE,
    )
    best_times = models.CharField(_("best times to reach her"), max_length=200, blank=True)
    interpreter_needed = models.BooleanField(_("interpreter needed"), default=False)
    legal_basis = models.CharField(
        _("legal basis"), max_length=10, choices=LegalBasis, default=LegalBasis.CONSENT
    )
    consent = models.ForeignKey(
        ConsentRecord,
        verbose_name=_("consent"),
        related_name="referrals",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    basis_justification = models.TextField(
        _("why sharing without consent is necessary"), blank=True
    )
    # One note per data category that has no field of its own, each shown only to those who may
    # see its category (consent/policy.py: FIELD_CATEGORIES).
    medical_notes = models.TextField(_("pregnancy and medical: what they should know"), blank=True)
    psychosocial_notes = models.TextField(
        _("psychosocial situation: what they should know"), blank=True
    )
    safety_notes = models.TextField(_("the child's safety: what they should know"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReferralStatus, default=ReferralStatus.DRAFT
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    suggested_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("suggested alternative"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    outcome = models.CharField(_("outcome"), max_length=30, choices=Outcome, blank=True)
    feedback = models.TextField(_("feedback to the referrer"), blank=True)
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    # The recipient's contact for the sender: a member of the recipient organisation (the verb
    # `assign` checks it, and on PostgreSQL a trigger refuses any other; see migration 0008).
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        related_name="assigned_referrals",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    submission_token = models.UUIDField(
        unique=True,
        null=True,
        editable=False,
        help_text="One per form shown, so a double click or a replayed POST creates one referral.",
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # The declined referral this one tries again for the same family, elsewhere. Only its
    # sender sees the link: the declined referral's recipient never sees the new one.
    rerouted_from = models.ForeignKey(
        "self",
        verbose_name=_("re-routed from"),
        related_name="rerouted_to",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-created_at"]
        # The inbox and outbox of a busy organisation, newest first, all or by status, and
        # their counts per status, read from the index alone.
        indexes = [
            models.Index(
                fields=["recipient_organisation", "-sent_at", "-created_at"],
                condition=~Q(status="draft"),
                name="referral_inbox",
            ),
            models.Index(
                fields=["recipient_organisation", "status", "-sent_at", "-created_at"],
                name="referral_inbox_by_status",
            ),
            # "Mine" and "unassigned" in the inbox, by status or not, and their counts.
            models.Index(
                fields=["recipient_organisation", "assignee", "status", "-sent_at", "-created_at"],
                name="referral_inbox_by_assignee",
            ),
            models.Index(
                fields=["sender_organisation", "-sent_at", "-created_at"], name="referral_outbox"
            ),
            models.Index(
                fields=["sender_organisation", "status", "-sent_at", "-created_at"],
                name="referral_outbox_by_status",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ReferralStatus.values), name="referral_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(legal_basis=LegalBasis.CONSENT, consent__isnull=False)
                | (~Q(legal_basis=LegalBasis.CONSENT) & ~Q(basis_justification=""))
                | Q(anonymised_at__isnull=False),
                name="referral_has_its_legal_basis",
            ),
            models.CheckConstraint(
                condition=~Q(status=ReferralStatus.CLOSED) | ~Q(outcome=""),
                name="referral_closed_has_outcome",
            ),
            models.CheckConstraint(
                condition=Q(status__in=[ReferralStatus.DRAFT, ReferralStatus.WITHDRAWN])
                | Q(sent_at__isnull=False),
                name="referral_sent_has_sent_at",
            ),
            models.CheckConstraint(
                condition=~Q(recipient_organisation=models.F("sender_organisation")),
                name="referral_to_another_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.sender_organisation} → {self.recipient_organisation}"

    def get_absolute_url(self) -> str:
        return reverse("referrals:detail", args=[self.pk])

    def message_refusal(self) -> MessageRefusal | None:
        """Why the thread takes no more messages, or None if it does. Withdrawn consent ends
        all sharing on a referral that rests on it, whatever its status; a referral on the
        safety basis does not rest on consent. A withdrawn or declined referral is over, and a
        closed one once its feedback period is."""
        consent = self.consent if self.consent_id else None
        if self.legal_basis == LegalBasis.CONSENT and consent and consent.withdrawn_at:
            return MessageRefusal.CONSENT_WITHDRAWN
        if self.status == ReferralStatus.WITHDRAWN:
            return MessageRefusal.REFERRAL_WITHDRAWN
        # Access follows the purpose (consent/policy.py): once the recipient no longer sees the
        # family, a thread about her has no one to read it.
        if self.status == ReferralStatus.DECLINED:
            return MessageRefusal.REFERRAL_DECLINED
        if self.status == ReferralStatus.CLOSED and timezone.localdate() > self.feedback_until():
            return MessageRefusal.FEEDBACK_PERIOD_OVER
        return None

    def post_message(
        self, *, by, organisation: Organisation, body: str, meeting_at=None, meeting_place: str = ""
    ) -> Message:
        """Add a message to the thread and tell the other side (link only). Raises
        MessageRefused when the thread takes no more (see `message_refusal`). With
        `meeting_at` and `meeting_place` the message proposes a joint meeting (`Meeting`),
        which the other side answers; a moment in the past raises MeetingRefused."""
        from .notifications import notify  # notifications builds on this module

        with transaction.atomic():
            # The consent's row, then the referral's, in the order withdrawing the consent locks
            # them: a withdrawal in progress is waited for, and then seen.
            if self.consent_id:
                ConsentRecord.objects.select_for_update().filter(pk=self.consent_id).first()
            locked = Referral.objects.select_for_update().get(pk=self.pk)
            if refusal := locked.message_refusal():
                raise MessageRefused(refusal)
            if locked.status == ReferralStatus.DRAFT:
                raise InvalidTransition(locked, "message")
            message = Message.objects.create(
                referral=locked,
                author=by,
                author_organisation=organisation,
                body=body,
            )
            to_recipient = organisation.pk == locked.sender_organisation_id
            if meeting_at is not None:  # one e-mail: the proposal's, which the message is part of
                Meeting.propose(
                    locked,
                    by=by,
                    organisation=organisation,
                    at=meeting_at,
                    place=meeting_place,
                    message=message,
                )
            else:
                notify(
                    locked,
                    EventKind.MESSAGE_TO_RECIPIENT if to_recipient else EventKind.MESSAGE_TO_SENDER,
                )
        return message

    def anonymise(self) -> None:
        """Forget the free text about the family once the retention period is over: the
        reason, the answers and the messages. The timeline, which holds no free text, stays."""
        if self.is_open:
            raise InvalidTransition(self, "anonymise")
        fields = {
            "reason": "",
            "best_times": "",
            "basis_justification": "",
            "medical_notes": "",
            "psychosocial_notes": "",
            "safety_notes": "",
            "decline_reason": "",
            "feedback": "",
            "withdrawal_reason": "",
            "anonymised_at": timezone.now(),
        }
        with transaction.atomic():
            self.meetings.update(place="", decline_reason="")
            self.messages.all().delete()
            Referral.objects.filter(pk=self.pk).update(**fields)
        for name, value in fields.items():
            setattr(self, name, value)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        """Sent, and unanswered for more than REFERRAL_ANSWER_WORKING_DAYS working days."""
        if self.status != ReferralStatus.SENT:
            return False
        waited = working_days_between(timezone.localdate(self.sent_at), timezone.localdate())
        return waited > settings.REFERRAL_ANSWER_WORKING_DAYS

    def categories_for(self, user) -> frozenset[str]:
        """The client's data categories this user may see on this referral, right now
        (`categories_by_referral`)."""
        return categories_by_referral(user, [self])[self.pk]

    def feedback_until(self) -> datetime.date:
        """The last day the recipient of this closed referral may still read what the feedback
        needs (REFERRAL_FEEDBACK_DAYS after closing)."""
        closed = timezone.localdate(self.closed_at)
        return closed + datetime.timedelta(days=settings.REFERRAL_FEEDBACK_DAYS)

    def send(self, *, by, legal_basis_check: Callable[[Referral], None]) -> None:
        """Send a draft to the recipient, who is told (a link, no client data).

        `legal_basis_check` (actions.check_legal_basis: consent lives in another app) is called
        on the locked row, so the basis it approves is the one the referral is sent on; it
        raises to refuse. Call this through actions.send_referral.
        """
        self._transition(
            "send",
            {ReferralStatus.DRAFT},
            ReferralStatus.SENT,
            by,
            guard=legal_basis_check,
            sent_at=timezone.now(),
        )

    def remind_unread(self) -> bool:
        """Nobody at the recipient has signed in since this referral was sent: tell the
        coordinators of the recipient's region and the sender, once (the event on the
        timeline is the mark). False, and nothing told, when it is no longer waiting or was
        reminded about before."""
        from .notifications import notify  # notifications builds on this module

        with transaction.atomic():
            locked = Referral.objects.select_for_update().get(pk=self.pk)
            if (
                locked.status != ReferralStatus.SENT
                or locked.events.filter(kind=EventKind.UNREAD_REMINDER).exists()
            ):
                return False
            ReferralEvent.objects.create(
                referral=locked,
                actor=None,
                kind=EventKind.UNREAD_REMINDER,
                from_status=locked.status,
                to_status=locked.status,
            )
            notify(locked, EventKind.UNREAD_REMINDER)
        return True

    def accept(self, *, by) -> None:
        """The recipient takes the family on."""
        self._transition(
            "accept", {ReferralStatus.SENT}, ReferralStatus.ACCEPTED, by, answered_at=timezone.now()
        )

    def decline(self, *, by, reason: str, suggested_organisation: Organisation | None = None):
        """The recipient cannot help, says why, and may point to an alternative."""
        if not reason.strip():
            raise ValueError("A reason is required to decline a referral.")
        self._transition(
            "decline",
            {ReferralStatus.SENT},
            ReferralStatus.DECLINED,
            by,
            answered_at=timezone.now(),
            decline_reason=reason,
            suggested_organisation=suggested_organisation,
            purpose_end=PurposeEnd.DECLINED,
        )

    def close(self, *, by, outcome: str, feedback: str = "") -> None:
        """The recipient closes the loop: what happened, for the referrer to read."""
        if outcome not in Outcome.values:
            raise ValueError(f"Unknown outcome {outcome!r}.")
        self._transition(
            "close",
            {ReferralStatus.ACCEPTED},
            ReferralStatus.CLOSED,
            by,
            closed_at=timezone.now(),
            outcome=outcome,
            feedback=feedback,
            purpose_end=PurposeEnd.CLOSED,
        )

    def withdraw(self, *, by, reason: str = "", event: str = "") -> None:
        """The sender (or a withdrawn consent) ends an open referral."""
        self._transition(
            "withdraw",
            set(OPEN_STATUSES),
            ReferralStatus.WITHDRAWN,
            by,
            event=event or EventKind.WITHDRAWN,
            closed_at=timezone.now(),
            withdrawal_reason=reason,
            purpose_end=PurposeEnd.REFERRAL_WITHDRAWN,
        )

    def assign(self, *, to, by) -> None:
        """Make `to` (a member of the recipient organisation) the one who handles this
        referral and the sender's contact for it; `to=None` takes the assignment away. Only
        members of the recipient organisation assign, on a sent or accepted referral. The
        assignee is told (a link only) unless she assigned herself. Assigning the one already
        assigned changes nothing."""
        from .notifications import notify  # notifications builds on this module

        with transaction.atomic():
            locked = Referral.objects.select_for_update().get(pk=self.pk)
            if locked.status not in (ReferralStatus.SENT, ReferralStatus.ACCEPTED):
                raise InvalidTransition(locked, "assign")
            if not locked.has_recipient_member(by):
                raise AssignmentRefused(AssignmentRefusal.ASSIGNER_NOT_A_MEMBER)
            if to is not None and not locked.has_recipient_member(to):
                raise AssignmentRefused(AssignmentRefusal.NOT_A_MEMBER)
            previous = locked.assignee_id
            if previous == (to.pk if to else None):
                return
            locked.assignee = to
            locked.save(update_fields=["assignee"])
            ReferralEvent.objects.create(
                referral=locked,
                actor=by,
                kind=EventKind.ASSIGNED if to else EventKind.UNASSIGNED,
                from_status=locked.status,
                to_status=locked.status,
                assignee_id=to.pk if to else previous,
            )
            if to is not None and to.pk != by.pk:
                notify(locked, EventKind.ASSIGNED)
        self.refresh_from_db()

    def has_recipient_member(self, user) -> bool:
        """Whether `user` is an active member of the organisation that received this."""
        return (
            user is not None
            and user.is_active
            and self.recipient_organisation.memberships.filter(user=user).exists()
        )

    def report_progress(self, kind: str, *, by, on: datetime.date | None = None) -> None:
        """The recipient tells the sender how far the family is (one of PROGRESS_KINDS; a
        planned first appointment with its day `on`, today or later). The sender is told (a
        link only).

        Progress belongs to an accepted referral, with two exceptions on a sent one: "contacted
        the family" and "could not reach her". Dutch teams usually phone the parent before
        they decide to take her on (a kennismakingsgesprek or intake call), and the midwife
        who referred her wants to know she has been called, or that she cannot be reached,
        long before the answer. Planning the first appointment and starting help mean the
        family has been taken on: accept first. Every kind may be reported again (a new
        appointment, another failed attempt): the timeline keeps each."""
        if kind not in PROGRESS_KINDS:
            raise ValueError(f"Unknown progress {kind!r}.")
        if kind == EventKind.APPOINTMENT_PLANNED:
            if on is None:
                raise ValueError("A planned appointment needs its date.")
            if on < timezone.localdate():
                raise ValueError("A planned appointment cannot be in the past.")
        else:
            on = None
        allowed = {ReferralStatus.ACCEPTED}
        if kind in PROGRESS_BEFORE_ACCEPTING:
            allowed.add(ReferralStatus.SENT)
        from .notifications import notify  # notifications builds on this module

        with transaction.atomic():
            locked = Referral.objects.select_for_update().get(pk=self.pk)
            if locked.status not in allowed:
                raise InvalidTransition(locked, "report progress on")
            ReferralEvent.objects.create(
                referral=locked,
                actor=by,
                kind=kind,
                from_status=locked.status,
                to_status=locked.status,
                on=on,
            )
            notify(locked, kind)

    def _transition(
        self,
        step: str,
        allowed: set,
        to: str,
        by,
        event: str = "",
        guard: Callable[[Referral], None] | None = None,
        purpose_end: str = "",
        **fields,
    ):
        """Guard, change and record one step atomically under a row lock; `guard`, if given,
        checks a further rule on the locked row and raises to refuse the step. A step that ends
        the referral (`purpose_end`) ends the access its consent gave, unless another open
        referral still rests on that consent."""
        with transaction.atomic():
            locked = Referral.objects.select_for_update().get(pk=self.pk)
            if locked.status not in allowed:
                raise InvalidTransition(locked, step)
            if guard is not None:
                guard(locked)
            previous = locked.status
            for name, value in {**fields, "status": to}.items():
                setattr(locked, name, value)
            locked.save(update_fields=[*fields, "status"])
            kind = event or to
            ReferralEvent.objects.create(
                referral=locked, actor=by, kind=kind, from_status=previous, to_status=to
            )
            if purpose_end and locked.consent_id:
                locked._end_consent_purpose(purpose_end)
            # A draft was never seen by the recipient: of its steps only sending it is news.
            if previous != ReferralStatus.DRAFT or to == ReferralStatus.SENT:
                from .notifications import notify  # notifications builds on this module

                notify(locked, kind)
        self.refresh_from_db()

    def _end_consent_purpose(self, because: str) -> None:
        still_needed = Referral.objects.filter(
            consent_id=self.consent_id, status__in=OPEN_STATUSES
        ).exists()
        if not still_needed:
            self.consent.end_purpose(
                because,
                feedback_until=self.feedback_until() if because == PurposeEnd.CLOSED else None,
            )


class EventKind(models.TextChoices):
    CREATED = "created", _("Created")
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn by the referrer")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Withdrawn because consent was withdrawn")
    MESSAGE_TO_RECIPIENT = "message_to_recipient", _("Message from the referrer")
    MESSAGE_TO_SENDER = "message_to_sender", _("Message from the recipient")
    REPORTED_TO_OFFICER = "reported_to_officer", _("Reported to the designated officer")
    CONSENT_CORRECTED = "consent_corrected", _("Consent corrected")
    REROUTED = "rerouted", _("Re-routed to another organisation")
    MEETING_PROPOSED = "meeting_proposed", _("Joint meeting proposed")
    MEETING_ACCEPTED = "meeting_accepted", _("Joint meeting accepted")
    MEETING_DECLINED = "meeting_declined", _("Joint meeting declined")
    MEETING_RESCHEDULED = "meeting_rescheduled", _("Joint meeting moved to another time")
    MEETING_CANCELLED = "meeting_cancelled", _("Joint meeting cancelled")
    ASSIGNED = "assigned", _("Assigned")
    UNASSIGNED = "unassigned", _("No longer assigned")
    CONTACTED = "contacted", _("Contacted the family")
    APPOINTMENT_PLANNED = "appointment_planned", _("First appointment planned")
    HELP_STARTED = "help_started", _("Help started")
    NOT_REACHED = "not_reached", _("Could not reach the family")
    UNREAD_REMINDER = "unread_reminder", _("Reminder: nobody at the recipient has signed in")


ASSIGNMENT_KINDS = [EventKind.ASSIGNED, EventKind.UNASSIGNED]

# What the recipient reports to the sender along the way (Referral.report_progress).
PROGRESS_KINDS = [
    EventKind.CONTACTED,
    EventKind.APPOINTMENT_PLANNED,
    EventKind.HELP_STARTED,
    EventKind.NOT_REACHED,
]
# Of those, what may be reported before the referral is accepted.
PROGRESS_BEFORE_ACCEPTING = frozenset({EventKind.CONTACTED, EventKind.NOT_REACHED})


class ReferralEvent(models.Model):
    """One step on a referral's timeline. Holds no free-text personal data."""

    referral = models.ForeignKey(
        Referral, verbose_name=_("referral"), related_name="events", on_delete=models.PROTECT
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        related_name="+",
        null=True,
        on_delete=models.PROTECT,
    )
    kind = models.CharField(_("what"), max_length=20, choices=EventKind)
    from_status = models.CharField(_("from"), max_length=10, choices=ReferralStatus, blank=True)
    to_status = models.CharField(_("to"), max_length=10, choices=ReferralStatus)
    # Who was assigned (or, on UNASSIGNED, who no longer is): a user, never free text.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    # The day of a planned first appointment (APPOINTMENT_PLANNED only).
    on = models.DateField(_("on"), null=True, blank=True)

    class Meta:
        verbose_name = _("referral event")
        verbose_name_plural = _("referral events")
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=EventKind.APPOINTMENT_PLANNED, on__isnull=False)
                | (~Q(kind=EventKind.APPOINTMENT_PLANNED) & Q(on__isnull=True)),
                name="referral_event_appointment_has_its_day",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ASSIGNMENT_KINDS, assignee__isnull=False)
                | (~Q(kind__in=ASSIGNMENT_KINDS) & Q(assignee__isnull=True)),
                name="referral_event_assignee_only_on_assignment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind}"


class Message(models.Model):
    """A note between sender and recipient on one referral; it may come with the proposal of a
    joint meeting (`Meeting.message`)."""

    referral = models.ForeignKey(
        Referral, verbose_name=_("referral"), related_name="messages", on_delete=models.PROTECT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    author_organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), related_name="+", on_delete=models.PROTECT
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author} @ {self.created_at:%Y-%m-%d %H:%M}"


class MeetingStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    RESCHEDULED = "rescheduled", _("Other time proposed")
    CANCELLED = "cancelled", _("Cancelled")


PAST_MOMENT_REFUSED = _("This moment has passed: choose a date and time in the future.")

# Waiting for the other side's answer.
OPEN_MEETING_STATUSES = [MeetingStatus.PROPOSED, MeetingStatus.RESCHEDULED]

# How long a joint meeting is planned for in the calendar invitation.
MEETING_DURATION = datetime.timedelta(hours=1)


class MeetingRefused(Exception):
    """A step on a joint meeting that its rules do not allow; `field` names the form field
    the message belongs to, if any."""

    def __init__(self, message: str, *, field: str = "") -> None:
        self.field = field
        super().__init__(message)


class Meeting(models.Model):
    """A joint meeting with the family (driegesprek) that one side of a referral proposes and
    the other answers: accepts, declines or proposes another time.

    A model of its own rather than fields on Message, because a proposal has a life a message
    has not: it is answered, moved and cancelled, by the other side, and the calendar
    invitation needs one stable identity (the UID is the meeting's id) and a counter of
    changes (`sequence`, RFC 5545). The message that proposed it stays in the thread.

    Who answers: the organisation that did not propose (`proposed_by_organisation` is the
    side whose turn it is not). Moving it to another time makes the mover the proposer, so
    the other side answers again. The proposer may cancel; once accepted, either side may
    cancel or propose another time. A time in the past cannot be proposed, and an open
    proposal whose time passed is expired: it can only be moved. Each step is a verb under a
    row lock that writes a ReferralEvent (no free text) and tells the other side (link only).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    referral = models.ForeignKey(
        Referral, verbose_name=_("referral"), related_name="meetings", on_delete=models.PROTECT
    )
    message = models.ForeignKey(
        Message,
        verbose_name=_("message"),
        related_name="meetings",
        null=True,
        blank=True,
        # Anonymising a referral deletes its messages; the meeting (without place) stays.
        on_delete=models.SET_NULL,
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    proposed_by_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("proposing organisation"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    at = models.DateTimeField(_("date and time"))
    place = models.CharField(_("place"), max_length=200)
    status = models.CharField(
        _("status"), max_length=12, choices=MeetingStatus, default=MeetingStatus.PROPOSED
    )
    sequence = models.PositiveIntegerField(
        _("revision"),
        default=0,
        help_text="RFC 5545 SEQUENCE: raised on every change of time or status after the proposal.",
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    decline_reason = models.TextField(_("why not"), blank=True)
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)

    class Meta:
        verbose_name = _("joint meeting")
        verbose_name_plural = _("joint meetings")
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=MeetingStatus.values), name="meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=OPEN_MEETING_STATUSES)
                | Q(answered_by__isnull=False, answered_at__isnull=False),
                name="meeting_answered_has_who_and_when",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.referral} @ {self.at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return f"{self.referral.get_absolute_url()}#meeting-{self.pk}"

    def get_calendar_url(self) -> str:
        return reverse("referrals:meeting_calendar", args=[self.referral_id, self.pk])

    @property
    def is_open(self) -> bool:
        """Waiting for the other side's answer (whether or not its time passed)."""
        return self.status in OPEN_MEETING_STATUSES

    @property
    def is_expired(self) -> bool:
        """Its time passed while it still waited for an answer."""
        return self.is_open and self.at <= timezone.now()

    @property
    def is_past(self) -> bool:
        return self.at <= timezone.now()

    @property
    def shown_status(self) -> str:
        """The state as the page names it: `expired` for an open proposal whose time passed."""
        return "expired" if self.is_expired else self.status

    def ends_at(self) -> datetime.datetime:
        return self.at + MEETING_DURATION

    # --- Who may do what: the one place the rules live (views and templates ask here) ---

    def may_answer(self, organisation_id: int) -> bool:
        """Accept or decline: the side that did not propose, while it is open and not past."""
        return (
            self.is_open
            and not self.is_past
            and organisation_id != self.proposed_by_organisation_id
            and organisation_id in self._party_ids()
        )

    def may_reschedule(self, organisation_id: int) -> bool:
        """Propose another time: the side that did not propose an open meeting (also once its
        time passed), or either side of an accepted meeting still to come."""
        if organisation_id not in self._party_ids():
            return False
        if self.is_open:
            return organisation_id != self.proposed_by_organisation_id
        return self.status == MeetingStatus.ACCEPTED and not self.is_past

    def may_cancel(self, organisation_id: int) -> bool:
        """The proposer, while it is open; either side of an accepted meeting still to come."""
        if organisation_id not in self._party_ids():
            return False
        if self.is_open:
            return organisation_id == self.proposed_by_organisation_id
        return self.status == MeetingStatus.ACCEPTED and not self.is_past

    def _party_ids(self) -> set[int]:
        return {self.referral.sender_organisation_id, self.referral.recipient_organisation_id}

    # --- The verbs ---

    @classmethod
    def propose(
        cls,
        referral: Referral,
        *,
        by,
        organisation: Organisation,
        at: datetime.datetime,
        place: str,
        message: Message | None = None,
    ) -> Meeting:
        """One side proposes a joint meeting; the other side is told. Call within the
        transaction that locked the referral (Referral.post_message does)."""
        _refuse_the_past(at, field="meeting_at")
        if not place.strip():
            raise MeetingRefused(_("Say where the meeting is."), field="meeting_place")
        if organisation.pk not in {
            referral.sender_organisation_id,
            referral.recipient_organisation_id,
        }:
            raise MeetingRefused(_("Only the parties to the referral can propose a meeting."))
        meeting = cls.objects.create(
            referral=referral,
            message=message,
            proposed_by=by,
            proposed_by_organisation=organisation,
            at=at,
            place=place.strip(),
        )
        meeting._record(EventKind.MEETING_PROPOSED, by=by, acting_organisation_id=organisation.pk)
        return meeting

    def accept(self, *, by, organisation: Organisation) -> None:
        """The other side agrees to the proposed time and place."""
        self._step(
            "accept",
            by,
            organisation,
            allowed=Meeting.may_answer,
            event=EventKind.MEETING_ACCEPTED,
            status=MeetingStatus.ACCEPTED,
            answered_by=by,
            answered_at=timezone.now(),
        )

    def decline(self, *, by, organisation: Organisation, reason: str = "") -> None:
        """The other side cannot come, and may say why (shown on the referral page only)."""
        self._step(
            "decline",
            by,
            organisation,
            allowed=Meeting.may_answer,
            event=EventKind.MEETING_DECLINED,
            status=MeetingStatus.DECLINED,
            answered_by=by,
            answered_at=timezone.now(),
            decline_reason=reason.strip(),
            bump=True,
        )

    def reschedule(
        self, *, by, organisation: Organisation, at: datetime.datetime, place: str
    ) -> None:
        """Propose another time (and place): the mover becomes the proposer, and the other
        side answers again."""
        _refuse_the_past(at)
        if not place.strip():
            raise MeetingRefused(_("Say where the meeting is."), field="place")
        self._step(
            "reschedule",
            by,
            organisation,
            allowed=Meeting.may_reschedule,
            event=EventKind.MEETING_RESCHEDULED,
            status=MeetingStatus.RESCHEDULED,
            at=at,
            place=place.strip(),
            proposed_by=by,
            proposed_by_organisation=organisation,
            answered_by=None,
            answered_at=None,
            decline_reason="",
            bump=True,
        )

    def cancel(self, *, by, organisation: Organisation) -> None:
        """The proposer withdraws the proposal, or either side calls off an accepted meeting."""
        self._step(
            "cancel",
            by,
            organisation,
            allowed=Meeting.may_cancel,
            event=EventKind.MEETING_CANCELLED,
            status=MeetingStatus.CANCELLED,
            answered_by=by,
            answered_at=timezone.now(),
            bump=True,
        )

    def _step(
        self,
        step: str,
        by,
        organisation: Organisation,
        *,
        allowed: Callable[[Meeting, int], bool],
        event: str,
        bump: bool = False,
        **fields,
    ) -> None:
        """Guard, change and record one step under row locks (the referral's, then the
        meeting's, as posting a message locks them), and tell the other side."""
        with transaction.atomic():
            referral = Referral.objects.select_for_update().get(pk=self.referral_id)
            locked = Meeting.objects.select_for_update().get(pk=self.pk)
            locked.referral = referral
            if step != "cancel" and (refusal := referral.message_refusal()):
                raise MessageRefused(refusal)
            if not allowed(locked, organisation.pk):
                raise MeetingRefused(_meeting_refusal(locked, step))
            if bump:
                fields["sequence"] = locked.sequence + 1
            for name, value in fields.items():
                setattr(locked, name, value)
            locked.save(update_fields=list(fields))
            locked._record(event, by=by, acting_organisation_id=organisation.pk)
        self.refresh_from_db()

    def _record(self, kind: str, *, by, acting_organisation_id: int) -> None:
        """The timeline's event (no free text), and an e-mail to the other side."""
        from .notifications import notify  # notifications builds on this module

        referral = self.referral
        ReferralEvent.objects.create(
            referral=referral,
            actor=by,
            kind=kind,
            from_status=referral.status,
            to_status=referral.status,
        )
        to_recipient = acting_organisation_id == referral.sender_organisation_id
        notify(referral, kind, to_recipient=to_recipient, meeting=self)


def _refuse_the_past(at: datetime.datetime | None, *, field: str = "at") -> None:
    if at is None:
        raise MeetingRefused(_("Choose a date and time."), field=field)
    if at <= timezone.now():
        raise MeetingRefused(PAST_MOMENT_REFUSED, field=field)


def _meeting_refusal(meeting: Meeting, step: str) -> str:
    if meeting.is_expired and step in ("accept", "decline"):
        return _("The time of this meeting has passed: propose another time instead.")
    if meeting.status in (MeetingStatus.DECLINED, MeetingStatus.CANCELLED):
        return _("This meeting has been declined or cancelled: propose a new one.")
    if step in ("accept", "decline"):
        return _("Only the other side answers a proposed meeting.")
    return _("This step is not possible for this meeting now.")
