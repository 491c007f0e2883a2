"""The terminal report lists at most --rows programmes a list, and says how many more."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO


def _report(*options: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "smartcity_cli", "report", "padang", "--as-of", "2024-11-13",
         "--lang", "id", *options],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    return run.stdout


def _overdue_rows(text: str) -> list[str]:
    section = text.split("Program melewati jadwal: ", 1)[1]
    return re.findall(r"^ (?:[A-Z]+-\d+)\s", section, flags=re.M)


def test_a_long_list_stops_at_rows_and_says_how_many_more() -> None:
    everything = _report("--rows", "0")
    total = len(_overdue_rows(everything))
    assert total == 21 and "program lainnya" not in everything
    cut = _report("--rows", "5")
    assert len(_overdue_rows(cut)) == 5
    assert f"… dan {total - 5} program lainnya; --rows 0 menampilkan semuanya" in cut


def test_the_default_shows_every_row_of_the_sample_plans() -> None:
    assert _report() == _report("--rows", "0")  # 50 rows: no sample plan has more
