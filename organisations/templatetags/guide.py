"""Plain words for the parents' guide (/ouders/): how to get an offer, what it costs, where."""

from urllib.parse import urlencode

from django import template
from django.utils.translation import gettext_lazy as _

from ..models import SITUATION_LIFE_PHASES, AccessRoute, CostOption, ParentSituation

register = template.Library()

# How a parent gets the offer, per access route, in plain language (B1).
HOW_TO_GET_IT = {
    AccessRoute.FREE_ACCESS: _("You can go there yourself. You do not need a referral."),
    AccessRoute.GP_REFERRAL: _("You need a referral. Ask your GP or midwife for one."),
    AccessRoute.YOUTH_HEALTH_REFERRAL: _(
        "You need a referral. Ask the child health clinic (consultatiebureau) for one."
    ),
    AccessRoute.MUNICIPAL_DECISION: _(
        "The municipality decides whether you can get this help. Ask the neighbourhood team."
    ),
    AccessRoute.NEIGHBOURHOOD_TEAM: _("Ask the neighbourhood team. They can sign you up."),
    AccessRoute.PROFESSIONAL_REFERRAL: _(
        "Ask your midwife, GP, child health clinic or another care worker to sign you up."
    ),
}

# What the offer costs the parent, per cost option, in plain language (B1).
COSTS = {
    CostOption.FREE: _("Free"),
    CostOption.INSURED: _("Your health insurance pays for this."),
    CostOption.MUNICIPALITY: _("Free for you: the municipality pays."),
    CostOption.OWN_CONTRIBUTION: _("You pay part of the costs yourself."),
}


@register.filter
def how_to_get_it(intervention) -> str:
    """How a parent gets this offer: go herself, or who can refer or sign her up."""
    return HOW_TO_GET_IT.get(intervention.access_route, intervention.get_access_route_display())


@register.filter
def costs_for_parents(intervention) -> str:
    """What this offer costs the parent ("Free" when it is free)."""
    return COSTS.get(intervention.cost_option, intervention.get_cost_option_display())


@register.filter
def situations(intervention) -> list[str]:
    """The guide's situations (ParentSituation) whose life phases the offer is meant for;
    expects `life_phases` prefetched."""
    phases = {phase.slug for phase in intervention.life_phases.all()}
    return [
        situation.label
        for situation in ParentSituation
        if phases & set(SITUATION_LIFE_PHASES[situation])
    ]


@register.filter
def map_link(location) -> str:
    """An OpenStreetMap link: to the coordinates when known, otherwise a search for the address."""
    if location.map_url:
        return location.map_url
    address = f"{location.address}, {location.postcode} {location.city}"
    return "https://www.openstreetmap.org/search?" + urlencode({"query": address})
