"""Demo content for `manage.py load_demo`: a realistic, partly fictional sociale kaart.

Plain data only; `organisations/management/commands/load_demo.py` loads it. Organisation names
come from public sources (the ROK Deventer, Samen Groeien 010 and Kansrijke Start Zuid-Limburg
projects) or are invented. Every contact person, user, phone number, e-mail address, KvK number
and AGB code is fictional: phone numbers use subscriber numbers starting with 1, which are not
handed out in the Netherlands, and e-mail addresses use the reserved `.example` domain.

Dates are relative: `verified_days_ago`, `capacity_days_ago` and `away_for_days` count from the
day the command runs, so the demo keeps showing fresh and stale entries.
"""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]

# --- Shorthands for life phases and care phases ---

PREGNANCY = ["zwangerschap-1e-trimester", "zwangerschap-2e-trimester", "zwangerschap-3e-trimester"]
LATE_PREGNANCY = ["zwangerschap-2e-trimester", "zwangerschap-3e-trimester"]
AFTER_BIRTH = ["kraamperiode", "0-1-jaar", "1-2-jaar"]
FIRST_1000_DAYS = ["kinderwens", *PREGNANCY, *AFTER_BIRTH]
ALL_CARE_PHASES = ["signaleren", "verkennen", "steun-op-maat"]

DEVENTER_REGION = ["deventer", "olst-wijhe"]
ROTTERDAM_REGION = ["rotterdam", "capelle-aan-den-ijssel"]
ZUID_LIMBURG = ["kerkrade", "landgraaf", "vaals", "heerlen"]
KANSRIJKE_START_PILOTS = ["kerkrade", "landgraaf", "vaals"]
EVERYWHERE = [*DEVENTER_REGION, *ROTTERDAM_REGION, *ZUID_LIMBURG]

# --- Taxonomies: (slug, name, name_en, plain_name, search_terms) in display order ---

LIFE_PHASES: list[tuple[str, str, str, str, str]] = [
    (
        "kinderwens",
        "Kinderwens",
        "Wish for a child",
        "Ik wil graag een kind",
        "kinderwens, zwanger worden, zwanger willen worden, preconceptie, preconceptiezorg, "
        "vruchtbaarheid, gezinsplanning, anticonceptie, foliumzuur",
    ),
    (
        "zwangerschap-1e-trimester",
        "Zwangerschap, 1e trimester",
        "Pregnancy, first trimester",
        "Ik ben net zwanger (tot 13 weken)",
        "zwanger, zwangere, zwangerschap, in verwachting, vroege zwangerschap, eerste trimester, "
        "prenataal, termijnecho, baby op komst, positieve test, misselijk",
    ),
    (
        "zwangerschap-2e-trimester",
        "Zwangerschap, 2e trimester",
        "Pregnancy, second trimester",
        "Ik ben 13 tot 27 weken zwanger",
        "zwanger, zwangere, zwangerschap, in verwachting, tweede trimester, prenataal, "
        "twintigwekenecho, buik groeit, baby voelen bewegen",
    ),
    (
        "zwangerschap-3e-trimester",
        "Zwangerschap, 3e trimester",
        "Pregnancy, third trimester",
        "Ik ben meer dan 27 weken zwanger",
        "zwanger, zwangere, zwangerschap, in verwachting, derde trimester, prenataal, bevalling, "
        "bevallen, uitgerekende datum, zwangerschapsverlof, geboorteplan, laatste weken",
    ),
    (
        "kraamperiode",
        "Kraamperiode",
        "Maternity period",
        "Mijn baby is net geboren",
        "kraamtijd, kraambed, kraamweek, kraamzorg, kraamverzorgende, net bevallen, bevalling, "
        "pasgeborene, pasgeboren baby, postpartum, postnataal, na de bevalling",
    ),
    (
        "0-1-jaar",
        "0–1 jaar",
        "Baby (0–1 year)",
        "Ik heb een baby (tot 1 jaar)",
        "baby, zuigeling, eerste levensjaar, consultatiebureau, borstvoeding, flesvoeding, "
        "slapen, huilen, huilbaby, vaccinaties, inentingen",
    ),
    (
        "1-2-jaar",
        "1–2 jaar",
        "Toddler (1–2 years)",
        "Mijn kind is 1 of 2 jaar",
        "dreumes, peuter, tweede levensjaar, eerste stapjes, lopen, praten, taalontwikkeling, "
        "peuteropvang, peuterspeelzaal, driftbuien",
    ),
]

CARE_PHASES: list[tuple[str, str, str, str, str]] = [
    (
        "signaleren",
        "Signaleren",
        "Noticing risks",
        "Iemand kijkt met mij mee of alles goed gaat",
        "signalering, vroegsignalering, screening, risico-inschatting, risicoscreening, zorgen, "
        "niet-pluisgevoel, opsporen, in beeld brengen",
    ),
    (
        "verkennen",
        "Verkennen",
        "Exploring the need",
        "Samen uitzoeken welke hulp ik nodig heb",
        "verkenning, intake, vraagverheldering, hulpvraag, kennismaking, kennismakingsgesprek, "
        "inventarisatie, casusoverleg, rondetafeloverleg",
    ),
    (
        "steun-op-maat",
        "Steun op maat",
        "Tailored support",
        "Hulp die bij mij past",
        "ondersteuning, begeleiding, behandeling, hulp, zorg op maat, traject, hulpverlening, "
        "coaching, therapie",
    ),
]

THEMES: list[tuple[str, str, str, str, str]] = [
    (
        "hechting",
        "Hechting en ouder-kindrelatie",
        "Attachment and parent–child relationship",
        "Ik wil een goede band met mijn baby",
        "hechting, band, binding, bonding, ouder-kindrelatie, ouder-kind relatie, "
        "ouder-kindinteractie, contact met baby, sensitiviteit, responsiviteit, mentaliseren, "
        "babysignalen, veilige hechting",
    ),
    (
        "psychische-gezondheid",
        "Psychische gezondheid",
        "Mental health",
        "Ik voel me somber, angstig of gespannen",
        "psychisch, psychische klachten, depressie, depressief, somber, angst, angstig, "
        "postnatale depressie, postpartum depressie, stress, spanning, piekeren, burn-out, "
        "psychose, trauma, ptss, bipolair, ggz, psychiatrie, eenzaam, niet lekker in mijn vel",
    ),
    (
        "verslaving",
        "Verslaving",
        "Addiction and substance use",
        "Ik gebruik alcohol, drugs of rook en wil stoppen",
        "verslaafd, verslaving, alcohol, drinken, drank, drugs, middelengebruik, middelen, "
        "blowen, cannabis, wiet, hasj, roken, sigaretten, nicotine, vapen, cocaïne, speed, "
        "harddrugs, gokken, stoppen met roken, rookvrij",
    ),
    (
        "lvb",
        "Licht verstandelijke beperking",
        "Mild intellectual disability",
        "Dingen begrijpen of onthouden is moeilijk voor mij",
        "lvb, licht verstandelijk beperkt, verstandelijke beperking, zwakbegaafd, "
        "zwakbegaafdheid, cognitieve beperking, moeite met begrijpen, moeite met lezen, "
        "laaggeletterd, makkelijk lezen, beperking",
    ),
    (
        "geld",
        "Geld en schulden",
        "Money and debt",
        "Ik maak me zorgen over geld",
        "geld, geldzorgen, schulden, schuld, armoede, budget, rekeningen, "
        "betalingsachterstand, huurachterstand, toeslagen, kinderbijslag, uitkering, inkomen, "
        "kredietbank, schuldhulp, schuldhulpverlening, budgetcoaching, budgetbeheer, minima, "
        "voedselbank",
    ),
    (
        "wonen",
        "Wonen",
        "Housing",
        "Ik heb geen goede of vaste woonplek",
        "wonen, woning, huis, huisvesting, dakloos, thuisloos, uitzetting, huisuitzetting, "
        "woonruimte, urgentie, opvang, beschermd wonen, begeleid wonen, slapen bij vrienden, "
        "te klein huis, schimmel",
    ),
    (
        "huiselijk-geweld",
        "Huiselijk geweld en veiligheid",
        "Domestic violence and safety",
        "Ik voel me thuis niet veilig",
        "huiselijk geweld, geweld, mishandeling, kindermishandeling, partnergeweld, onveilig, "
        "onveiligheid, bedreiging, dreiging, meldcode, veilig thuis, vrouwenopvang, "
        "blijf-van-m'n-lijfhuis, eergerelateerd geweld, loverboy, seksueel geweld",
    ),
    (
        "onbedoelde-zwangerschap",
        "Onbedoelde zwangerschap",
        "Unintended pregnancy",
        "Ik ben zwanger en dat was niet gepland",
        "onbedoeld zwanger, ongepland zwanger, ongewenst zwanger, onverwacht zwanger, "
        "onbedoelde zwangerschap, twijfel, keuzehulp, abortus, zwangerschapsafbreking, "
        "afstand doen, adoptie, pleegzorg, anticonceptie, pil, spiraal",
    ),
    (
        "tienerouders",
        "Tienerouders en jonge ouders",
        "Teenage and young parents",
        "Ik ben jong en word ouder",
        "tienermoeder, tienervader, tienerouder, tienerzwangerschap, jonge moeder, jonge vader, "
        "jonge ouders, jong ouderschap, school, opleiding, studie, jongeren",
    ),
    (
        "taal-en-cultuur",
        "Taal en cultuur",
        "Language and culture",
        "Ik spreek niet goed Nederlands",
        "taal, taalbarrière, tolk, tolkentelefoon, anderstalig, nieuwkomer, statushouder, "
        "vluchteling, migrant, cultuur, inburgering, Nederlands leren, laaggeletterdheid",
    ),
    (
        "opvoedondersteuning",
        "Opvoedondersteuning",
        "Parenting support",
        "Ik heb vragen over opvoeden",
        "opvoeden, opvoeding, opvoedvragen, opvoedadvies, opvoedcursus, ouderschap, "
        "ouderschapsondersteuning, gedrag, huilen, slapen, grenzen stellen, driftbuien, "
        "ontwikkeling, spelen",
    ),
    (
        "medisch-risico",
        "Medisch risico",
        "Medical risk",
        "Er is een medische zorg over mij of mijn baby",
        "medisch, medisch risico, ziekte, chronische ziekte, complicaties, vroeggeboorte, "
        "te vroeg geboren, prematuur, laag geboortegewicht, diabetes, zwangerschapsdiabetes, "
        "hoge bloeddruk, medicatie, medicijnen, erfelijkheid, ziekenhuis, tweedelijns",
    ),
    (
        "sociaal-netwerk",
        "Sociaal netwerk",
        "Social network",
        "Ik sta er alleen voor",
        "eenzaam, eenzaamheid, alleen, alleenstaand, alleenstaande moeder, netwerk, steun, "
        "familie, vrienden, buren, andere ouders ontmoeten, maatje, buddy, vrijwilliger, "
        "isolement",
    ),
    (
        "voeding-en-borstvoeding",
        "Voeding en borstvoeding",
        "Nutrition and breastfeeding",
        "Ik heb vragen over borstvoeding of eten",
        "borstvoeding, flesvoeding, kunstvoeding, kolven, voeding, voeden, eten, gezond eten, "
        "babyvoeding, lactatiekundige, foliumzuur, vitamine d, overgewicht",
    ),
    (
        "bewegen-en-leefstijl",
        "Gezonde leefstijl",
        "Healthy lifestyle",
        "Ik wil gezond leven voor mij en mijn baby",
        "leefstijl, gezond leven, bewegen, sport, gewicht, overgewicht, slaap, ontspanning, "
        "rookvrij, alcoholvrij, gezonde zwangerschap, preconceptie",
    ),
]

