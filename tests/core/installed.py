"""Real plugin packages, built and installed with pip into a folder of their own.

``install(root, *packages)`` pip-installs the package folders into
``root/site`` and returns the environment that puts them on the path, as if
they were installed beside limner; ``run(env, ...)`` runs Python in it.  The
guide's example (``test_third_party.py``), the faulty plugins
(``test_faults.py``) and the plugin that ``limner new-plugin`` writes are
all installed this way.  ``entry_points_of(...)`` is the light form: plugin modules
written as files and made limner's installed entry points for one test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def install(root: Path, *packages: Path) -> dict[str, str]:
    """Install ``packages`` (folders with a pyproject.toml) under ``root``; their environment."""
    site = root / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            *map(str, packages),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"pip could not install {', '.join(map(str, packages))}:\n{proc.stderr[-2000:]}"
        )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    env.pop("LIMNER_PLUGINS", None)
    env.pop("LIMNER_DISABLE_PLUGINS", None)
    return env


def run(
    env: dict[str, str], *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python *args`` in ``env``."""
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def entry_points_of(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modules: dict[str, str],
    entries: list[tuple[str, str]],
) -> None:
    """Write each ``module: source`` of ``modules`` under ``tmp_path`` and make ``entries``
    (``(entry point name, module)``) limner's only installed plugins for the test, with no
    plugin named or disabled in the environment."""
    from importlib.metadata import EntryPoint

    import limner.plugins

    for module, source in modules.items():
        (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
    eps = [EntryPoint(name, module, "limner") for name, module in entries]
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(limner.plugins, "entry_points", lambda group: eps)
    # the classes documents load with are those of the installed plugins, made once a
    # process: made under these entry points, they are this test's alone
    monkeypatch.setattr(limner.plugins, "_default_kinds", None)
    monkeypatch.delenv("LIMNER_PLUGINS", raising=False)
    monkeypatch.delenv("LIMNER_DISABLE_PLUGINS", raising=False)
