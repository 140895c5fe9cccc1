"""Titles and roles that name who a person is, with the class used for coreference.

"Russian Foreign Minister Sergey Lavrov" -> role "Foreign Minister", class "foreign";
"his Russian counterpart" takes the class of the person it is the counterpart of. Speaker roles
(spokesman, press secretary, source) mark people who report a meeting rather than take part in it.
Longest titles first: matching is greedy on lower-cased token sequences.
"""

from __future__ import annotations

# international organisations (lower case), as their officials' titles name them
_IO_NAMES = ("un", "u.n.", "iaea", "who", "nato", "eu", "imf", "wto", "osce", "asean", "opec", "unesco", "unicef", "unhcr", "au",
             "icc", "world bank", "arab league", "african union", "european union", "united nations", "gcc", "oic", "oas", "ecowas",
             "interpol", "wfp", "icrc", "council of europe", "european commission", "european parliament", "european council")
_ORG_DISPLAY = {"u.n.": "U.N.", "world bank": "World Bank", "arab league": "Arab League", "african union": "African Union",
                "european union": "European Union", "united nations": "United Nations", "council of europe": "Council of Europe",
                "european commission": "European Commission", "european parliament": "European Parliament",
                "european council": "European Council"}
# the one organisation each name stands for, first the particular ones (its key: the name in capitals), then the words by
# which the European Union's people are named ("Commission", "Council President", "foreign policy chief"): for telling
# two officials of one organisation from two organisations' ("AU Commission chair" is the AU's, "Council of Europe" no
# EU body)
_SAME_ORGANISATION = {"u.n.": "un", "united nations": "un", "african union": "au", "european union": "eu", "european commission": "eu",
                      "european parliament": "eu", "european council": "eu"}
ORGANISATION_NAMES: list[tuple[str, str]] = [(name, _SAME_ORGANISATION.get(name, name).upper()) for name in _IO_NAMES] + [
    (words, "EU") for words in ("e.u.", "european council", "european parliament", "commission", "commissioner",
                                "council president", "high representative", "foreign policy chief")]
# (the titles that are not an organisation's of their own: "Secretary-General", "Director-General" already are)
_IO_TITLES = ("chief", "head", "managing director", "director", "president", "chairman", "chairperson", "chair",
              # (an organisation's people who are no state's: "EU diplomat Enrique Mora", "Commission Vice President X")
              "vice president", "vice-president", "diplomat", "official", "political director", "negotiator", "chief negotiator")

