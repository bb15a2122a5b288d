"""The referral counts in the menu of every signed-in page."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.db.models import Count, Q

from consent.policy import organisation_ids
from rokportal.request_memo import remembered

from ..models import Referral, ReferralStatus, overdue_if_sent_before

register = template.Library()


@dataclass(frozen=True)
class MenuCounts:
    """Received referrals that need someone: `new` (sent, unanswered and nobody assigned) and
    `overdue` (unanswered for too long, assigned or not)."""

    new: int = 0
    overdue: int = 0

    def __bool__(self) -> bool:
        return bool(self.new or self.overdue)


NOTHING = MenuCounts()


@register.simple_tag(takes_context=True)
def referral_counts(context) -> MenuCounts:
    """The counts for the organisations the user works for (those whose inbox she reads), in
    one query once per request; no query for a visitor or a user who works for none."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return NOTHING
    organisations = organisation_ids(user)
    if not organisations:
        return NOTHING
    return remembered(user, "referral_menu_counts", lambda: count_waiting(organisations))


def count_waiting(organisations) -> MenuCounts:
    """New and overdue received referrals of these organisations, in one query."""
    # Both are unanswered (ReferralQuerySet.new and .overdue), so one pass over those counts.
    waiting = Referral.objects.received_by(organisations).filter(status=ReferralStatus.SENT)
    counts = waiting.aggregate(
        new=Count("pk", filter=Q(assignee__isnull=True)),
        overdue=Count("pk", filter=Q(sent_at__lt=overdue_if_sent_before())),
    )
    return MenuCounts(new=counts["new"], overdue=counts["overdue"])
