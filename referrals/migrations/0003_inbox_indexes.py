"""Indexes for the inbox and outbox of a busy organisation. On PostgreSQL they are built
CONCURRENTLY, so that adding them to a live table with hundreds of thousands of referrals does
not lock it for minutes; SQLite builds them the ordinary way."""

from django.conf import settings
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class AddIndexConcurrentlyOnPostgreSQL(AddIndexConcurrently):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)
        else:
            migrations.AddIndex.database_forwards(
                self, app_label, schema_editor, from_state, to_state
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
        else:
            migrations.AddIndex.database_backwards(
                self, app_label, schema_editor, from_state, to_state
            )


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("consent", "0004_client_anonymisation_and_erasure"),
        ("organisations", "0005_invitations"),
        ("referrals", "0002_referral_anonymisation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        AddIndexConcurrentlyOnPostgreSQL(
            model_name="referral",
            index=models.Index(
                condition=models.Q(("status", "draft"), _negated=True),
                fields=["recipient_organisation", "-sent_at", "-created_at"],
                name="referral_inbox",
            ),
        ),
        AddIndexConcurrentlyOnPostgreSQL(
            model_name="referral",
            index=models.Index(
                fields=["recipient_organisation", "status", "-sent_at", "-created_at"],
                name="referral_inbox_by_status",
            ),
        ),
        AddIndexConcurrentlyOnPostgreSQL(
            model_name="referral",
            index=models.Index(
                fields=["sender_organisation", "-sent_at", "-created_at"], name="referral_outbox"
            ),
        ),
        AddIndexConcurrentlyOnPostgreSQL(
            model_name="referral",
            index=models.Index(
                fields=["sender_organisation", "status", "-sent_at", "-created_at"],
                name="referral_outbox_by_status",
            ),
        ),
    ]
