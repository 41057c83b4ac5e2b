"""Where the tests' data lives: inside the repository, so a bare clone runs the suite.
``tests/data/README.md`` says where each file came from."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SURVEILLANCE = DATA / "surveillance"
EVAL = DATA / "eval"
# The seed plan documents are the demo's bundled texts: one copy in the repository.
SEEDS = sorted((ROOT / "src" / "healthplan" / "demo" / "data").glob("*.txt"))
