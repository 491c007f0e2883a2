"""Write a finished document: atomically (temp file + rename), never over the plan it came from."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from smartcity_cli.errors import OutputError, UsageError
from smartcity_cli.messages import msg


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
        raise UsageError(msg("the output path contains a NUL character"))
    target = Path(output)
    for path in protect:
        if target.resolve() == path.resolve():
            raise UsageError(
                msg("refusing to write the report over its input plan {path}", path=path)
            )
    if target.is_dir():
        raise UsageError(msg("{output} is a directory; give a file name", output=output))
    if _is_special(target):  # /dev/null, a named pipe, /dev/stdout: write to it, never over it
        try:
            with target.open("wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise OutputError(
                msg("cannot write {output}: {value}", output=output, value=exc.strerror or exc)
            ) from None
        return
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(
            msg(
                "cannot write {output}: the directory {directory} does not exist",
                output=output,
                directory=directory,
            )
        )
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(
            msg("cannot write {output}: {value}", output=output, value=exc.strerror or exc)
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(
            msg("cannot write {output}: {value}", output=output, value=exc.strerror or exc)
        ) from None
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


def _is_special(target: Path) -> bool:
    """Whether ``target`` exists and is a device or pipe rather than a file to replace.

    Renaming a temporary file over /dev/null would replace the device with a regular file
    for every program on the machine (as root, that rename succeeds)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode)
