"""The packaged program (``make package``) runs on a machine without Python.

Building takes about half a minute, so ``make test`` skips this file;
``make package-test`` builds dist/ltv-desktop/ and runs it with
RUN_PACKAGE_TEST=1, and CI (.ci/run) runs ``make package-test``. Run by hand,
with RUN_PACKAGE_TEST=1, the tests rebuild the bundle first when any source is
newer than it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "ltv-desktop"
PROGRAM_NAME = "ltv-desktop.exe" if sys.platform == "win32" else "ltv-desktop"
DEMO = ROOT / "resources" / "demo.xlsx"
SOURCES = (ROOT / "ltv_desktop", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml")
# 257 MB on Linux today: ICU 39 MB, numpy and OpenBLAS 43 MB, Qt 95 MB, and scipy 64 MB
# for the forecast (optimize, special and what they import: linalg, sparse, spatial, fft,
# with scipy's own OpenBLAS and gfortran, 30 MB). A jump past this means a Qt module or
# plugin, or a scipy package the app does not use, came back.
MAX_BUNDLE_MB = 280
# What Qt's offscreen platform says about calls it cannot honour; anything else
# on stderr (a plugin that did not load, a traceback) is a defect of the bundle.
HARMLESS_STDERR = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("RUN_PACKAGE_TEST") != "1",
        reason="builds the packaged program: run `make package-test`",
    ),
]


def _newest_source() -> float:
    newest = 0.0
    for source in SOURCES:
        files = [source] if source.is_file() else source.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/ltv-desktop, built now unless it is newer than every source."""
    program = BUNDLE / PROGRAM_NAME
    if not program.is_file() or program.stat().st_mtime < _newest_source():
        subprocess.run(["make", "package"], cwd=ROOT, check=True, timeout=1800)
    assert program.is_file()
    return BUNDLE


def _without_python(tmp_path: Path) -> dict[str, str]:
    """An environment like a fresh desktop session: no virtualenv, no Python paths.

    PYTHONHOME and PYTHONPATH point nowhere: a program that leaned on an installed
    Python would fail to find its standard library.
    """
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(exist_ok=True)
    runtime.chmod(0o700)
    venv = Path(sys.prefix).resolve()
    path = [
        entry
        for entry in ("/usr/local/bin", "/usr/bin", "/bin")
        if not Path(entry).resolve().is_relative_to(venv)
    ]
    return {
        "PATH": os.pathsep.join(path),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "LTV_DESKTOP_DATA": str(tmp_path / "data"),
        "PYTHONHOME": str(tmp_path / "no-python"),
        "PYTHONPATH": str(tmp_path / "no-python"),
    }


def _smoke(program: Path, workbook: Path, env: dict[str, str]) -> dict:
    """Run ``program --smoke workbook``; return its JSON report after checking it ended well."""
    done = subprocess.run(
        [str(program), "--smoke", str(workbook)],
        cwd=env["HOME"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    unexpected = [
        line for line in done.stderr.splitlines() if line.strip() and line not in HARMLESS_STDERR
    ]
    assert not unexpected, "\n".join(unexpected)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _expected_totals(workbook: Path) -> dict:
    """What the development build's command line computes for the same workbook."""
    done = subprocess.run(
        [sys.executable, "-m", "ltv_desktop.cli", "compute", str(workbook), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)["totals"]


def test_the_program_opens_a_workbook_computes_and_exits_without_python(bundle, tmp_path):
    # A copy elsewhere: nothing may point back into the build tree or the virtualenv.
    program_dir = tmp_path / "elsewhere" / "ltv-desktop"
    shutil.copytree(bundle, program_dir, symlinks=True)
    workbook = tmp_path / "Stiwdio Golau – clients.xlsx"  # a space and a dash, as people name files
    shutil.copyfile(DEMO, workbook)

    report = _smoke(program_dir / PROGRAM_NAME, workbook, _without_python(tmp_path))

    assert report["opened"] is True
    assert report["forecast_usable"] is True  # scipy's fits work with its unused parts left out
    expected = _expected_totals(DEMO)
    assert report["totals"]["clients"] == expected["clients"] > 0
    for key in ("revenue", "lifetime_value", "client_base_total", "net"):
        assert report["totals"][key] == pytest.approx(expected[key], abs=0.01), key


def test_the_program_reports_a_file_it_cannot_open(bundle, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    done = subprocess.run(
        [str(bundle / PROGRAM_NAME), "--smoke", str(broken)],
        env=_without_python(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1
    assert "broken.xlsx" in done.stderr
    assert "Traceback" not in done.stderr


def _files(folder: Path) -> list[str]:
    return [path.relative_to(folder).as_posix() for path in folder.rglob("*")]


def test_the_bundle_holds_what_the_app_uses_and_no_more(bundle):
    files = _files(bundle)
    names = " ".join(files).lower()
    unused_qt = ("webengine", "qt6quick", "qt6qml", "qt6pdf", "qt6network", "qt63d", "multimedia")
    for unused in unused_qt:
        assert unused not in names, f"{unused} is in the bundle"
    # The window icon: the SVG and Qt's svg icon engine to draw it, PNGs at every size.
    assert any(name.endswith("resources/icons/ltv-desktop.svg") for name in files)
    assert any("iconengines/" in name and "qsvgicon" in name for name in files)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert any(name.endswith(f"hicolor/{size}x{size}/apps/ltv-desktop.png") for name in files)
    assert any(name.endswith("resources/demo.xlsx") for name in files)
    if sys.platform.startswith("linux"):
        for platform in ("qxcb", "qwayland", "qoffscreen"):
            assert any(f"platforms/lib{platform}." in name for name in files), platform
        dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
        assert not dangling, dangling
    files_only = (p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    size_mb = sum(p.stat().st_size for p in files_only) / 1e6
    assert size_mb < MAX_BUNDLE_MB, f"the bundle weighs {size_mb:.0f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_script_puts_the_program_in_the_menu_and_removes_it_again(bundle, tmp_path):
    prefix = tmp_path / "local"
    env = _without_python(tmp_path)
    env["PREFIX"] = str(prefix)

    def install(*args: str) -> str:
        done = subprocess.run(
            ["sh", str(bundle / "install.sh"), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    install()
    entry = prefix / "share" / "applications" / "ltv-desktop.desktop"
    program = prefix / "opt" / "ltv-desktop" / "ltv-desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in text
    assert "MimeType=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;" in text
    for size in (16, 32, 48, 256, 512):
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/ltv-desktop.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/ltv-desktop.svg").is_file()
    assert (prefix / "share/metainfo/io.github.ltvdesktop.LTVDesktop.metainfo.xml").is_file()
    assert not (prefix / "opt" / "ltv-desktop" / "install.sh").exists()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert validated.returncode == 0, validated.stdout + validated.stderr

    # Started the way a terminal user would: through the link in $PREFIX/bin.
    report = _smoke(prefix / "bin" / "ltv-desktop", DEMO, env)
    assert report["opened"] is True

    install()  # installing again updates in place
    install("--uninstall")
    # What is left is the desktop's own caches (update-desktop-database's mimeinfo.cache).
    left = [
        name
        for name in _files(prefix)
        if not (prefix / name).is_dir() and not name.endswith(".cache")
    ]
    assert left == []
