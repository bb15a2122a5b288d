"""Steps that span apps: making a referral (the parent, her consent, the referral), sending
checks consent, withdrawing or correcting consent moves the referrals resting on it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from consent.models import AccessAction, Client, ConsentRecord, ConsentText, DataCategory
from organisations.models import Intervention, Organisation, Theme

from .models import (
    OPEN_STATUSES,
    EventKind,
    InvalidTransition,
    LegalBasis,
    Referral,
    ReferralEvent,
    ReferralStatus,
)

# Without these a recipient cannot even call the family or know why.
REQUIRED_CATEGORIES = {DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON}


# Records one access to client data in the access log: (client, object, AccessAction).
AccessRecorder = Callable[[Client, models.Model, str], object]

# What the professional may type again for a parent her organisation registered before.
UPDATABLE_CLIENT_FIELDS = (
    "phone",
    "postcode",
    "due_date",
    "child_birth_date",
    "preferred_language",
)


# What editing a draft may change on it: the form's fields and the basis it rests on.
EDITABLE_DRAFT_FIELDS = (
    "reason",
    "urgency",
    "contact_method",
    "best_times",
    "interpreter_needed",
    "sender_phone",
    "medical_notes",
    "psychosocial_notes",
    "safety_notes",
    "legal_basis",
    "basis_justification",
)

# The answers of a consent record that a correction may change.
CONSENT_ANSWERS = (
    "given_by_name",
    "relation",
    "method",
    "parent_present",
    "purpose",
    "categories",
    "valid_until",
)


class NoLegalBasis(Exception):
    """The referral may not be sent: no consent in force for this recipient (or meldcode basis)."""


def make_referral(
    *,
    by,
    sender_organisation: Organisation,
    recipient: Organisation,
    intervention: Intervention | None,
    client: Client,
    referral: Referral,
    themes: Iterable[Theme] = (),
    consent: ConsentRecord | None = None,
    consent_text: ConsentText | None = None,
    send: bool = False,
    submission_token: str,
    record_access: AccessRecorder,
    draft: Referral | None = None,
    rerouted_from: Referral | None = None,
) -> tuple[Referral, bool]:
    """Refer a family: register the parent (or update her record), record her consent, create
    the referral and, if `send`, send it; all of it or nothing. Returns (referral, created).

    - `client`: the parent as typed (unsaved). If `sender_organisation` registered her before
      (same name, any case, and date of birth), that record is used and what was filled in now
      replaces what it held; a parent of another organisation is never reused. A saved client
      (re-routing: the family is not typed again) is used as she is, if `sender_organisation`
      registered her.
    - `draft`: a draft of the sender's to change instead of making a new referral (its
      recipient stays). Changed consent answers are recorded as a correction that supersedes
      the draft's consent (a new record if that one is no longer in force); unchanged ones
      keep it.
    - `rerouted_from`: the declined referral this one tries again elsewhere, for the same
      family; its timeline says so once this one is sent.
    - `referral`: the referral as filled in (unsaved): reason, urgency, contact wishes; on the
      safety route also its `legal_basis` and `basis_justification`.
    - `consent`: what the parent agreed to (unsaved), shown `consent_text`; None on the safety
      route. A ValidationError says what a record refuses (also: no consent text yet).
    - `submission_token`: the form's token. The same form posted twice makes one referral: the
      second post gets the first one back, with created False.
    - `record_access`: writes the access log (the view knows the user's address); called for
      the parent's record and the referral inside the transaction, so the log holds exactly
      what was stored.

    Raises NoLegalBasis (nothing stored) when `send` is asked and the basis does not hold.
    """
    earlier = Referral.objects.filter(submission_token=submission_token).first()
    if earlier is not None:
        return earlier, False
    try:
        with transaction.atomic():
            if not client._state.adding:
                known = Client.objects.select_for_update().get(pk=client.pk)
                if known.organisation_id != sender_organisation.pk or known.anonymised_at:
                    raise ValidationError(_("This family's record cannot be used here."))
                client = known
            else:
                known = (
                    Client.objects.select_for_update()
                    .filter(
                        organisation=sender_organisation,
                        anonymised_at__isnull=True,
                        full_name__iexact=client.full_name.strip(),
                        date_of_birth=client.date_of_birth,
                    )
                    .first()
                )
            if known is client:
                record_access(client, client, AccessAction.VIEW)
            elif known is None:
                client.organisation = sender_organisation
                client.registered_by = by
                client.save()
                record_access(client, client, AccessAction.CREATE)
            else:
                changed = [
                    name
                    for name in UPDATABLE_CLIENT_FIELDS
                    if getattr(client, name) not in (None, "")
                    and getattr(client, name) != getattr(known, name)
                ]
                for name in changed:
                    setattr(known, name, getattr(client, name))
                known.save(update_fields=changed)
                record_access(known, known, AccessAction.CHANGE)
                client = known
            if draft is not None:
                referral = _draft_as_filled_in(draft, referral)
            if consent is not None:
                if consent_text is None:
                    raise ValidationError(
                        _("No consent text has been published yet: ask your coordinator.")
                    )
                consent.client = client
                consent.recorded_by = by
                consent.recipient_organisation = recipient
                consent.recipient_intervention = intervention
                consent.consent_text = consent_text
                referral.consent = _recorded_consent(consent, draft, by=by)
                referral.legal_basis = LegalBasis.CONSENT
            elif draft is not None:
                referral.consent = None
            referral.client = client
            referral.sender = by
            referral.sender_organisation = sender_organisation
            referral.recipient_organisation = recipient
            referral.intervention = intervention
            referral.contact_person = intervention.contact_for(by) if intervention else None
            referral.submission_token = submission_token
            if rerouted_from is not None:
                referral.rerouted_from = rerouted_from
            referral.save()
            referral.themes.set(themes)
            record_access(client, referral, AccessAction.CHANGE if draft else AccessAction.CREATE)
            if send:
                send_referral(referral, by=by)
    except IntegrityError:  # a simultaneous double submit won the race
        existing = Referral.objects.filter(submission_token=submission_token).first()
        if existing is None:
            raise
        return existing, False
    return referral, True


def _draft_as_filled_in(draft: Referral, typed: Referral) -> Referral:
    """The draft, locked, with what was typed now in place of what it held."""
    locked = Referral.objects.select_for_update().get(pk=draft.pk)
    if locked.status != ReferralStatus.DRAFT:
        raise InvalidTransition(locked, "edit")
    for name in EDITABLE_DRAFT_FIELDS:
        setattr(locked, name, getattr(typed, name))
    return locked


def _recorded_consent(consent: ConsentRecord, draft: Referral | None, *, by) -> ConsentRecord:
    """The consent the referral rests on: `consent` (unsaved) recorded; on a draft whose
    consent has the same answers, text and recipient, that one; if those answers changed, a
    correction superseding it (never an edit), or a new record if it is no longer in force."""
    earlier = (
        ConsentRecord.objects.filter(pk=draft.consent_id).first()
        if draft is not None and draft.consent_id
        else None
    )
    if earlier is not None and earlier.client_id == consent.client.pk:
        changes = {
            name: getattr(consent, name)
            for name in (*CONSENT_ANSWERS, "consent_text")
            if getattr(consent, name) != getattr(earlier, name)
        }
        if "categories" in changes and sorted(set(changes["categories"])) == earlier.categories:
            del changes["categories"]
        if not changes:
            return earlier
        if earlier.status == "active":
            return earlier.correct(**changes)
    consent.save()
    return consent


class RecipientUnreachable(Exception):
    """The referral may not be sent: nobody at the recipient organisation can receive it in
    the portal (OrganisationQuerySet.receiving_referrals)."""


def send_referral(referral: Referral, *, by) -> None:
    """Send a draft, provided someone at the recipient can receive it and its legal basis
    holds, right now (both checked under the row lock). A referral that re-routes a declined
    one marks that one's timeline."""
    with transaction.atomic():
        referral.send(by=by, legal_basis_check=check_before_sending)
        if referral.rerouted_from_id:
            ReferralEvent.objects.create(
                referral_id=referral.rerouted_from_id,
                actor=by,
                kind=EventKind.REROUTED,
                from_status=ReferralStatus.DECLINED,
                to_status=ReferralStatus.DECLINED,
            )


def check_before_sending(referral: Referral) -> None:
    """Raise RecipientUnreachable or NoLegalBasis to refuse sending this referral now."""
    check_recipient_reachable(referral)
    check_legal_basis(referral)


def check_recipient_reachable(referral: Referral) -> None:
    """Raise RecipientUnreachable unless the recipient organisation receives referrals now
    (read afresh: the last member may have left since the draft was made)."""
    receiving = Organisation.objects.receiving_referrals().filter(
        pk=referral.recipient_organisation_id
    )
    if not receiving.exists():
        raise RecipientUnreachable(
            f"Nobody at organisation {referral.recipient_organisation_id} receives referrals."
        )


def delete_draft(referral: Referral, *, by, record_access: AccessRecorder) -> None:
    """Delete a draft that was never sent, and what only it used: the consent records made for
    it. Its client, if no other referral or consent needs her, is anonymised rather than
    deleted: the access log (append-only) keeps pointing at her row. The deletion is logged."""
    with transaction.atomic():
        locked = Referral.objects.select_for_update().get(pk=referral.pk)
        if locked.status != ReferralStatus.DRAFT:
            raise InvalidTransition(locked, "delete")
        client = Client.objects.select_for_update().get(pk=locked.client_id)
        chain = []
        consent = ConsentRecord.objects.filter(pk=locked.consent_id).first()
        while consent is not None:
            chain.append(consent.pk)
            consent = consent.supersedes
        record_access(client, locked, AccessAction.ERASE)
        ReferralEvent.objects.filter(referral=locked).delete()
        locked.themes.clear()
        Referral.objects.filter(pk=locked.pk).delete()
        # Consent records are never deleted, except one only an unsent draft rested on: the
        # recipient never received anything on it, and left in force it would give that
        # organisation access to the family.
        if chain and not Referral.objects.filter(consent_id__in=chain).exists():
            consents = ConsentRecord.objects.filter(pk__in=chain)
            consents.update(supersedes=None)
            consents.delete()
        if not (client.referrals.exists() or client.consents.exists()):
            client.anonymise()


def check_legal_basis(referral: Referral) -> None:
    """Raise NoLegalBasis unless consent in force names the recipient and the needed data,
    or another legal basis is stated with a written justification."""
    if referral.legal_basis != LegalBasis.CONSENT:
        if not referral.basis_justification.strip():
            raise NoLegalBasis("Sharing without consent needs a written justification.")
        return
    consent = ConsentRecord.objects.in_force().filter(pk=referral.consent_id).first()
    if consent is None:
        raise NoLegalBasis("The consent is withdrawn, expired or corrected.")
    if consent.client_id != referral.client_id:
        raise NoLegalBasis("The consent is for another client.")
    if consent.recipient_organisation_id != referral.recipient_organisation_id:
        raise NoLegalBasis("The consent does not name the recipient organisation.")
    if not set(consent.categories) >= REQUIRED_CATEGORIES:
        raise NoLegalBasis("The consent does not cover contact details and the reason.")


def withdraw_consent(consent: ConsentRecord, *, by, channel: str, reason: str = "") -> int:
    """Record the withdrawal and withdraw every open referral resting on it; returns how many."""
    with transaction.atomic():
        consent.withdraw(by=by, channel=channel, reason=reason)
        referrals = Referral.objects.filter(consent=consent, status__in=OPEN_STATUSES)
        for referral in referrals:
            referral.withdraw(by=by, event=EventKind.CONSENT_WITHDRAWN)
    return len(referrals)


def correct_consent(consent: ConsentRecord, *, by, **changes) -> ConsentRecord:
    """Record a correction that supersedes `consent`; open referrals rest on the correction."""
    with transaction.atomic():
        correction = consent.correct(**changes)
        referrals = Referral.objects.select_for_update().filter(
            consent=consent, status__in=OPEN_STATUSES
        )
        for referral in referrals:
            referral.consent = correction
            referral.save(update_fields=["consent"])
            ReferralEvent.objects.create(
                referral=referral,
                actor=by,
                kind=EventKind.CONSENT_CORRECTED,
                from_status=referral.status,
                to_status=referral.status,
            )
    return correction
