"""Mutation testing of the core rules (issue 10, Deliver 8), with mutmut.

    .venv/bin/python bench/mutation.py                     # every core module
    .venv/bin/python bench/mutation.py --module judgement  # one (repeat --module for more)
    .venv/bin/python bench/mutation.py --report            # figures of the last run only
    .venv/bin/python bench/mutation.py --fresh             # re-run every mutant, not only
                                                           # those the last run left alive
    .venv/bin/python bench/mutation.py --unrun             # only those not run yet

mutmut's settings are in pyproject.toml (``[tool.mutmut]``): the files it may mutate, the
tests it runs (SQLite only) and the per-mutant timeout. mutmut first runs the selected tests
once to record which tests reach each function, then runs only those tests per mutant, so a
module's mutants meet only the tests relevant to that module. Its scratch copy is
``mutants/`` (git-ignored); results are cached there and a module re-runs only the mutants
of functions that changed.

Prints per module: mutants, killed, survived, timeout, kill rate, and the survivors
(file:line and the mutation). Exits 1 when a module's mutation score is below ``--goal``
(default 90 %).

A survivor that no test can kill because it does not change what the code does (an
equivalent mutant) is listed, with the reason, in ``tests/mutation/equivalent.txt``; the
report counts those apart and gives a second rate without them. In the modules of
``CASE_BLIND`` a survivor that only changes the letter case of a string is equivalent by
rule: there every such string is SQL or a name DuckDB resolves without regard to case.
That second rate is the mutation score as the literature defines it (killed over mutants
that are not equivalent: an equivalent mutant is a program that is not wrong) and is what
``--goal`` is checked against; the raw kill rate is printed beside it so a growing list of
equivalents stays visible.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).with_name("mutmut")

# name -> source file; mutmut names a mutant <dotted module>.<mangled function>__mutmut_<n>
MODULES = {
    "judgement": "src/healthplan/analytics/judgement.py",
    "engine": "src/healthplan/analytics/engine.py",
    "period": "src/healthplan/model/period.py",
    "plan": "src/healthplan/model/plan.py",
    "workflow": "src/healthplan/collection/workflow.py",
    "values": "src/healthplan/collection/values.py",
    "docx": "src/healthplan/documents/docx.py",
}


# modules whose string literals are all DuckDB SQL or DuckDB names (see the docstring)
CASE_BLIND = {"engine"}
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent.txt"


@dataclass
class Figures:
    module: str
    counts: dict[str, int] = field(default_factory=dict)
    survivors: list[str] = field(default_factory=list)
    equivalent: int = 0  # survivors listed in EQUIVALENT or equivalent by CASE_BLIND

    @property
    def net_rate(self) -> float:
        """The kill rate over the mutants that are not equivalent."""
        judged = self.mutants - self.counts.get("not checked", 0) - self.equivalent
        caught = self.counts.get("killed", 0) + self.counts.get("timeout", 0)
        return caught / judged if judged else 0.0

    @property
    def mutants(self) -> int:
        return sum(self.counts.values())

    @property
    def kill_rate(self) -> float:
        # a timeout is a kill (the mutant hangs the rule); "no tests" and "survived" are not
        judged = self.mutants - self.counts.get("not checked", 0)
        caught = self.counts.get("killed", 0) + self.counts.get("timeout", 0)
        return caught / judged if judged else 0.0


def _dotted(source: str) -> str:
    return source.removeprefix("src/").removesuffix(".py").replace("/", ".")


def _status(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def _function_lines(source: str) -> dict[str, int]:
    """First line of each function and method, by mutmut's mangled name."""
    tree = ast.parse((ROOT / source).read_text(encoding="utf-8"))
    lines: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines[f"x_{node.name}"] = node.lineno
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines[f"x\u01c1{node.name}\u01c1{item.name}"] = item.lineno
    return lines


def _function(name: str) -> str:
    """A mutant's function as written: ``Engine.apply``, ``_store``."""
    mangled = name.rpartition(".")[2].rpartition("__mutmut_")[0]
    return mangled.removeprefix("x_").removeprefix("x\u01c1").replace("\u01c1", ".")


def equivalents() -> dict[tuple[str, str], str]:
    """``(module, "function: original -> mutated")`` → why, from EQUIVALENT: one mutant a
    line, ``module ;; function: original -> mutated ;; why``."""
    found: dict[tuple[str, str], str] = {}
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            module, mutation, why = (part.strip() for part in line.split(" ;; ", 2))
            found[(module, mutation)] = why
    return found


def _mutation(text: str) -> tuple[str, str]:
    """``original`` and ``mutated`` of a survivor line."""
    change = text.split("  ", 1)[1]
    original, _, mutated = change.partition("  ->  ")
    return original, mutated


def _survivor(source: str, name: str, functions: dict[str, int], module: Any) -> str:
    """``file:line  original  ->  mutated`` for one mutant (the diff ``mutmut show`` prints)."""
    import libcst
    from mutmut.mutation.diff_apply import read_mutant_function, read_original_function

    original, mutated = (
        libcst.Module([read(module, name)]).code.strip().splitlines()
        for read in (read_original_function, read_mutant_function)
    )
    diff = list(difflib.unified_diff(original, mutated, lineterm="", n=0))
    removed = [line[1:].strip() for line in diff if line.startswith("-") and line[:3] != "---"]
    added = [line[1:].strip() for line in diff if line.startswith("+") and line[:3] != "+++"]
    mangled = name.rpartition(".")[2].rpartition("__mutmut_")[0]
    start = functions.get(mangled, 1)
    lines = (ROOT / source).read_text(encoding="utf-8").splitlines()
    line = next(
        (n for n in range(start, len(lines) + 1) if removed and lines[n - 1].strip() == removed[0]),
        start,
    )
    return f"{source}:{line}  {' / '.join(removed)}  ->  {' / '.join(added)}"


