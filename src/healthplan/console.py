"""The terminals every command writes to.

Markup is off: user data (a title such as ``[x] 任务``) always prints literally; styles are
given with :class:`rich.text.Text` and table column styles. When the output is not a
terminal (a pipe, a file, a test) lines are never cut: the width is unlimited, whatever
``COLUMNS`` says (pytest-xdist and some shells export ``COLUMNS=80``).
"""

from __future__ import annotations

from rich.console import Console, ConsoleDimensions

_UNLIMITED = 100_000


class _Console(Console):
    @property
    def size(self) -> ConsoleDimensions:
        size = Console.size.fget(self)  # type: ignore[attr-defined]
        if self.is_terminal:
            return size
        return ConsoleDimensions(_UNLIMITED, size.height)

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        Console.size.fset(self, new_size)  # type: ignore[attr-defined]


console: Console = _Console(markup=False, highlight=False, emoji=False)
err_console: Console = _Console(stderr=True, markup=False, highlight=False, emoji=False)