# title (lower case) -> (canonical role, class)
TITLES: dict[str, tuple[str, str]] = {
    "secretary of state": ("Secretary of State", "foreign"),
    "foreign minister": ("Foreign Minister", "foreign"),
    "foreign affairs minister": ("Foreign Minister", "foreign"),
    "minister of foreign affairs": ("Foreign Minister", "foreign"),
    "minister for foreign affairs": ("Foreign Minister", "foreign"),
    "foreign secretary": ("Foreign Secretary", "foreign"),
    # the Philippines' and Mexico's titles ("Foreign Affairs Secretary Ramon Villanueva", "the Secretary of Foreign Affairs")
    "foreign affairs secretary": ("Foreign Secretary", "foreign"),
    # Kenya's ("Foreign Affairs Cabinet Secretary Monica Juma", "Cabinet Secretary for Foreign Affairs and International Trade")
    "foreign affairs cabinet secretary": ("Foreign Affairs Cabinet Secretary", "foreign"),
    "cabinet secretary for foreign affairs": ("Foreign Affairs Cabinet Secretary", "foreign"),
    "secretary of foreign affairs": ("Foreign Secretary", "foreign"),
    "secretary for foreign affairs": ("Foreign Secretary", "foreign"),
    "external affairs minister": ("External Affairs Minister", "foreign"),
    "minister of external affairs": ("External Affairs Minister", "foreign"),
    "top diplomat": ("Foreign Minister", "foreign"),
    "fm": ("Foreign Minister", "foreign"),
    "deputy foreign minister": ("Deputy Foreign Minister", "deputy"),
    "vice foreign minister": ("Deputy Foreign Minister", "deputy"),
    "deputy secretary of state": ("Deputy Secretary of State", "deputy"),
    "president": ("President", "leader"),
    "vice president": ("Vice President", "deputy"),
    "vice chairman": ("Vice Chairman", "deputy"),  # (not the chairman: "Kim Yong Chol, the vice chairman of the party")
    "vice-chairman": ("Vice Chairman", "deputy"),
    "deputy chairman": ("Vice Chairman", "deputy"),
    "prime minister": ("Prime Minister", "leader"),
    "pm": ("Prime Minister", "leader"),  # (headlines' "PM to meet Xi", "PM Modi")
    "premier": ("Premier", "leader"),
    "vice premier": ("Vice Premier", "deputy"),
    "deputy prime minister": ("Deputy Prime Minister", "deputy"),
    "trade representative": ("Trade Representative", "minister"),
    "chancellor": ("Chancellor", "leader"),
    "king": ("King", "leader"),
    "monarch": ("Monarch", "leader"),  # ("the Jordanian monarch", "the Saudi monarch")
    "queen": ("Queen", "leader"),
    "emir": ("Emir", "leader"),
    "amir": ("Amir", "leader"),  # (the Gulf's English spelling: "Kuwait's Amir Sheikh Meshal")
    "chief adviser": ("Chief Adviser", "leader"),  # (the head of an interim government: Bangladesh 2024-)
    "emperor": ("Emperor", "leader"),
    "empress": ("Empress", "leader"),
    "grand duke": ("Grand Duke", "leader"),
    "crown prince": ("Crown Prince", "leader"),
    "supreme leader": ("Supreme Leader", "leader"),
    "leader": ("Leader", "leader"),
    "head of state": ("Head of State", "leader"),
    "defense minister": ("Defense Minister", "defense"),
    "defence minister": ("Defence Minister", "defense"),
    "raksha mantri": ("Defence Minister", "defense"),  # (India's official releases)
    "defense secretary": ("Defense Secretary", "defense"),
    "secretary of defense": ("Defense Secretary", "defense"),
    "national security adviser": ("National Security Adviser", "security"),
    # military and intelligence chiefs of a state ("Russia's chief of the general staff", "CIA Director William Burns")
    # military ranks before a name ("Lt. Gen. Andriy Hnatov", "Air Chief Marshal A.P. Singh"), the officer's defence role
    **{rank: ("Officer", "military") for rank in (
        "lt. gen.", "lt gen", "lt.-gen.", "lieutenant general", "maj. gen.", "maj gen", "major general", "brig. gen.",
        "brig gen", "brigadier general", "brigadier", "adm.", "adm", "admiral", "vice adm.", "vice admiral", "rear adm.",
        "rear admiral", "air chief marshal", "air marshal", "field marshal", "gen.", "col.", "colonel", "lt. col.",
        "lieutenant colonel", "captain", "capt.", "commodore")},  # ("Burkina Faso leader Captain Ibrahim Traore")
    "chief of the general staff": ("Chief of the General Staff", "defense"),
    "chief of general staff": ("Chief of General Staff", "defense"),
    "chief of the defence staff": ("Chief of the Defence Staff", "defense"),
    "chief of defence staff": ("Chief of Defence Staff", "defense"),
    "chief of army staff": ("Chief of Army Staff", "defense"),
    "army chief": ("Army Chief", "defense"),
    "commander-in-chief": ("Commander-in-Chief", "defense"), "commander in chief": ("Commander-in-Chief", "defense"),
    "coast guard commandant": ("Coast Guard Commandant", "defense"), "coast guard chief": ("Coast Guard Chief", "defense"),
    "commandant": ("Commandant", "defense"),
    "chairman of the joint chiefs of staff": ("Chairman of the Joint Chiefs of Staff", "defense"),
    "joint chiefs chairman": ("Chairman of the Joint Chiefs of Staff", "defense"),
    "cia director": ("CIA Director", "security"),
    "intelligence chief": ("Intelligence Chief", "security"),
    "spy chief": ("Intelligence Chief", "security"),
    "national security advisor": ("National Security Adviser", "security"),
    "special envoy": ("Special Envoy", "envoy"),
    "envoy": ("Envoy", "envoy"),
    "special representative": ("Special Representative", "envoy"),
    "ambassador": ("Ambassador", "envoy"),
    "high commissioner": ("High Commissioner", "envoy"),
    "chief negotiator": ("Chief Negotiator", "envoy"),
    "negotiator": ("Negotiator", "envoy"),
    # who runs talks for an organisation ("EU coordinator Enrique Mora", "the U.N. special coordinator Jan Kubis")
    "coordinator": ("Coordinator", "envoy"),
    "special coordinator": ("Special Coordinator", "envoy"),
    "secretary-general": ("Secretary-General", "io"),
    "secretary general": ("Secretary-General", "io"),
    "state councilor": ("State Councilor", "leader"),
    "state councillor": ("State Councillor", "leader"),
    "councilor": ("Councilor", "official"),
    "councillor": ("Councillor", "official"),
    "director general": ("Director-General", "io"),
    "director-general": ("Director-General", "io"),
    "high representative": ("High Representative", "io"),
    "foreign policy chief": ("Foreign Policy Chief", "io"),
    "commissioner": ("Commissioner", "io"),
    "commission president": ("Commission President", "io"),
    "commission vice president": ("Commission Vice-President", "io"),
    "commission vice-president": ("Commission Vice-President", "io"),
    "council president": ("Council President", "io"),
    "director": ("Director", "official"),
    "chief": ("Chief", "official"),
    "head": ("Head", "official"),  # ("Head of the Atomic Energy Organization of Iran Ali Akbar Salehi")
    # a leader's own people ("Zelensky's chief of staff Andriy Yermak", "Kremlin foreign policy aide Yuri Ushakov")
    "chief of staff": ("Chief of Staff", "official"),
    "foreign policy aide": ("Foreign Policy Aide", "official"), "foreign policy adviser": ("Foreign Policy Adviser", "official"),
    "foreign policy advisor": ("Foreign Policy Adviser", "official"),
    "aide": ("Aide", "official"), "adviser": ("Adviser", "official"), "advisor": ("Adviser", "official"),
    # the heads and officials of international organisations by the organisation's name ("UN chief Antonio Guterres",
    # "IAEA head Grossi", "IMF Managing Director Kristalina Georgieva", "World Bank President Ajay Banga")
    **{f"{org} {word}": (f"{_ORG_DISPLAY.get(org, org.upper())} {word.title()}", "io") for org in _IO_NAMES for word in _IO_TITLES},
    "taoiseach": ("Taoiseach", "leader"),
    # heads of parliaments and India's, Bangladesh's titles by their own names ("House Speaker Mike Johnson", "Lok Sabha
    # Speaker Om Birla", "EAM S. Jaishankar", "Chief Adviser Muhammad Yunus")
    "house speaker": ("House Speaker", "leader"),
    "speaker": ("Speaker", "leader"), "commons speaker": ("Commons Speaker", "leader"),
    "speaker of the house": ("House Speaker", "leader"),
    "lok sabha speaker": ("Lok Sabha Speaker", "leader"),
    "knesset speaker": ("Knesset Speaker", "leader"),
    "eam": ("External Affairs Minister", "foreign"),
    "unification minister": ("Unification Minister", "minister"),  # (South Korea's, for the North)
    "chief advisor": ("Chief Adviser", "leader"),
    "minister delegate": ("Minister Delegate", "minister"),
    "tanaiste": ("Tanaiste", "deputy"),
    "tánaiste": ("Tánaiste", "deputy"),
    "chairman": ("Chairman", "leader"),
    "chairwoman": ("Chairwoman", "leader"),
    "chairperson": ("Chairperson", "leader"),
    "sultan": ("Sultan", "leader"),
    "pope": ("Pope", "leader"),
    "patriarch": ("Patriarch", "leader"),
    "finance minister": ("Finance Minister", "minister"),
    "trade minister": ("Trade Minister", "minister"),
    "minister": ("Minister", "minister"),
    "secretary": ("Secretary", "minister"),
    "first lady": ("First Lady", "official"), "first gentleman": ("First Gentleman", "official"),
    "senator": ("Senator", "legislator"), "sen.": ("Senator", "legislator"), "rep.": ("Representative", "legislator"),
    "congressman": ("Congressman", "legislator"), "congresswoman": ("Congresswoman", "legislator"),
    "governor": ("Governor", "local"),  # (of a state, a province or a central bank: no office abroad)
    "mayor": ("Mayor", "local"),
    # a legislature's leaders, who receive visitors at home ("Senate Majority Leader Chuck Schumer")
    "senate majority leader": ("Senate Majority Leader", "leader"), "senate minority leader": ("Senate Minority Leader", "leader"),
    "majority leader": ("Majority Leader", "leader"), "minority leader": ("Minority Leader", "leader"),
    "house majority leader": ("House Majority Leader", "leader"), "house minority leader": ("House Minority Leader", "leader"),
    "spokesman": ("Spokesman", "speaker"),
    "spokeswoman": ("Spokeswoman", "speaker"),
    "spokesperson": ("Spokesperson", "speaker"),
    "press secretary": ("Press Secretary", "speaker"),
    "presidential spokesman": ("Spokesman", "speaker"),
    "official": ("Official", "official"),
    "officials": ("Official", "official"),
    "diplomat": ("Diplomat", "official"),
    "diplomats": ("Diplomat", "official"),
    "counterpart": ("Counterpart", "counterpart"),
    "counterparts": ("Counterpart", "counterpart"),
    # (translated Spanish and Portuguese copy: "her Venezuelan homologue, Yván Gil")
    "homologue": ("Counterpart", "counterpart"),
    "homologues": ("Counterpart", "counterpart"),
    "homolog": ("Counterpart", "counterpart"),
    "homologs": ("Counterpart", "counterpart"),
}

