"""Word lists used by the rule-based name, title and quote readers (private).

Every list here is general English (or romanisation) knowledge, not knowledge of one text:
function words that start sentences, title heads and modifiers, organisation and place
keywords, a short list of countries, and the surname romanisation classes of Korean.
"""

from __future__ import annotations

from collections.abc import Mapping

from xcheck.lexicon import _money
from xcheck.lexicon._calendar import MONTHS_EN, WEEKDAYS_EN

# Words that are capitalised only because they start a sentence or a heading; never names.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those there here it its it's he she they we i you his her their our
    my your him them us me who whom whose which what when where why how whether if unless while
    although though because since as so but and or nor yet for of in on at by to from with without
    into onto upon about above below after before during until till through throughout across
    against among amid between beyond despite except inside outside over under via per than then
    also still even just only already not no never none all any both each every either neither
    some many much more most few less least several such other another same own once twice again
    however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead
    indeed besides otherwise accordingly consequently finally firstly secondly lastly overall
    earlier later last next first second third new recent recently currently previously today
    yesterday tomorrow tonight now soon eventually initially ultimately additionally similarly
    likewise notably importantly specifically particularly especially generally usually often
    sometimes perhaps maybe probably possibly clearly apparently reportedly allegedly essentially
    according asked speaking following given regarding concerning including excluding considering
    amid separately elsewhere together shortly recently local officials sources experts analysts
    critics people residents authorities police investigators many most some several one two three
    four five six seven eight nine ten dozens hundreds thousands millions billions
    is are was were be been being has have had do does did will would shall should can could may
    might must let let's please yes okay ok oh well haha wow hey
    said says say told tells according reported reports report added adding noted noting
    mr mrs ms dr photo photos video videos image images caption source sources update updated
    story continues below advertisement editor editors note disclaimer
    """.split()
)

# Frequent capitalised sentence openers of news and earnings reports that are not names.
COMMON_STARTERS: frozenset[str] = frozenset(
    """
    revenue revenues sales shares share stock stocks profit profits earnings income loss losses
    net gross adjusted operating total organic comparable diluted cash debt capital demand supply
    growth inflation prices price rates rate interest company companies firm firms management
    board investors investor analysts analyst officials official police protesters activists
    demonstrators residents scientists researchers doctors experts critics workers employees
    customers consumers users students children women men people voters lawmakers leaders
    government governments state states country countries city cities group groups team teams
    production output orders order volume volumes margin margins guidance outlook forecast
    results result quarter quarters year years month months week weeks day days time times
    dividend dividends buyback buybacks repurchase repurchases costs cost expenses expense
    spending investment investments assets liabilities equity free fiscal full second-quarter
    meanwhile overall despite nevertheless nonetheless this these those its their our his her
    photos videos footage data figures numbers reports report statement statements news
    officers troops soldiers forces military army navy authorities agency agencies court courts
    judge judges jury prosecutors lawyers attorneys parents families patients victims survivors
    passengers drivers fans players coach coaches athletes artists musicians actors fire fires
    floods flood storm storms heat rain snow water food oil gas power energy electricity
    former past prior previous recent current early late major key top senior local global
    national international federal domestic foreign public private big small large huge high
    low strong weak new old young last next final full half most many few such both another
    rising falling higher lower record strong solid weaker stronger better worse best worst
    """.split()
)

CURRENCY_CODES = _money.CURRENCY_CODES

#: Month and weekday words (English): common words, never names on their own.
MONTHS: frozenset[str] = frozenset(MONTHS_EN)
WEEKDAYS: frozenset[str] = WEEKDAYS_EN

# Honorifics and military ranks: titles that describe a person's rank, not an office.
RANK_WORDS: Mapping[str, str] = {
    "adm": "admiral",
    "admiral": "admiral",
    "gen": "general",
    "general": "general",
    "lt": "lieutenant",
    "lieutenant": "lieutenant",
    "col": "colonel",
    "colonel": "colonel",
    "capt": "captain",
    "captain": "captain",
    "cmdr": "commander-rank",
    "cdr": "commander-rank",
    "maj": "major",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "cpl": "corporal",
    "pvt": "private",
    "brig": "brigadier",
    "brigadier": "brigadier",
    "marshal": "marshal",
    "mr": "mr",
    "mrs": "mrs",
    "ms": "ms",
    "miss": "ms",
    "dr": "dr",
    "prof": "professor",
    "professor": "professor",
    "sir": "sir",
    "dame": "dame",
    "lord": "lord",
    "lady": "lady",
    "rev": "reverend",
    "reverend": "reverend",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
}

# Abbreviations written with a trailing period that are part of a title.
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset(
    "adm gen lt col capt cmdr cdr maj sgt cpl pvt brig mr mrs ms dr prof rev sen rep gov pres "
    "st jr sr gov amb".split()
)

# Heads of office titles, folded to one spelling each.
TITLE_HEADS: Mapping[str, str] = {
    "secretary": "secretary",
    "secretary-general": "secretary-general",
    "minister": "minister",
    "commander": "commander",
    "commanders": "commander",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokespeople": "spokesperson",
    "president": "president",
    "chairman": "chairman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "director": "director",
    "ambassador": "ambassador",
    "amb": "ambassador",
    "envoy": "envoy",
    "senator": "senator",
    "governor": "governor",
    "mayor": "mayor",
    "leader": "leader",
    "speaker": "speaker",
    "chancellor": "chancellor",
    "premier": "premier",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "princess": "princess",
    "emperor": "emperor",
    "pope": "pope",
    "judge": "judge",
    "justice": "justice",
    "attorney": "attorney",
    "prosecutor": "prosecutor",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "lawmaker",
    "legislator": "lawmaker",
    "mp": "lawmaker",
    "mep": "lawmaker",
    "candidate": "candidate",
    "nominee": "nominee",
    "adviser": "adviser",
    "advisor": "adviser",
    "administrator": "administrator",
    "commissioner": "commissioner",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "officer": "officer",
    "executive": "executive",
    "head": "head",
    "chief": "chief",
    "founder": "founder",
    "owner": "owner",
    "coach": "coach",
    "captain": "captain",
    "manager": "manager",
    "analyst": "analyst",
    "correspondent": "correspondent",
    "reporter": "reporter",
    "columnist": "columnist",
    "editor": "editor",
    "writer": "writer",
    "author": "author",
    "professor": "professor",
    "economist": "economist",
    "official": "official",
    "aide": "aide",
    "deputy": "deputy",
}

# Heads that describe a status or occupation rather than a unique office: two different ones on
# the same person are not a contradiction ("candidate" and "leader" can both hold).
SOFT_HEADS: frozenset[str] = frozenset(
    "candidate nominee lawmaker official aide head founder owner analyst correspondent reporter "
    "columnist editor writer author professor economist adviser executive manager coach deputy".split()
)

# Heads that translations use for one office: "předseda"/"Vorsitzende" is chairman, president or
# head; "Landrat" is district administrator or county commissioner; a regional governor is also
# written "region representative". Two heads of one class on one person are renderings of one
# post, not a change of office (with compatible domains); US "Representative" stays apart from
# "Senator" because neither is in a class with the other.
TITLE_RENDERINGS: Mapping[str, str] = {
    "chairman": "presiding",
    "president": "presiding",
    "head": "presiding",
    "leader": "presiding",
    "chief": "presiding",
    "governor": "regional",
    "administrator": "regional",
    "commissioner": "regional",
    "representative": "regional",
}

# Words that change the rank of an office title: "Deputy Assistant Secretary" is not "Secretary".
TITLE_MODIFIERS: Mapping[str, str] = {
    "under": "under",
    "deputy": "deputy",
    "assistant": "assistant",
    "vice": "vice",
    "acting": "acting",
    "interim": "acting",
    "principal": "principal",
    "associate": "associate",
    "senior": "senior",
    "chief": "chief",
    "prime": "prime",
    "first": "first",
    "floor": "floor",
    "majority": "majority",
    "minority": "minority",
    "lieutenant": "lieutenant",
    "executive": "executive",
    "permanent": "permanent",
    "co": "co",
}

# Words dropped from a title phrase before comparing ("current commander" = "commander").
TITLE_SKIP: frozenset[str] = frozenset(
    "of for from the a an and at in on to current incumbent sitting outgoing newly new then its his her "
    "their then-current top".split()
)

# "former" changes the time, not the office; a title with it is not compared with a present one.
TITLE_TEMPORAL: frozenset[str] = frozenset({"former", "ex", "late", "then", "retired", "future"})

# Words that can extend a title after "of"/"for" or before its head ("Defense Secretary",
# "Secretary of State", "Minister of National Defense", "Under Secretary of Defense for Policy").
DOMAIN_WORDS: frozenset[str] = frozenset(
    """
    defense defence state foreign affairs homeland security treasury commerce justice energy
    health education labor labour interior transportation transport agriculture veterans
    strategy force forces development finance financial economy economic trade unification
    national intelligence staff operations army navy naval air marine marines corps public
    information management budget cabinet policy planning home internal external international
    relations war peace culture sports tourism environment industry science technology
    communications housing land infrastructure welfare employment gender equality family
    fisheries oceans maritime space cyber joint chiefs central command pacific indo-pacific
    indo command council committee department ministry office agency bureau service services
    armed military combined division brigade fleet regiment battalion forces command legal
    acquisition sustainment research engineering readiness personnel nuclear counterterrorism
    asian asia europe european african latin american affairs political press communications
    region regional global ukraine korea korean japan japanese china chinese policy
    """.split()
)

# Keywords that make a capitalised run an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    """
    ministry department council command agency party committee commission forces force army navy
    corps university college school bank company corp corporation inc ltd llc plc co group
    holdings news times journal post herald tribune ilbo shimbun daily weekly gazette network
    broadcasting press association institute foundation office court assembly congress senate
    house parliament union organization organisation fund service services reserve board bureau
    administration authority federation league club team airlines airways motors electronics
    systems technologies industries partners capital securities exchange center centre
    hospital church ministry cabinet secretariat embassy consulate mission alliance coalition
    front movement pentagon kremlin fed nato nations motors electric dynamics mills police
    award awards prize festival
    """.split()
)

# Keywords that make a capitalised run a place.
PLACE_WORDS: frozenset[str] = frozenset(
    """
    sea ocean river lake mountain mountains mount mt island islands bay gulf strait peninsula
    province state county city town village district region valley desert camp base airport
    port harbor harbour street road avenue square park bridge station
    rocks cliffs canyon falls reservoir forest beach coast palace garden gardens garten heights
    """.split()
)

# Countries, their adjectives and a few regions; folded to one key each for title comparison.
COUNTRIES: Mapping[str, str] = {
    "us": "us",
    "u.s": "us",
    "u.s.": "us",
    "usa": "us",
    "america": "us",
    "american": "us",
    "united states": "us",
    "uk": "uk",
    "u.k.": "uk",
    "britain": "uk",
    "british": "uk",
    "united kingdom": "uk",
    "south korea": "kr",
    "south korean": "kr",
    "rok": "kr",
    "korea": "kr",
    "korean": "kr",
    "north korea": "kp",
    "north korean": "kp",
    "dprk": "kp",
    "japan": "jp",
    "japanese": "jp",
    "china": "cn",
    "chinese": "cn",
    "prc": "cn",
    "taiwan": "tw",
    "taiwanese": "tw",
    "russia": "ru",
    "russian": "ru",
    "france": "fr",
    "french": "fr",
    "germany": "de",
    "german": "de",
    "india": "in",
    "indian": "in",
    "philippines": "ph",
    "philippine": "ph",
    "filipino": "ph",
    "australia": "au",
    "australian": "au",
    "canada": "ca",
    "canadian": "ca",
    "ukraine": "ua",
    "ukrainian": "ua",
    "israel": "il",
    "israeli": "il",
    "iran": "ir",
    "iranian": "ir",
    "vietnam": "vn",
    "vietnamese": "vn",
    "italy": "it",
    "italian": "it",
    "spain": "es",
    "spanish": "es",
    "mexico": "mx",
    "mexican": "mx",
    "brazil": "br",
    "brazilian": "br",
    "turkey": "tr",
    "turkish": "tr",
    "poland": "pl",
    "polish": "pl",
}

# Country names in English (general knowledge), used to tell places from people and to leave
# translated country names alone when comparing across languages.
WORLD_COUNTRIES: frozenset[str] = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada
    chad chile china colombia comoros congo croatia cuba cyprus czechia czech republic denmark
    djibouti dominica ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar
    burma namibia nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia
    norway oman pakistan palau palestine panama papua paraguay peru philippines poland portugal
    qatar romania russia rwanda samoa marino arabia saudi senegal serbia seychelles sierra leone
    singapore slovakia slovenia solomon somalia spain sri lanka sudan suriname sweden
    switzerland syria taiwan tajikistan tanzania thailand timor togo tonga trinidad tobago
    tunisia turkey turkmenistan tuvalu uganda ukraine emirates uruguay uzbekistan vanuatu vatican
    venezuela vietnam yemen zambia zimbabwe england scotland wales britain europe bavaria saxony
    tyrol hesse thuringia prussia silesia bohemia moravia alsace lorraine flanders wallonia
    catalonia andalusia lombardy tuscany sicily sardinia corsica brittany normandy carinthia
    styria
    """.split()
)

