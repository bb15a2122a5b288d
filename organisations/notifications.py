"""Who hears about corrections ("Klopt er iets niet?"). The e-mails carry a link, never the
entry's text or the suggestion: the reader signs in to see it. Both are queued in the
transaction that records the change, through the outbox (mail.outbox)."""

from __future__ import annotations

from django.urls import reverse

from mail import outbox

from .models import Correction, InvitationRequest, Membership, MembershipRole
from .permissions import coordinators_of


def tell_editors_about_correction(correction: Correction) -> int:
    """Tell the organisation's editors that a correction waits in their queue; returns how many
    are told. Coordinators are not e-mailed: they would hear of every report in their region."""
    addresses = list(
        Membership.objects.filter(
            organisation_id=correction.organisation_id,
            role=MembershipRole.EDITOR,
            user__is_active=True,
        )
        .exclude(user_id=correction.reported_by_id)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )
    link = outbox.link_to(reverse("organisations:correction_list"))
    for address in addresses:  # one e-mail per editor: colleagues' addresses are not shared
        outbox.queue(
            "correction_reported",
            [address],
            subject_template="organisations/email/correction_reported_subject.txt",
            body_template="organisations/email/correction_reported.txt",
            link=link,
            about=correction,
        )
    return len(addresses)


def tell_reporter_about_review(correction: Correction) -> bool:
    """Tell the professional who reported a correction that it has been answered."""
    reporter = correction.reported_by
    if reporter is None or not reporter.is_active or not reporter.email:
        return False
    outbox.queue(
        "correction_reviewed",
        [reporter.email],
        subject_template="organisations/email/correction_reviewed_subject.txt",
        body_template="organisations/email/correction_reviewed.txt",
        link=outbox.link_to(correction.get_absolute_url()),
        about=correction,
    )
    return True


def tell_coordinators_about_invitation_request(request: InvitationRequest) -> int:
    """Tell the coordinators of the organisation's region that a professional asks them to
    invite it into the portal (a link to their dashboard only); returns how many are told."""
    addresses = list(
        coordinators_of(request.organisation).exclude(email="").values_list("email", flat=True)
    )
    link = outbox.link_to(reverse("organisations:dashboard") + "#invitation-requests")
    for address in addresses:
        outbox.queue(
            "invitation_request",
            [address],
            subject_template="organisations/email/invitation_request_subject.txt",
            body_template="organisations/email/invitation_request.txt",
            link=link,
            about=request,
        )
    return len(addresses)
