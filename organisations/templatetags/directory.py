from django import template

from .. import permissions

register = template.Library()


@register.filter
def contact_for(intervention, user):
    """The contact person (or backup) of an intervention that this user may see."""
    return intervention.contact_for(user)


@register.filter
def address_visible_to(location, user) -> bool:
    return location.address_visible_to(user)


@register.filter
def labels(terms) -> str:
    """Comma-separated labels of prefetched taxonomy terms, in the current language."""
    return ", ".join(term.label for term in terms)


@register.filter
def maintains_directory(user) -> bool:
    """Coordinators and organisation editors have a maintenance menu (/beheer/)."""
    return permissions.maintains_directory(user)


@register.filter
def may_be_maintained_by(organisation, user) -> bool:
    """Whether this user may edit the organisation's entry (to show an edit link)."""
    return permissions.can_maintain(user, organisation)
