"""The architecture of docs/CONVENTIONS.md, enforced: the import-linter contracts in
pyproject.toml (layers, one owner per table) hold, and no module imports itself back through
others (a cycle), ``TYPE_CHECKING`` imports included: at each level of packages, no
child imports one that imports it back."""

from __future__ import annotations

from pathlib import Path

import grimp
from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_import_contracts_hold() -> None:
    # The report (which import breaks which contract) is printed: pytest shows it on failure.
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0


def test_cli_and_demo_use_only_public_functions() -> None:
    """The commands and the demo call what a stage exports (``from healthplan.plans import
    import_plan``), never a stage's modules; model types may be imported from anywhere."""
    graph = grimp.build_graph("healthplan", cache_dir=None)
    deep = []
    for user in ("healthplan.cli", "healthplan.demo"):
        for importer in sorted(graph.find_descendants(user) | {user}):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                parts = imported.split(".")
                if len(parts) > 2 and parts[1] not in ("model", user.split(".")[1]):
                    deep.append(f"{importer} -> {imported}")
    assert deep == []


def _cycle_breakers(graph: grimp.ImportGraph) -> dict[str, set[tuple[str, str]]]:
    """Per package, the imports that would have to go for its children (each with its
    descendants) to import one another without a cycle: empty when there is none."""
    packages = sorted(m for m in graph.modules if graph.find_children(m))
    found = {p: graph.nominate_cycle_breakers(p) for p in packages}
    return {p: breakers for p, breakers in found.items() if breakers}


def test_no_import_cycles() -> None:
    graph = grimp.build_graph("healthplan", cache_dir=None)
    assert _cycle_breakers(graph) == {}


def test_a_cycle_is_found() -> None:
    graph = grimp.ImportGraph()
    for module in ("p", "p.a", "p.b", "p.c", "p.c.d"):
        graph.add_module(module)
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c.d"), ("p.c.d", "p.a")]:
        graph.add_import(importer=importer, imported=imported)
    assert set(_cycle_breakers(graph)) == {"p"}
