"""The searches a signed-in user made lately, for her start page: kept in her own session, so
nobody else's searches are ever shown, and they end when she signs out."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, QueryDict
from django.urls import reverse

RECENT_SEARCHES_SESSION_KEY = "recent_searches"
MAX_RECENT_SEARCHES = 5

# What changes how the results are shown, not what is searched.
NOT_THE_SEARCH = ("pagina", "weergave")


@dataclass(frozen=True)
class RecentSearch:
    words: str  # the search text, empty for a search by filters only
    filters: int  # how many filters were chosen besides the text
    query_string: str

    @property
    def url(self) -> str:
        return f"{reverse('organisations:search')}?{self.query_string}"


def remember_search(request: HttpRequest) -> None:
    """Keep this search (without its page number or view) at the top of the user's recent
    searches; a search with neither text nor filters is not worth keeping."""
    if not request.user.is_authenticated:
        return
    query = request.GET.copy()
    for name in NOT_THE_SEARCH:
        query.pop(name, None)
    query_string = query.urlencode()
    if not any(value.strip() for value in query.values()):
        return
    remembered = request.session.get(RECENT_SEARCHES_SESSION_KEY, [])
    if remembered[:1] == [query_string]:
        return  # the same search again (another page of it): the session need not be saved
    kept = [entry for entry in remembered if isinstance(entry, str) and entry != query_string]
    request.session[RECENT_SEARCHES_SESSION_KEY] = [query_string, *kept][:MAX_RECENT_SEARCHES]


def recent_searches(request: HttpRequest) -> list[RecentSearch]:
    """The user's recent searches, newest first."""
    searches = []
    for entry in request.session.get(RECENT_SEARCHES_SESSION_KEY, []):
        if not isinstance(entry, str):
            continue
        query = QueryDict(entry)
        words = query.get("q", "").strip()
        chosen = [value for name, values in query.lists() if name != "q" for value in values]
        filters = sum(1 for value in chosen if value)
        searches.append(RecentSearch(words=words, filters=filters, query_string=entry))
    return searches
