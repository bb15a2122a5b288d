"""Words for the national-scale generator (`bench/scale_data.py`): plain data only.

Organisation and offer names follow the patterns of the real sociale kaart (see
`organisations/demo/directory.yaml`); descriptions are assembled from these sentences and the
taxonomies' own words, so full-text search meets real Dutch text, including the words that
occur in nearly every entry ("zorg", "ouder", "kind").

Every person is invented: first names are common Dutch first names, surnames are made-up
compounds (Proefstra, Schaalhuis …) that say they are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """How organisations of one kind (OrganisationKind) look in the generated directory."""

    domain: str
    weight: int  # share of all organisations
    noun: str  # "een {noun} in {plaats}"
    names: tuple[str, ...]  # patterns with {plaats}, {wijk}, {achternaam}, {fantasie}, {regio}
    offers: tuple[str, ...]  # names of what it offers
    themes: tuple[str, ...]  # theme slugs its offers are mostly about
    life_phases: tuple[str, ...]
    formats: tuple[str, ...]
    routes: tuple[str, ...]  # AccessRoute values
    costs: tuple[str, ...]  # CostOption values
    jobs: tuple[str, ...]  # job titles of its professionals
    sends: int = 1  # how often it refers a family (relative)
    receives: int = 1  # how often it is referred to (relative)
    regional: bool = False  # serves many municipalities of its province
    offers_per_organisation: int = 3


PREGNANCY = ("zwangerschap-1e-trimester", "zwangerschap-2e-trimester", "zwangerschap-3e-trimester")
AROUND_BIRTH = ("zwangerschap-3e-trimester", "kraamperiode", "0-1-jaar")
AFTER_BIRTH = ("kraamperiode", "0-1-jaar", "1-2-jaar")
ALL_PHASES = ("kinderwens", *PREGNANCY, *AFTER_BIRTH)

KINDS: dict[str, Kind] = {
    "gp": Kind(
        domain="medical",
        weight=18,
        noun="huisartsenpraktijk",
        names=(
            "Huisartsenpraktijk {achternaam}",
            "Huisartsenpraktijk {fantasie}",
            "Gezondheidscentrum {wijk}",
            "Huisartsen {plaats} {wijk}",
        ),
        offers=(
            "POH-GGZ: kortdurende hulp bij psychische klachten",
            "Spreekuur anticonceptie en kinderwens",
            "Spreekuur jonge ouders (POH-jeugd)",
            "Kinderwensconsult bij de huisarts",
            "Leefstijlcoaching voor aanstaande ouders",
            "Stoppen met roken, samen met de praktijkondersteuner",
            "POH-GGZ (ook in het Turks en Arabisch)",
        ),
        themes=(
            "psychische-gezondheid",
            "medisch-risico",
            "onbedoelde-zwangerschap",
            "bewegen-en-leefstijl",
            "verslaving",
        ),
        life_phases=ALL_PHASES,
        formats=("individueel", "online"),
        routes=("free_access", "gp_referral"),
        costs=("insured", "free"),
        jobs=("Huisarts", "Praktijkondersteuner GGZ", "Praktijkondersteuner jeugd"),
        sends=5,
        receives=1,
        offers_per_organisation=2,
    ),
    "midwifery": Kind(
        domain="medical",
        weight=8,
        noun="verloskundigenpraktijk",
        names=(
            "Verloskundigenpraktijk {fantasie}",
            "Verloskundigenpraktijk {plaats}",
            "Verloskundigen {plaats}-{wijk}",
            "Verloskundigenpraktijk {fantasie} {plaats}",
        ),
        offers=(
            "Verloskundige zorg",
            "Centering Zwangerschap",
            "Kinderwensspreekuur (preconceptieconsult)",
            "Stoppen met roken in de zwangerschap (V-MIS)",
            "Verloskundige zorg met R4U-risicoscreening",
            "Voorlichtingsavond bevallen en borstvoeding",
            "Verloskundige zorg met tolk",
            "Zwangerschapsinloop",
            "Zwangerschapsyoga en ontspanning",
            "Echo- en zwangerschapsspreekuur",
        ),
        themes=(
            "medisch-risico",
            "psychische-gezondheid",
            "voeding-en-borstvoeding",
            "bewegen-en-leefstijl",
            "sociaal-netwerk",
            "taal-en-cultuur",
        ),
        life_phases=("kinderwens", *PREGNANCY, "kraamperiode"),
        formats=("individueel", "groep", "inloop"),
        routes=("free_access",),
        costs=("insured",),
        jobs=("Verloskundige", "Praktijkassistent verloskunde", "Echoscopist"),
        sends=6,
        receives=2,
    ),
    "maternity_care": Kind(
        domain="medical",
        weight=5,
        noun="kraamzorgorganisatie",
        names=("Kraamzorg {plaats}", "Kraamzorg {fantasie}", "Kraamzorg {regio}"),
        offers=(
            "Kraamzorg",
            "Kraamzorg steun-op-maat (extra kraamzorg)",
            "Intakehuisbezoek kraamzorg",
            "Kraamzorg Plus (extra kraamzorg)",
            "Steun-op-maat-traject kraamzorg",
            "Borstvoedingsbegeleiding door de lactatiekundige",
            "Kraampartus: hulp bij de bevalling thuis",
        ),
        themes=(
            "voeding-en-borstvoeding",
            "hechting",
            "medisch-risico",
            "sociaal-netwerk",
            "opvoedondersteuning",
            "lvb",
        ),
        life_phases=AROUND_BIRTH,
        formats=("huisbezoek",),
        routes=("free_access", "professional_referral"),
        costs=("insured", "municipality"),
        jobs=("Kraamverzorgende", "Teamleider kraamzorg", "Lactatiekundige"),
        sends=3,
        receives=3,
        regional=True,
    ),
    "hospital": Kind(
        domain="medical",
        weight=1,
        noun="ziekenhuis",
        names=("Ziekenhuis {plaats}", "{fantasie} Ziekenhuis", "Medisch Centrum {plaats}"),
        offers=(
            "POP-poli (Psychiatrie, Obstetrie, Pediatrie)",
            "Preconceptiespreekuur",
            "Medisch maatschappelijk werk geboortezorg",
            "Borstvoedingspoli",
            "Zwangerschapszorg bij medisch risico",
            "Integraal netwerkoverleg eerste 1000 dagen",
            "Neonatologie en nazorg na vroeggeboorte",
            "Diabetes en zwangerschap: poli",
        ),
        themes=("medisch-risico", "psychische-gezondheid", "verslaving", "hechting", "geld"),
        life_phases=(*PREGNANCY, "kraamperiode", "0-1-jaar"),
        formats=("individueel",),
        routes=("gp_referral",),
        costs=("insured",),
        jobs=("Gynaecoloog", "Klinisch verloskundige", "Medisch maatschappelijk werker"),
        sends=4,
        receives=2,
        regional=True,
        offers_per_organisation=8,
    ),
    "youth_health": Kind(
        domain="both",
        weight=6,
        noun="jeugdgezondheidszorg (JGZ)",
        names=(
            "Consultatiebureau {plaats}-{wijk}",
            "JGZ {plaats}",
            "GGD {regio} Jeugdgezondheidszorg",
        ),
        offers=(
            "Prenataal huisbezoek door de jeugdverpleegkundige",
            "Consultatiebureau (0–4 jaar)",
            "VoorZorg",
            "Stevig Ouderschap",
            "Borstvoedings- en weeginloop",
            "Samen Starten",
            "Nu Niet Zwanger",
            "Spreekuur seksuele gezondheid en anticonceptie (tot 25 jaar)",
            "Huilbaby-spreekuur",
            "Opvoedspreekuur van de jeugdverpleegkundige",
        ),
        themes=(
            "hechting",
            "opvoedondersteuning",
            "voeding-en-borstvoeding",
            "sociaal-netwerk",
            "tienerouders",
            "onbedoelde-zwangerschap",
        ),
        life_phases=(*PREGNANCY[1:], *AFTER_BIRTH),
        formats=("huisbezoek", "individueel", "inloop", "groep"),
        routes=("free_access", "youth_health_referral", "professional_referral"),
        costs=("free", "municipality"),
        jobs=("Jeugdverpleegkundige", "Jeugdarts", "Doktersassistent JGZ"),
        sends=5,
        receives=5,
    ),
    "family_centre": Kind(
        domain="social",
        weight=3,
        noun="centrum voor jeugd en gezin (CJG)",
        names=("CJG {plaats}", "Centrum voor Jeugd en Gezin {plaats}", "CJG {plaats} {wijk}"),
        offers=(
            "Prenataal huisbezoek CJG",
            "Inloopspreekuur CJG",
            "Centering Parenting",
            "Triple P (Positief Pedagogisch Programma)",
            "Opvoedcursus 'Ouder worden'",
            "Babymassage in de groep",
            "Peuterpraat: opvoedvragen over dreumes en peuter",
        ),
        themes=("opvoedondersteuning", "hechting", "sociaal-netwerk", "voeding-en-borstvoeding"),
        life_phases=(*PREGNANCY[1:], *AFTER_BIRTH),
        formats=("inloop", "groep", "huisbezoek", "individueel"),
        routes=("free_access", "professional_referral"),
        costs=("free", "municipality"),
        jobs=("Jeugdverpleegkundige", "Pedagogisch adviseur", "Gezinscoach"),
        sends=3,
        receives=5,
    ),
    "neighbourhood_team": Kind(
        domain="social",
        weight=9,
        noun="sociaal wijkteam",
        names=(
            "Buurtteam {plaats} {wijk}",
            "Wijkteam {plaats}-{wijk}",
            "Sociaal Team {plaats}",
            "Voor Elkaar team {wijk}",
        ),
        offers=(
            "Ondersteuning voor (aanstaande) ouders door het wijkteam",
            "Zwangerschapsinloop 'Zwanger & Zo'",
            "Toegang tot jeugdhulp en Wmo",
            "Ondersteuning jonge gezinnen",
            "Knooppunt Kansrijke Start",
            "Inloopspreekuur buurtteam",
            "Gezinscoaching bij meervoudige problemen",
            "Moeders van de wijk",
        ),
        themes=(
            "geld",
            "wonen",
            "sociaal-netwerk",
            "opvoedondersteuning",
            "huiselijk-geweld",
            "psychische-gezondheid",
            "tienerouders",
        ),
        life_phases=ALL_PHASES,
        formats=("huisbezoek", "individueel", "inloop"),
        routes=("free_access", "neighbourhood_team", "municipal_decision"),
        costs=("free", "municipality"),
        jobs=("Wijkcoach", "Maatschappelijk werker", "Gezinscoach", "Jeugdconsulent"),
        sends=6,
        receives=8,
    ),
    "municipality": Kind(
        domain="social",
        weight=1,
        noun="gemeente",
        names=("Gemeente {plaats}",),
        offers=(
            "Schuldhulpverlening gemeente",
            "Casustafel Kansrijke Start",
            "Minimaregelingen en bijzondere bijstand",
            "Vraagwijzer: inloop voor geld, werk en zorg",
            "Knooppunt Kansrijke Start",
            "Sociaal team (Wmo en jeugd)",
            "Kindpakket en meedoenregeling",
        ),
        themes=("geld", "wonen", "opvoedondersteuning", "psychische-gezondheid", "hechting"),
        life_phases=ALL_PHASES,
        formats=("inloop", "individueel", "online"),
        routes=("free_access", "municipal_decision"),
        costs=("free", "municipality"),
        jobs=("Consulent Wmo", "Beleidsmedewerker Kansrijke Start", "Schuldhulpverlener"),
        sends=2,
        receives=4,
    ),
    "welfare": Kind(
        domain="social",
        weight=9,
        noun="welzijnsorganisatie",
        names=(
            "Welzijn {plaats}",
            "Humanitas {plaats} (Home-Start)",
            "Buurthuis {fantasie}",
            "Stichting {fantasie}",
            "Voedselbank {plaats}",
        ),
        offers=(
            "Home-Start",
            "Thuisadministratie",
            "Voedselpakket met babyspullen",
            "Jonge moedergroep",
            "Moeders informeren moeders",
            "Mama Café",
            "Inloopochtend ouders en jonge kinderen",
            "Maatje voor jonge ouders",
            "Babykleding- en uitleenpunt",
        ),
        themes=(
            "sociaal-netwerk",
            "opvoedondersteuning",
            "geld",
            "tienerouders",
            "taal-en-cultuur",
        ),
        life_phases=(*PREGNANCY[1:], *AFTER_BIRTH),
        formats=("groep", "inloop", "huisbezoek"),
        routes=("free_access", "professional_referral"),
        costs=("free",),
        jobs=("Coördinator Home-Start", "Welzijnswerker", "Opbouwwerker"),
        sends=2,
        receives=6,
    ),
    "childcare": Kind(
        domain="social",
        weight=8,
        noun="kinderopvang",
        names=(
            "Kinderopvang {fantasie} {plaats}",
            "Peuteropvang {fantasie}",
            "Kinderdagverblijf {fantasie}",
        ),
        offers=(
            "Voor- en vroegschoolse educatie (VVE) met Uk & Puk",
            "Kinderopvang op sociaal-medische indicatie (SMI)",
            "VVE-peuterprogramma Piramide",
            "VVE-peuteropvang met Kaleidoscoop",
            "Peuterspeelgroep met ouderochtend",
        ),
        themes=("taal-en-cultuur", "opvoedondersteuning", "sociaal-netwerk", "medisch-risico"),
        life_phases=("0-1-jaar", "1-2-jaar"),
        formats=("groep",),
        routes=("free_access", "youth_health_referral", "municipal_decision"),
        costs=("own_contribution", "municipality"),
        jobs=("Pedagogisch medewerker", "Locatiemanager kinderopvang", "VVE-coach"),
        sends=1,
        receives=2,
        offers_per_organisation=2,
    ),
    "debt": Kind(
        domain="social",
        weight=4,
        noun="organisatie voor schuldhulp",
        names=(
            "Schuldhulp {plaats}",
            "Kredietbank {regio}",
            "SchuldHulpMaatje {plaats}",
            "Budgetcoaching {plaats}",
        ),
        offers=(
            "Schuldhulpverlening en schuldregeling",
            "Budgetbeheer",
            "Budgetcoaching voor jonge gezinnen",
            "Geldcursus 'Grip op je geld'",
            "Hulp bij toeslagen en formulieren",
        ),
        themes=("geld", "lvb", "wonen"),
        life_phases=ALL_PHASES,
        formats=("individueel", "huisbezoek", "inloop"),
        routes=("free_access", "municipal_decision", "neighbourhood_team"),
        costs=("free", "municipality"),
        jobs=("Schuldhulpverlener", "Budgetcoach", "Vrijwilliger SchuldHulpMaatje"),
        sends=1,
        receives=6,
    ),
    "adult_mental_health": Kind(
        domain="medical",
        weight=5,
        noun="organisatie voor geestelijke gezondheidszorg (GGZ)",
        names=(
            "GGZ {regio}",
            "Psychologenpraktijk {achternaam}",
            "Praktijk voor psychotherapie {fantasie}",
            "Perinatale GGZ {plaats}",
        ),
        offers=(
            "Perinatale GGZ",
            "Ouder-babytherapie",
            "Oudergroep mentaliseren (zwangerschap en eerste jaar)",
            "Perinatale psychiatrie",
            "Behandeling bij angst en somberheid rond de zwangerschap",
            "Traumabehandeling (EMDR) na een zware bevalling",
        ),
        themes=("psychische-gezondheid", "hechting", "medisch-risico", "verslaving"),
        life_phases=(*PREGNANCY, "kraamperiode", "0-1-jaar"),
        formats=("individueel", "groep", "online"),
        routes=("gp_referral",),
        costs=("insured",),
        jobs=("GZ-psycholoog", "Sociaal psychiatrisch verpleegkundige", "Psychiater"),
        sends=2,
        receives=5,
        regional=True,
    ),
    "youth_mental_health": Kind(
        domain="medical",
        weight=3,
        noun="organisatie voor jeugd-GGZ",
        names=(
            "Jeugd-GGZ {regio}",
            "Kinder- en jeugdpsychologen {plaats}",
            "Infant Mental Health-praktijk {fantasie}",
        ),
        offers=(
            "Ouder-kindbehandeling 0–4 jaar (infant mental health)",
            "Video-hometraining (VHT) voor ouders van baby's",
            "Ouder-babytherapie",
            "Hulp bij huilen, slapen en voeden",
        ),
        themes=("hechting", "opvoedondersteuning", "psychische-gezondheid"),
        life_phases=("kraamperiode", "0-1-jaar", "1-2-jaar"),
        formats=("individueel", "huisbezoek"),
        routes=("gp_referral", "youth_health_referral", "municipal_decision"),
        costs=("municipality",),
        jobs=("Orthopedagoog", "Kinder- en jeugdpsycholoog", "IMH-therapeut"),
        sends=1,
        receives=4,
        regional=True,
    ),
    "intellectual_disability": Kind(
        domain="social",
        weight=3,
        noun="organisatie voor mensen met een verstandelijke beperking",
        names=(
            "MEE {regio}",
            "Zorg voor mensen met een beperking {regio}",
            "Ambulant team LVB {plaats}",
        ),
        offers=(
            "Ouderschapsbegeleiding bij een licht verstandelijke beperking",
            "Groep 'Straks ben ik mama' (zwanger met een LVB)",
            "Cliëntondersteuning voor ouders met een beperking",
            "Training 'Ik word ouder'",
            "Ambulante ouderschapsbegeleiding bij LVB",
            "Oudergroep 'Sterk ouderschap' (LVB)",
        ),
        themes=("lvb", "opvoedondersteuning", "hechting", "geld", "sociaal-netwerk"),
        life_phases=ALL_PHASES,
        formats=("huisbezoek", "groep", "individueel"),
        routes=("free_access", "municipal_decision", "professional_referral"),
        costs=("free", "municipality"),
        jobs=("Ambulant begeleider", "Cliëntondersteuner", "Gedragsdeskundige"),
        sends=2,
        receives=4,
        regional=True,
    ),
    "addiction": Kind(
        domain="both",
        weight=1,
        noun="verslavingszorgorganisatie",
        names=("Verslavingszorg {regio}", "Verslavingszorg {plaats}"),
        offers=(
            "Verslavingszorg voor zwangeren en jonge ouders",
            "Preventiegesprek alcohol, drugs en roken",
            "Verslavingsbehandeling rond zwangerschap en jong ouderschap",
            "Consultatie middelengebruik voor geboortezorgprofessionals",
        ),
        themes=("verslaving", "psychische-gezondheid", "hechting"),
        life_phases=ALL_PHASES,
        formats=("individueel", "groep", "online"),
        routes=("free_access", "gp_referral"),
        costs=("insured", "free"),
        jobs=("Verslavingsarts", "Preventiewerker", "Verpleegkundig specialist verslaving"),
        sends=1,
        receives=4,
        regional=True,
    ),
    "pregnancy_counselling": Kind(
        domain="social",
        weight=1,
        noun="organisatie voor hulp bij onbedoelde zwangerschap",
        names=("Fiom spreekuur {plaats}", "Siriz {plaats}", "Zwangerschapshulp {regio}"),
        offers=(
            "Hulp bij onbedoelde zwangerschap",
            "Begeleiding tijdens de zwangerschap en het eerste jaar",
            "Keuzehulp bij onbedoelde zwangerschap",
            "Begeleiding bij afstand ter adoptie",
        ),
        themes=("onbedoelde-zwangerschap", "tienerouders", "sociaal-netwerk"),
        life_phases=PREGNANCY,
        formats=("individueel", "online"),
        routes=("free_access",),
        costs=("free",),
        jobs=("Hulpverlener onbedoelde zwangerschap", "Maatschappelijk werker"),
        sends=1,
        receives=3,
        regional=True,
    ),
    "shelter": Kind(
        domain="social",
        weight=1,
        noun="organisatie voor opvang en beschermd wonen",
        names=(
            "Vrouwenopvang {regio}",
            "Opvanghuis {fantasie}",
            "Jonge Moederhuis {plaats}",
            "Leger des Heils {plaats}",
        ),
        offers=(
            "Crisisopvang bij huiselijk geweld",
            "Ambulante hulp bij huiselijk geweld",
            "Opvang voor moeder en baby bij huiselijk geweld",
            "Jonge Moederhuis (begeleid wonen)",
            "Ambulante woonbegeleiding voor jonge gezinnen",
        ),
        themes=("huiselijk-geweld", "wonen", "tienerouders", "hechting"),
        life_phases=(*PREGNANCY, *AFTER_BIRTH),
        formats=("individueel", "huisbezoek"),
        routes=("free_access", "municipal_decision"),
        costs=("free", "municipality"),
        jobs=("Ambulant hulpverlener", "Woonbegeleider", "Casemanager huiselijk geweld"),
        sends=1,
        receives=3,
        regional=True,
    ),
    "veilig_thuis": Kind(
        domain="social",
        weight=1,
        noun="Veilig Thuis-organisatie",
        names=("Veilig Thuis {regio}",),
        offers=("Advies en melding huiselijk geweld en kindermishandeling",),
        themes=("huiselijk-geweld",),
        life_phases=ALL_PHASES,
        formats=("online", "individueel"),
        routes=("free_access",),
        costs=("free",),
        jobs=("Medewerker advies en meldingen", "Vertrouwensarts"),
        sends=1,
        receives=2,
        regional=True,
        offers_per_organisation=1,
    ),
    "other": Kind(
        domain="both",
        weight=2,
        noun="organisatie",
        names=("Stichting {fantasie}", "Ouder-kindcentrum {fantasie} {plaats}"),
        offers=(
            "Ouder-kindcentrum: inloop en cursussen",
            "Doulazorg voor zwangeren in een kwetsbare situatie",
            "Babyspullen en zwangerschapskleding",
        ),
        themes=("sociaal-netwerk", "geld", "opvoedondersteuning"),
        life_phases=ALL_PHASES,
        formats=("inloop", "groep"),
        routes=("free_access",),
        costs=("free",),
        jobs=("Coördinator", "Vrijwilligerscoördinator"),
        sends=1,
        receives=2,
    ),
}

# --- People (all invented) ---

# fmt: off
FIRST_NAMES_FEMALE = (
    "Anna", "Emma", "Julia", "Sophie", "Tess", "Noor", "Sara", "Fleur", "Lotte", "Eva", "Lisa",
    "Sanne", "Marieke", "Inge", "Femke", "Anouk", "Iris", "Esther", "Mirjam", "Linda", "Ilse",
    "Kim", "Romy", "Demi", "Maud", "Nina", "Roos", "Lieke", "Floor", "Jasmijn", "Merel", "Yara",
    "Lina", "Sterre", "Fatima", "Aisha", "Yasmina", "Meryem", "Elif", "Zeynep", "Hatice", "Amal",
    "Hiba", "Rana", "Samira", "Naima", "Olga", "Kasia", "Agnieszka", "Maria", "Daniëlle",
    "Priya", "Shanti", "Chantal", "Shirley", "Gloria", "Ayaan", "Hodan", "Semhar", "Oksana",
    "Joyce", "Wendy", "Marloes", "Annelies", "Hanneke", "Loes", "Bo", "Mila", "Zoë", "Liv",
)
FIRST_NAMES_MALE = (
    "Daan", "Sem", "Lucas", "Thomas", "Bram", "Jeroen", "Mark", "Kees", "Joost", "Ruben", "Tim",
    "Niels", "Wouter", "Sander", "Mohamed", "Ahmed", "Youssef", "Mehmet", "Emre", "Piotr",
    "Tomasz", "Rachid", "Hamza", "Dirk", "Pieter", "Jan", "Erik", "Rik", "Stijn", "Koen",
)
SURNAME_PREFIXES = (
    "Proef", "Schaal", "Oefen", "Test", "Demo", "Fictie", "Verzin", "Bedenk", "Voorbeeld",
    "Model", "Droom", "Zoek", "Bouw", "Meet", "Reken", "Probeer",
)
SURNAME_SUFFIXES = (
    "stra", "sma", "ink", "huis", "veld", "hoven", "man", "inga", "ing", "stede", "dijk",
    "berg", "kamp", "horst", "broek", "wijk",
)
SURNAME_PARTICLES = ("", "", "", "", "van ", "de ", "van der ", "van den ", "ter ")
# fmt: on

# --- Places ---

# fmt: off
FANTASY = (
    "De Wieg", "Het Nest", "De Boog", "De Kleine Haven", "De Linde", "Het Anker", "De Regenboog",
    "De Zonnebloem", "Het Kompas", "De Brug", "De Vlinder", "Kleine Wereld", "De Toekomst",
    "Het Baken", "De Horizon", "Het Palet", "De Eik", "De Waaier", "De Bron", "Het Lichtpunt",
    "De Ster", "De Kiem", "Ooievaar", "De Morgenster", "De Hoeksteen", "Het Klaverblad",
    "De Meander", "Levenslicht", "Zuiderkroon", "Het Zonnehuis", "De Bolster", "Het Kraaiennest",
    "De Lindeboom", "Het Veerhuis", "De Parel", "Moederhart", "Samen Sterk", "Kindje Welkom",
)
NEIGHBOURHOODS = (
    "Centrum", "Noord", "Oost", "Zuid", "West", "Oud-Zuid", "Nieuwland", "De Kern", "Molenwijk",
    "Bloemenbuurt", "Vogelwijk", "Schildersbuurt", "Componistenbuurt", "Rivierenwijk",
    "Bomenbuurt", "Stationsbuurt", "Havenkwartier", "Het Dorp", "De Heuvel", "Kerkbuurt",
    "Tuindorp", "De Akkers", "Het Hof", "Zonnewijde", "De Weiden", "Buitenhof", "Binnenstad",
    "Kanaalzone", "De Gaarden", "Parkwijk",
)
# Real district names of the largest cities, so searches with a district find something.
CITY_DISTRICTS = {
    "GM0363": ("Centrum", "Noord", "Oost", "Zuid", "West", "Nieuw-West", "Zuidoost"),
    "GM0599": (
        "Feijenoord", "Charlois", "Delfshaven", "Kralingen-Crooswijk", "IJsselmonde",
        "Prins Alexander", "Noord", "Centrum", "Hillegersberg-Schiebroek", "Overschie",
        "Hoogvliet",
    ),
    "GM0518": (
        "Escamp", "Laak", "Centrum", "Segbroek", "Scheveningen", "Loosduinen", "Haagse Hout",
        "Leidschenveen-Ypenburg",
    ),
    "GM0344": (
        "Overvecht", "Kanaleneiland", "Leidsche Rijn", "Zuilen", "Lunetten", "Vleuten-De Meern",
        "Binnenstad", "Noordoost",
    ),
    "GM0150": (
        "Voorstad", "Colmschate", "Keizerslanden", "Rivierenwijk", "Zandweerd", "De Hoven",
        "Borgele", "Binnenstad",
    ),
    "GM0772": ("Woensel-Noord", "Woensel-Zuid", "Stratum", "Gestel", "Strijp", "Tongelre"),
    "GM0014": ("Beijum", "Lewenborg", "Selwerd", "Vinkhuizen", "Oosterpark", "De Wijert"),
    "GM0855": ("Noord", "Reeshof", "Oud-Zuid", "Groenewoud", "Oost", "West"),
    "GM0917": ("Heerlerheide", "Hoensbroek", "Heerlerbaan", "Maria-Gewanden", "Centrum"),
    "GM0928": ("Kerkrade-West", "Chevremont", "Bleijerheide", "Holz", "Centrum"),
}
# Municipalities with many inhabitants get more organisations (a relative weight; others 2).
LARGE_MUNICIPALITIES = {
    "GM0363": 25, "GM0599": 22, "GM0518": 18, "GM0344": 12,
    **dict.fromkeys(
        (
            "GM0772", "GM0014", "GM0855", "GM0034", "GM0758", "GM0268", "GM0200", "GM0202",
            "GM0392", "GM0394", "GM0307", "GM0479", "GM0153", "GM0796", "GM0193", "GM0546",
            "GM0637", "GM0080", "GM0935", "GM0505", "GM0228", "GM1783", "GM0484", "GM0361",
            "GM0114", "GM0503", "GM0983", "GM0150", "GM1883", "GM0794", "GM0828", "GM0362",
            "GM0402", "GM1900", "GM0917", "GM0995", "GM0603", "GM1916", "GM0606", "GM0622",
        ),
        6,
    ),
}
STREETS = (
    "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat",
    "Wilhelminastraat", "Beatrixlaan", "Marktplein", "Hoofdstraat", "Nieuwstraat", "Parkweg",
    "Raadhuisplein", "Oranjestraat", "Kastanjelaan", "Lindelaan", "Eikenlaan", "Sportlaan",
    "Ziekenhuislaan", "Burgemeester de Vriesstraat", "Zorgboulevard", "Gezondheidsplein",
    "Spoorstraat", "Havenstraat", "Voorstraat", "Achterstraat", "Brink", "Emmalaan",
    "Prins Bernhardlaan", "Koningin Julianaplein", "Tulpstraat", "Rozenstraat", "Vondellaan",
    "Rembrandtplein", "Beethovenlaan", "Mozartlaan", "IJsselkade", "Maasboulevard",
)
# Postcode ranges (four digits) per province and a few area codes, for plausible addresses.
PROVINCES = {
    "Groningen": ((9300, 9999), ("050", "0596", "0598"), (53.22, 6.74)),
    "Fryslân": ((8400, 9299), ("058", "0512", "0513", "0515"), (53.11, 5.78)),
    "Drenthe": ((7700, 7999), ("0592", "0591", "0528"), (52.86, 6.62)),
    "Overijssel": ((7400, 7699), ("038", "053", "074", "0570", "0546"), (52.44, 6.45)),
    "Flevoland": ((8200, 8399), ("036", "0320", "0527"), (52.53, 5.60)),
    "Gelderland": ((6500, 7399), ("024", "026", "055", "0318", "0314", "0575"), (52.06, 5.95)),
    "Utrecht": ((3400, 3999), ("030", "033", "0343", "0348"), (52.08, 5.18)),
    "Noord-Holland": ((1000, 2099), ("020", "023", "072", "075", "035", "0229"), (52.58, 4.87)),
    "Zuid-Holland": ((2200, 3399), ("010", "070", "071", "078", "015", "0180"), (51.99, 4.49)),
    "Zeeland": ((4300, 4599), ("0113", "0114", "0115", "0118"), (51.45, 3.84)),
    "Noord-Brabant": ((4600, 5899), ("040", "073", "076", "013", "0412", "0492"), (51.56, 5.20)),
    "Limburg": ((5900, 6499), ("043", "045", "046", "077", "0475"), (51.21, 5.93)),
}
# fmt: on
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

OFFICE_HOURS = (
    "Maandag t/m vrijdag 8.30–17.00 uur",
    "Maandag t/m donderdag 9.00–17.00 uur, vrijdag 9.00–12.30 uur",
    "Op werkdagen 8.00–16.30 uur; 's avonds en in het weekend telefonisch bereikbaar",
    "Dinsdag, woensdag en donderdag 9.00–16.00 uur",
)
WALK_IN_HOURS = (
    "Dinsdag 9.00–11.00 uur inloopspreekuur",
    "Woensdagmiddag 13.30–15.30 uur, zonder afspraak",
    "Maandag en donderdag 9.30–11.30 uur vrije inloop",
    "Vrijdagochtend 10.00–12.00 uur: inloop voor zwangeren en jonge ouders",
)
ACCESSIBILITY = (
    "Rolstoeltoegankelijk en gelijkvloers; invalidenparkeerplaats bij de ingang.",
    "Rolstoeltoegankelijk; lift aanwezig; kinderwagen kan mee naar binnen.",
    "Eerste verdieping zonder lift; afspraak op de begane grond is mogelijk.",
    "Bushalte voor de deur; fietsenstalling en kinderwagenparkeerplek aanwezig.",
)
AVAILABILITY = (
    "Maandag t/m donderdag 8.30–16.30 uur",
    "Dinsdag en donderdag 9.00–17.00 uur",
    "Maandag, woensdag en vrijdag, 's ochtends",
    "Op werkdagen bereikbaar, behalve woensdag",
    "Maandag t/m vrijdag 9.00–12.00 uur telefonisch",
)

# --- Sentences for descriptions (professional) and summaries (parents, B1) ---

AUDIENCES = (
    "(aanstaande) ouders",
    "zwangere vrouwen en hun partners",
    "jonge ouders",
    "ouders van een baby of peuter",
    "gezinnen in een kwetsbare situatie",
    "ouders die er alleen voor staan",
)
THEME_SENTENCES = {
    "hechting": (
        "We versterken de band tussen ouder en baby, met aandacht voor {w1} en {w2}.",
        "Ouders leren de signalen van hun kind lezen; {w1} en {w2} staan centraal.",
    ),
    "psychische-gezondheid": (
        "Voor ouders met {w1} of {w2} is er snel passende hulp.",
        "We bespreken {w1} en {w2} open en zonder oordeel.",
    ),
    "verslaving": (
        "We helpen bij minderen of stoppen met {w1} en {w2}, in de zwangerschap en daarna.",
        "Gebruik van {w1} of {w2} bespreken we eerlijk, met het oog op de gezondheid van het kind.",
    ),
    "lvb": (
        "De uitleg is eenvoudig en concreet, geschikt bij {w1} of {w2}.",
        "We werken met plaatjes en korte stappen, passend bij {w1} of {w2}.",
    ),
    "geld": (
        "We zoeken samen uit hoe het zit met {w1} en {w2}, zodat er rust komt in het gezin.",
        "Bij {w1} of {w2} maken we een plan en regelen we wat direct nodig is.",
    ),
    "wonen": (
        "Bij zorgen over {w1} of {w2} zoeken we samen naar een veilige plek voor ouder en kind.",
        "We helpen bij {w1} en {w2}, ook als het snel moet.",
    ),
    "huiselijk-geweld": (
        "Bij signalen van {w1} of {w2} staat de veiligheid van moeder en kind voorop; we werken "
        "volgens de meldcode.",
        "Signalen van {w1} of {w2} nemen we altijd serieus.",
    ),
    "onbedoelde-zwangerschap": (
        "Bij {w1} of {w2} bieden we een rustig gesprek over alle keuzes.",
        "Wie twijfelt door {w1} of {w2}, krijgt tijd en eerlijke informatie.",
    ),
    "tienerouders": (
        "Speciaal voor jonge ouders ({w1}, {w2}): hulp bij school, geld en het ouderschap.",
        "Jonge ouders ({w1}, {w2}) ontmoeten elkaar en krijgen een vaste begeleider.",
    ),
    "taal-en-cultuur": (
        "Er is een tolk beschikbaar; we houden rekening met {w1} en {w2}.",
        "Voor {w1} en {w2} is er uitleg in eenvoudige taal en met beelden.",
    ),
    "opvoedondersteuning": (
        "Ouders krijgen tips over {w1} en {w2}.",
        "Vragen over {w1} of {w2} zijn altijd welkom.",
    ),
    "medisch-risico": (
        "Bij {w1} of {w2} werken we samen met de verloskundige en het ziekenhuis.",
        "Extra controles bij {w1} en {w2} worden met de ouders besproken.",
    ),
    "sociaal-netwerk": (
        "Ouders vinden steun bij elkaar; {w1} en {w2} komen aan bod.",
        "Wie weinig steun heeft ({w1}, {w2}), krijgt hulp bij het opbouwen van een netwerk.",
    ),
    "voeding-en-borstvoeding": (
        "Er is hulp bij {w1} en {w2}.",
        "Een lactatiekundige denkt mee over {w1} en {w2}.",
    ),
    "bewegen-en-leefstijl": (
        "We besteden aandacht aan {w1} en {w2}.",
        "Samen werken ouders aan {w1} en {w2}, in kleine haalbare stappen.",
    ),
}
TRIMESTERS = set(PREGNANCY)
PHASE_PHRASES = {
    "kinderwens": "de periode van de kinderwens",
    "zwangerschap-1e-trimester": "het eerste trimester van de zwangerschap",
    "zwangerschap-2e-trimester": "het tweede trimester van de zwangerschap",
    "zwangerschap-3e-trimester": "het laatste trimester van de zwangerschap",
    "kraamperiode": "de kraamperiode",
    "0-1-jaar": "het eerste levensjaar",
    "1-2-jaar": "het tweede levensjaar",
}
GENERIC_THEME_SENTENCE = "Er is aandacht voor {name}: {w1} en {w2}."
FORMAT_PHRASES = {
    "individueel": "in persoonlijke gesprekken met een vaste hulpverlener",
    "groep": "in een groep van zes tot tien ouders",
    "inloop": "op een inloopspreekuur, zonder afspraak",
    "huisbezoek": "bij het gezin thuis",
    "online": "telefonisch, via chat of met beeldbellen",
}
FORMAT_PLAIN = {
    "individueel": "Je praat met één vaste hulpverlener.",
    "groep": "Je komt samen met andere ouders.",
    "inloop": "Je kunt zonder afspraak binnenlopen.",
    "huisbezoek": "Iemand komt bij je thuis.",
    "online": "Het kan ook via de telefoon of de computer.",
}
CARE_PHASE_SENTENCES = {
    "signaleren": "Zorgen worden vroeg gesignaleerd en besproken met de ouders.",
    "verkennen": "In een kennismakingsgesprek verkennen we samen de hulpvraag.",
    "steun-op-maat": "Daarna volgt begeleiding op maat, zo lang als nodig.",
}
ROUTE_PHRASES = {
    "free_access": "Ouders kunnen zich zelf aanmelden; een verwijzing is niet nodig.",
    "gp_referral": "Aanmelden gaat met een verwijzing van huisarts, verloskundige of specialist.",
    "youth_health_referral": "Aanmelden gaat via de jeugdgezondheidszorg.",
    "municipal_decision": "Voor deze hulp is een beschikking van de gemeente nodig.",
    "neighbourhood_team": "Aanmelden gaat via het wijkteam.",
    "professional_referral": "Iedere professional kan een gezin aanmelden, met toestemming.",
}
COST_NOTES = {
    "free": ("", "Gratis", "Geen kosten voor ouders"),
    "insured": (
        "Vergoed uit de basisverzekering",
        "Basisverzekering; eigen risico kan gelden",
        "Vergoed; eigen bijdrage van ongeveer € 5 per uur",
    ),
    "municipality": ("De gemeente betaalt", "Betaald door de gemeente; geen eigen bijdrage"),
    "own_contribution": (
        "Eigen bijdrage naar inkomen",
        "Eigen bijdrage € 25 per bijeenkomst; korting met een minimapas",
    ),
}
COST_PLAIN = {
    "free": "Het kost je niets.",
    "insured": "Je zorgverzekering betaalt het.",
    "municipality": "De gemeente betaalt het.",
    "own_contribution": "Je betaalt een eigen bijdrage.",
}
# Common words: in real entries "zorg", "ouder" and "kind" occur in nearly every row.
COMMON_SENTENCES = (
    "De zorg voor ouder en kind staat centraal.",
    "We werken samen met verloskundige, kraamzorg, jeugdgezondheidszorg en huisarts, zodat "
    "ouders niet steeds opnieuw hun verhaal hoeven te vertellen.",
    "Een warme overdracht naar andere zorg is vanzelfsprekend.",
    "Ouders houden zelf de regie; we kijken naar wat het kind nodig heeft.",
    "Bij zorgen over de ontwikkeling van het kind overleggen we met de ouder.",
    "We denken mee met het hele gezin, ook met de partner en andere kinderen.",
)
SUMMARY_OPENINGS = (
    "Bij ons krijg je hulp die bij jou past.",
    "Wij helpen jou en je kind, zo lang als nodig.",
    "Je hoeft het niet alleen te doen.",
    "Samen kijken we wat jij en je kind nodig hebben.",
)
RECOGNITION = (
    ("nji", "well_described"),
    ("nji", "theoretically_sound"),
    ("nji", "effective_first"),
    ("nji", "effective_good"),
    ("loket_gezond_leven", "well_described"),
    ("loket_gezond_leven", "effective_first"),
)
CLOSED_NOTICES = (
    "Tijdelijk gesloten wegens ziekte van de begeleider; naar verwachting over vier weken weer "
    "open.",
    "De groep is vol; een nieuwe groep start na de zomer.",
    "Tijdelijk geen aanmeldingen door verbouwing van de locatie.",
)

# --- Referrals ---

REASON_OPENINGS = (
    "Moeder ({age}) is {weeks} weken zwanger.",
    "Moeder ({age}) heeft een baby van {months} maanden.",
    "Jonge moeder ({age}), {weeks} weken zwanger van haar eerste kind.",
    "Moeder ({age}) is net bevallen; het gaat nog wisselend.",
)
REASON_THEME = {
    "hechting": "Zij vindt het moeilijk om contact te maken met de baby ({w1}).",
    "psychische-gezondheid": "Zij voelt zich al weken {w1} en slaapt slecht.",
    "verslaving": "Er is sprake van {w1}; zij wil graag stoppen.",
    "lvb": "Zij heeft moeite met lezen en begrijpen ({w1}).",
    "geld": "Er zijn zorgen over {w1} en {w2}.",
    "wonen": "De woonsituatie is onzeker ({w1}).",
    "huiselijk-geweld": "Er zijn signalen van {w1} in het gezin.",
    "onbedoelde-zwangerschap": "De zwangerschap was niet gepland; zij twijfelt ({w1}).",
    "tienerouders": "Zij is nog op school en heeft weinig steun.",
    "taal-en-cultuur": "Zij spreekt weinig Nederlands; een tolk is wenselijk.",
    "opvoedondersteuning": "Zij heeft vragen over {w1} en {w2}.",
    "medisch-risico": "Er is een medisch risico ({w1}).",
    "sociaal-netwerk": "Zij staat er grotendeels alleen voor ({w1}).",
    "voeding-en-borstvoeding": "De {w1} verloopt moeizaam.",
    "bewegen-en-leefstijl": "Zij wil werken aan {w1}.",
}
REASON_CLOSINGS = (
    "Zij staat open voor hulp en heeft toestemming gegeven om haar gegevens te delen.",
    "Graag een kennismakingsgesprek, bij voorkeur bij haar thuis.",
    "Zij vraagt om contact via de telefoon, liefst 's ochtends.",
    "Een driegesprek met de verwijzer erbij heeft haar voorkeur.",
)
SAFETY_JUSTIFICATIONS = (
    "Stap 5 van de meldcode: er zijn ernstige zorgen over de veiligheid van de baby en moeder "
    "wil geen hulp. Collegiaal overleg en overleg met Veilig Thuis hebben plaatsgevonden.",
    "Acute zorgen over de veiligheid van het kind; toestemming vragen zou het kind in gevaar "
    "brengen. Besproken met de aandachtsfunctionaris.",
)
BEST_TIMES = (
    "Ochtenden, voor 12.00 uur",
    "Na 15.00 uur, als de baby slaapt",
    "Dinsdag en donderdag",
    "Liever niet op maandag",
    "",
)
DECLINE_REASONS = (
    "Wij hebben op dit moment geen plek; de wachttijd is langer dan drie maanden.",
    "Deze vraag past beter bij het wijkteam in haar eigen wijk.",
    "Zij woont buiten ons werkgebied.",
    "Voor deze hulp is eerst een verwijzing van de huisarts nodig.",
)
FEEDBACK = (
    "Moeder heeft het traject afgerond; het gaat goed met haar en de baby.",
    "Na vier gesprekken is de hulp gestopt; zij weet ons te vinden als het nodig is.",
    "Moeder was niet bereikbaar na drie pogingen; dossier gesloten.",
    "Doorverwezen naar specialistische hulp; warme overdracht heeft plaatsgevonden.",
    "",
)
WITHDRAWAL_REASONS = (
    "Moeder heeft zelf al contact gezocht met een andere organisatie.",
    "Verkeerde organisatie gekozen; opnieuw verwezen.",
    "Moeder is verhuisd naar een andere gemeente.",
    "",
)
CONSENT_WITHDRAWAL_REASONS = (
    "Moeder wil niet langer dat haar gegevens gedeeld worden.",
    "Moeder heeft besloten geen hulp te willen.",
    "",
)
CONSENT_PURPOSES = (
    "Warme overdracht voor ondersteuning rond de zwangerschap",
    "Aanmelding voor begeleiding na de bevalling",
    "Verwijzing voor hulp bij geldzorgen en opvoeding",
    "Aanmelding voor een kennismakingsgesprek",
)
MESSAGES_FROM_RECIPIENT = (
    "Dank voor de verwijzing. Ik heb moeder gebeld en we hebben een eerste afspraak gepland.",
    "Moeder is nog niet bereikt; ik probeer het morgen opnieuw.",
    "Kunnen we een driegesprek plannen met moeder erbij?",
    "De intake is geweest; moeder start volgende week in de groep.",
)
MESSAGES_FROM_SENDER = (
    "Dank voor de snelle reactie. Moeder is het best bereikbaar in de ochtend.",
    "Graag, ik kan dinsdag of donderdag.",
    "Fijn om te horen. Ik blijf betrokken tot na de bevalling.",
)
MEETING_PLACES = (
    "Bij moeder thuis",
    "Consultatiebureau, spreekkamer 2",
    "Wijkcentrum, eerste verdieping",
    "Praktijk van de verloskundige",
)
