"""Responsible departments (责任单位) as plans name them, and a directory that recognises
their short and long forms, in four parts:

- :mod:`.names`: a department's name and the lists plans write names in (parentheses, role
  lines, a table's role columns), and why a phrase is no body's name;
- :mod:`.subjects`: bodies as the subjects of sentences — a duty's opening, a regulation's
  articles, an act of authority (由甲审定);
- :mod:`.items`: a work item's departments, every way of naming them read in order;
- :mod:`.register`: :class:`DepartmentDirectory`, which resolves names to the register.
"""

from healthplan.extraction.departments.items import item_departments, named_departments
from healthplan.extraction.departments.names import (
    DepartmentList,
    add_new,
    column_departments,
    department_key,
    department_list,
    each_level,
    is_collective,
    is_department,
    is_role_column,
    names_alone,
    not_a_department,
    parenthesised_departments,
    role_line_departments,
)
from healthplan.extraction.departments.register import DepartmentDirectory
from healthplan.extraction.departments.subjects import (
    article_subjects,
    opening_subject,
    without_asides,
)

__all__ = [
    "DepartmentDirectory",
    "DepartmentList",
    "add_new",
    "article_subjects",
    "column_departments",
    "department_key",
    "department_list",
    "each_level",
    "is_collective",
    "is_department",
    "is_role_column",
    "item_departments",
    "named_departments",
    "names_alone",
    "not_a_department",
    "opening_subject",
    "parenthesised_departments",
    "role_line_departments",
    "without_asides",
]
