"""Writing a document to a device or pipe writes into it; it never replaces it.

Found when `report -o /dev/null` (as root) renamed a regular file over /dev/null and broke
every program on the machine. A named pipe stands in for the device here, so that a
regression breaks this test and not the machine running it.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from smartcity_cli.output import write_document


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "out"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_document("Realisasi program 70,73%\n", str(pipe))
    reader.join(timeout=10)
    assert received == [b"Realisasi program 70,73%\n"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left beside it


def test_a_regular_file_is_still_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old\n")
    write_document("new\n", str(target))
    assert target.read_text() == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
