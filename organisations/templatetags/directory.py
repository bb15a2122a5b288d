from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .. import permissions
from ..models import Organisation

register = template.Library()


@register.simple_tag(takes_context=True)
def acting_for(context) -> dict:
    """For the page header of a user who works for several organisations: the one she acts
    for and the others she may switch to, {"current": Organisation | None, "others": […]}."""
    request = context.get("request")
    if request is None or len(permissions.standing(request.user).roles) < 2:
        # Nothing to choose (and no query on every page for those who work for one).
        return {"current": None, "others": []}
    organisations = list(
        Organisation.objects.filter(pk__in=permissions.standing(request.user).roles).order_by(
            "name"
        )
    )
    current = permissions.acting_organisation_id(request)
    return {
        "current": next((o for o in organisations if o.pk == current), None),
        "others": [o for o in organisations if o.pk != current],
    }


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


# A facet with more options that would give results than this shows the chosen ones as
# checkboxes and the others in a drop-down list (the municipalities: 342 at national scale).
MAX_FACET_CHECKBOXES = 12
FACET_CHOICE = (
    '<select class="utrecht-select facet__more" name="{0}" id="id_{0}_more" aria-label="{1}">'
    '<option value="" selected disabled>{2}</option>{3}</select>\n'
)
FACET_CHOICE_OPTION = '<option value="{0}">{1} ({2})</option>'


@register.simple_tag
def facet_options(facet) -> SafeString:
    """A facet's options that would give results, and those selected, with their counts: as
    checkboxes, or for a long facet the selected ones as checkboxes and the others in a
    drop-down list. Rendered here rather than in a template loop, which took ten times as long
    for the municipality facet's 342 options; every text is escaped as format_html would."""
    shown = [option for option in facet.options if option.count or option.selected]
    if len(shown) <= MAX_FACET_CHECKBOXES:
        return checkboxes(facet.name, shown)
    choices = "".join(
        FACET_CHOICE_OPTION.format(escape(option.value), escape(option.label), option.count)
        for option in shown
        if not option.selected
    )
    return checkboxes(facet.name, [option for option in shown if option.selected]) + mark_safe(
        FACET_CHOICE.format(
            escape(facet.name),
            escape(_("Add: %(facet)s") % {"facet": facet.label}),
            escape(_("Choose…")),
            choices,
        )
    )


def checkboxes(name: str, options) -> SafeString:
    name = escape(name)
    return mark_safe(
        "".join(
            FACET_OPTION.format(
                name,
                escape(option.value),
                " checked" if option.selected else "",
                escape(option.label),
                option.count,
            )
            for option in options
        )
    )
