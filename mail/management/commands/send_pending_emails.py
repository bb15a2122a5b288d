"""`manage.py send_pending_emails`: deliver the e-mails that earlier attempts could not send.

Run it from cron, e.g. every 10 minutes. An e-mail is tried at most MAX_ATTEMPTS times; those
given up on stay in the admin (outgoing e-mails) with their last error.
"""

from typing import Any

from django.core.management.base import BaseCommand

from mail.models import OutgoingEmail


class Command(BaseCommand):
    help = "Deliver the pending e-mails that earlier attempts could not send."

    def handle(self, *args: Any, **options: Any) -> None:
        delivered = sum(email.deliver() for email in OutgoingEmail.objects.to_retry())
        left = OutgoingEmail.objects.pending().count()
        self.stdout.write(f"Delivered {delivered}; {left} still pending.")
