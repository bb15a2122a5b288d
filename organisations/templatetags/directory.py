from django import template
from django.utils.html import format_html_join

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


FACET_OPTION = (
    '<div class="facet__option">'
    '<input class="utrecht-checkbox" type="checkbox" name="{0}" id="id_{0}_{1}" value="{1}"{2}> '
    '<label class="utrecht-form-label utrecht-form-label--checkbox" for="id_{0}_{1}">'
    '{3} <span class="facet-count">({4})</span></label></div>\n'
)


@register.simple_tag
def facet_options(facet) -> str:
    """A facet's options that would give results, and those selected, as checkboxes with
    their counts. Rendered here rather than in a template loop, which took ten times as long:
    at national scale the municipality facet alone has 342 options, on every search page."""
    return format_html_join(
        "",
        FACET_OPTION,
        (
            (
                facet.name,
                option.value,
                " checked" if option.selected else "",
                option.label,
                option.count,
            )
            for option in facet.options
            if option.count or option.selected
        ),
    )
