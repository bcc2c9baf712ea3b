#!/usr/bin/env bash
# CI for school and library computers (issue 15), called at the end of .ci/run inside its .venv:
#   1. the wheelhouse (guide + every dependency, pure-Python wheels for Python 3.9+) and the
#      single-file dist/guide-tui.pyz built from it;
#   2. the pyz: --version, check, locate, a headless start (tests/test_deploy.py with $GUIDE_TUI_PYZ);
#   3. the wheelhouse installs with --no-index into a fresh venv, and with pipx;
#   4. the oldest and the newest Python on this machine (3.9 or newer, besides the default one):
#      the pyz runs, the wheelhouse installs offline, and the content and command-line tests pass.
# Other Pythons: GUIDE_TUI_PYTHONS="python3.9 /opt/py313/bin/python" (default: found on PATH and
# in ~/.pyenv/versions).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }

python -m pip install -q ".[deploy]"

# The wheels for every Python come from the package index itself: a local mirror whose pages carry
# no Requires-Python (like this machine's /opt/pypi) offers releases Python 3.9 cannot run, and
# build_dist.py refuses those. PIP_CONFIG_FILE=/dev/null skips such configured mirrors.
step "wheelhouse and dist/guide-tui.pyz"
PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS="" PIP_EXTRA_INDEX_URL="" \
    python tools/build_dist.py wheelhouse --output "$work/wheelhouse"
python tools/build_dist.py pyz --wheelhouse "$work/wheelhouse" --output dist/guide-tui.pyz
ls -l dist/guide-tui.pyz "$work/wheelhouse"

step "the pyz (default Python: $(python --version))"
home="$work/home"
mkdir -p "$home"
HOME="$home" python dist/guide-tui.pyz --version
HOME="$home" python dist/guide-tui.pyz check | tail -n 1
GUIDE_TUI_PYZ=dist/guide-tui.pyz python -m pytest -q tests/test_deploy.py tests/test_portability.py tests/test_built_pyz.py

step "the wheelhouse installs offline into a fresh venv, and with pipx"
python -m venv "$work/offline"
"$work/offline/bin/python" -m pip install -q --no-index --find-links "$work/wheelhouse" guide-tui
(cd "$work" && HOME="$home" "$work/offline/bin/guide-tui" --version && HOME="$home" "$work/offline/bin/guide-tui" check | tail -n 1)
PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/pipx/bin" PIPX_MAN_DIR="$work/pipx/man" \
    python -m pipx install -q --pip-args="--no-index --find-links $work/wheelhouse" guide-tui
"$work/pipx/bin/guide-tui" --version

step "the oldest and the newest Python"
# shellcheck disable=SC2086
candidates=${GUIDE_TUI_PYTHONS:-$(ls /usr/bin/python3.* /usr/local/bin/python3.* "$HOME"/.pyenv/versions/*/bin/python 2>/dev/null || true)}
default=$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')
found=""
for candidate in $candidates; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -c 'import sys; print("%d.%02d" % sys.version_info[:2])' 2>/dev/null) || continue
    # 3.09 and newer, written so that they sort as text
    if [[ "$version" > "3.08" ]]; then found="$found$version $candidate"$'\n'; fi
done
found=$(printf '%s' "$found" | sort -u -k1,1)
oldest=$(printf '%s\n' "$found" | head -n 1)
newest=$(printf '%s\n' "$found" | tail -n 1)
for pick in "$oldest" "$newest"; do
    [ -n "$pick" ] || continue
    version=${pick%% *}
    interpreter=${pick#* }
    dotted="${version%%.*}.$((10#${version#*.}))"
    if [ "$dotted" = "$default" ]; then
        echo "Python $dotted is the default one: tested above"
        continue
    fi
    step "Python $dotted ($interpreter)"
    HOME="$home" "$interpreter" dist/guide-tui.pyz --version
    venv="$work/py$dotted"
    "$interpreter" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --no-index --find-links "$work/wheelhouse" guide-tui
    (cd "$work" && HOME="$home" "$venv/bin/guide-tui" check | tail -n 1)
    # The tests need pytest and its plugins from the index (see above for PIP_CONFIG_FILE).
    wheel=$(ls "$work"/wheelhouse/guide_tui-*.whl)
    PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS="" PIP_EXTRA_INDEX_URL="" \
        "$venv/bin/python" -m pip install -q "$wheel[test]"
    GUIDE_TUI_PYZ=dist/guide-tui.pyz "$venv/bin/python" -m pytest -q \
        tests/content tests/test_settings.py tests/test_help_card.py tests/test_installed.py \
        tests/test_deploy.py tests/test_portability.py
    if [ "$oldest" = "$newest" ]; then break; fi
done
[ -n "$found" ] || echo "no other Python 3.9+ found: only the default one was tested"
