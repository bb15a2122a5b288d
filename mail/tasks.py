from django_tasks import task

from .models import OutgoingEmail


@task()
def deliver_email(email_id: int) -> bool:
    """Deliver one queued e-mail (one delivered already, or being sent, is left alone)."""
    email = OutgoingEmail.objects.filter(pk=email_id).first()
    return email.deliver() if email else False
