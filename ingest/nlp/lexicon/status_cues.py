"""Cue words for a meeting's status, by lemma (GUIDELINES.md "status").

cancelled: "called off", "cancelled", "scrapped"; postponed: "postponed", "put off", "delayed";
ruled_out: "no plans to meet", "will not meet", "not planned", "out of the question", "refused";
possible: "could/may/might meet", "likely", "not excluded", "being worked out", "proposed", "invited";
planned: "will meet", "is to meet", "scheduled/expected/set/due to meet", "agreed to meet", "upcoming";
held: "met", "held talks", "took place", "is under way", "has begun".
"""

from __future__ import annotations

CANCELLED = {"cancel", "cancellation", "scrap", "drop", "scrub", "axe", "ax", "abandon", "nix", "canceled", "cancelled"}
POSTPONED = {"postpone", "postponement", "delay", "defer", "reschedule", "adjourn", "postponed", "delayed", "shelve", "shelved",
             "suspend", "suspended", "suspension"}  # ("talks were suspended": halted, to resume some day)
# phrasal: lemma + particle
CANCELLED_PHRASAL = {("call", "off"), ("fall", "through"), ("pull", "out")}  # "pulled out of a planned meeting"
POSTPONED_PHRASAL = {("put", "off"), ("push", "back"), ("move", "back"), ("put", "back")}
RULED_OUT = {"refuse", "reject", "decline", "rule", "meaningless", "pointless", "unnecessary"}  # "rule out" checked with its particle
POSSIBLE = {
    "could", "may", "might", "can", "possible", "possibility", "possibly", "likely", "unlikely", "probable", "probably", "hope",
    "hoped", "aim", "seek", "propose", "proposal", "invite", "invitation", "consider", "prospect", "perhaps", "maybe",
    "want", "wish", "try", "offer", "suggest", "ready", "willing", "open", "idea", "exclude", "chance", "eye",
    "mull", "explore", "potential", "tentative", "tentatively", "expect_possible", "push", "press", "urge", "call",
    "work", "request", "hopeful", "keen", "eager", "sufficient", "ripe",  # ("the results were sufficient for a meeting")  # ("had asked for a direct meeting", "requested talks": proposed, not agreed; "ask" by its "for")
}
PLANNED = {
    "will", "shall", "'ll", "wo", "schedule", "scheduled", "plan", "planned", "set", "due", "expect", "expected",
    "agree", "agreement", "arrange", "announce", "upcoming", "prepare", "forthcoming", "slate", "confirm", "next",
    "intend", "go",
}
HELD = {"take", "begin", "start", "end", "conclude", "last", "hold", "wrap", "kick", "open", "close", "continue"}
# words after which an infinitive "to meet" is planned ("expected to meet") or possible ("likely to meet")
TO_PLANNED = {"expect", "schedule", "set", "due", "plan", "agree", "go", "intend", "arrange", "decide", "prepare", "announce"}
TO_POSSIBLE = {"likely", "hope", "want", "aim", "seek", "try", "wish", "ready", "willing", "possible", "consider",
               "propose", "offer", "invite", "able", "eager", "keen", "like", "unlikely", "would", "love",
               "ask"}  # ("Macron asked Putin to meet Zelensky": proposed, not agreed)

SPEECH_VERBS = {
    "say", "tell", "announce", "add", "report", "state", "stress", "note", "confirm", "deny", "claim", "write",
    "tweet", "explain", "quote", "cite", "insist", "argue", "warn", "declare", "reply", "respond", "comment",
    "indicate", "suggest_speech", "point", "reiterate", "emphasize", "emphasise", "acknowledge", "admit",
    "believe", "think", "know", "learn", "reveal", "disclose", "inform", "brief", "assure", "recall",
    "term", "describe", "dub", "label", "characterize", "characterise",  # ("on Saturday termed India's decision ... unfortunate")
}

PHONE_CUES = {"phone", "telephone", "telephoned", "phoned", "call", "calls", "dial", "phone-call"}
VIDEO_CUES = {"video", "videoconference", "video-conference", "videolink", "virtual", "virtually", "online", "zoom", "teleconference"}


def _inflected(words: set[str]) -> set[str]:
    """The lemmatizer misses some verb forms ("hopes" -> "hop"): match the forms too."""
    out = set(words)
    for w in words:
        stem = w[:-1] if w.endswith("e") else w
        out.update({w + "s", w + "d" if w.endswith("e") else w + "ed", stem + "ing"})
    return out


TO_POSSIBLE = _inflected(TO_POSSIBLE)
TO_PLANNED = _inflected(TO_PLANNED)
