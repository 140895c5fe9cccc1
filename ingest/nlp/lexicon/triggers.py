"""Words that report a meeting, as token patterns for spaCy's Matcher.

Examples: "X met Y", "X will meet with Y", "held talks with", "a meeting between X and Y",
"the Kerry-Putin meeting", "X and Y confer", "sit down with", "a brief pull-aside", "X received Y",
"X welcomed Y to Berlin", "X, Y to have summit", "X and Y shook hands"; calls ("a phone call with",
"held a video conference"), which are reported with their mode. Weak triggers ("discuss", "speak") count only with a meeting context (a
second party, "on the sidelines", a phone cue) that `linking` checks.
"""

from __future__ import annotations

VERB_LEMMAS = ["meet", "confer", "negotiate", "convene", "sit", "receive", "host", "welcome", "visit", "discuss", "speak", "talk", "huddle",
               "shake", "greet", "chat", "telephone", "phone", "see"]
NOUN_LEMMAS = [
    "meeting", "talk", "talks", "summit", "negotiation", "discussion", "consultation", "encounter", "tete-a-tete",
    "sit-down", "visit", "conversation", "dialogue", "get-together", "pull-aside", "bilateral", "audience",
]

# kind: "strong" reports a meeting by itself; "weak" needs a second party or a meeting cue
STRONG_VERBS = {"meet", "confer", "huddle", "telephone", "phone", "call"}  # (the phone verbs report a call: mode phone; "call" is "call on")
WEAK_VERBS = {"negotiate", "convene", "discuss", "speak", "talk", "receive", "host", "welcome", "visit", "sit", "shake", "greet", "chat",
              "see", "spend"}  # ("will see Chancellor Scholz tomorrow in Berlin": a person seen on a day or somewhere, `reports._valid_trigger`)
# the words that make a round the next of a series ("the next round", "a third round")
ROUND_ORDINALS = ["next", "new", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "another",
                  "further", "latest"]

STRONG_NOUNS = {"meeting", "talk", "talks", "summit", "encounter", "tete-a-tete", "tête-à-tête", "sit-down", "pull-aside",
                "negotiation", "consultation", "discussion", "get-together", "bilateral", "courtesycall", "courtesycalls",
                "courtesyvisit", "courtesyvisits", "strategiccommunication",
                # calls, by the trigger's whole text without spaces ("phone call", "video-call")
                "phonecall", "phone-call", "telephonecall", "videocall", "video-call", "conferencecall", "phonecalls", "telephonecalls",
                "videocalls", "videoconference", "video-conference", "teleconference"}
WEAK_NOUNS = {"visit", "conversation", "dialogue", "breakfast", "lunch", "luncheon", "dinner", "audience", "contacts", "session"}

# what a proposal "met with" is a reaction, not a meeting ("the plan met with criticism from Lavrov")
MET_WITH_REACTIONS = {
    "criticism", "resistance", "skepticism", "scepticism", "opposition", "approval", "applause", "protest", "protests",
    "anger", "outrage", "silence", "derision", "disbelief", "success", "failure", "support", "condemnation", "dismay",
    "concern", "concerns", "alarm", "rejection", "hostility", "suspicion", "enthusiasm", "praise", "indifference",
    "objection", "objections", "scorn", "ridicule", "backlash", "caution", "surprise", "relief",
    "rebuke", "rebukes", "response", "responses", "reaction", "reactions", "retort", "rebuttal", "pushback", "jeers", "boos",
    "laughter", "cheers", "doubts", "doubt",
}
# "meet" in these senses is not a meeting ("meet the demands", "meet the press")
MEET_NON_MEETING_OBJECTS = {
    "demand", "demands", "target", "targets", "criterion", "criteria", "need", "needs", "expectation", "expectations",
    "deadline", "goal", "goals", "requirement", "requirements", "standard", "standards", "obligation", "obligations",
    "condition", "conditions", "challenge", "challenges", "threshold", "press", "end", "fate", "resistance", "criticism",
    # an audience, not a party ("met reporters at the Elysee a day after a phone call with Putin")
    "reporters", "journalists", "media", "correspondents", "students", "supporters", "voters", "crowd", "crowds", "troops",
    "soldiers", "veterans",
    "approval", "quota", "commitment", "commitments", "payroll", "cost", "costs", "request", "requests",
    # family ("first met his wife, a Peruvian diplomat, in 1995")
    "wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiance", "parents", "mother", "father", "son", "daughter",
    "children", "family", "relatives",
}

# a meeting two sides chair together ("co-chaired the Strategic Dialogue with Egyptian Foreign Minister Sameh Shoukry", "the
# session, to be co-chaired by X and her Nigerian counterpart"): one token each (`loader.load`), matched by the word, since
# the lemmatizer makes "co-chaired" "co-chaire"; weak, as "chair" is
CO_CHAIR_FORMS = ["co-chair", "co-chairs", "co-chaired", "co-chairing"]

