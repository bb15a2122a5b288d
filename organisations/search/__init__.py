"""The directory's search: one package, one module per concern.

- query.py: the words of a search, how PostgreSQL finds and ranks them, typo correction; which
  words name a place or postcode (`read_query`).
- area.py: the municipalities a search looks in, and where a signed-in professional starts.
- index.py: the facet counts and the ranking in memory (bitsets), per process; where each
  listed intervention is, and its distance from a postcode (`Nearness`, `Reach`).
- filters.py: the search page's FilterSet (facets, the results, the counts; the postcode, the
  distance limit and the order nearest first).
- cards.py: the public part of result cards, rendered once per process.
- taxonomy.py: the taxonomies in memory (facet options, card terms).
- freshness.py: `directory_changed`, the one place deciding what a change makes stale.
- signals.py: ordinary saves and link changes reported to `directory_changed`.

Every writer of the directory says "the directory changed" through `directory_changed`; a new
kind of kept data gets its rule there. Ranking by relevance and understanding places belong in
query.py and index.py; distances are measured in index.py (the SQL form:
InterventionQuerySet.within_km), with the geometry and the postcodes in organisations/places.py.
A location with a confidential address is never measured to: it counts as its municipality.
"""

from .freshness import Rebuilt, Version, current_version, directory_changed

__all__ = ["Rebuilt", "Version", "current_version", "directory_changed"]