#: The country words of :data:`COUNTRIES` as a set (optional words when reading acronyms).
COUNTRY_KEYS: frozenset[str] = frozenset(COUNTRIES)

# Place names that are single ordinary-looking words; used to tell places from people.
PLACES: frozenset[str] = (
    frozenset(
        """
    guam hawaii okinawa manila tokyo seoul beijing shanghai pyongyang washington moscow london
    paris berlin brussels kyiv kiev taipei hong kong singapore jakarta hanoi bangkok delhi
    mumbai sydney canberra ottawa toronto new york chicago california texas virginia asia
    europe africa oceania antarctica america americas arctic pacific atlantic indian
    indo-pacific busan incheon pyeongtaek humphreys osan geneva vienna rome madrid kabul
    baghdad tehran jerusalem gaza cairo dubai riyadh ankara istanbul warsaw prague stockholm
    oslo helsinki copenhagen amsterdam dublin lisbon athens budapest bucharest sofia belgrade
    zagreb minsk tbilisi yerevan baku astana tashkent ulaanbaatar vladivostok nyalam tibet
    xinjiang hokkaido kyushu jeju dmz
    """.split()
    )
    | frozenset(COUNTRIES)
    | WORLD_COUNTRIES
)

# Endings of nationality and group adjectives (German, Austrian, Jewish, Chinese, Icelandic).
DEMONYM_ENDINGS: tuple[str, ...] = ("an", "ian", "ish", "ese", "ic", "i", "ch", "ean")

