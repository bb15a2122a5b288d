"""Result cards: the public part of an intervention's card on the search and organisation
pages, rendered once per process and kept.

A card is everything but the contact person, who depends on who looks. It is kept in the
process's fragment cache for one `cards_token` of DirectoryVersion (freshness.py moves it when
anything a card shows changes), the day (overdue checks) and the language. Never anything per
user.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import caches
from django.template.loader import get_template
from django.utils import timezone
from django.utils.translation import get_language

from ..models import Intervention
from .freshness import Version
from .taxonomy import prefetch_terms

# The taxonomy terms a result card shows (freshness.RULES: a change to them re-renders cards).
CARD_TERMS = ("service_areas", "life_phases", "formats", "languages")


def result_cards(
    interventions: list[Intervention], *, version: Version, also: Iterable = ()
) -> None:
    """Give each intervention its `card`, from the cache or rendered. Only the cards not kept
    are rendered; their taxonomy terms come in one query, with the page's `also` (more
    `prefetch_terms` arguments). Picking the offer for a handout is per session, so outside
    the card."""
    cards = caches["fragments"]
    language, today = get_language(), timezone.localdate()
    keys = {i.pk: f"result-card:{i.pk}:{version.cards}:{today}:{language}" for i in interventions}
    kept = cards.get_many(keys.values())
    missing = [i for i in interventions if keys[i.pk] not in kept]
    prefetch_terms((missing, CARD_TERMS), *also)
    template = get_template("organisations/search.html#result-facts")
    rendered = {keys[i.pk]: template.render({"intervention": i}) for i in missing}
    cards.set_many(rendered)
    for intervention in interventions:
        key = keys[intervention.pk]
        intervention.card = kept[key] if key in kept else rendered[key]


def forget() -> None:
    """Drop every kept card of this process."""
    caches["fragments"].clear()
