"""The migration that made joint meetings a model: each message that proposed one becomes a
proposed Meeting. (Slow-ish: it migrates the referrals app back and forth.)"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tests.factories import ReferralFactory

BEFORE = [("referrals", "0006_rerouted_from")]
AFTER = [("referrals", "0007_joint_meetings")]


@pytest.fixture
def back_to_the_latest_migrations():
    """Whatever the test leaves, the database ends with every migration applied again: the
    tests after it (and the database kept between runs) need the whole schema."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_proposals_on_messages_become_meetings(back_to_the_latest_migrations):
    referral = ReferralFactory(status="sent", sent_at=timezone.now())
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Message = old.get_model("referrals", "Message")
    moment = timezone.now() + datetime.timedelta(days=4)
    common = {
        "referral_id": referral.pk,
        "author_id": referral.sender_id,
        "author_organisation_id": referral.sender_organisation_id,
    }
    proposing = Message.objects.create(
        body="Samen langs?", meeting_at=moment, meeting_place="Wijkcentrum", **common
    )
    Message.objects.create(body="Alleen een bericht", **common)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    (meeting,) = new.get_model("referrals", "Meeting").objects.all()
    assert meeting.message_id == proposing.pk and meeting.referral_id == referral.pk
    assert meeting.at == moment and meeting.place == "Wijkcentrum"
    assert meeting.status == "proposed" and meeting.sequence == 0
    assert meeting.proposed_by_id == referral.sender_id
    assert meeting.proposed_by_organisation_id == referral.sender_organisation_id
