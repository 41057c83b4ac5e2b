"""healthplan: run a health commission's plan — targets, data, 序时进度 assessment, warnings.

The verbs a script needs, one per CLI command, and the types they take and return::

    import healthplan as hp

    ws = hp.Workspace()
    hp.import_orgunits(ws, "区划.xlsx")
    summary = hp.import_plan(ws, ["十四五规划.docx"])
    hp.import_file(ws, "2024年3月.xlsx")
    report = hp.assess(ws)

Each name is loaded from its stage on first use (PEP 562), so ``import healthplan`` and
``import healthplan.model`` stay cheap: no spreadsheet, database or statistics library is
imported until a verb needs it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from healthplan.__about__ import __version__

__all__ = [
    "DataElement",
    "Department",
    "HealthplanError",
    "Indicator",
    "InputError",
    "NotFoundError",
    "OrgLevel",
    "OrgUnit",
    "Period",
    "Plan",
    "Problem",
    "Target",
    "Task",
    "Workspace",
    "__version__",
    "apply_plan",
    "assess",
    "compute",
    "detect",
    "export_fhir",
    "export_plan",
    "export_values",
    "extract",
    "import_file",
    "import_metadata",
    "import_orgunits",
    "import_plan",
    "import_values",
    "ingest",
    "list_departments",
    "list_orgunits",
    "list_plans",
    "list_warnings",
    "load_plan",
    "orgunit_tree",
    "record_reason",
    "report_progress",
    "report_schedule",
    "run_surveillance",
    "run_warnings",
    "save_departments",
    "task_ledger",
    "write_report",
]

# Where each name lives: the public package whose __all__ exports it.
_SOURCE = {
    "DataElement": "healthplan.model",
    "Department": "healthplan.model",
    "HealthplanError": "healthplan.errors",
    "Indicator": "healthplan.model",
    "InputError": "healthplan.errors",
    "NotFoundError": "healthplan.errors",
    "OrgLevel": "healthplan.model",
    "OrgUnit": "healthplan.model",
    "Period": "healthplan.model",
    "Plan": "healthplan.model",
    "Problem": "healthplan.errors",
    "Target": "healthplan.model",
    "Task": "healthplan.model",
    "Workspace": "healthplan.store",
    "apply_plan": "healthplan.plans",
    "assess": "healthplan.analytics",
    "compute": "healthplan.analytics",
    "detect": "healthplan.surveillance",
    "export_fhir": "healthplan.interop",
    "export_plan": "healthplan.plans",
    "export_values": "healthplan.collection",
    "extract": "healthplan.extraction",
    "import_file": "healthplan.collection",
    "import_metadata": "healthplan.collection",
    "import_orgunits": "healthplan.collection",
    "import_plan": "healthplan.plans",
    "import_values": "healthplan.collection",
    "ingest": "healthplan.documents",
    "list_departments": "healthplan.store",
    "list_orgunits": "healthplan.store",
    "list_plans": "healthplan.plans",
    "list_warnings": "healthplan.warnings",
    "load_plan": "healthplan.plans",
    "orgunit_tree": "healthplan.store",
    "record_reason": "healthplan.plans",
    "report_progress": "healthplan.tasks",
    "report_schedule": "healthplan.reports",
    "run_surveillance": "healthplan.surveillance",
    "run_warnings": "healthplan.warnings",
    "save_departments": "healthplan.store",
    "task_ledger": "healthplan.tasks",
    "write_report": "healthplan.reports",
}


def __getattr__(name: str) -> Any:
    module = _SOURCE.get(name)
    if module is None:
        raise AttributeError(f"module 'healthplan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from healthplan.analytics import assess, compute
    from healthplan.collection import (
        export_values,
        import_file,
        import_metadata,
        import_orgunits,
        import_values,
    )
    from healthplan.documents import ingest
    from healthplan.errors import HealthplanError, InputError, NotFoundError, Problem
    from healthplan.extraction import extract
    from healthplan.interop import export_fhir
    from healthplan.model import (
        DataElement,
        Department,
        Indicator,
        OrgLevel,
        OrgUnit,
        Period,
        Plan,
        Target,
        Task,
    )
    from healthplan.plans import (
        apply_plan,
        export_plan,
        import_plan,
        list_plans,
        load_plan,
        record_reason,
    )
    from healthplan.reports import report_schedule, write_report
    from healthplan.store import (
        Workspace,
        list_departments,
        list_orgunits,
        orgunit_tree,
        save_departments,
    )
    from healthplan.surveillance import detect, run_surveillance
    from healthplan.tasks import report_progress, task_ledger
    from healthplan.warnings import list_warnings, run_warnings
