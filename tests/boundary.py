"""The import boundary between limner's core and its plugins.

- A plugin (``plugins/limner_*``) imports from limner only ``limner`` and
  ``limner.testing`` (the public API), and no other plugin.
- The core (``src/limner``) imports no plugin.

Run as a script (the tox ``lint`` env) it prints every violation and exits 1;
``tests/core/test_boundary.py`` runs the same check in the test suite.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = {"limner", "limner.testing"}


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            if node.module == "limner":
                for alias in node.names:
                    yield node.lineno, f"limner.{alias.name}"


def violations(root: Path = ROOT) -> list[str]:
    out: list[str] = []
    plugins = sorted(p for p in (root / "plugins").glob("limner_*") if p.is_dir())
    names = {p.name for p in plugins}
    for plugin in plugins:
        for path in plugin.rglob("*.py"):
            for line, module in _imports(path):
                top = module.split(".")[0]
                where = f"{path.relative_to(root)}:{line}"
                if top == "limner" and module not in PUBLIC and not _is_public_name(module):
                    out.append(f"{where}: imports {module}, not limner's public API")
                if top in names and top != plugin.name:
                    out.append(f"{where}: imports another plugin, {top}")
    for path in (root / "src" / "limner").rglob("*.py"):
        for line, module in _imports(path):
            if module.split(".")[0].startswith("limner_"):
                out.append(f"{path.relative_to(root)}:{line}: the core imports plugin {module}")
    return out


def _is_public_name(module: str) -> bool:
    """``from limner import Annotation`` yields ``limner.Annotation``: public if exported
    (in ``__all__`` of ``src/limner/__init__.py``, read from its source: the ``lint``
    env that runs this script installs no dependency of limner, so cannot import it)."""
    head, _, name = module.rpartition(".")
    if head != "limner":
        return False
    return name in _exported() or name == "testing"


def _exported() -> set[str]:
    tree = ast.parse((ROOT / "src" / "limner" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                assert node.value is not None
                return set(ast.literal_eval(node.value))
    raise SystemExit("src/limner/__init__.py holds no __all__ of literal names")


if __name__ == "__main__":
    found = violations()
    for v in found:
        print(v)
    print(f"import boundary: {len(found)} violation(s)")
    sys.exit(1 if found else 0)
