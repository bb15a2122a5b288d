"""What professionals type into the search box: the benchmark's search load.

Written from the questions in the seeds (a midwife with a pregnant client in debt, a youth nurse
worried about attachment, a social team looking for a walk-in group) in their own words, with
and without a place name, with typos and with stems that only prefix search finds.
"""

PLACES = [
    "Deventer",
    "Rotterdam",
    "Kerkrade",
    "Landgraaf",
    "Vaals",
    "Amsterdam",
    "Utrecht",
    "Zwolle",
    "Groningen",
    "Eindhoven",
]

NEEDS = [
    "somber zwanger",
    "schulden kraamperiode",
    "hechting 0-1 jaar",
    "postnatale depressie",
    "tienermoeder",
    "huiselijk geweld zwanger",
    "verslaving moeder",
    "licht verstandelijke beperking ouder",
    "geldzorgen",
    "wonen dakloos zwanger",
    "ongewenst zwanger",
    "kinderwens",
    "angst bevalling",
    "borstvoeding",
    "opvoedondersteuning",
    "inloopspreekuur",
    "moedergroep",
    "taalcursus moeder",
    "eenzaam jonge moeder",
    "stress ouderschap",
    "kraamzorg",
    "verloskundige",
    "huisbezoek",
    "schuldhulpverlening",
    "budgetcoach",
    "voedselbank",
    "psychische klachten",
    "ggz moeder baby",
    "vve peuter",
    "consultatiebureau",
    "stoppen met roken zwanger",
    "alcohol zwangerschap",
    "vader betrokkenheid",
    "relatieproblemen ouders",
    "statushouder zwanger",
    "nieuwkomer moeder",
    "prematuur",
    "huilbaby",
    "slaapproblemen baby",
    "overgewicht zwanger",
]

TYPOS = [
    "kraamzrog",
    "hechtng",
    "zwangerchap",
    "schuldn",
    "depresie",
    "verloskundge",
    "opvoeding ondersteunig",
    "inloop spreekuur",
]

# Words found in nearly every row: the known failure mode of ranked full-text search.
COMMON_WORDS = ["zorg", "ouder", "kind", "moeder", "hulp"]


def professional_queries() -> list[str]:
    """At least 100 searches: every need alone, every need in two places, and the typos."""
    queries = list(NEEDS)
    for index, need in enumerate(NEEDS):
        queries.append(f"{need} {PLACES[index % len(PLACES)]}")
        queries.append(f"{need} {PLACES[(index * 3 + 1) % len(PLACES)]}")
    return queries + TYPOS
