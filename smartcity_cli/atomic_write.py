"""Replace a plan file with its edited text: atomically, only if nobody changed it meanwhile,
keeping its mode, owner and group.

Two edits of the same plan at the same time (two `set` or `import` processes, an editor)
must never lose one silently. The writer holds an exclusive lock on the plan file while it
compares the file's bytes with the bytes its edit started from and renames the new text
over it; when they differ, PlanChangedError says so and nothing is written, and the caller
redoes its edit on the new text. A plan that is read-only or hard-linked is refused
before anything is written: an atomic rename would silently drop the read-only mode or
split the link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from smartcity_cli.errors import OutputError, SmartcityError
from smartcity_cli.messages import msg

try:
    import fcntl
except ImportError:  # Windows: the comparison still runs, without the lock
    fcntl = None  # type: ignore[assignment]

LOCK_TIMEOUT = 60.0  # seconds to wait for another process's write to finish


class PlanChangedError(SmartcityError):
    """The plan file changed between reading it and writing the edit."""


def writable_target(path: Path) -> Path:
    """The file to replace; refuses read-only and hard-linked plans.

    A symlink is replaced by the edited file, never written through: its target may be
    outside the plans directory (tests/test_hostile.py).
    """
    target = path
    try:
        info = os.stat(target)
    except OSError as exc:
        raise OutputError(
            msg("cannot write {path}: {value}", path=path, value=exc.strerror or exc)
        ) from None
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(
            msg(
                "{path} is read-only (mode {filemode}); nothing was written. Make it writable (chmod u+w) if the edit is meant",
                path=path,
                filemode=stat.filemode(info.st_mode),
            )
        )
    if info.st_nlink > 1:
        raise OutputError(
            msg(
                "{path} has {st_nlink} hard links; rewriting it would split them, so nothing was written. Edit the linked file by hand, or replace the links with one file (or symlinks) first",
                path=path,
                st_nlink=info.st_nlink,
            )
        )
    return target


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[int]:
    """A read descriptor of the current file at ``target``, exclusively locked."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        fd = os.open(target, os.O_RDONLY)
        try:
            if fcntl is not None:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() > deadline:
                            raise PlanChangedError(
                                msg(
                                    "{target}: another process has been writing it for {LOCK_TIMEOUT:.0f} s; nothing was written",
                                    target=target,
                                    LOCK_TIMEOUT=LOCK_TIMEOUT,
                                )
                            ) from None
                        time.sleep(0.01)
            if os.stat(target).st_ino == os.fstat(fd).st_ino:
                yield fd
                return
        finally:
            os.close(fd)  # closing releases the lock
        # the file was replaced while we waited for its lock: lock the new one


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def replace_if_unchanged(path: Path, data: bytes, *, expected: bytes) -> list[str]:
    """Write ``data`` over the plan at ``path`` if it still holds ``expected``.

    Returns notes for the user (an owner that could not be kept); raises PlanChangedError
    when the file changed, OutputError when it cannot be written.
    """
    target = writable_target(path)
    info = os.stat(target)
    notes: list[str] = []
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(
            msg("cannot write {path}: {value}", path=path, value=exc.strerror or exc)
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(info.st_mode))
        notes += _keep_owner(temp, info, path)
        with _locked(target) as locked:
            if _read_all(locked) != expected:
                raise PlanChangedError(
                    msg(
                        "{path} changed while this edit was being made (another `set` or `import`, or an editor); nothing was written",
                        path=path,
                    )
                )
            os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(
            msg("cannot write {path}: {value}", path=path, value=exc.strerror or exc)
        ) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return notes


def _keep_owner(temp: str, info: os.stat_result, path: Path) -> list[str]:
    if not hasattr(os, "chown"):
        return []
    try:
        os.chown(temp, info.st_uid, info.st_gid)
        return []
    except PermissionError:
        pass
    try:
        os.chown(temp, -1, info.st_gid)
    except PermissionError:
        return [
            msg("{path}: owner and group could not be kept (only root or the owner can)", path=path)
        ]
    return [msg("{path}: its owner is now you (only root can keep another user's ownership)",
                path=path)]  # fmt: skip


def umask_mode(base: int = 0o666) -> int:
    """The mode a new file gets under the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask
