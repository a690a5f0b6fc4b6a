"""Acts whose type depends on who does them to whom (resources/side_retypes.tsv).

"मोदी ने कांग्रेस पर जमकर हमला बोला": an attack by a politician on a party is made of words
(ACCUSE), while the same verb with party workers, a mob or gunmen as its agent, or with a
weapon or a wound in the sentence, is force (ASSAULT). "ट्रंप ने मोदी का स्वागत किया": a
leader welcoming another country's leader hosts a visit (CONSULT), while a chief minister
welcoming rescued workers praises them (SUPPORT).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import Actor, Token
from ..resources import load_table, word_class


@dataclass(frozen=True, slots=True)
class SideRetype:
    trigger: str
    agent_kinds: frozenset[str]
    agent_sectors: frozenset[str]
    target_sectors: frozenset[str]
    unless: str
    becomes: str
    target_kinds: frozenset[str] | None = None  # None: any kind
    other_country: bool = False  # the two sides must be of two different countries


@lru_cache(maxsize=1)
def side_retypes() -> dict[str, list[SideRetype]]:
    table: dict[str, list[SideRetype]] = {}
    for row in load_table("side_retypes.tsv"):
        table.setdefault(row["type"], []).append(SideRetype(
            row["trigger"], frozenset(row["agent_kinds"].split("|")),
            frozenset(row["agent_sectors"].split("|")),
            frozenset(filter(None, row["target_sectors"].split("|"))), row["unless"],
            row["becomes"],
            frozenset(row["target_kinds"].split("|")) if row.get("target_kinds") else None,
            row.get("sides") == "other"))
    return table


def retyped_by_sides(event_type: str, agent: Actor | None, target: Actor | None,
                     tokens: list[Token], trigger: list[Token]) -> str:
    """The type an act of ``event_type`` (matched on the ``trigger`` tokens) takes between
    these two sides in this sentence (a rule with no target sectors: whatever the target, if
    any)."""
    if agent is None:
        return event_type
    for rule in side_retypes().get(event_type, ()):
        if (agent.kind in rule.agent_kinds or (agent.id or "") in rule.agent_kinds) \
                and agent.sector in rule.agent_sectors \
                and _target_fits(rule, agent, target) \
                and any(t.norm in word_class(rule.trigger) for t in trigger) \
                and not (rule.unless and any(t.norm in word_class(rule.unless) for t in tokens)):
            return rule.becomes
    return event_type


def _target_fits(rule: SideRetype, agent: Actor, target: Actor | None) -> bool:
    """The target the rule asks for; a rule with no target sectors holds with none too."""
    if target is None:
        return not rule.target_sectors
    return (not rule.target_sectors or target.sector in rule.target_sectors) \
        and (rule.target_kinds is None or target.kind in rule.target_kinds) \
        and (not rule.other_country or _two_countries(agent, target))


def _two_countries(agent: Actor, target: Actor) -> bool:
    return agent.country is not None and target.country is not None \
        and agent.country != target.country
