"""Two people acting on one referral at once: the row lock lets exactly one of them win."""

import threading
import time

import pytest
from django.db import connection, transaction

from referrals.actions import send_referral
from referrals.models import InvalidTransition, Referral, ReferralStatus
from tests.factories import ReferralFactory, UserFactory

pytestmark = [
    pytest.mark.postgres(reason="real concurrent transactions"),
    pytest.mark.django_db(transaction=True),
]


def run_in_thread(target, results: dict, name: str) -> threading.Thread:
    def work():
        try:
            target()
            results[name] = "won"
        except InvalidTransition as error:
            results[name] = f"refused while {error.status}"
        finally:
            connection.close()

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_accept_and_decline_at_the_same_time_cannot_both_win():
    referral = ReferralFactory()
    send_referral(referral, by=referral.sender)
    first, second = UserFactory(), UserFactory()
    holding = threading.Event()
    results: dict[str, str] = {}

    def accept_while_holding_the_lock():
        with transaction.atomic():
            Referral.objects.select_for_update().get(pk=referral.pk)
            holding.set()
            time.sleep(0.3)  # the other transaction now waits for this row
            Referral.objects.get(pk=referral.pk).accept(by=first)

    def decline():
        holding.wait(5)
        Referral.objects.get(pk=referral.pk).decline(by=second, reason="Geen plek")

    threads = [
        run_in_thread(accept_while_holding_the_lock, results, "accept"),
        run_in_thread(decline, results, "decline"),
    ]
    for thread in threads:
        thread.join(10)
    assert results == {"accept": "won", "decline": "refused while accepted"}
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    assert referral.events.filter(to_status=ReferralStatus.DECLINED).count() == 0
