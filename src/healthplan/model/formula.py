"""DHIS2-style indicator formulas: ``#{hbp_followed_4x} / #{hbp_registered} * 100``.

Operands: ``#{element}`` (all category options summed), ``#{element.option}`` (one category
option, e.g. ``#{births.女}``), ``C{constant}`` (a named constant such as a standard
population), numbers; operators ``+ - * /`` and parentheses. An org unit's population is a
data element like any other (e.g. ``#{resident_population}``, aggregated as its last value).

A formula is parsed once into a small tree, validated against the known data elements and
constants (every problem at once), then either evaluated in Python or compiled to a DuckDB
SQL expression. Division by zero gives no value (NULL / None), never an error or infinity.
Missing operands follow DHIS2's ``SKIP_IF_ALL_VALUES_MISSING``: no value when every operand
is missing, otherwise a missing operand counts as 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from healthplan.i18n import t

__all__ = [
    "BinOp",
    "Const",
    "FormulaError",
    "Node",
    "Number",
    "Operand",
    "compile_sql",
    "evaluate",
    "operands",
    "parse_formula",
    "validate_formula",
]


class FormulaError(ValueError):
    """A formula that cannot be read or refers to something unknown; ``problems`` lists all."""

    def __init__(self, formula: str, problems: list[str]) -> None:
        self.formula = formula
        self.problems = problems
        super().__init__(f"{formula}: " + "; ".join(problems))


@dataclass(frozen=True)
class Operand:
    element: str
    category: str | None = None

    @property
    def key(self) -> str:
        return self.element if self.category is None else f"{self.element}.{self.category}"


@dataclass(frozen=True)
class Const:
    code: str


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Neg:
    operand: Node


Node = Operand | Const | Number | BinOp | Neg

_TOKEN = re.compile(
    r"\s*(?:(?P<operand>#\{(?P<de>[^}.]+)(?:\.(?P<cat>[^}]+))?\})"
    r"|(?P<const>C\{(?P<cc>[^}]+)\})"
    r"|(?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)"
    r"|(?P<op>[-+*/()]))"
)


def _tokens(formula: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    pos = 0
    text = formula.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise FormulaError(
                formula, [t("cannot read {text!r} at position {pos}", text=text[pos:], pos=pos)]
            )
        if m.group("operand"):
            out.append(("operand", Operand(m.group("de").strip(), _opt(m.group("cat")))))
        elif m.group("const"):
            out.append(("operand", Const(m.group("cc").strip())))
        elif m.group("number"):
            number = float(m.group("number"))
            if not math.isfinite(number):  # 1e999 would reach DuckDB as inf
                raise FormulaError(formula, [t("not a finite number: {text}", text=m.group(0))])
            out.append(("operand", Number(number)))
        else:
            out.append(("op", m.group("op")))
        pos = m.end()
    return out


def _opt(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def parse_formula(formula: str) -> Node:
    """Parse ``formula`` into a tree; raise :class:`FormulaError` on a syntax error."""
    tokens = _tokens(formula)
    pos = 0

    def peek() -> tuple[str, object] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, object]:
        nonlocal pos
        if pos >= len(tokens):
            raise FormulaError(formula, [t("formula ends too early")])
        pos += 1
        return tokens[pos - 1]

    def expr() -> Node:
        node = term()
        while (tok := peek()) is not None and tok[1] in ("+", "-"):
            take()
            node = BinOp(str(tok[1]), node, term())
        return node

    def term() -> Node:
        node = factor()
        while (tok := peek()) is not None and tok[1] in ("*", "/"):
            take()
            node = BinOp(str(tok[1]), node, factor())
        return node

    def factor() -> Node:
        kind, value = take()
        if kind == "operand":
            assert isinstance(value, Operand | Const | Number)
            return value
        if value == "(":
            node = expr()
            if take()[1] != ")":
                raise FormulaError(formula, [t("missing closing parenthesis")])
            return node
        if value == "-":
            return Neg(factor())
        if value == "+":
            return factor()
        raise FormulaError(formula, [t("unexpected {token!r}", token=value)])

    if not tokens:
        raise FormulaError(formula, [t("formula is empty")])
    try:
        tree = expr()
    except RecursionError:
        raise FormulaError(formula, [t("formula is nested too deeply")]) from None
    if pos != len(tokens):
        raise FormulaError(formula, [t("unexpected {token!r}", token=tokens[pos][1])])
    return tree


def _walk(node: Node) -> list[Node]:
    if isinstance(node, BinOp):
        return [node, *_walk(node.left), *_walk(node.right)]
    if isinstance(node, Neg):
        return [node, *_walk(node.operand)]
    return [node]


def operands(node: Node) -> list[Operand]:
    """The data-element operands of a formula, in order, without repeats."""
    seen: dict[Operand, None] = {}
    for item in _walk(node):
        if isinstance(item, Operand):
            seen[item] = None
    return list(seen)


def validate_formula(
    formula: str,
    elements: Mapping[str, list[str]],
    constants: Mapping[str, float] | None = None,
) -> Node:
    """Parse and check ``formula``: every ``#{element}`` must be in ``elements`` (code →
    category options), every ``.option`` one of its options, every ``C{…}`` a constant,
    and a text element can take no part in arithmetic. Raise with every problem at once."""
    tree = parse_formula(formula)
    problems: list[str] = []
    for item in _walk(tree):
        if isinstance(item, Operand):
            if item.element not in elements:
                problems.append(t("unknown data element {code}", code=item.element))
            elif item.category is not None and item.category not in elements[item.element]:
                problems.append(
                    t(
                        "data element {code} has no category option {option}",
                        code=item.element,
                        option=item.category,
                    )
                )
        elif isinstance(item, Const) and item.code not in (constants or {}):
            problems.append(t("unknown constant {code}", code=item.code))
    if problems:
        raise FormulaError(formula, problems)
    return tree


def evaluate(
    node: Node,
    values: Mapping[str, float | None],
    constants: Mapping[str, float] | None = None,
) -> float | None:
    """Evaluate with operand values keyed by :attr:`Operand.key`; None for no value."""
    ops = operands(node)
    if ops and all(values.get(o.key) is None for o in ops):
        return None

    def ev(n: Node) -> float | None:
        if isinstance(n, Number):
            return n.value
        if isinstance(n, Const):
            return float((constants or {})[n.code])
        if isinstance(n, Operand):
            return values.get(n.key) or 0.0
        if isinstance(n, Neg):
            inner = ev(n.operand)
            return None if inner is None else -inner
        left, right = ev(n.left), ev(n.right)
        if left is None or right is None:
            return None
        if n.op == "/":
            return None if right == 0 else left / right
        return {"+": left + right, "-": left - right, "*": left * right}[n.op]

    return ev(node)


def compile_sql(
    node: Node,
    column: Callable[[Operand], str],
    constants: Mapping[str, float] | None = None,
) -> str:
    """A DuckDB SQL expression for ``node``; ``column`` names the column of each operand."""
    ops = operands(node)

    def sql(n: Node) -> str:
        if isinstance(n, Number):
            return repr(n.value)
        if isinstance(n, Const):
            return repr(float((constants or {})[n.code]))
        if isinstance(n, Operand):
            return f"COALESCE({column(n)}, 0)"
        if isinstance(n, Neg):
            return f"(-{sql(n.operand)})"
        if n.op == "/":
            return f"({sql(n.left)} / NULLIF({sql(n.right)}, 0))"
        return f"({sql(n.left)} {n.op} {sql(n.right)})"

    body = sql(node)
    if not ops:
        return body
    missing = " AND ".join(f"{column(o)} IS NULL" for o in ops)
    return f"(CASE WHEN {missing} THEN NULL ELSE {body} END)"
