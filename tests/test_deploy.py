"""The single-file build and the wheelhouse (tools/build_dist.py), without network.

The built guide-tui.pyz itself is tested in tests/test_built_pyz.py, which runs when .ci/run
has built one (tools/ci_deploy.sh names it in $GUIDE_TUI_PYZ).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Dict, Optional

import platformdirs
import pytest

from guide_tui.cli import locate, pyz_unpack_folder, running_from_pyz

ROOT = Path(__file__).resolve().parent.parent


def _build_dist() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_dist", ROOT / "tools" / "build_dist.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_dist = _build_dist()


def _clean_env(home: Path, **extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHIV_", "XDG_", "GUIDE_TUI_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "AppData" / "Local"), **extra)
    return env


# -- where the pyz unpacks ---------------------------------------------------------------------


def test_the_unpack_folder_is_in_the_users_cache_unless_shiv_root_says_otherwise(monkeypatch, tmp_path):
    monkeypatch.delenv("SHIV_ROOT", raising=False)
    assert pyz_unpack_folder() == Path(platformdirs.user_cache_dir("guide-tui", appauthor=False)) / "pyz"
    monkeypatch.setenv("SHIV_ROOT", str(tmp_path))
    assert pyz_unpack_folder() == tmp_path


def test_locate_names_no_unpack_folder_when_not_run_from_a_pyz(capsys):
    assert not running_from_pyz()
    assert locate() == 0
    assert "guide-tui.pyz" not in capsys.readouterr().out


def _fake_pyz(path: Path) -> None:
    """A zip laid out like shiv's, with our launcher, platformdirs inside, and a _bootstrap that
    reports what the launcher left behind instead of unpacking."""
    report = (
        "import json, os, sys\n"
        "def bootstrap():\n"
        "    print(json.dumps({'root': os.environ.get('SHIV_ROOT'),\n"
        "        'platformdirs_left': any(m.split('.')[0] == 'platformdirs' for m in sys.modules),\n"
        "        'path_left': any('site-packages' in p and p.startswith(sys.argv[0]) for p in sys.path)}))\n"
    )
    source = Path(platformdirs.__file__).parent
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("__main__.py", build_dist.LAUNCHER)
        archive.writestr("_bootstrap/__init__.py", report)
        for file in source.rglob("*.py"):
            archive.write(file, f"site-packages/platformdirs/{file.relative_to(source).as_posix()}")


def _run_json(args: list, env: Dict[str, str], cwd: Path) -> Dict[str, object]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    data: Dict[str, object] = json.loads(result.stdout)
    return data


def test_the_launcher_unpacks_where_locate_says_and_leaves_nothing_behind(tmp_path):
    pyz = tmp_path / "guide-tui.pyz"
    _fake_pyz(pyz)
    home = tmp_path / "home"
    env = _clean_env(home)
    report = _run_json([sys.executable, str(pyz)], env, tmp_path)
    env["PYTHONPATH"] = str(ROOT)
    code = "import json; from guide_tui.cli import pyz_unpack_folder as f; print(json.dumps({'root': str(f())}))"
    expected = _run_json([sys.executable, "-c", code], env, tmp_path)
    assert report["root"] == expected["root"]
    assert str(report["root"]).startswith(str(home))
    assert report["platformdirs_left"] is False and report["path_left"] is False


def test_the_launcher_keeps_an_admins_shiv_root(tmp_path):
    pyz = tmp_path / "guide-tui.pyz"
    _fake_pyz(pyz)
    env = _clean_env(tmp_path / "home", SHIV_ROOT=str(tmp_path / "shared"))
    assert _run_json([sys.executable, str(pyz)], env, tmp_path)["root"] == str(tmp_path / "shared")


def test_replace_launcher_keeps_the_shebang_and_every_other_file(tmp_path):
    source, target = tmp_path / "shiv.pyz", tmp_path / "guide-tui.pyz"
    with source.open("wb") as stream:
        stream.write(b"#!/usr/bin/env python3\n")
        with zipfile.ZipFile(stream, "w") as archive:
            archive.writestr("__main__.py", "import _bootstrap\n_bootstrap.bootstrap()\n")
            archive.writestr("environment.json", json.dumps({"build_id": "0123456789abcdef" * 4, "root": None}))
            archive.writestr("site-packages/guide_tui/__init__.py", "")
    build_dist.replace_launcher(source, target)
    assert target.read_bytes().startswith(b"#!/usr/bin/env python3\n")
    with zipfile.ZipFile(target) as archive:
        assert archive.read("__main__.py").decode() == build_dist.LAUNCHER
        assert sorted(archive.namelist()) == ["__main__.py", "environment.json", "site-packages/guide_tui/__init__.py"]
        assert archive.testzip() is None
        assert json.loads(archive.read("environment.json")) == {"build_id": "0123456789abcdef", "root": None}


def test_replace_launcher_refuses_paths_too_long_for_windows(tmp_path):
    source = tmp_path / "shiv.pyz"
    long_name = "site-packages/guide_tui/bundled_content/nl/scenarios/" + "x" * 90 + ".toml"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("__main__.py", "")
        archive.writestr(long_name, "")
    with pytest.raises(SystemExit) as stop:
        build_dist.replace_launcher(source, tmp_path / "guide-tui.pyz")
    assert long_name in str(stop.value.code)


# -- the wheelhouse --------------------------------------------------------------------------


def _wheel(folder: Path, name: str, requires_python: Optional[str]) -> Path:
    path = folder / name
    distribution = "-".join(name.split("-")[:2])
    metadata = "Metadata-Version: 2.1\nName: x\nVersion: 1\n"
    if requires_python:
        metadata += f"Requires-Python: {requires_python}\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{distribution}.dist-info/METADATA", metadata)
    return path


def test_check_wheels_accepts_pure_wheels_for_the_oldest_python(tmp_path):
    build_dist.check_wheels(
        [_wheel(tmp_path, "a-1.0-py3-none-any.whl", ">=3.8"), _wheel(tmp_path, "b-1.0-py3-none-any.whl", None)]
    )


def test_check_wheels_refuses_compiled_wheels_and_ones_too_new_for_the_oldest_python(tmp_path, capsys):
    wheels = [
        _wheel(tmp_path, "a-1.0-py3-none-any.whl", ">=3.10"),
        _wheel(tmp_path, "b-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", None),
    ]
    with pytest.raises(SystemExit) as stop:
        build_dist.check_wheels(wheels)
    message = str(stop.value.code)
    assert "a-1.0-py3-none-any.whl: needs Python >=3.10" in message
    assert "b-1.0-cp311-cp311-manylinux_2_17_x86_64.whl: not a pure-Python wheel" in message