# Plural party nouns: "foreign ministers of Qatar and Iraq", "Chinese officials", "the Japanese leaders"
PARTY_NOUNS = {
    "minister": "Minister", "ministers": "Minister", "official": "Official", "officials": "Official",
    "leader": "Leader", "leaders": "Leader", "president": "President", "presidents": "President",
    "counterpart": "Counterpart", "counterparts": "Counterpart", "homologue": "Counterpart", "homologues": "Counterpart",
    "homolog": "Counterpart", "homologs": "Counterpart", "delegation": "Delegation",
    "delegations": "Delegation", "diplomat": "Diplomat", "diplomats": "Diplomat", "envoy": "Envoy",
    "envoys": "Envoy", "negotiator": "Negotiator", "negotiators": "Negotiator", "representative": "Representative",
    "representatives": "Representative", "premier": "Premier", "premiers": "Premier", "chancellor": "Chancellor",
    "king": "King", "monarch": "Monarch", "emir": "Emir", "amir": "Amir", "ambassador": "Ambassador", "ambassadors": "Ambassador",
    "secretary": "Secretary", "secretaries": "Secretary", "team": "Team", "teams": "Team", "authorities": "Authorities", "government": "Government",
    "side": "Side", "prince": "Prince", "sultan": "Sultan", "queen": "Queen", "sheikh": "Sheikh", "pope": "Pope",
    "emperor": "Emperor", "empress": "Empress", "pm": "Prime Minister",
    "head": "Head", "heads": "Leader",  # ("the heads of state of Azerbaijan and Türkiye": `parties.find_parties` takes it of state or government only)
    # people of a government by their work ("Russian and U.S. military experts", "Political advisers from Russia, Ukraine,
    # France and Germany", "The co-chairs of the Minsk Group from Russia, France and the United States")
    "experts": "Expert", "advisers": "Adviser", "advisors": "Adviser", "co-chairs": "Co-chair", "officers": "Officer",
    "commanders": "Commander", "commander": "Commander",  # ("Indian and Chinese military commanders held talks")
    # the military's people ("The chiefs of general staff of Turkey and Russia met", "Generals from North and South Korea")
    "chiefs": "Chief", "generals": "General", "colonels": "Colonel", "admirals": "Admiral",
    "mediators": "Mediator", "mediator": "Mediator",  # ("Egyptian and Qatari mediators met a Hamas delegation")
}

# Classes of people who talk about meetings rather than take part ("a source told", "a spokesman said")
SPEAKER_CLASSES = {"speaker"}

# The class of a role decides who "the foreign ministers of X" or "his counterpart" can be.
ROLE_CLASS_OF_NOUN = {"ministers": "foreign", "minister": "foreign", "leaders": "leader", "leader": "leader",
                      "presidents": "leader", "president": "leader"}

# Titles that point to one country when no demonym is given ("Secretary of State" in English news)
DEFAULT_COUNTRY = {"secretary of state": "US", "external affairs minister": "IN", "eam": "IN", "house speaker": "US", "senate majority leader": "US", "senate minority leader": "US", "house majority leader": "US",
                   "house minority leader": "US", "unification minister": "KR", "chairman of the joint chiefs of staff": "US",
                   "speaker of the house": "US", "lok sabha speaker": "IN", "knesset speaker": "IL", "chief adviser": "BD",
                   "chief advisor": "BD", "raksha mantri": "IN", "pope": "VA", "taoiseach": "IE", "tanaiste": "IE",
                   "tánaiste": "IE"}
