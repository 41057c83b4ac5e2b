from __future__ import annotations

from healthplan.model.plan import Target


def link_targets(targets: list[Target]) -> None:
    return None
