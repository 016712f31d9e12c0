"""The rooms of the house, from its imports (function-level ones included): one direction
(tests -> localscw -> ops -> stacks -> imports), no cycle, and the local Scaleway's
enforcement judging by rules of its own, reaching nothing of the operator's code."""

import ast
import re
from collections import defaultdict
from functools import cache

from ops.checkout import ROOT

PACKAGES = ("stacks", "ops", "localscw")


@cache
def graph() -> dict[str, set[str]]:
    """Module -> the project's modules it imports."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "__pycache__" not in path.parts:
                name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                modules[name] = path
    found: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            found[name] |= {target for target in targets if target in modules and target != name}
    return {name: found[name] for name in modules}


def reached(module: str) -> set[str]:
    seen, todo = set(), [module]
    while todo:
        for target in graph()[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_imports_go_one_way():
    for module, targets in graph().items():
        package = module.split(".")[0]
        below = PACKAGES[: PACKAGES.index(package)]  # stacks < ops < localscw
        upward = sorted(t for t in targets if t.split(".")[0] in PACKAGES and t.split(".")[0] not in (package, *below))
        assert upward == [], f"{module} imports upward: {upward}"


def test_no_module_imports_itself_back():
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in graph()[module]:
            assert state.get(target) != 1, " -> ".join([*path[path.index(target) :], target]) if target in path else target
            if not state.get(target):
                visit(target, [*path, target])
        state[module] = 2

    for module in graph():
        if not state.get(module):
            visit(module, [module])


def test_the_local_scaleways_enforcement_reaches_nothing_of_the_operators_code():
    for module in ("localscw.gateway", "localscw.objectstorage.rules", "localscw.objectstorage.operations"):
        assert not [m for m in reached(module) if m.startswith("ops")], module


def test_the_operators_code_never_reaches_the_local_scaleway():
    for module in graph():
        if module.startswith(("ops", "stacks")):
            assert not [m for m in reached(module) if m.startswith("localscw")], module


# ops/ in four floors: what every command shares (the modules at its top), the Scaleway
# clients, one stack's commands, the factory and the access report; `python -m ops` on them.
OPS_FLOORS = {"ops.scaleway": 2, "ops.stack": 3, "ops.factory": 4, "ops.access": 4}


def ops_floor(module: str) -> int:
    return OPS_FLOORS.get(".".join(module.split(".")[:2]), 1)


def test_ops_is_four_floors_each_importing_only_its_own_or_lower_ones():
    assert max(ops_floor(module) for module in graph() if module.startswith("ops.")) == 4
    for module, targets in graph().items():
        if module.startswith("ops") and module != "ops.__main__":
            higher = sorted(t for t in targets if t.startswith("ops") and ops_floor(t) > ops_floor(module))
            assert higher == [], f"{module} (floor {ops_floor(module)}) imports a higher floor: {higher}"


def test_the_architecture_doc_names_modules_that_exist():
    text = (ROOT / "docs" / "architecture.md").read_text()
    named = set(re.findall(r"\b((?:stacks|ops|localscw|tests)/[\w/]+\.py)\b", text))
    assert len(named) >= 8 and sorted(path for path in named if not (ROOT / path).is_file()) == []
    modules = {name.rsplit(".", 1)[-1] for name in graph()}
    for listed in re.findall(r"`(\w+)\.py`", text):  # the floors' and rooms' modules, named alone
        assert listed in modules or listed == "__main__", listed
