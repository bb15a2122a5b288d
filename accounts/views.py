"""Coordinators lift a sign-in lock-out (django-axes) before its cool-off has passed."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST


def require_coordinator(request: HttpRequest) -> None:
    user = request.user
    if not (user.is_active and (user.is_coordinator or user.is_superuser)):
        raise PermissionDenied


@login_required
def lockouts(request: HttpRequest) -> HttpResponse:
    """User names locked out of signing in from an address, within the cool-off period."""
    require_coordinator(request)
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")
    return render(request, "registration/lockouts.html", {"attempts": attempts})


@require_POST
@login_required
def unlock(request: HttpRequest, pk: int) -> HttpResponse:
    require_coordinator(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    attempt.delete()
    messages.success(request, _("%(name)s can sign in again.") % {"name": attempt.username})
    return redirect("accounts:lockouts")
