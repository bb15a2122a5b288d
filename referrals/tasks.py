from django_tasks import task

from .models import Notification
from .notifications import deliver


@task()
def deliver_notification(notification_id: int) -> bool:
    """Deliver one pending notification (already delivered ones are left alone)."""
    notification = (
        Notification.objects.select_related("referral")
        .filter(pk=notification_id, delivered_at__isnull=True)
        .first()
    )
    return deliver(notification) if notification else True
