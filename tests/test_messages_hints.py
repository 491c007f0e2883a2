"""The hints that name the fix, and the traps of workbooks and CSV, in Indonesian too
(their English is in tests/test_fix_hints.py and tests/test_sheets*.py). The expected
Indonesian is written out here by hand, so a reader sees what the officer reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, check_text, edit

from smartcity_cli.messages import say


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        ("    status: running\n", "    status: berjalan\n", "tulis `running` (berjalan)"),
        ("    horizon: medium\n", "    horizon: pendek\n", "tulis `short` (pendek)"),
        ("    quick_win: true\n", "    quick_win: ya\n", "tulis `true` (ya)"),
        ("    progress: 40\n", "    progress: 70%\n",
         "tulis `70` (angka biasa: tanpa %, dan . untuk desimal)"),
        ("    progress: 40\n", "    progress: 70,5\n",
         "tulis `70.5` (angka biasa: tanpa %, dan . untuk desimal)"),
        ("    years: {start: 2019, end: 2023}\n", "    years: 2019-2023\n",
         "tulis `{start: 2019, end: 2023}`"),
        ("    progress: 40\n", "     progress: 40\n",
         "buat indentasinya 4 spasi, sama seperti entri di sebelahnya"),
    ],
)  # fmt: skip
def test_the_hint_names_the_fix_in_indonesian(old: str, new: str, hint: str) -> None:
    (finding,) = check_text(edit(old, new)).findings
    assert say(finding.hint, "id") == hint
    assert say(finding.hint, "en") == finding.hint  # English is the text itself
    assert say(finding.message, "id") != finding.message


def test_indentation_is_named_as_indentation_in_indonesian() -> None:
    (finding,) = check_text(edit("    progress: 40\n", "     progress: 40\n")).findings
    assert say(finding.message, "id") == (
        "baris ini menjorok 5 spasi, entri di atasnya (baris 35) 4 spasi: YAML membaca "
        "indentasi sebagai struktur"
    )


def _smartcity(*args: str, cwd: Path, env: dict[str, str] | None = None):
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)  # fmt: skip


def test_validate_speaks_the_language_asked_for(tmp_path: Path) -> None:
    (tmp_path / "contoh.yaml").write_text(edit("    status: running\n", "    status: berjalan\n"))
    indonesian = _smartcity("validate", "--lang", "id", "contoh.yaml", cwd=tmp_path)
    english = _smartcity("validate", "--lang", "en", "contoh.yaml", cwd=tmp_path)
    assert indonesian.returncode == english.returncode == 1
    assert indonesian.stdout == (
        "contoh.yaml:35:13: error [invalid-value] `berjalan` bukan salah satu dari: planned, "
        "running, completed, delayed, cancelled\n"
        "    saran: tulis `running` (berjalan)\n"
        "1 berkas diperiksa: 1 kesalahan, 0 peringatan\n"
    )
    assert english.stdout == (
        "contoh.yaml:35:13: error [invalid-value] `berjalan` is not one of: planned, "
        "running, completed, delayed, cancelled\n"
        "    hint: write `running` (berjalan)\n"
        "1 file checked: 1 error, 0 warnings\n"
    )


@pytest.mark.parametrize(
    ("environ", "plan_language", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "id", "1 berkas diperiksa"),  # the plan's language
        ({"LANG": "id_ID.UTF-8"}, "en", "1 file checked"),  # the plan's, over the locale
        ({"LANG": "id_ID.UTF-8", "SMARTCITY_LANG": "en"}, "id", "1 file checked"),
        ({"LANG": "en_US.UTF-8"}, None, "1 berkas diperiksa"),  # no `language:` means id
    ],
)
def test_the_language_is_chosen_as_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environ: dict[str, str],
    plan_language: str | None, expected: str,
) -> None:  # fmt: skip
    monkeypatch.delenv("SMARTCITY_LANG")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    text = MINIMAL if plan_language is None else f"language: {plan_language}\n" + MINIMAL
    (tmp_path / "contoh.yaml").write_text(text)
    import os

    run = _smartcity("validate", "contoh.yaml", cwd=tmp_path, env={**os.environ, **environ})
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1].startswith(expected), run.stdout  # the summary line


def test_set_refuses_an_invalid_change_in_indonesian(tmp_path: Path) -> None:
    plans = tmp_path / "masterplans"
    plans.mkdir()
    (plans / "contoh.yaml").write_text(MINIMAL)
    before = (plans / "contoh.yaml").read_bytes()
    run = _smartcity("set", "contoh", "GOV-01", "--progress", "50", "--lang", "id", cwd=tmp_path)
    assert run.returncode == 1
    assert "error [progress-status] program GOV-01 berstatus completed tetapi kemajuannya 50, " \
           "bukan 100" in run.stderr  # fmt: skip
    assert run.stderr.rstrip().endswith(
        "galat: perubahan ini akan menyisakan 1 kesalahan dalam rencana (ditunjukkan pada teks "
        "yang diubah, di atas); masterplans/contoh.yaml tidak diubah"
    )
    assert (plans / "contoh.yaml").read_bytes() == before


def test_a_csv_with_the_wrong_delimiter_is_named_in_indonesian(tmp_path: Path) -> None:
    plans = tmp_path / "masterplans"
    plans.mkdir()
    (plans / "contoh.yaml").write_text(MINIMAL)
    out = tmp_path / "csv"
    assert _smartcity("export", "contoh", "-f", "csv", "-o", str(out), cwd=tmp_path).returncode == 0
    programs = out / "programs.csv"
    programs.write_text(programs.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    run = _smartcity(
        "import", str(out), "--into", "contoh", "--delimiter", ",", "--lang", "id", cwd=tmp_path
    )
    assert run.returncode == 1
    assert "baris judul dibaca dengan pemisah" in run.stderr
    assert "masalah di lembar; tidak ada yang ditulis" in run.stderr
