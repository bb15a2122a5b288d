from django import template

from consent.policy import officer_organisations

register = template.Library()


@register.filter
def may_review_access_log(user) -> bool:
    """Designated officers review the access log of their organisations."""
    return user.is_authenticated and bool(officer_organisations(user))
