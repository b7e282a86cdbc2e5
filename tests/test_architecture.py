"""The walls of the house (DESIGN.md §3): what may import what, checked from the source.

* The terminal runtime (`kiosk`, with `printout` and `assets`, which it ships with) imports
  nothing of the reference backend or the testbed, not even inside a function: a terminal
  installs without them. Checked twice: by reading every import statement, and by
  importing every runtime module in a fresh interpreter where those packages (and the
  server's libraries) cannot be imported at all.
* Nothing imports in a circle, counting function-local imports: a cycle hidden behind a
  local import is still a cycle in the design.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kiosk", "printout", "assets", "backend", "testbed")
RUNTIME = ("kiosk", "printout", "assets")
# Never on a terminal: our server and testbed, and the libraries only they use.
FORBIDDEN_ON_TERMINAL = ("backend", "testbed", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic",
                         "cryptography", "asn1crypto", "psycopg")


def modules(package: str) -> Iterator[tuple[str, Path]]:
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


ALL_MODULES = {name: path for package in PACKAGES for name, path in modules(package)}


def imported_names(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """Every module an import statement in the file names (anywhere in it), with its line."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                parent = ".".join(base + ([node.module] if node.module else []))
            else:
                parent = node.module or ""
            for alias in node.names:
                candidate = f"{parent}.{alias.name}"
                yield (candidate if candidate in ALL_MODULES else parent), node.lineno


def test_the_terminal_runtime_names_nothing_of_the_server_or_the_testbed() -> None:
    offences = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for package in RUNTIME for name, path in modules(package)
        for target, line in imported_names(name, path)
        if target.split(".")[0] in FORBIDDEN_ON_TERMINAL
    ]
    assert offences == []


_BLOCKER = """
import importlib.abc, importlib.util, pkgutil, sys
BLOCKED = {blocked!r}

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in BLOCKED:
            raise ImportError(f"{{fullname}} is not installed on a terminal")
        return None

sys.meta_path.insert(0, Blocker())
import kiosk, printout, assets
names = []
for package in (kiosk, printout, assets):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
for name in names:
    __import__(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(len(names), "modules;", "leaked:", leaked)
assert not leaked, leaked
"""


def test_every_runtime_module_imports_without_the_server_and_the_testbed() -> None:
    code = _BLOCKER.format(blocked=set(FORBIDDEN_ON_TERMINAL))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "leaked: []" in result.stdout


def import_graph() -> dict[str, set[str]]:
    return {name: {target for target, _line in imported_names(name, path) if target in ALL_MODULES and target != name}
            for name, path in ALL_MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_nothing_imports_in_a_circle() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
])
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(graph) == expected