MATCHER_PATTERNS = {
    "VERB": [
        [{"LEMMA": {"IN": VERB_LEMMAS}, "POS": {"IN": ["VERB", "AUX"]}}],
        # forms the tagger sometimes reads as nouns or adjectives ("Kerry and Lavrov confer at ...")
        [{"LOWER": {"IN": ["confer", "confers", "conferred", "conferring", "met"]}, "POS": {"NOT_IN": ["VERB", "AUX"]}}],
        # a headline's "Biden and Xi meet in Lima" tagged as a noun (a trigger only with a subject: not "a track meet")
        [{"LOWER": {"IN": ["meet", "meets"]}, "POS": {"IN": ["NOUN", "PROPN"]}}],
        # a meal shared: "dined with Trump at Mar-a-Lago" (by the word: the lemmatizer makes "dined" "din"; weak, as
        # a meal noun is)
        [{"LOWER": {"IN": ["dine", "dines", "dined", "dining"]}, "POS": {"IN": ["VERB", "AUX"]}}],
        # a visit of courtesy: "the ambassador called on the prime minister" (not "called on him to resign": `linking`)
        [{"LEMMA": "call", "POS": "VERB"}, {"LOWER": "on"}],
        # time spent together: "spent more than seven hours with Foreign Minister Qin Gang" (weak: `reports._valid_trigger`)
        [{"LEMMA": "spend", "POS": "VERB"}],
        [{"LOWER": {"IN": CO_CHAIR_FORMS}, "POS": {"IN": ["VERB", "AUX"]}}],
        # "could come face to face at a luncheon": to meet (the verb the trigger, so that its subject and modal are read)
        [{"LOWER": {"IN": ["come", "comes", "came", "coming"]}, "POS": "VERB"}, {"LOWER": "face"}, {"ORTH": "-", "OP": "?"},
         {"LOWER": "to"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "face"}],
    ],
    "NOUN": [
        [{"LOWER": {"IN": ["meeting", "meetings", "talks", "summit", "summits", "negotiations", "negotiation",
                           "discussion", "discussions", "consultations", "encounter", "encounters", "tete-a-tete",
                           "tête-à-tête", "sit-down", "pull-aside", "visit", "visits", "conversation",
                           "dialogue", "get-together", "bilateral", "bilaterals", "talk",
                           # meals shared with someone ("Trump had breakfast with Finnish President Niinisto")
                           "breakfast", "lunch", "luncheon", "dinner", "breakfasts", "lunches", "luncheons", "dinners",
                           # a sovereign's or pope's reception ("granted an audience to", "an audience with Pope Leo")
                           "audience", "audiences",
                           # a round held with someone ("held a final plenary session with ministers from ...", "will hold
                           # their first negotiating session"); weak, `reports._valid_trigger`
                           "session",
                           # the Kremlin's word for an encounter ("contacts between Lavrov and Blinken on the sidelines
                           # cannot be ruled out", "had brief contacts with Lajcak"); weak, `reports._contact_holds`
                           "contacts"]}}],
        [{"LOWER": {"IN": ["pull", "sit"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["aside", "down"]}, "POS": {"NOT_IN": ["ADP"]}}],
        # (the tokenizer splits "tete-a-tete" at its hyphens)
        [{"LOWER": {"IN": ["tete", "tête"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["a", "à"]}}, {"ORTH": "-", "OP": "?"},
         {"LOWER": {"IN": ["tete", "tête"]}}],
        [{"LOWER": "face"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "to"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "face"}],
        # calls: reported with mode phone or video, never as meetings in person
        [{"LOWER": {"IN": ["phone", "telephone", "video", "conference"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["call", "calls"]}}],
        [{"LOWER": "video"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["conference", "conferences"]}}],
        [{"LOWER": {"IN": ["videoconference", "videoconferences", "teleconference", "videocall"]}}],
        [{"LOWER": "courtesy"}, {"LOWER": {"IN": ["call", "calls", "visit", "visits"]}}],
        # China's word for a round of talks between its top diplomat and another power's ("held a new round of strategic
        # communication with U.S. National Security Advisor Jake Sullivan")
        [{"LOWER": "strategic"}, {"LOWER": "communication"}],
        [{"LOWER": "one"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "on"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "one"}],
        # a round of a series, of the pair just named ("The next round will be held in Rome on April 19"); a follow-up
        # only (`attach.follow_up`; not "a second round of talks", whose "talks" is the trigger: `reports._reports_a_meeting`)
        [{"LOWER": {"IN": ROUND_ORDINALS}}, {"LOWER": {"IN": ["round", "rounds"]}, "POS": "NOUN"}],
    ],
}
