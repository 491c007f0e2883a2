"""Write a finished document: atomically (temp file + rename), never over the plan it came from."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from smartcity_cli.errors import OutputError, UsageError


def write_document(text: str, output: str, *, protect: tuple[Path, ...] = ()) -> None:
    """Write text (UTF-8) to ``output``; see write_bytes."""
    if output == "-":
        sys.stdout.write(text)
        return
    write_bytes(text.encode("utf-8"), output, protect=protect)


def write_bytes(data: bytes, output: str, *, protect: tuple[Path, ...] = ()) -> None:
    """Write ``data`` to the file ``output``.

    The text is written to a temporary file beside the target and renamed over it, so a
    reader never sees half a file and a failure leaves nothing behind. A symlink at the
    target is replaced, not written through. ``protect`` lists input files that must never
    be overwritten.
    """
    if "\x00" in output:
        raise UsageError("the output path contains a NUL character")
    target = Path(output)
    for path in protect:
        if target.resolve() == path.resolve():
            raise UsageError(f"refusing to write the report over its input plan {path}")
    if target.is_dir():
        raise UsageError(f"{output} is a directory; give a file name")
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"cannot write {output}: the directory {directory} does not exist")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """A rewritten file keeps its mode; a new one gets 0666 less the umask, as `>` would."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        from smartcity_cli.atomic_write import umask_mode

        return umask_mode()
