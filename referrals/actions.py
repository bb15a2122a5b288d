"""Steps that span apps: sending checks consent; withdrawing consent withdraws its referrals."""

from __future__ import annotations

from django.db import transaction

from consent.models import ConsentRecord, DataCategory

from .models import (
    OPEN_STATUSES,
    EventKind,
    LegalBasis,
    Referral,
    ReferralEvent,
)

# Without these a recipient cannot even call the family or know why.
REQUIRED_CATEGORIES = {DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON}


class NoLegalBasis(Exception):
    """The referral may not be sent: no consent in force for this recipient (or meldcode basis)."""


def send_referral(referral: Referral, *, by) -> None:
    """Send a draft, provided its legal basis holds right now (checked under the row lock)."""
    referral.send(by=by, legal_basis_check=check_legal_basis)


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
