"""Each step on a referral belongs to one side: the other party gets a 403, the referral stays as
it was, and the refused attempt at her data is in the access log (NEN 7513: granted or denied).

The steps come from the URL configuration: every referral URL whose view is a step of one side.
"""

import pytest
from django.urls import URLPattern, get_resolver, reverse

from consent.models import AccessAction, AccessLogEntry
from referrals.views import RECIPIENT, SENDER
from tests.conftest import CLIENT_NAME, signed_in

pytestmark = pytest.mark.django_db


def one_sided_steps() -> list[tuple[str, str]]:
    """(URL name, side) of every referral step that only one side may take."""
    resolver = get_resolver().namespace_dict["referrals"][1]
    return sorted(
        (f"referrals:{pattern.name}", pattern.callback.side)
        for pattern in resolver.url_patterns
        if isinstance(pattern, URLPattern) and getattr(pattern.callback, "side", None)
    )


STEPS = one_sided_steps()


def test_the_steps_of_both_sides_are_found():
    assert ("referrals:accept", RECIPIENT) in STEPS and ("referrals:withdraw", SENDER) in STEPS
    assert len(STEPS) >= 7


@pytest.mark.parametrize(("name", "side"), STEPS, ids=[name for name, _ in STEPS])
def test_the_other_party_is_refused_and_the_refusal_is_logged(parties, name, side):
    other = RECIPIENT if side == SENDER else SENDER
    user, referral = parties[other], parties["referral"]
    events = list(referral.events.values_list("kind", flat=True))
    response = signed_in(user).post(reverse(name, args=[referral.pk]), {})

    assert response.status_code == 403
    assert CLIENT_NAME not in response.content.decode()
    (entry,) = AccessLogEntry.objects.filter(user=user)
    assert not entry.granted and entry.action == AccessAction.CHANGE
    assert entry.client == referral.client
    assert (entry.object_type, entry.object_id) == ("referrals.referral", str(referral.pk))
    referral.refresh_from_db()
    assert referral.status == "sent"
    assert list(referral.events.values_list("kind", flat=True)) == events
