"""healthplan: run a health commission's plan — targets, data, 序时进度 assessment, warnings.

The public API is assembled here; everything else is private to its stage.
"""

from healthplan.__about__ import __version__
from healthplan.collection.orgunits import ImportSummary, import_orgunits
from healthplan.errors import HealthplanError, InputError, Problem
from healthplan.store import Workspace
from healthplan.store.departments import list_departments, save_departments
from healthplan.store.orgunits import list_orgunits, orgunit_tree

__all__ = [
    "HealthplanError",
    "ImportSummary",
    "InputError",
    "Problem",
    "Workspace",
    "__version__",
    "import_orgunits",
    "list_departments",
    "list_orgunits",
    "orgunit_tree",
    "save_departments",
]
