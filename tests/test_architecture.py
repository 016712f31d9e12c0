"""The rooms of the house, from its imports (function-level ones included): one direction
(tests -> localscw -> ops -> stacks -> imports), no cycle, and the local Scaleway's
enforcement judging by rules of its own, reaching nothing of the operator's code."""

import ast
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
