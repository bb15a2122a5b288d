"""The organisation a user who works for several acts for (shown in the page header)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.views import safe_next

from ..models import Organisation
from ..permissions import act_for


@require_POST
@login_required
def act_for_organisation(request: HttpRequest) -> HttpResponse:
    """Act for another of the user's organisations from now on (this session); back to the
    page she came from."""
    chosen = request.POST.get("organisation", "")
    organisation = Organisation.objects.filter(pk=int(chosen)).first() if chosen.isdigit() else None
    if organisation is None or not act_for(request, organisation.pk):
        messages.error(request, _("You can only act for an organisation you work for."))
    else:
        messages.success(
            request, _("You now act for %(organisation)s.") % {"organisation": organisation}
        )
    return redirect(safe_next(request))