DELIVERY_FORMATS: list[tuple[str, str, str, str, str]] = [
    (
        "individueel",
        "Individueel",
        "Individual",
        "Alleen ik (of wij samen) met een hulpverlener",
        "individueel, persoonlijk, één op één, een-op-een, afspraak, gesprek, spreekuur op "
        "afspraak",
    ),
    (
        "groep",
        "Groep",
        "Group",
        "Samen met andere ouders",
        "groep, groepsbijeenkomst, groepsbijeenkomsten, groepszorg, cursus, training, "
        "bijeenkomst, lotgenoten, andere ouders, oudergroep",
    ),
    (
        "inloop",
        "Inloop",
        "Walk-in",
        "Ik kan zonder afspraak binnenlopen",
        "inloop, inloopspreekuur, vrije inloop, zonder afspraak, binnenlopen, binnenwandelen, "
        "open spreekuur",
    ),
    (
        "huisbezoek",
        "Huisbezoek",
        "Home visit",
        "Iemand komt bij mij thuis",
        "huisbezoek, huisbezoeken, aan huis, bij u thuis, thuisbezoek, thuis, outreachend",
    ),
    (
        "online",
        "Online en telefonisch",
        "Online and by phone",
        "Via telefoon, chat of video",
        "online, internet, chat, chatten, videobellen, beeldbellen, telefonisch, telefoon, "
        "app, website, e-health, digitaal",
    ),
]

# Slug = ISO 639-1 code (Papiamento has only a three-letter ISO 639-2/3 code, pap).
LANGUAGES: list[tuple[str, str, str, str, str]] = [
    ("nl", "Nederlands", "Dutch", "Nederlands", "Nederlands, Dutch"),
    ("en", "Engels", "English", "English", "Engels, English, Engelstalig"),
    ("ar", "Arabisch", "Arabic", "العربية", "Arabisch, Arabic, Marokkaans-Arabisch, Darija"),
    ("tr", "Turks", "Turkish", "Türkçe", "Turks, Turkish, Türkçe"),
    ("pl", "Pools", "Polish", "Polski", "Pools, Polish, Polski"),
    ("so", "Somalisch", "Somali", "Soomaali", "Somalisch, Somali, Soomaali"),
    ("ti", "Tigrinya", "Tigrinya", "ትግርኛ", "Tigrinya, Tigrinja, Eritrees"),
    ("uk", "Oekraïens", "Ukrainian", "Українська", "Oekraïens, Ukrainian"),
    ("es", "Spaans", "Spanish", "Español", "Spaans, Spanish, Español"),
    ("pap", "Papiaments", "Papiamento", "Papiamentu", "Papiaments, Papiamento, Papiamentu"),
]

# --- Municipalities: (cbs_code, name, slug) ---

MUNICIPALITIES: list[tuple[str, str, str]] = [
    ("GM0150", "Deventer", "deventer"),
    ("GM1773", "Olst-Wijhe", "olst-wijhe"),
    ("GM0599", "Rotterdam", "rotterdam"),
    ("GM0502", "Capelle aan den IJssel", "capelle-aan-den-ijssel"),
    ("GM0928", "Kerkrade", "kerkrade"),
    ("GM0882", "Landgraaf", "landgraaf"),
    ("GM0981", "Vaals", "vaals"),
    ("GM0917", "Heerlen", "heerlen"),
]

# --- Organisations with their locations ---

OFFICE_HOURS = "Maandag t/m vrijdag 8.30–17.00 uur"
STEP_FREE = "Rolstoeltoegankelijk en gelijkvloers; invalidenparkeerplaats bij de ingang."
WITH_LIFT = "Rolstoeltoegankelijk; lift aanwezig; kinderwagen kan mee naar binnen."
HOSPITAL_ACCESS = (
    "Rolstoeltoegankelijk; rolstoelen te leen bij de hoofdingang; parkeergarage met "
    "invalidenplaatsen; bushalte voor de deur."
)

