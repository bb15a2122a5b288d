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
    LegalBasis,
    Referral,
    ReferralEvent,
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
) -> tuple[Referral, bool]:
    """Refer a family: register the parent (or update her record), record her consent, create
    the referral and, if `send`, send it; all of it or nothing. Returns (referral, created).

    - `client`: the parent as typed (unsaved). If `sender_organisation` registered her before
      (same name, any case, and date of birth), that record is used and what was filled in now
      replaces what it held; a parent of another organisation is never reused.
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
            if known is None:
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
                consent.save()
                referral.consent = consent
                referral.legal_basis = LegalBasis.CONSENT
            referral.client = client
            referral.sender = by
            referral.sender_organisation = sender_organisation
            referral.recipient_organisation = recipient
            referral.intervention = intervention
            referral.contact_person = intervention.contact_for(by) if intervention else None
            referral.submission_token = submission_token
            referral.save()
            referral.themes.set(themes)
            record_access(client, referral, AccessAction.CREATE)
            if send:
                send_referral(referral, by=by)
    except IntegrityError:  # a simultaneous double submit won the race
        existing = Referral.objects.filter(submission_token=submission_token).first()
        if existing is None:
            raise
        return existing, False
    return referral, True


class RecipientUnreachable(Exception):
    """The referral may not be sent: nobody at the recipient organisation can receive it in
    the portal (OrganisationQuerySet.receiving_referrals)."""


def send_referral(referral: Referral, *, by) -> None:
    """Send a draft, provided someone at the recipient can receive it and its legal basis
    holds, right now (both checked under the row lock)."""
    referral.send(by=by, legal_basis_check=check_before_sending)


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
