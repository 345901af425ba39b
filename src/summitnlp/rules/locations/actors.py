"""Places used as governments: "Moscow said", "Pyongyang slammed ... and threatened"."""
from __future__ import annotations

from spacy.tokens import Span, Token

# What a government does and a place cannot.
ACTOR_VERBS = frozenset("""
say tell state declare announce add claim insist deny confirm warn threaten vow pledge promise slam blast
condemn criticize criticise accuse blame reject dismiss denounce welcome praise urge demand ask call
respond reply react retaliate protest agree refuse decline sign approve veto ratify sanction expel recall
summon ban impose lift launch order propose offer seek want hope plan intend decide push press insist
support back oppose endorse recognize recognise invite negotiate vote suspend resume halt withdraw
""".split())
ACTOR_KINDS = {"country", "historical country", "city", "admin1", "landmark"}


def governing_verb(token: Token) -> Token | None:
    """The verb whose subject ``token`` is, through "X and Y" coordination."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "nsubj":
        return token.head
    return None


SPEECH_VERBS = frozenset({"say", "tell", "add", "explain", "recall", "ask", "reply", "write"})


def says(span: Span) -> bool:
    """The subject of a verb of saying ("Selma said", "said Selma")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def is_actor(span: Span, kind: str) -> bool:
    if kind not in ACTOR_KINDS:
        return False
    verb = governing_verb(span.root)
    return verb is not None and verb.lemma_.lower() in ACTOR_VERBS


# A place name before these words, or winning and losing, is a sports team: "Lakeview coach", "Leeds beat Hull".
TEAM_ROLES = frozenset("""coach coaches star stars player players guard guards forward forwards striker strikers
midfielder midfielders defender defenders goalkeeper goalkeepers quarterback pitcher pitchers fans supporters
captain skipper""".split())
TEAM_VERBS = frozenset("win beat defeat lose draw edge rout thrash trounce outscore outplay".split())


def plays_as_a_team(span: Span) -> bool:
    """"Lakeview coach", "Leeds beat Hull", "beating Reading": a place name used for a team."""
    root = span.root
    if root.dep_ in ("compound", "poss", "nmod") and root.head.lower_ in TEAM_ROLES and root.head.i >= span.end:
        return True
    verb = governing_verb(root)
    if verb is not None and verb.lemma_.lower() in TEAM_VERBS:
        return True
    beaten = root  # "beating Reading and Aston Villa": the beaten are teams too
    while beaten.dep_ == "conj" and beaten.head is not beaten:
        beaten = beaten.head
    return beaten.dep_ == "dobj" and beaten.head.lemma_.lower() in TEAM_VERBS - {"win", "lose", "draw"}