ORGANISATIONS: list[Record] = [
    # ---------------------------------------------------------------- Deventer and Olst-Wijhe
    {
        "slug": "naviva-kraamzorg",
        "name": "Naviva Kraamzorg",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Naviva Kraamzorg verzorgt kraamzorg in Oost-Nederland, ook in Deventer en "
            "Olst-Wijhe. De kraamverzorgende komt al tijdens de zwangerschap op intakebezoek en "
            "let in de kraamweek op moeder, baby en de band tussen hen. Voor gezinnen in een "
            "kwetsbare situatie is er kraamzorg steun-op-maat met extra uren."
        ),
        "website": "https://www.naviva.nl/",
        "email_domain": "naviva.example",
        "phone": "0570 12 30 01",
        "kvk_number": "90150001",
        "agb_code": "33150001",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 12,
        "locations": [
            {
                "name": "Naviva Kraamzorg, regiokantoor Deventer",
                "address": "Hanzeweg 12",
                "postcode": "7418 AW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2603,
                "lon": 6.1862,
                "opening_hours": "Kantoor: maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week bereikbaar",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "deventer-ziekenhuis",
        "name": "Deventer Ziekenhuis (POPP-poli)",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Deventer Ziekenhuis biedt tweedelijns geboortezorg voor de regio Deventer. Op de "
            "POPP-poli werken gynaecoloog, psychiater, kinderarts en psycholoog samen rond "
            "zwangeren met psychische klachten of medicijngebruik. Medisch maatschappelijk werk "
            "helpt bij zorgen over geld, wonen of veiligheid."
        ),
        "website": "https://www.dz.nl/",
        "email_domain": "deventerziekenhuis.example",
        "phone": "0570 12 30 02",
        "kvk_number": "90150002",
        "agb_code": "06150002",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 35,
        "locations": [
            {
                "name": "Deventer Ziekenhuis",
                "address": "Nico Bolkesteinlaan 75",
                "postcode": "7416 SE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2444,
                "lon": 6.1963,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "dimence-deventer",
        "name": "Dimence",
        "domain": "medical",
        "kind": "adult_mental_health",
        "description": (
            "Dimence biedt specialistische geestelijke gezondheidszorg in Salland. Het team "
            "perinatale psychiatrie behandelt (aanstaande) moeders met ernstige psychische "
            "klachten en heeft daarbij aandacht voor de baby en de ouder-kindrelatie. Dimence "
            "is penvoerder van het ROK-project Relatie Ouder Kind Deventer."
        ),
        "website": "https://www.dimence.nl/",
        "email_domain": "dimence.example",
        "phone": "0570 12 30 03",
        "kvk_number": "90150003",
        "agb_code": "22150003",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 60,
        "locations": [
            {
                "name": "Dimence Deventer",
                "address": "Brinkgreverweg 69",
                "postcode": "7413 ZB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2578,
                "lon": 6.1981,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kidz-team-deventer",
        "name": "Kinder- en jeugd-GGZ Deventer (Kidz-team)",
        "domain": "medical",
        "kind": "youth_mental_health",
        "description": (
            "Het Kidz-team is de jeugd-GGZ voor kinderen van 0 tot 12 jaar in Deventer. Het "
            "team infant mental health helpt ouders van baby's en peuters bij huil-, slaap- en "
            "voedingsproblemen en als het contact tussen ouder en kind moeizaam loopt. "
            "Verwijzing via huisarts, jeugdarts of het Voor Elkaar team."
        ),
        "website": "https://www.kidzteam.example/",
        "email_domain": "kidzteam.example",
        "phone": "0570 12 30 04",
        "kvk_number": "90150004",
        "agb_code": "22150004",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 420,
        "locations": [
            {
                "name": "Kidz-team Deventer",
                "address": "Zwolseweg 150",
                "postcode": "7412 AT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2641,
                "lon": 6.1605,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Speelhoek en verschoontafel in de wachtruimte.",
            }
        ],
    },
    {
        "slug": "impluz",
        "name": "Impluz",
        "domain": "both",
        "kind": "intellectual_disability",
        "description": (
            "Impluz biedt specialistische zorg aan mensen met een licht verstandelijke beperking "
            "(LVB) en psychische problemen. Voor (aanstaande) ouders met een LVB is er "
            "ouderschapsbegeleiding met beeldmateriaal en eenvoudige taal. Impluz adviseert "
            "professionals in het ROK-netwerk Deventer over hechting en kwetsbaar ouderschap."
        ),
        "website": "https://www.impluz.nl/",
        "email_domain": "impluz.example",
        "phone": "0570 12 30 05",
        "kvk_number": "90150005",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 20,
        "locations": [
            {
                "name": "Impluz Deventer",
                "address": "Rielerweg 40",
                "postcode": "7416 ZH",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2512,
                "lon": 6.1887,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Bewegwijzering met pictogrammen.",
            }
        ],
    },
    {
        "slug": "voor-elkaar-team-deventer",
        "name": "Voor Elkaar team Deventer (sociaal wijkteam)",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "De Voor Elkaar teams zijn de sociale wijkteams van de gemeente Deventer. "
            "Inwoners kunnen er terecht met vragen over geld, wonen, opvoeden, relaties en zorg. "
            "Het team zet zelf ondersteuning in of regelt een beschikking voor jeugdhulp of Wmo. "
            "Samen met de JGZ en verloskundigen organiseert het team de zwangerschapsinloop."
        ),
        "website": "https://www.voorelkaardeventer.example/",
        "email_domain": "voorelkaardeventer.example",
        "phone": "0570 12 30 06",
        "municipalities": ["deventer"],
        "verified_days_ago": 8,
        "locations": [
            {
                "name": "Voor Elkaar team Voorstad",
                "address": "Snipperlingsdijk 4",
                "postcode": "7417 BJ",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2563,
                "lon": 6.1772,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Dinsdag 9.30–11.30 uur: zwangerschapsinloop 'Zwanger & Zo'; "
                "donderdag 13.30–15.30 uur: vrije inloop",
                "accessibility": STEP_FREE + " Ruimte voor kinderwagens; borstvoedingsruimte.",
            },
            {
                "name": "Voor Elkaar team Colmschate",
                "address": "Oxerhof 2",
                "postcode": "7422 AA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2471,
                "lon": 6.2196,
                "opening_hours": "Maandag, woensdag en vrijdag 9.00–17.00 uur",
                "walk_in_hours": "Woensdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "ggd-ijsselland-jgz",
        "name": "GGD IJsselland Jeugdgezondheidszorg",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De jeugdgezondheidszorg (JGZ) van GGD IJsselland volgt de groei en ontwikkeling "
            "van alle kinderen vanaf de geboorte, op het consultatiebureau en thuis. "
            "Jeugdverpleegkundigen leggen prenatale huisbezoeken af en bieden VoorZorg en "
            "Stevig Ouderschap aan gezinnen die extra steun kunnen gebruiken."
        ),
        "website": "https://www.ggdijsselland.nl/",
        "email_domain": "ggdijsselland.example",
        "phone": "0570 12 30 07",
        "kvk_number": "90150007",
        "agb_code": "33150007",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 25,
        "locations": [
            {
                "name": "Consultatiebureau Deventer-Centrum",
                "address": "Pikeursbaan 3",
                "postcode": "7411 GT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2538,
                "lon": 6.1657,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur, op afspraak",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Consultatiebureau Colmschate",
                "address": "Colmschaterstraat 35",
                "postcode": "7423 AA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2466,
                "lon": 6.2260,
                "opening_hours": "Dinsdag t/m donderdag 8.30–16.30 uur, op afspraak",
                "walk_in_hours": "Donderdag 13.30–15.00 uur: borstvoedings- en weeginloop",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Consultatiebureau Olst",
                "address": "Eikelhofweg 1",
                "postcode": "8121 BX",
                "city": "Olst",
                "municipality": "olst-wijhe",
                "lat": 52.3371,
                "lon": 6.1094,
                "opening_hours": "Maandag en woensdag 8.30–12.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "verloskundigenpraktijk-de-wieg",
        "name": "Verloskundigenpraktijk De Wieg Deventer",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk De Wieg begeleidt zwangeren in Deventer-Centrum en -Noord "
            "tijdens de zwangerschap, de bevalling en de kraamtijd. De praktijk biedt Centering "
            "Zwangerschap, een kinderwensspreekuur en hulp bij stoppen met roken. Ze neemt "
            "deel aan het ROK-netwerk en de casustafel Kansrijke Start."
        ),
        "website": "https://www.dewiegdeventer.example/",
        "email_domain": "dewiegdeventer.example",
        "phone": "0570 12 30 08",
        "kvk_number": "90150008",
        "agb_code": "03150008",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 5,
        "locations": [
            {
                "name": "Verloskundigenpraktijk De Wieg",
                "address": "Keizerstraat 40",
                "postcode": "7411 HG",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2529,
                "lon": 6.1604,
                "opening_hours": "Spreekuur maandag t/m vrijdag 8.30–16.30 uur; "
                "voor spoed 24 uur per dag bereikbaar",
                "accessibility": "Praktijk op de begane grond; drempel bij de voordeur "
                "(hulp op aanvraag).",
            }
        ],
    },
    {
        "slug": "verloskundigen-colmschate",
        "name": "Verloskundigenpraktijk Colmschate",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk Colmschate werkt in Deventer-Oost, Schalkhaar en Olst. "
            "Bij de eerste afspraak vult elke zwangere de R4U-vragenlijst in, zodat medische "
            "én sociale risico's vroeg in beeld komen. Met het Voor Elkaar team en de JGZ zijn "
            "vaste afspraken gemaakt over warme overdracht."
        ),
        "website": "https://www.verloskundigencolmschate.example/",
        "email_domain": "verloskundigencolmschate.example",
        "phone": "0570 12 30 09",
        "kvk_number": "90150009",
        "agb_code": "03150009",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 390,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Colmschate",
                "address": "Lindenhof 14",
                "postcode": "7422 LN",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2489,
                "lon": 6.2152,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "gemeente-deventer",
        "name": "Gemeente Deventer",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "De gemeente Deventer regelt schuldhulpverlening, minimaregelingen en de toegang "
            "tot jeugdhulp. Zij trekt de lokale coalitie Kansrijke Start en het ROK-netwerk, "
            "waarin medische en sociale partners samenwerken rond kwetsbare (aanstaande) ouders."
        ),
        "website": "https://www.deventer.nl/",
        "email_domain": "deventer.example",
        "phone": "0570 12 30 10",
        "municipalities": ["deventer"],
        "verified_days_ago": 15,
        "locations": [
            {
                "name": "Stadhuis Deventer",
                "address": "Grote Kerkhof 4",
                "postcode": "7411 KT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2507,
                "lon": 6.1568,
                "opening_hours": "Maandag t/m vrijdag 9.00–17.00 uur, donderdag tot 20.00 uur",
                "walk_in_hours": "Geldloket: maandag en donderdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT + " Ringleiding bij de balie.",
            }
        ],
    },
    {
        "slug": "tactus-deventer",
        "name": "Tactus Verslavingszorg",
        "domain": "medical",
        "kind": "addiction",
        "description": (
            "Tactus helpt mensen met problemen door alcohol, drugs, roken of gokken. Voor "
            "zwangeren en jonge ouders is er snelle toegang tot behandeling en een "
            "preventiegesprek zonder verwijzing. Tactus werkt samen met verloskundigen en de "
            "POPP-poli van het Deventer Ziekenhuis."
        ),
        "website": "https://www.tactus.nl/",
        "email_domain": "tactus.example",
        "phone": "0570 12 30 11",
        "kvk_number": "90150011",
        "agb_code": "22150011",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 75,
        "locations": [
            {
                "name": "Tactus Deventer",
                "address": "Keulenstraat 3",
                "postcode": "7418 ET",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2577,
                "lon": 6.1825,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "mee-ijsseloevers",
        "name": "MEE IJsseloevers",
        "domain": "social",
        "kind": "intellectual_disability",
        "description": (
            "MEE IJsseloevers biedt onafhankelijke cliëntondersteuning aan mensen met een "
            "beperking en hun omgeving. Cliëntondersteuners helpen (aanstaande) ouders met een "
            "licht verstandelijke beperking bij formulieren, geld, zorg regelen en het "
            "voorbereiden op het ouderschap. Gratis en zonder verwijzing."
        ),
        "website": "https://www.meeijsseloevers.example/",
        "email_domain": "meeijsseloevers.example",
        "phone": "0570 12 30 12",
        "kvk_number": "90150012",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 150,
        "locations": [
            {
                "name": "MEE IJsseloevers Deventer",
                "address": "Smedenstraat 10",
                "postcode": "7411 RA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2553,
                "lon": 6.1612,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT + " Informatie ook in makkelijke taal.",
            }
        ],
    },
    {
        "slug": "humanitas-deventer",
        "name": "Humanitas Deventer (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Deventer zet getrainde vrijwilligers in voor mensen die het even zwaar "
            "hebben. Met Home-Start bezoekt een ervaren vrijwilliger elke week een gezin met "
            "jonge kinderen. Bij Thuisadministratie helpt een vrijwilliger de papieren en het "
            "huishoudboekje op orde te krijgen."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-deventer.example",
        "phone": "0570 12 30 13",
        "kvk_number": "90150013",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 45,
        "locations": [
            {
                "name": "Humanitas Deventer",
                "address": "Assenstraat 8",
                "postcode": "7411 JE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2531,
                "lon": 6.1621,
                "opening_hours": "Maandag t/m donderdag 9.00–13.00 uur",
                "accessibility": "Kantoor op de eerste verdieping zonder lift; afspraken "
                "vinden meestal bij het gezin thuis plaats.",
            }
        ],
    },
    {
        "slug": "vrouwenopvang-ijsseloever",
        "name": "Vrouwenopvang IJsseloever",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang IJsseloever biedt veilige opvang aan vrouwen en hun kinderen die "
            "thuis te maken hebben met geweld. Er is plek voor zwangere vrouwen en moeders met "
            "baby's. Het steunpunt geeft ook ambulante hulp aan wie (nog) thuis woont."
        ),
        "website": "https://www.vrouwenopvang-ijsseloever.example/",
        "email_domain": "vrouwenopvang-ijsseloever.example",
        "phone": "0570 12 30 14",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 30,
        "locations": [
            {
                "name": "Blijf-van-m'n-lijfhuis Deventer",
                "address": "Bergweide 7",
                "postcode": "7418 BC",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2630,
                "lon": 6.1790,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            },
            {
                "name": "Steunpunt Huiselijk Geweld Deventer",
                "address": "Brink 60",
                "postcode": "7411 BW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2518,
                "lon": 6.1596,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Woensdag 13.00–16.00 uur",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "veilig-thuis-ijsselland",
        "name": "Veilig Thuis IJsselland",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis IJsselland is het advies- en meldpunt voor huiselijk geweld en "
            "kindermishandeling. Professionals kunnen er advies vragen en melden volgens de "
            "meldcode; ook ouders en omstanders kunnen er terecht. Dag en nacht bereikbaar."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-ijsselland.example",
        "phone": "0570 12 30 15",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 90,
        "locations": [
            {
                "name": "Veilig Thuis IJsselland, locatie Deventer",
                "address": "Leeuwenbrug 27",
                "postcode": "7411 TH",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2545,
                "lon": 6.1583,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "huisartsenpraktijk-de-vijfhoek",
        "name": "Huisartsenpraktijk De Vijfhoek",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in de wijk De Vijfhoek in Deventer met drie huisartsen, een "
            "praktijkondersteuner GGZ en een praktijkondersteuner jeugd. De praktijk houdt een "
            "spreekuur over anticonceptie en kinderwens en verwijst zo nodig naar de POPP-poli."
        ),
        "website": "https://www.huisartsendevijfhoek.example/",
        "email_domain": "huisartsendevijfhoek.example",
        "phone": "0570 12 30 16",
        "agb_code": "01150016",
        "municipalities": ["deventer"],
        "verified_days_ago": 200,
        "locations": [
            {
                "name": "Huisartsenpraktijk De Vijfhoek",
                "address": "Vijfhoekweg 21",
                "postcode": "7425 PB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2393,
                "lon": 6.2053,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur; "
                "avond en weekend: huisartsenpost",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kinderopvang-spelenderwijs",
        "name": "Kinderopvang Spelenderwijs Deventer",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang Spelenderwijs heeft peutergroepen en kinderdagverblijven in Deventer. "
            "Peuters met een VVE-indicatie van het consultatiebureau krijgen extra uren met het "
            "programma Uk & Puk. Ouders kunnen ook kinderopvang op sociaal-medische indicatie "
            "(SMI) krijgen."
        ),
        "website": "https://www.spelenderwijs-deventer.example/",
        "email_domain": "spelenderwijs-deventer.example",
        "phone": "0570 12 30 17",
        "kvk_number": "90150017",
        "municipalities": ["deventer"],
        "verified_days_ago": 110,
        "locations": [
            {
                "name": "Peuteropvang Het Kwetternest",
                "address": "Zamenhofplein 3",
                "postcode": "7417 AB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2598,
                "lon": 6.1751,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.30 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "voedselbank-deventer",
        "name": "Voedselbank Deventer",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Deventer geeft wekelijks een voedselpakket aan huishoudens die "
            "rond moeten komen van een heel laag inkomen. Voor gezinnen met een baby zijn er "
            "luiers en babyvoeding. Aanmelden gaat via een hulpverlener."
        ),
        "website": "https://www.voedselbankdeventer.example/",
        "email_domain": "voedselbankdeventer.example",
        "phone": "0570 12 30 18",
        "kvk_number": "90150018",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 540,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Deventer",
                "address": "Industrieweg 22",
                "postcode": "7418 AE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2615,
                "lon": 6.1839,
                "opening_hours": "Uitgifte vrijdag 13.00–16.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "sociaal-team-olst-wijhe",
        "name": "Sociaal Team Olst-Wijhe",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Sociaal Team Olst-Wijhe is er voor alle inwoners met vragen over zorg, "
            "opvoeden, geld en werk. Jonge gezinnen krijgen één vaste contactpersoon die "
            "met de verloskundige en het consultatiebureau afstemt."
        ),
        "website": "https://www.olst-wijhe.example/",
        "email_domain": "olst-wijhe.example",
        "phone": "0570 12 31 01",
        "municipalities": ["olst-wijhe"],
        "verified_days_ago": 65,
        "locations": [
            {
                "name": "Sociaal Team Olst-Wijhe, gemeentehuis Olst",
                "address": "Karel de Grotestraat 12",
                "postcode": "8121 XJ",
                "city": "Olst",
                "municipality": "olst-wijhe",
                "lat": 52.3385,
                "lon": 6.1118,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag 13.00–15.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "jonge-moeders-salland",
        "name": "Stichting Jonge Moeders Salland",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Vrijwilligersorganisatie die groepsbijeenkomsten organiseerde voor jonge moeders "
            "in Deventer en Olst-Wijhe. De stichting is in 2023 opgeheven; het aanbod is "
            "overgenomen door de zwangerschapsinloop van het Voor Elkaar team."
        ),
        "email_domain": "jongemoederssalland.example",
        "phone": "0570 12 30 19",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 700,
        "is_active": False,
        "locations": [
            {
                "name": "Buurthuis De Hunnepe",
                "address": "Hunnepestraat 5",
                "postcode": "7415 CE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2525,
                "lon": 6.1765,
                "opening_hours": "Gesloten",
                "accessibility": STEP_FREE,
            }
        ],
    },
    # ---------------------------------------------------------- Rotterdam and Capelle a/d IJssel
    {
        "slug": "erasmus-mc",
        "name": "Erasmus MC",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Erasmus MC is het academisch ziekenhuis van Rotterdam, met het Sophia "
            "Kinderziekenhuis en een groot centrum voor geboortezorg. De POP-poli begeleidt "
            "zwangeren met psychische problemen of verslaving. Het Erasmus MC leidt Samen "
            "Groeien 010, het integrale zorgnetwerk voor kwetsbare gezinnen in de eerste "
            "1000 dagen."
        ),
        "website": "https://www.erasmusmc.nl/",
        "email_domain": "erasmusmc.example",
        "phone": "010 123 40 01",
        "kvk_number": "90599001",
        "agb_code": "06599001",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 18,
        "locations": [
            {
                "name": "Erasmus MC, Sophia Kinderziekenhuis en geboortezorg",
                "address": "Dr. Molewaterplein 40",
                "postcode": "3015 GD",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9107,
                "lon": 4.4686,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "maasstad-ziekenhuis",
        "name": "Maasstad Ziekenhuis",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Maasstad Ziekenhuis in Rotterdam-Zuid heeft een grote afdeling verloskunde "
            "en een POP-poli. Medisch maatschappelijk werkers zien veel zwangeren met zorgen "
            "over geld, wonen en veiligheid en werken nauw samen met de wijkteams op Zuid."
        ),
        "website": "https://www.maasstadziekenhuis.nl/",
        "email_domain": "maasstad.example",
        "phone": "010 123 40 02",
        "kvk_number": "90599002",
        "agb_code": "06599002",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 55,
        "locations": [
            {
                "name": "Maasstad Ziekenhuis",
                "address": "Maasstadweg 21",
                "postcode": "3079 DZ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8886,
                "lon": 4.5149,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "cjg-rijnmond",
        "name": "Centrum voor Jeugd en Gezin Rijnmond",
        "domain": "both",
        "kind": "family_centre",
        "description": (
            "Het CJG Rijnmond is de jeugdgezondheidszorg in Rotterdam en Capelle aan den "
            "IJssel: consultatiebureaus, prenatale huisbezoeken en opvoedondersteuning. Voor "
            "gezinnen in een kwetsbare situatie zijn er VoorZorg, Stevig Ouderschap en "
            "Centering Parenting. Het CJG is partner in Samen Groeien 010."
        ),
        "website": "https://www.cjgrijnmond.nl/",
        "email_domain": "cjgrijnmond.example",
        "phone": "010 123 40 03",
        "kvk_number": "90599003",
        "agb_code": "33599003",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 10,
        "locations": [
            {
                "name": "CJG Feijenoord",
                "address": "Putselaan 100",
                "postcode": "3074 JG",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8992,
                "lon": 4.4987,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Maandag en woensdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "CJG Charlois",
                "address": "Wolphaertsbocht 220",
                "postcode": "3083 KS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8862,
                "lon": 4.4776,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Dinsdag 13.30–15.30 uur: inloopspreekuur",
                "accessibility": STEP_FREE,
            },
            {
                "name": "CJG Delfshaven",
                "address": "Schiedamseweg 95",
                "postcode": "3026 AE",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9128,
                "lon": 4.4452,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Donderdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "CJG Capelle aan den IJssel",
                "address": "Slotplein 10",
                "postcode": "2902 HR",
                "city": "Capelle aan den IJssel",
                "municipality": "capelle-aan-den-ijssel",
                "lat": 51.9301,
                "lon": 4.5812,
                "opening_hours": "Maandag t/m donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "ggd-rotterdam-rijnmond",
        "name": "GGD Rotterdam-Rijnmond",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De GGD Rotterdam-Rijnmond bewaakt en bevordert de gezondheid van inwoners van de "
            "regio. Vanuit de GGD wordt Nu Niet Zwanger uitgevoerd en is er een spreekuur "
            "seksuele gezondheid en anticonceptie voor jongeren."
        ),
        "website": "https://www.ggdrotterdamrijnmond.example/",
        "email_domain": "ggdrotterdamrijnmond.example",
        "phone": "010 123 40 04",
        "kvk_number": "90599004",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 40,
        "locations": [
            {
                "name": "GGD Rotterdam-Rijnmond, Schiedamsedijk",
                "address": "Schiedamsedijk 95",
                "postcode": "3011 EN",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9166,
                "lon": 4.4812,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "wijkteam-rotterdam",
        "name": "Wijkteam Rotterdam",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "De Rotterdamse wijkteams helpen gezinnen en volwassenen bij problemen met "
            "opvoeden, geld, wonen, relaties en psychische gezondheid. Het wijkteam kan "
            "jeugdhulp en Wmo-ondersteuning inzetten en voert het programma Moeders van "
            "Rotterdam uit voor zwangeren in een zeer kwetsbare situatie."
        ),
        "website": "https://www.rotterdam.nl/",
        "email_domain": "wijkteam.rotterdam.example",
        "phone": "010 123 40 05",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 22,
        "locations": [
            {
                "name": "Wijkteam Feijenoord-Afrikaanderwijk",
                "address": "Pretorialaan 52",
                "postcode": "3072 EN",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8985,
                "lon": 4.4968,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Wijkteam Charlois-Tarwewijk",
                "address": "Dordtsestraatweg 400",
                "postcode": "3083 AH",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8884,
                "lon": 4.4872,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Woensdag 13.00–16.00 uur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Wijkteam Delfshaven-Bospolder",
                "address": "Mathenesserweg 120",
                "postcode": "3027 HR",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9145,
                "lon": 4.4411,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "gemeente-rotterdam-vraagwijzer",
        "name": "Gemeente Rotterdam, Vraagwijzer",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "Bij de Vraagwijzer van de gemeente Rotterdam kunnen inwoners zonder afspraak "
            "terecht met vragen over geld, toeslagen, werk, wonen en zorg. Medewerkers helpen "
            "met formulieren en verwijzen door naar schuldhulp, het wijkteam of de Kredietbank."
        ),
        "website": "https://www.rotterdam.nl/",
        "email_domain": "vraagwijzer.rotterdam.example",
        "phone": "010 123 40 06",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 95,
        "locations": [
            {
                "name": "Vraagwijzer Zuidplein",
                "address": "Zuidplein 100",
                "postcode": "3083 CW",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8874,
                "lon": 4.4884,
                "opening_hours": "Maandag t/m vrijdag 9.00–17.00 uur",
                "walk_in_hours": "Maandag t/m vrijdag 9.00–12.00 uur",
                "accessibility": STEP_FREE + " Tolkentelefoon beschikbaar.",
            },
            {
                "name": "Vraagwijzer Delfshaven",
                "address": "Nieuwe Binnenweg 320",
                "postcode": "3021 GS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9139,
                "lon": 4.4558,
                "opening_hours": "Maandag t/m donderdag 9.00–17.00 uur",
                "walk_in_hours": "Dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "kredietbank-rotterdam",
        "name": "Kredietbank Rotterdam",
        "domain": "social",
        "kind": "debt",
        "description": (
            "De Kredietbank Rotterdam helpt inwoners met problematische schulden: met "
            "budgetbeheer, een schuldregeling en budgetcoaching. Gezinnen met een baby op komst "
            "krijgen voorrang bij de intake, zodat vaste lasten zoals huur en energie "
            "doorbetaald worden."
        ),
        "website": "https://www.kredietbankrotterdam.example/",
        "email_domain": "kredietbankrotterdam.example",
        "phone": "010 123 40 07",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 130,
        "locations": [
            {
                "name": "Kredietbank Rotterdam",
                "address": "Wilhelminakade 179",
                "postcode": "3072 AP",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9062,
                "lon": 4.4897,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "asvz",
        "name": "ASVZ",
        "domain": "both",
        "kind": "intellectual_disability",
        "description": (
            "ASVZ biedt zorg en ondersteuning aan mensen met een verstandelijke beperking. "
            "In Rotterdam begeleidt ASVZ (aanstaande) ouders met een LVB thuis, met aandacht "
            "voor de verzorging van de baby, de band met het kind en het huishouden. ASVZ is "
            "partner in Samen Groeien 010."
        ),
        "website": "https://www.asvz.nl/",
        "email_domain": "asvz.example",
        "phone": "010 123 40 08",
        "kvk_number": "90599008",
        "agb_code": "41599008",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 70,
        "locations": [
            {
                "name": "ASVZ ambulant team Rotterdam",
                "address": "Kleiweg 200",
                "postcode": "3051 GZ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9452,
                "lon": 4.4763,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Informatie met pictogrammen.",
            }
        ],
    },
    {
        "slug": "bouman-ggz",
        "name": "Bouman GGZ",
        "domain": "medical",
        "kind": "addiction",
        "description": (
            "Bouman GGZ is de verslavingszorg in Rotterdam. Zwangeren en ouders van jonge "
            "kinderen met problemen door alcohol, drugs of medicijnen krijgen voorrang. "
            "Verloskundigen en jeugdverpleegkundigen kunnen bellen voor consultatie."
        ),
        "website": "https://www.boumanggz.example/",
        "email_domain": "boumanggz.example",
        "phone": "010 123 40 09",
        "kvk_number": "90599009",
        "agb_code": "22599009",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 480,
        "locations": [
            {
                "name": "Bouman GGZ Rotterdam",
                "address": "Max Euwelaan 70",
                "postcode": "3062 MA",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9214,
                "lon": 4.5203,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "verloskundigen-zuiderkroon",
        "name": "Verloskundigenpraktijk Zuiderkroon",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk Zuiderkroon begeleidt zwangeren in Rotterdam-Zuid, waar "
            "veel gezinnen in een kwetsbare situatie wonen. De praktijk werkt met de "
            "R4U-risicoscreening, biedt Centering Zwangerschap in meerdere talen en heeft "
            "korte lijnen met het wijkteam en het CJG."
        ),
        "website": "https://www.zuiderkroon.example/",
        "email_domain": "zuiderkroon.example",
        "phone": "010 123 40 10",
        "kvk_number": "90599010",
        "agb_code": "03599010",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 14,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Zuiderkroon",
                "address": "Beijerlandselaan 120",
                "postcode": "3074 EL",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8965,
                "lon": 4.5034,
                "opening_hours": "Spreekuur maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "verloskundigen-het-nest",
        "name": "Verloskundigenpraktijk Het Nest Delfshaven",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk in Delfshaven met veel cliënten die (nog) weinig "
            "Nederlands spreken. Bij elke afspraak kan een tolk worden ingezet. Elke week is "
            "er een zwangerschapsinloop samen met het CJG."
        ),
        "website": "https://www.hetnestdelfshaven.example/",
        "email_domain": "hetnestdelfshaven.example",
        "phone": "010 123 40 11",
        "kvk_number": "90599011",
        "agb_code": "03599011",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 33,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Het Nest",
                "address": "Schiedamseweg 140",
                "postcode": "3025 AJ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9135,
                "lon": 4.4424,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "walk_in_hours": "Woensdag 13.30–15.30 uur: zwangerschapsinloop",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kraamzorg-maasoever",
        "name": "Kraamzorg Maasoever",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Kraamzorg Maasoever levert kraamzorg in Rotterdam en Capelle aan den IJssel. "
            "Kraamverzorgenden spreken samen meer dan tien talen. Met Kraamzorg Plus krijgen "
            "gezinnen in een kwetsbare situatie langer en intensiever kraamzorg."
        ),
        "website": "https://www.kraamzorgmaasoever.example/",
        "email_domain": "kraamzorgmaasoever.example",
        "phone": "010 123 40 12",
        "kvk_number": "90599012",
        "agb_code": "33599012",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 28,
        "locations": [
            {
                "name": "Kraamzorg Maasoever, kantoor Kralingen",
                "address": "Oudedijk 210",
                "postcode": "3061 AT",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9220,
                "lon": 4.5117,
                "opening_hours": "Kantoor maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "veilig-thuis-rotterdam-rijnmond",
        "name": "Veilig Thuis Rotterdam Rijnmond",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis Rotterdam Rijnmond is het advies- en meldpunt voor huiselijk geweld "
            "en kindermishandeling in de regio Rotterdam. Professionals vragen er advies en "
            "melden volgens de meldcode. Dag en nacht bereikbaar."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-rr.example",
        "phone": "010 123 40 13",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 50,
        "locations": [
            {
                "name": "Veilig Thuis Rotterdam Rijnmond",
                "address": "Zuidplein 236",
                "postcode": "3083 CW",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8869,
                "lon": 4.4901,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "siriz",
        "name": "Siriz",
        "domain": "social",
        "kind": "pregnancy_counselling",
        "description": (
            "Siriz is een landelijke organisatie die hulp biedt bij onbedoelde zwangerschap. "
            "Zwangeren en hun partner kunnen praten over hun twijfels en krijgen begeleiding "
            "bij de keuze en daarna, tot een jaar na de geboorte. Gesprekken vinden plaats "
            "op een spreekuurlocatie, thuis of online."
        ),
        "website": "https://www.siriz.nl/",
        "email_domain": "siriz.example",
        "phone": "010 123 40 14",
        "kvk_number": "90599014",
        "municipalities": EVERYWHERE,
        "verified_days_ago": 100,
        "locations": [
            {
                "name": "Siriz spreekuurlocatie Rotterdam",
                "address": "Westblaak 80",
                "postcode": "3012 KM",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9170,
                "lon": 4.4730,
                "opening_hours": "Op afspraak, ook 's avonds",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "fiom",
        "name": "Fiom",
        "domain": "social",
        "kind": "pregnancy_counselling",
        "description": (
            "Fiom is het landelijke kenniscentrum voor ongewenste zwangerschap, afstand en "
            "afstamming. Op de website staat een online keuzehulp en Fiom-hulpverleners voeren "
            "keuzegesprekken, telefonisch, via chat of op een spreekuurlocatie."
        ),
        "website": "https://www.fiom.nl/",
        "email_domain": "fiom.example",
        "phone": "0570 12 30 20",
        "kvk_number": "90000020",
        "municipalities": EVERYWHERE,
        "verified_days_ago": 42,
        "locations": [
            {
                "name": "Fiom spreekuur Rotterdam",
                "address": "Westersingel 70",
                "postcode": "3015 LC",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9172,
                "lon": 4.4697,
                "opening_hours": "Op afspraak",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Fiom spreekuur Deventer",
                "address": "Brink 60",
                "postcode": "7411 BW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2518,
                "lon": 6.1596,
                "opening_hours": "Eens per twee weken op vrijdag, op afspraak",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "vrouwenopvang-de-haven",
        "name": "Vrouwenopvang De Haven Rotterdam",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang De Haven biedt crisisopvang en begeleid wonen aan vrouwen en "
            "kinderen die thuis niet veilig zijn. Er is een aparte unit voor zwangeren en "
            "moeders met baby's, met begeleiding door een pedagogisch medewerker."
        ),
        "website": "https://www.vrouwenopvangdehaven.example/",
        "email_domain": "vrouwenopvangdehaven.example",
        "phone": "010 123 40 15",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 20,
        "locations": [
            {
                "name": "Opvanghuis De Haven",
                "address": "Havenstraat 12",
                "postcode": "3024 SH",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9067,
                "lon": 4.4504,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            }
        ],
    },
    {
        "slug": "leger-des-heils-rotterdam",
        "name": "Leger des Heils Rotterdam",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Het Leger des Heils biedt in Rotterdam opvang, begeleid wonen en ambulante "
            "begeleiding. In het Jonge Moederhuis wonen jonge moeders (tot 23 jaar) met hun "
            "baby en leren ze zelfstandig te wonen en voor hun kind te zorgen."
        ),
        "website": "https://www.legerdesheils.nl/",
        "email_domain": "legerdesheils-rotterdam.example",
        "phone": "010 123 40 16",
        "kvk_number": "90599016",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 380,
        "locations": [
            {
                "name": "Jonge Moederhuis Rotterdam-Zuid",
                "address": "Lange Hilleweg 90",
                "postcode": "3073 BR",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8960,
                "lon": 4.5060,
                "opening_hours": "24 uur per dag begeleiding aanwezig",
                "accessibility": STEP_FREE,
                "is_confidential": True,
            },
            {
                "name": "Leger des Heils, ambulant team Rotterdam",
                "address": "Hillevliet 100",
                "postcode": "3074 KE",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8945,
                "lon": 4.5020,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "voedselbank-rotterdam",
        "name": "Voedselbank Rotterdam",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Rotterdam verstrekt wekelijks voedselpakketten via uitgiftepunten "
            "in alle wijken. Gezinnen met een baby krijgen ook luiers, flesvoeding en "
            "verzorgingsproducten. Aanmelden gaat via een hulpverlener of de Vraagwijzer."
        ),
        "website": "https://www.voedselbankrotterdam.example/",
        "email_domain": "voedselbankrotterdam.example",
        "phone": "010 123 40 17",
        "kvk_number": "90599017",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 160,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Rotterdam-Zuid",
                "address": "Brielselaan 150",
                "postcode": "3081 AB",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8943,
                "lon": 4.4845,
                "opening_hours": "Uitgifte donderdag 14.00–17.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "humanitas-rotterdam",
        "name": "Humanitas Rotterdam (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Rotterdam zet vrijwilligers in voor gezinnen, ook met Home-Start en "
            "Moeders informeren moeders. Ervaren moeders bezoeken ouders met jonge kinderen "
            "thuis en bieden een luisterend oor en praktische steun."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-rotterdam.example",
        "phone": "010 123 40 18",
        "kvk_number": "90599018",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 85,
        "locations": [
            {
                "name": "Humanitas Rotterdam",
                "address": "Goudsesingel 150",
                "postcode": "3011 KD",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9242,
                "lon": 4.4896,
                "opening_hours": "Maandag t/m vrijdag 9.00–16.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kinderopvang-de-kleine-haven",
        "name": "Kinderopvang De Kleine Haven (VVE)",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang De Kleine Haven heeft peuteropvang en kinderdagverblijven in "
            "Feijenoord en Charlois. Peuters met een VVE-indicatie werken met het programma "
            "Piramide; ook dreumesen vanaf 18 maanden kunnen al naar een VVE-groep."
        ),
        "website": "https://www.dekleinehaven.example/",
        "email_domain": "dekleinehaven.example",
        "phone": "010 123 40 19",
        "kvk_number": "90599019",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 60,
        "locations": [
            {
                "name": "Peuteropvang De Kleine Haven Feijenoord",
                "address": "Hilledijk 75",
                "postcode": "3072 JP",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8992,
                "lon": 4.4935,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.30 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "huisartsenpraktijk-zuidplein",
        "name": "Huisartsenpraktijk Zuidplein-Noord",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in Rotterdam-Zuid met een praktijkondersteuner GGZ die "
            "Turks en Arabisch spreekt. De praktijk doet mee aan Nu Niet Zwanger en werkt "
            "samen met het wijkteam Charlois."
        ),
        "website": "https://www.huisartsenzuidplein.example/",
        "email_domain": "huisartsenzuidplein.example",
        "phone": "010 123 40 20",
        "agb_code": "01599020",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 410,
        "locations": [
            {
                "name": "Huisartsenpraktijk Zuidplein-Noord",
                "address": "Strevelsweg 700",
                "postcode": "3083 AS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8897,
                "lon": 4.4929,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    # ----------------------------------------------- Zuid-Limburg: Kerkrade, Landgraaf, Vaals
    {
        "slug": "zuyderland",
        "name": "Zuyderland Medisch Centrum",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Zuyderland is het ziekenhuis voor Parkstad en de Westelijke Mijnstreek. De "
            "afdeling verloskunde heeft een POP-poli en begeleidt zwangerschappen met een "
            "medisch risico. Zuyderland is partner in de Knooppunten Kansrijke Start."
        ),
        "website": "https://www.zuyderland.nl/",
        "email_domain": "zuyderland.example",
        "phone": "045 123 50 01",
        "kvk_number": "90917001",
        "agb_code": "06917001",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 16,
        "locations": [
            {
                "name": "Zuyderland Medisch Centrum Heerlen",
                "address": "Henri Dunantstraat 5",
                "postcode": "6419 PC",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8783,
                "lon": 5.9569,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "ggd-zuid-limburg",
        "name": "GGD Zuid-Limburg Jeugdgezondheidszorg",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De jeugdgezondheidszorg van GGD Zuid-Limburg heeft consultatiebureaus in "
            "Kerkrade, Landgraaf en Vaals. Jeugdverpleegkundigen leggen prenatale huisbezoeken "
            "af, bieden VoorZorg en Stevig Ouderschap en voeren Nu Niet Zwanger uit. De JGZ "
            "is kernpartner van de Knooppunten Kansrijke Start."
        ),
        "website": "https://www.ggdzl.nl/",
        "email_domain": "ggdzl.example",
        "phone": "045 123 50 02",
        "kvk_number": "90917002",
        "agb_code": "33917002",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 9,
        "locations": [
            {
                "name": "Consultatiebureau Kerkrade-Centrum",
                "address": "Hamstraat 20",
                "postcode": "6465 AG",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8662,
                "lon": 6.0640,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur, op afspraak",
                "walk_in_hours": "Woensdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Consultatiebureau Landgraaf",
                "address": "Pricksteenweg 1",
                "postcode": "6371 BE",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8968,
                "lon": 6.0151,
                "opening_hours": "Dinsdag t/m donderdag 8.30–16.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Consultatiebureau Vaals",
                "address": "Maastrichterlaan 73",
                "postcode": "6291 EL",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7726,
                "lon": 6.0150,
                "opening_hours": "Maandag en donderdag 8.30–12.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "moveoo",
        "name": "Moveoo",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Moveoo biedt maatschappelijk werk, opvoedondersteuning en gezinscoaching in "
            "Kerkrade en omgeving. Gezinscoaches komen thuis en helpen bij opvoeden, "
            "structuur in huis en het regelen van hulp. Voor jonge ouders is er een wekelijkse "
            "groep in het buurthuis."
        ),
        "website": "https://www.moveoo.example/",
        "email_domain": "moveoo.example",
        "phone": "045 123 50 03",
        "kvk_number": "90928003",
        "municipalities": KANSRIJKE_START_PILOTS,
        "verified_days_ago": 47,
        "locations": [
            {
                "name": "Moveoo Kerkrade",
                "address": "Markt 33",
                "postcode": "6461 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8653,
                "lon": 6.0622,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Vrijdag 9.30–11.30 uur: Mama Café",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "gemeente-kerkrade",
        "name": "Gemeente Kerkrade (Knooppunt Kansrijke Start)",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "De gemeente Kerkrade is pilotgemeente voor de Knooppunten Kansrijke Start. Het "
            "knooppunt is één plek waar professionals zorgen over zwangeren en jonge gezinnen "
            "kunnen neerleggen; de coördinator roept de juiste partners bij elkaar. Het "
            "sociaal team regelt Wmo en jeugdhulp."
        ),
        "website": "https://www.kerkrade.nl/",
        "email_domain": "kerkrade.example",
        "phone": "045 123 50 04",
        "municipalities": ["kerkrade"],
        "verified_days_ago": 21,
        "locations": [
            {
                "name": "Stadskantoor Kerkrade",
                "address": "Markt 1",
                "postcode": "6461 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8658,
                "lon": 6.0627,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur",
                "walk_in_hours": "Sociaal team: dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT + " Ringleiding bij de balie.",
            }
        ],
    },
    {
        "slug": "buurtteam-landgraaf",
        "name": "Buurtteam Landgraaf",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Buurtteam Landgraaf helpt inwoners met vragen over opvoeden, geld, wonen en "
            "zorg. Het team coördineert in Landgraaf het Knooppunt Kansrijke Start en heeft "
            "vaste contactpersonen voor verloskundigen en de JGZ."
        ),
        "website": "https://www.landgraaf.nl/",
        "email_domain": "buurtteamlandgraaf.example",
        "phone": "045 123 50 05",
        "municipalities": ["landgraaf"],
        "verified_days_ago": 11,
        "locations": [
            {
                "name": "Buurtteam Landgraaf, Raadhuis",
                "address": "Raadhuisplein 1",
                "postcode": "6371 EE",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8960,
                "lon": 6.0189,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag en woensdag 9.00–11.00 uur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Buurtteam Landgraaf, Nieuwenhagen",
                "address": "Hoogstraat 30",
                "postcode": "6373 CM",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.9048,
                "lon": 6.0403,
                "opening_hours": "Dinsdag en donderdag 9.00–16.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "sociaal-team-vaals",
        "name": "Sociaal Team Vaals",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Sociaal Team Vaals is het aanspreekpunt voor inwoners met vragen over zorg, "
            "jeugd, werk en inkomen. Het team is pilotpartner van de Knooppunten Kansrijke "
            "Start en werkt veel met Duitstalige en internationale gezinnen."
        ),
        "website": "https://www.vaals.nl/",
        "email_domain": "vaals.example",
        "phone": "043 123 60 01",
        "municipalities": ["vaals"],
        "verified_days_ago": 600,
        "locations": [
            {
                "name": "Sociaal Team Vaals, gemeentehuis",
                "address": "Von Clermontplein 11",
                "postcode": "6291 AT",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7712,
                "lon": 6.0183,
                "opening_hours": "Maandag t/m donderdag 9.00–16.00 uur",
                "walk_in_hours": "Dinsdag 9.00–11.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kredietbank-limburg",
        "name": "Kredietbank Limburg",
        "domain": "social",
        "kind": "debt",
        "description": (
            "De Kredietbank Limburg voert voor Limburgse gemeenten de schuldhulpverlening en "
            "het budgetbeheer uit. Een budgetcoach helpt gezinnen overzicht te krijgen en "
            "schulden te regelen, zodat er rust komt rond de geboorte."
        ),
        "website": "https://www.kredietbanklimburg.example/",
        "email_domain": "kredietbanklimburg.example",
        "phone": "045 123 50 06",
        "kvk_number": "90917006",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 140,
        "locations": [
            {
                "name": "Kredietbank Limburg, kantoor Heerlen",
                "address": "Geerstraat 10",
                "postcode": "6411 NR",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8869,
                "lon": 5.9798,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "veilig-thuis-zuid-limburg",
        "name": "Veilig Thuis Zuid-Limburg",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis Zuid-Limburg is het advies- en meldpunt voor huiselijk geweld en "
            "kindermishandeling voor de zestien Zuid-Limburgse gemeenten. Professionals kunnen "
            "er 24 uur per dag terecht voor advies en een melding volgens de meldcode."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-zl.example",
        "phone": "045 123 50 07",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 80,
        "locations": [
            {
                "name": "Veilig Thuis Zuid-Limburg, locatie Heerlen",
                "address": "Akerstraat 92",
                "postcode": "6417 BM",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8851,
                "lon": 5.9846,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "mondriaan",
        "name": "Mondriaan",
        "domain": "medical",
        "kind": "adult_mental_health",
        "description": (
            "Mondriaan biedt specialistische geestelijke gezondheidszorg en verslavingszorg "
            "in Zuid-Limburg. Het perinatale team behandelt vrouwen met ernstige psychische "
            "klachten rond zwangerschap en bevalling, samen met de POP-poli van Zuyderland."
        ),
        "website": "https://www.mondriaan.eu/",
        "email_domain": "mondriaan.example",
        "phone": "045 123 50 08",
        "kvk_number": "90917008",
        "agb_code": "22917008",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 190,
        "locations": [
            {
                "name": "Mondriaan Heerlen",
                "address": "Welterlaan 10",
                "postcode": "6419 AH",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8765,
                "lon": 5.9652,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Mondriaan Kerkrade",
                "address": "Akerstraat 30",
                "postcode": "6466 HH",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8631,
                "lon": 6.0694,
                "opening_hours": "Maandag t/m donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "kraamzorg-parkstad",
        "name": "Kraamzorg Parkstad",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Kraamzorg Parkstad levert kraamzorg in Kerkrade, Landgraaf, Heerlen en Vaals. "
            "Voor gezinnen in een kwetsbare situatie biedt de organisatie steun-op-maat: een "
            "vaste kraamverzorgende die vóór en na de bevalling extra komt."
        ),
        "website": "https://www.kraamzorgparkstad.example/",
        "email_domain": "kraamzorgparkstad.example",
        "phone": "045 123 50 09",
        "kvk_number": "90917009",
        "agb_code": "33917009",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 27,
        "locations": [
            {
                "name": "Kraamzorg Parkstad, kantoor Landgraaf",
                "address": "Streeperstraat 45",
                "postcode": "6372 GN",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8922,
                "lon": 6.0281,
                "opening_hours": "Kantoor maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "verloskundigen-parkstad-oost",
        "name": "Verloskundigenpraktijk Parkstad-Oost",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk met spreekuren in Kerkrade en Landgraaf. De praktijk "
            "biedt Centering Zwangerschap en legt zorgen over een zwangere met toestemming "
            "neer bij het Knooppunt Kansrijke Start."
        ),
        "website": "https://www.verloskundigenparkstadoost.example/",
        "email_domain": "verloskundigenparkstadoost.example",
        "phone": "045 123 50 10",
        "kvk_number": "90928010",
        "agb_code": "03928010",
        "municipalities": KANSRIJKE_START_PILOTS,
        "verified_days_ago": 6,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Parkstad-Oost, Kerkrade",
                "address": "Hoofdstraat 50",
                "postcode": "6461 CR",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8672,
                "lon": 6.0617,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Verloskundigenpraktijk Parkstad-Oost, Landgraaf",
                "address": "Kerkstraat 120",
                "postcode": "6371 JD",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8986,
                "lon": 6.0201,
                "opening_hours": "Dinsdag en donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "huisartsenpraktijk-kerkrade-west",
        "name": "Huisartsenpraktijk Kerkrade-West",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in Kerkrade-West met praktijkondersteuners voor GGZ en jeugd. "
            "Jonge ouders kunnen terecht op een vast spreekuur; de praktijk neemt deel aan het "
            "Knooppunt Kansrijke Start Kerkrade."
        ),
        "website": "https://www.huisartsenkerkradewest.example/",
        "email_domain": "huisartsenkerkradewest.example",
        "phone": "045 123 50 11",
        "agb_code": "01928011",
        "municipalities": ["kerkrade"],
        "verified_days_ago": 38,
        "locations": [
            {
                "name": "Huisartsenpraktijk Kerkrade-West",
                "address": "Kloosterraderstraat 60",
                "postcode": "6468 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8764,
                "lon": 6.0486,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur; "
                "avond en weekend: huisartsenpost",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kinderopvang-kleine-wereld",
        "name": "Kinderopvang Kleine Wereld Kerkrade",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang Kleine Wereld biedt peuteropvang met VVE en kinderopvang op "
            "sociaal-medische indicatie (SMI) in Kerkrade. De pedagogisch medewerkers werken "
            "met het programma Kaleidoscoop en hebben overleg met het consultatiebureau."
        ),
        "website": "https://www.kleinewereld.example/",
        "email_domain": "kleinewereld.example",
        "phone": "045 123 50 12",
        "kvk_number": "90928012",
        "municipalities": ["kerkrade", "landgraaf"],
        "verified_days_ago": 450,
        "locations": [
            {
                "name": "Peuteropvang Kleine Wereld",
                "address": "Holzstraat 80",
                "postcode": "6461 HP",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8618,
                "lon": 6.0580,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "mee-zuid-limburg",
        "name": "MEE Zuid-Limburg",
        "domain": "social",
        "kind": "intellectual_disability",
        "description": (
            "MEE Zuid-Limburg ondersteunt mensen met een beperking bij opvoeden, wonen, werk "
            "en geld. Cliëntondersteuners helpen (aanstaande) ouders met een LVB de weg te "
            "vinden naar passende zorg. Onafhankelijk en gratis."
        ),
        "website": "https://www.meezuidlimburg.example/",
        "email_domain": "meezuidlimburg.example",
        "phone": "045 123 50 13",
        "kvk_number": "90917013",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 120,
        "locations": [
            {
                "name": "MEE Zuid-Limburg, Heerlen",
                "address": "Promenade 145",
                "postcode": "6411 JP",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8881,
                "lon": 5.9779,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT + " Informatie ook in makkelijke taal.",
            }
        ],
    },
    {
        "slug": "jeugd-ggz-parkstad",
        "name": "Jeugd-GGZ Parkstad (0–6 jaar)",
        "domain": "medical",
        "kind": "youth_mental_health",
        "description": (
            "Jeugd-GGZ Parkstad heeft een team voor de allerjongsten: ouder-babytherapie en "
            "behandeling van regulatieproblemen bij baby's en peuters. Verwijzing via huisarts, "
            "jeugdarts of sociaal team."
        ),
        "website": "https://www.jeugdggzparkstad.example/",
        "email_domain": "jeugdggzparkstad.example",
        "phone": "045 123 50 14",
        "kvk_number": "90917014",
        "agb_code": "22917014",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 300,
        "locations": [
            {
                "name": "Jeugd-GGZ Parkstad",
                "address": "Wilhelminaplein 20",
                "postcode": "6411 KW",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8878,
                "lon": 5.9812,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "vrouwenopvang-parkstad",
        "name": "Vrouwenopvang Parkstad",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang Parkstad biedt veilige opvang aan vrouwen en kinderen die thuis "
            "geweld meemaken, ook tijdens de zwangerschap. Het ambulante team begeleidt "
            "vrouwen die thuis wonen of na de opvang weer zelfstandig gaan wonen."
        ),
        "website": "https://www.vrouwenopvangparkstad.example/",
        "email_domain": "vrouwenopvangparkstad.example",
        "phone": "045 123 50 15",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 52,
        "locations": [
            {
                "name": "Opvanglocatie Parkstad",
                "address": "Dr. Poelsstraat 25",
                "postcode": "6371 AB",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8990,
                "lon": 6.0240,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            }
        ],
    },
    {
        "slug": "voedselbank-parkstad",
        "name": "Voedselbank Parkstad",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Parkstad helpt huishoudens in Kerkrade, Landgraaf en Heerlen met "
            "een wekelijks voedselpakket. Voor baby's zijn er luiers en flesvoeding. "
            "Aanmelden via een hulpverlener of het sociaal team."
        ),
        "website": "https://www.voedselbankparkstad.example/",
        "email_domain": "voedselbankparkstad.example",
        "phone": "045 123 50 16",
        "kvk_number": "90917016",
        "municipalities": ["kerkrade", "landgraaf", "heerlen"],
        "verified_days_ago": 220,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Kerkrade",
                "address": "Einsteinstraat 12",
                "postcode": "6466 NE",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8585,
                "lon": 6.0790,
                "opening_hours": "Uitgifte dinsdag 13.00–16.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "humanitas-parkstad",
        "name": "Humanitas Parkstad (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Parkstad biedt Home-Start in Kerkrade, Landgraaf, Heerlen en Vaals. "
            "Een getrainde vrijwilliger komt wekelijks bij gezinnen met jonge kinderen voor "
            "steun, vriendschap en praktische hulp."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-parkstad.example",
        "phone": "045 123 50 17",
        "kvk_number": "90917017",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 64,
        "locations": [
            {
                "name": "Humanitas Parkstad",
                "address": "Pastoor Jacobsstraat 15",
                "postcode": "6466 GN",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8640,
                "lon": 6.0711,
                "opening_hours": "Maandag t/m donderdag 9.00–13.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "ouder-kindcentrum-de-boog",
        "name": "Ouder-kindcentrum De Boog Vaals",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Ouder-kindcentrum met inloopochtenden voor ouders van jonge kinderen in Vaals. "
            "Het centrum is in 2024 gesloten; de inloop is verhuisd naar het gemeentehuis "
            "(Sociaal Team Vaals)."
        ),
        "email_domain": "deboogvaals.example",
        "phone": "043 123 60 02",
        "municipalities": ["vaals"],
        "verified_days_ago": 520,
        "is_active": False,
        "locations": [
            {
                "name": "Ouder-kindcentrum De Boog",
                "address": "Lindenstraat 4",
                "postcode": "6291 EB",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7703,
                "lon": 6.0196,
                "opening_hours": "Gesloten",
                "accessibility": STEP_FREE,
            }
        ],
    },
]
