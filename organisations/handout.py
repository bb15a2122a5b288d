"""The handout: the offers a professional picks for a parent, kept in the session while she
searches, pages, filters and opens organisations, until she clears it.

Only listed offers go in, at most MAX_ITEMS, kept by primary key (a renamed offer stays picked);
an offer that stops being listed drops out when the handout is read. Nothing here is stored in
the database: the selection lives and dies with the session.
"""

from __future__ import annotations

from django.contrib.sessions.backends.base import SessionBase

from .models import Intervention, InterventionQuerySet

SESSION_KEY = "handout"
MAX_ITEMS = 30


class Handout:
    """The offers picked in one session, in the order they were picked."""

    def __init__(self, session: SessionBase) -> None:
        self.session = session

    @property
    def ids(self) -> list[int]:
        return [pk for pk in self.session.get(SESSION_KEY, []) if isinstance(pk, int)]

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, intervention: Intervention) -> bool:
        return intervention.pk in self.ids

    @property
    def is_full(self) -> bool:
        return len(self) >= MAX_ITEMS

    def add(self, intervention: Intervention) -> bool:
        """Pick this offer; False when the handout is full (it was not added)."""
        ids = self.ids
        if intervention.pk in ids:
            return True
        if len(ids) >= MAX_ITEMS:
            return False
        self._keep([*ids, intervention.pk])
        return True

    def remove(self, intervention: Intervention) -> None:
        self._keep([pk for pk in self.ids if pk != intervention.pk])

    def clear(self) -> None:
        self.session.pop(SESSION_KEY, None)

    def interventions(self) -> list[Intervention]:
        """The picked offers that are still listed, in the order picked; the others are
        forgotten."""
        ids = self.ids
        found = handout_details(Intervention.objects.listed().filter(pk__in=ids)).in_bulk()
        still_listed = [pk for pk in ids if pk in found]
        if still_listed != ids:
            self._keep(still_listed)
        return [found[pk] for pk in still_listed]

    def _keep(self, ids: list[int]) -> None:
        if ids:
            self.session[SESSION_KEY] = ids
        else:
            self.clear()


def handout_details(interventions: InterventionQuerySet) -> InterventionQuerySet:
    """What a handout shows of each offer, in a fixed number of queries: the organisation, the
    locations (the page leaves out confidential ones), languages and formats."""
    return interventions.select_related("organisation").prefetch_related(
        "locations", "languages", "formats"
    )
