from django import template

from consent.policy import officer_organisations
from organisations.models import Organisation

register = template.Library()


@register.filter
def may_review_access_log(user) -> bool:
    """Designated officers review the access log of their organisations."""
    return user.is_authenticated and bool(officer_organisations(user))


@register.simple_tag
def organisations_as_officer(user):
    """The organisations of which this user is the designated officer, by name (one query)."""
    return Organisation.objects.filter(pk__in=officer_organisations(user)).order_by("name")
