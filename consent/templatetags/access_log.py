from django import template

from consent.policy import officer_organisations

register = template.Library()


@register.filter
def may_review_access_log(user) -> bool:
    """Coordinators and designated officers review the access log."""
    if not user.is_authenticated:
        return False
    return user.is_coordinator or user.is_superuser or bool(officer_organisations(user))
