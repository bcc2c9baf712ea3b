"""Build what an admin copies to a school or library computer.

    python tools/build_dist.py wheelhouse   # wheelhouse/: the guide and every dependency, as wheels
    python tools/build_dist.py pyz          # dist/guide-tui.pyz: one file, run with `python guide-tui.pyz`

Both hold only pure-Python wheels chosen for the oldest Python the guide supports (3.9), so the
same files serve Linux, macOS and Windows with Python 3.9 or newer. `pyz` builds a wheelhouse
first (in a temporary folder) unless given one with `--wheelhouse`, and then needs no network.

The pyz is made with shiv, which unpacks the program files on first start. Its own launcher is
replaced by one that unpacks into the user's cache folder (the one `guide-tui locate` names)
instead of ~/.shiv; $SHIV_ROOT, when set, still wins (an admin can unpack once to a read-only
folder for every account).
"""

from __future__ import annotations

import argparse
import email.parser
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
OLDEST_PYTHON = "3.9"
# Requirements named besides the guide's own (tomli is one of those on every Python now; its
# pure-Python files are what the portable wheelhouse and the pyz carry).
EXTRA_REQUIREMENTS: List[str] = []
# pip chooses wheels for the oldest Python, pure Python only: one set of files for every platform.
PORTABLE = [
    "--python-version",
    OLDEST_PYTHON,
    "--implementation",
    "py",
    "--abi",
    "none",
    "--platform",
    "any",
    "--only-binary=:all:",
]

LAUNCHER = """\
# -*- coding: utf-8 -*-
# guide-tui.pyz launcher (tools/build_dist.py): shiv unpacks the program files on first start;
# unpack them into the user's cache folder, the one `guide-tui locate` names, not ~/.shiv.
import os
import sys

if not os.environ.get("SHIV_ROOT"):
    sys.path.insert(0, os.path.join(os.path.abspath(sys.argv[0]), "site-packages"))
    try:
        import platformdirs

        os.environ["SHIV_ROOT"] = os.path.join(platformdirs.user_cache_dir("guide-tui", appauthor=False), "pyz")
    finally:
        del sys.path[0]
        for name in [name for name in sys.modules if name.split(".")[0] == "platformdirs"]:
            del sys.modules[name]

import _bootstrap  # noqa: E402

_bootstrap.bootstrap()
"""


def run(command: List[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def build_wheelhouse(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("guide_tui-*.whl"):
        old.unlink()
    pip = [sys.executable, "-m", "pip"]
    run(pip + ["wheel", "--no-deps", "--wheel-dir", str(folder), str(ROOT)])
    (wheel,) = folder.glob("guide_tui-*.whl")
    run(pip + ["download", "--dest", str(folder), *PORTABLE, str(wheel), *EXTRA_REQUIREMENTS, "pip"])
    # pipx first upgrades pip in its shared environment, from the same folder when offline, to
    # a pip newer than the oldest Python may run: add the newest pip as well (pip picks per Python).
    run(pip + ["download", "--dest", str(folder), "--only-binary=:all:", "--no-deps", "pip"])
    check_wheels(sorted(folder.glob("*.whl")))


def check_wheels(wheels: List[Path]) -> None:
    """Every wheel is pure Python and admits the oldest Python (a mirror without Requires-Python data
    can make pip pick a release that does not). pip itself may come in several releases, one per Python."""
    from pip._vendor.packaging.specifiers import SpecifierSet

    problems = []
    for wheel in wheels:
        if not wheel.name.endswith("-none-any.whl"):
            problems.append(f"{wheel.name}: not a pure-Python wheel")
            continue
        with zipfile.ZipFile(wheel) as archive:
            (metadata,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
            requires = email.parser.BytesParser().parsebytes(archive.read(metadata)).get("Requires-Python")
        if requires and not SpecifierSet(requires).contains(OLDEST_PYTHON + ".0") and not wheel.name.startswith("pip-"):
            problems.append(f"{wheel.name}: needs Python {requires}")
    if problems:
        sys.exit("wheels that will not run on every supported Python:\n  " + "\n  ".join(problems))


def build_pyz(output: Path, wheelhouse: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    shiv_output = output.with_name(output.name + ".shiv")
    run(
        [
            sys.executable,
            "-m",
            "shiv",
            "--entry-point",
            "guide_tui.cli:entry",
            "--output-file",
            str(shiv_output),
            "--python",
            "/usr/bin/env python3",
            "--reproducible",
            "--compile-pyc",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            *PORTABLE,
            "guide-tui",
            *EXTRA_REQUIREMENTS,
        ]
    )
    replace_launcher(shiv_output, output)
    shiv_output.unlink()


# Windows refuses paths over 260 characters unless long paths are switched on. The pyz unpacks to
# C:\Users\NAME\AppData\Local\guide-tui\Cache\pyz\guide-tui.pyz_BUILDID.tmp\ (about 110
# characters with a long user name and a 16-character build id), so every file inside it, and
# the .pyc Python makes of it, must fit in what is left.
BUILD_ID_LENGTH = 16
LONGEST_INSIDE = 140


def _unpacked_length(name: str) -> int:
    if not name.endswith(".py"):
        return len(name)
    folder, _, file = name.rpartition("/")
    return len(f"{folder}/__pycache__/{file[:-3]}.cpython-399.pyc")


def replace_launcher(source: Path, target: Path) -> None:
    """Copy shiv's archive with our __main__.py and a shorter build id (the first 16 characters of
    shiv's hash of the contents, which names the unpack folder); the shebang line is kept."""
    data = source.read_bytes()
    with zipfile.ZipFile(source) as archive:
        too_long = [info.filename for info in archive.infolist() if _unpacked_length(info.filename) > LONGEST_INSIDE]
        if too_long:
            sys.exit(f"paths too long for Windows once unpacked (shorten the file names): {', '.join(too_long)}")
        prefix = data[: min(info.header_offset for info in archive.infolist())]
        with target.open("wb") as stream:
            stream.write(prefix)
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as out:
                for info in archive.infolist():
                    content = archive.read(info)
                    if info.filename == "__main__.py":
                        content = LAUNCHER.encode()
                    elif info.filename == "environment.json":
                        environment = json.loads(content)
                        environment["build_id"] = environment["build_id"][:BUILD_ID_LENGTH]
                        content = json.dumps(environment).encode()
                    out.writestr(info, content)
    target.chmod(0o755)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    wheels = commands.add_parser("wheelhouse", help="write the guide, every dependency and pip (for pipx) as wheels")
    wheels.add_argument("--output", type=Path, default=ROOT / "wheelhouse")
    pyz = commands.add_parser("pyz", help="build the single-file guide-tui.pyz")
    pyz.add_argument("--output", type=Path, default=ROOT / "dist" / "guide-tui.pyz")
    pyz.add_argument("--wheelhouse", type=Path, help="take the wheels from here (no network); default: build them")
    options = parser.parse_args()
    if options.command == "wheelhouse":
        build_wheelhouse(options.output)
        print(f"wheelhouse: {options.output}")
        return
    if options.wheelhouse:
        check_wheels(sorted(options.wheelhouse.glob("*.whl")))
        build_pyz(options.output, options.wheelhouse)
    else:
        with tempfile.TemporaryDirectory() as temporary:
            build_wheelhouse(Path(temporary))
            build_pyz(options.output, Path(temporary))
    print(f"{options.output}: {options.output.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
