"""The role model: which participant of a sentence is the agent (actor1) and which the target
(actor2) of an event the coder has found, learned from the corpus train split.

The role rules (``pipeline/roles.py``) read constructions: ने/को/से, "with", "against". They
miss where the construction is one no rule knows, and a learned event (``detector.py``) has
no construction at all. The model scores every participant mention of the sentence for each
role from what surrounds it: the postposition after it and the word before it, which side of
the event word it stands on and how far, its kind and sector, the event type, and whether
the rules chose it (so the model learns where the rules are right).

The model file (``model/roles.json``) is written by ``training/train_roles.py``:
``{"bias": {role: b}, "weights": {role: {feature: w}}, "agent_threshold": p,
"target_threshold": p, "use_for": [...]}``; ``use_for`` says where the coder consults it,
chosen on the dev split ("learned": learned events; "fill": pattern events whose rules found
no target).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..data import Mention, Sentence
from ..resources import word_class
from .modelfile import read_model_file, sigmoid

MODEL_PATH = Path(__file__).parent / "model" / "roles.json"
ROLES = ("agent", "target")
PARTICIPANT_KINDS = frozenset({"actor", "group", "country", "pronoun", "title"})
MARKER_LETTERS = 5  # a neighbour word this short may be a postposition or preposition


def participants(mentions: list[Mention]) -> list[Mention]:
    """The mentions that may fill a role (a capital standing for its government included).
    A bare title of no stated country ("the head of state") is left to the rules: whose it
    is comes from the scene, a guess too weak to build an event on."""
    return [m for m in mentions
            if (m.kind in PARTICIPANT_KINDS and not (m.kind == "title" and not m.attrs.country))
            or (m.kind == "place" and m.attrs.metonym)]


def owns_topic(sentence: Sentence, m: Mention) -> bool:
    """"वार्ता के दौरान मछुआरों का मुद्दा उठा", "raised the issue of fishermen": the owner of a
    topic noun (word class topic_head) is what the talks were about, not a side of them."""
    tokens = sentence.tokens
    if m.tok_end + 1 < len(tokens) and tokens[m.tok_end].norm in word_class("genitive", "hi"):
        return tokens[m.tok_end + 1].norm in word_class("topic_head", "hi")
    return m.tok_start >= 2 and tokens[m.tok_start - 1].norm == "of" \
        and tokens[m.tok_start - 2].norm in word_class("topic_head", "en")


def _distance_bucket(gap: int) -> str:
    return "0" if gap <= 2 else "1" if gap <= 5 else "2" if gap <= 10 else "3"


def _neighbours(sentence: Sentence, m: Mention) -> tuple[str, str, str]:
    """The short word after the mention, the two after it, and the short word before it."""
    tokens = sentence.tokens
    after = [t.norm for t in tokens[m.tok_end:m.tok_end + 2]]
    before = tokens[m.tok_start - 1].norm if m.tok_start > 0 else "^"
    next1 = after[0] if after and len(after[0]) <= MARKER_LETTERS else "-"
    next2 = "_".join(after) if len(after) == 2 and all(len(a) <= MARKER_LETTERS for a in after) \
        else "-"
    return next1, next2, before if len(before) <= MARKER_LETTERS else "-"


def candidate_features(sentence: Sentence, candidates: list[Mention], index: int, anchor: int,
                       etype: str, rule_role: str, usual_target: str | None = None) -> list[str]:
    """Features of ``candidates[index]`` as a participant of the event at token ``anchor``;
    ``usual_target`` is the sector the type's targets usually have (a protest's: government)."""
    m = candidates[index]
    lang = "hi" if sentence.lang == "hi" else "en"
    side = "b" if m.tok_end <= anchor else "a" if m.tok_start > anchor else "in"
    gap = anchor - m.tok_end if side == "b" else m.tok_start - anchor
    between = sum(1 for c in candidates
                  if (m.tok_end <= c.tok_start and c.tok_end <= anchor) or
                  (anchor < c.tok_start and c.tok_end <= m.tok_start))
    next1, next2, before = _neighbours(sentence, m)
    kind = m.actor.kind if m.actor is not None else m.kind
    sector = (m.actor.sector if m.actor is not None else m.attrs.sector) or "-"
    local = [f"side:{side}", f"dist:{side}{_distance_bucket(gap)}",
             f"between:{side}{min(between, 2)}", f"next:{next1}", f"next2:{next2}",
             f"prev:{before}", f"kind:{kind}", f"sector:{sector}", f"rule:{rule_role or '-'}",
             f"first:{index == 0}", f"last:{index == len(candidates) - 1}"]
    feats = [f"{lang}|{f}" for f in local]
    # the same marker means different roles for different acts (पर: the target of an attack,
    # the topic of a talk)
    feats += [f"{etype}|{f}" for f in (f"side:{side}", f"next:{next1}", f"prev:{before}",
                                       f"sector:{sector}", f"rule:{rule_role or '-'}")]
    feats.append(f"{lang}|side:{side}|next:{next1}")
    feats.append(f"{lang}|side:{side}|prev:{before}")
    # one weight for every type: a rare type's target is read from what the common ones teach
    usual = usual_target is not None and sector == usual_target
    feats += [f"usual_target:{usual}", f"usual_target:{side}{usual}"]
    return feats


@dataclass(frozen=True, slots=True)
class RoleModel:
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    agent_threshold: float
    target_threshold: float
    use_for: frozenset[str]

    def probability(self, role: str, features: list[str]) -> float:
        weights = self.weights[role]
        z = self.bias[role] + sum(map(weights.get, features, repeat(0.0)))  # in C, same order
        return sigmoid(z)


@lru_cache(maxsize=1)
def role_model(path: Path = MODEL_PATH) -> RoleModel:
    data = read_model_file(path, "role model")
    return RoleModel(bias=data["bias"], weights=data["weights"],
                     agent_threshold=data["agent_threshold"],
                     target_threshold=data["target_threshold"],
                     use_for=frozenset(data["use_for"]))