# Nationality adjectives no ending rule finds.
IRREGULAR_DEMONYMS: frozenset[str] = frozenset(
    "swiss greek thai dutch french welsh scots basque maltese cypriot kiwi lao".split()
)

# US/UK spelling pairs that a suffix rule cannot fold.
SPELLING_PAIRS: Mapping[str, str] = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "metre": "meter",
    "litre": "liter",
    "labour": "labor",
    "honour": "honor",
    "harbour": "harbor",
    "favour": "favor",
    "colour": "color",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "organisations": "organizations",
    "organise": "organize",
    "recognise": "recognize",
    "jewellery": "jewelry",
    "grey": "gray",
    "aluminium": "aluminum",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "analyse": "analyze",
    "mould": "mold",
    "cheque": "check",
    "tyre": "tire",
    "tyres": "tires",
}

# Romanisation classes of Korean (and a few Chinese) family names: one key per class. These are
# the spellings of the Revised Romanisation, McCune-Reischauer and common passport forms.
SURNAME_CLASSES: Mapping[str, str] = {
    spelling: key
    for key, spellings in {
        "lee": "lee rhee yi i ri rhie lie yee",
        "choi": "choi choe chey choy",
        "jeong": "jeong chung jung cheong chong joung",
        "park": "park pak bak bahk",
        "kim": "kim gim",
        "yoon": "yoon yun youn",
        "shin": "shin sin shinn",
        "kang": "kang gang kahng",
        "cho": "cho jo joe",
        "jang": "jang chang",
        "han": "han hahn",
        "oh": "oh o",
        "roh": "roh noh no",
        "moon": "moon mun",
        "ryu": "ryu yoo yu ryoo you",
        "lim": "lim im rim",
        "hwang": "hwang whang",
        "ahn": "ahn an",
        "song": "song sung",
        "jeon": "jeon jun chun chon",
        "hong": "hong",
        "baek": "baek paik baik paek",
        "seo": "seo suh so",
        "koo": "koo gu ku",
        "kwon": "kwon gwon",
        "nam": "nam",
        "ko": "ko go koh",
        "heo": "heo hur huh",
        "yang": "yang",
        "wang": "wang",
        "zhang": "zhang",
        "zhou": "zhou chou",
        "xi": "xi hsi",
    }.items()
    for spelling in spellings.split()
}
