"""The public API: every name the root and each stage export resolves, the root is cheap to
import, and no module hides behind a function of the same name (``import
healthplan.x.y as m`` must give the module ``y``, never a function its package exports)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from types import ModuleType

import pytest

import healthplan

HEAVY = ("openpyxl", "sqlalchemy", "pandas", "scipy", "duckdb", "alembic", "numpy")


def _packages() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(healthplan.__path__, "healthplan.") if m.ispkg
    )


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(healthplan.__path__, "healthplan."))


def test_root_exports_the_verbs_a_script_needs() -> None:
    verbs = {
        "ingest", "extract", "import_plan", "export_plan", "apply_plan", "list_plans",
        "load_plan", "import_orgunits", "import_values", "import_file", "export_values",
        "compute", "assess", "detect", "run_surveillance", "Workspace", "HealthplanError",
        "InputError", "NotFoundError", "Plan", "Target", "Period", "OrgUnit",
    }  # fmt: skip
    assert verbs <= set(healthplan.__all__)
    assert len(healthplan.__all__) == len(set(healthplan.__all__))
    assert set(healthplan.__all__) == {"__version__", *healthplan._SOURCE}


@pytest.mark.parametrize("name", sorted(healthplan._SOURCE))
def test_root_name_resolves_to_its_stage(name: str) -> None:
    module = importlib.import_module(healthplan._SOURCE[name])
    assert name in getattr(module, "__all__", [name]), f"{module.__name__}.__all__ lacks {name}"
    assert getattr(healthplan, name) is getattr(module, name)


def test_unknown_root_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = healthplan.no_such_verb  # type: ignore[attr-defined]


@pytest.mark.parametrize("package", _packages())
def test_stage_all_resolves(package: str) -> None:
    module = importlib.import_module(package)
    names = getattr(module, "__all__", [])
    assert len(names) == len(set(names)), f"{package}.__all__ repeats a name"
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing, f"{package}.__all__ names what it does not define: {missing}"


@pytest.mark.parametrize("module", _modules())
def test_no_module_shadowed_by_a_function(module: str) -> None:
    importlib.import_module(module)
    parent, _, name = module.rpartition(".")
    found = getattr(sys.modules[parent], name)
    assert isinstance(found, ModuleType), (
        f"`import {module}` gives {type(found).__name__} {name}, not the module: rename one"
    )


@pytest.mark.parametrize(
    "statement", ["import healthplan", "import healthplan.model.period", "import healthplan.model"]
)
def test_import_is_cheap(statement: str) -> None:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {m.split(".")[0] for m in json.loads(out.stdout)}
    assert not loaded & set(HEAVY), f"{statement} loads {sorted(loaded & set(HEAVY))}"
