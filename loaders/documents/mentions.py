"""The Mention record: one entity named in a sentence.

>>> m = Mention("Country", "China", 0, 7, "Beijing")
>>> m.ref, m.end - m.start
(('Country', 'China'), 7)
"""

from __future__ import annotations

__all__ = ["Mention"]


class Mention:
    """An entity named in a sentence: type, canonical name, offsets in the sentence, surface text.

    ``tags`` mark roles found by the rules: "locator" (a country that only
    places a firm: "Canada's Teck"), "cited" (after "according to"),
    "paren" (inside a dash or bracket aside).
    """

    __slots__ = ("type", "name", "start", "end", "text", "tags", "props")

    def __init__(self, type: str, name: str, start: int, end: int, text: str,
                 tags: set | None = None, props: dict | None = None):
        self.type, self.name, self.start, self.end, self.text = type, name, start, end, text
        self.tags = tags if tags is not None else set()
        self.props = props if props is not None else {}

    @property
    def ref(self) -> tuple[str, str]:
        return (self.type, self.name)

    def __repr__(self) -> str:
        return f"Mention({self.type}:{self.name!r}@{self.start}-{self.end})"