def figures(module: str) -> Figures:
    source = MODULES[module]
    meta = ROOT / "mutants" / f"{source}.meta"
    result = Figures(module)
    if not meta.exists():
        return result
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    functions = _function_lines(source)
    from mutmut.mutation.diff_apply import read_mutants_module

    listed = equivalents()
    mutants = read_mutants_module(source)
    for name, code in sorted(codes.items(), key=lambda kv: _mutant_order(kv[0])):
        status = _status(code)
        result.counts[status] = result.counts.get(status, 0) + 1
        if status in ("survived", "no tests"):
            text = _survivor(source, name, functions, mutants)
            original, mutated = _mutation(text)
            why = listed.get((module, f"{_function(name)}: {original} -> {mutated}"))
            if why is None and module in CASE_BLIND and original.lower() == mutated.lower():
                why = "letter case of DuckDB SQL or a DuckDB name"
            if why is not None and status == "survived":
                result.equivalent += 1
                status = f"equivalent: {why}"
            result.survivors.append(f"{text}  [{status}] ({_function(name)})")
    return result


def _mutant_order(name: str) -> tuple[str, int]:
    base, _, number = name.rpartition("__mutmut_")
    return base, int(number) if number.isdigit() else 0


def _unsettled(module: str, unrun: bool = False) -> list[str] | None:
    """The mutants of ``module`` not killed in the last run (None: no run yet); ``unrun``:
    only those not run yet (a changed function's, or those a stopped run did not reach). A
    kill stands while the function is unchanged (mutmut resets a changed function's results)."""
    meta = ROOT / "mutants" / f"{MODULES[module]}.meta"
    if not meta.exists():
        return None
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    if unrun:
        return [name for name, code in codes.items() if code is None]
    return [name for name, code in codes.items() if _status(code) not in ("killed", "timeout")]


def _refresh_data_files() -> None:
    """mutmut copies a file that is not Python (the .po catalog) into mutants/ once and never
    again; a stale catalog fails every test of a message translated since."""
    scratch = ROOT / "mutants"
    if not scratch.exists():
        return
    for path in (ROOT / "src").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc"):
            continue
        copy = scratch / path.relative_to(ROOT)
        if not copy.exists() or copy.stat().st_mtime != path.stat().st_mtime:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)


def run(modules: list[str], children: int, fresh: bool, unrun: bool) -> None:
    _refresh_data_files()
    for module in modules:
        pattern = f"{_dotted(MODULES[module])}.*"
        names = None if fresh else _unsettled(module, unrun)
        if names == []:
            continue
        print(f"==> mutmut run {pattern} ({len(names or [])} left or all)", flush=True)
        subprocess.run(
            [str(MUTMUT), "run", "--max-children", str(children), *(names or [pattern])],
            cwd=ROOT,
            check=False,
            # CI: Hypothesis's "ci" profile — no deadline (a loaded machine must not fail a
            # test, which would count as a kill) and the same examples every run
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "CI": "true"},
        )


def report(modules: list[str], goal: float) -> bool:
    below = False
    print(
        f"\n{'module':<10} {'mutants':>7} {'killed':>6} {'survived':>8} {'timeout':>7} "
        f"{'no tests':>8} {'kill rate':>9} {'equivalent':>10} {'score':>8}"
    )
    all_figures = [figures(module) for module in modules]
    for f in all_figures:
        c = f.counts
        print(
            f"{f.module:<10} {f.mutants:>7} {c.get('killed', 0):>6} {c.get('survived', 0):>8} "
            f"{c.get('timeout', 0):>7} {c.get('no tests', 0):>8} {f.kill_rate:>8.1%} "
            f"{f.equivalent:>10} {f.net_rate:>7.1%}"
        )
        below |= f.mutants > 0 and f.net_rate < goal
    for f in all_figures:
        if f.survivors:
            print(f"\nsurvivors in {f.module} ({len(f.survivors)}):")
            for line in f.survivors:
                print(f"  {line}")
    return not below


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", choices=sorted(MODULES))
    parser.add_argument("--report", action="store_true", help="print the last figures only")
    parser.add_argument("--fresh", action="store_true", help="re-run the killed mutants too")
    parser.add_argument(
        "--unrun",
        action="store_true",
        help="run only the mutants not run yet; the last run's survivors stand (when the tests "
        "that reach them have not changed)",
    )
    parser.add_argument("--children", type=int, default=2, help="mutants run at once")
    parser.add_argument("--goal", type=float, default=0.90)
    args = parser.parse_args()
    os.chdir(ROOT)  # mutmut reads pyproject.toml and mutants/ from the working directory
    modules = args.module or list(MODULES)
    if not args.report:
        run(modules, args.children, args.fresh, args.unrun)
    return 0 if report(modules, args.goal) else 1


if __name__ == "__main__":
    sys.exit(main())
