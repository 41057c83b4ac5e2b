"""Patterns searched for at every character of a text, compiled to fail fast where no match
can begin.

Python's engine tries a pattern at each character of the text it searches. When the pattern
opens with a literal or a character class, it skips ahead to the characters that can begin a
match; when it opens otherwise (a lookbehind, an alternation of words, an optional part), it
tries each way at each character, and a rule of twenty ways costs twenty tests on every
character of every sentence. :func:`scanning` leads such a pattern with a lookahead of the
characters a match can begin with, read from the pattern itself, so that it fails at one test
where none can begin and stays right whatever ways are added to it later.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any
_c: Any
try:  # the engine's own parser: private, so read with care and done without if it changes
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise
    _parser = _c = None

__all__ = ["first_characters", "scanning"]

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}

# (class items a match can begin with, whether the part can match nothing); None: any character
_Firsts = tuple[list[tuple[Any, Any]], bool] | None


def _sequence(items: Any) -> _Firsts:
    chars: list[tuple[Any, Any]] = []
    for op, av in items:
        got = _item(op, av)
        if got is None:
            return None
        chars.extend(got[0])
        if not got[1]:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> _Firsts:
    if op is _c.LITERAL:
        return [(op, av)], False
    if op is _c.IN:
        if any(o is _c.NEGATE for o, _ in av):
            return None
        return list(av), False
    if op is _c.BRANCH:
        chars: list[tuple[Any, Any]] = []
        empty = False
        for way in av[1]:
            got = _sequence(way)
            if got is None:
                return None
            chars.extend(got[0])
            empty = empty or got[1]
        return chars, empty
    if op is _c.SUBPATTERN:
        _group, added, removed, inner = av
        return None if added or removed else _sequence(inner)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _most, inner = av
        got = _sequence(inner)
        return None if got is None else (got[0], got[1] or least == 0)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return [], True  # zero width: what follows begins the match
    return None  # any character, a negated one, a group's text again…


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[…]``) holding every character a match of ``pattern`` can begin
    with; None when the pattern cannot tell (it can match nothing, or begin with any
    character), ignores case or is verbose, or when the engine already skips ahead by itself
    (it opens with a literal or a class)."""
    if _parser is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    head: Any = tree.data
    while head and head[0][0] is _c.SUBPATTERN and not (head[0][1][1] or head[0][1][2]):
        head = head[0][1][3].data
    if not head or head[0][0] in (_c.LITERAL, _c.IN):
        return None
    if head[0][0] is _c.BRANCH and all(w and w[0][0] is _c.LITERAL for w in head[0][1][1]):
        return None
    got = _sequence(tree)
    if got is None or got[1]:
        return None
    parts: list[str] = []
    for op, av in got[0]:
        if op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            return None
    return "[" + "".join(dict.fromkeys(parts)) + "]"


def scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a lookahead of the characters a match can begin
    with (:func:`first_characters`) when the pattern tells them: the same matches and groups,
    found without trying every way of the pattern at every character."""
    first = first_characters(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"(?={first})(?:{pattern})", flags)
    except re.error:  # pragma: no cover - e.g. inline global flags, which must come first
        return re.compile(pattern, flags)
