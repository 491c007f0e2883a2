"""Find plan files: a slug in the plans directory, or the YAML files of given paths.

A plan must live where it is found: a symbolic link that leads out of its directory (to
``/etc/...`` or a home directory, planted in a cloned repository) is refused, so that its
target is never read nor shown.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from smartcity_cli.errors import UsageError
from smartcity_cli.messages import msg
from smartcity_cli.textsafe import elide

DEFAULT_DIR = Path("masterplans")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SUFFIXES = (".yaml", ".yml")


def plans_directory(given: Path = DEFAULT_DIR) -> Path:
    """``--dir`` as given; for the default, the plans directory of the repository found by
    walking up from the working directory (its configuration's ``dir``), like git."""
    if given != DEFAULT_DIR:
        return given
    from smartcity_cli.config import current_config

    return current_config().plans_dir


def no_plans_dir_hint(plans_dir: Path) -> str:
    """The one message every command gives when there is no plans directory."""
    return (
        f"there is no {plans_dir}/ here or in any directory above; "
        "run from your plans repository (or below it), or pass --dir"
    )


def require_plans_dir(plans_dir: Path) -> Path:
    if not plans_dir.is_dir():
        raise UsageError(no_plans_dir_hint(plans_dir))
    return plans_dir


def resolve_plan(name: str, plans_dir: Path = DEFAULT_DIR) -> Path:
    """The file of a plan named by slug (``padang-panjang``) or by path (``x/palu.yaml``)."""
    plans_dir = plans_directory(plans_dir)
    if "\x00" in name:
        raise UsageError(msg("a plan name cannot contain a NUL character"))
    if name.endswith(_SUFFIXES):  # a path; anything else must be a slug, so
        # `../../etc/passwd` is refused rather than read
        path = Path(name)
        if not is_file(path):
            raise UsageError(msg("{elide}: no such file", elide=elide(name)))
        return inside(path, path.parent)
    if not _SLUG.fullmatch(name):
        raise UsageError(
            msg(
                "`{elide}` is not a plan slug (lower-case words joined by '-', e.g. padang-panjang) nor a .yaml file",
                elide=elide(name),
            )
        )
    for suffix in _SUFFIXES:
        path = plans_dir / f"{name}{suffix}"
        if is_file(path):
            return inside(path, plans_dir)
    known = sorted(p.stem for p in _yaml_files(plans_dir)) if plans_dir.is_dir() else []
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        hint = msg("; did you mean `{close}`?", close=close[0])
    elif known:
        hint = msg("; plans there: {plans}", plans=", ".join(known))
    elif not plans_dir.is_dir():
        hint = msg(" ({no_plans_dir_hint})", no_plans_dir_hint=no_plans_dir_hint(plans_dir))
    else:
        hint = msg("")
    raise UsageError(
        msg(
            "no plan `{elide}` in {plans_dir}/{hint}",
            elide=elide(name),
            plans_dir=plans_dir,
            hint=hint,
        )
    )


def plan_files(paths: list[Path], *, missing_ok: bool = False) -> list[Path]:
    """The YAML files named by ``paths``: files as given, directories' *.yaml/*.yml sorted.

    With ``missing_ok`` a path that does not exist is kept in its place, for the caller to
    report beside the other files (`validate` does: a file-unreadable finding, exit 2).
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = _yaml_files(path)
            if not found:
                raise UsageError(msg("{path}: no .yaml or .yml files in this directory", path=path))
            files.extend(inside(found_path, path) for found_path in found)
        elif path.exists():
            files.append(inside(path, path.parent))
        elif missing_ok:
            files.append(path)
        else:
            raise UsageError(msg("{path}: no such file or directory", path=path))
    return files


def is_file(path: Path) -> bool:
    """Whether ``path`` is a file; False, not an exception, for a name too long to look up."""
    try:
        return path.is_file()
    except OSError:  # ENAMETOOLONG and the like: no such file either
        return False


def inside(path: Path, directory: Path) -> Path:
    """``path``, when it resolves inside ``directory``; a usage error for a link out of it."""
    target = path.resolve()
    if not target.is_relative_to(directory.resolve()):
        raise UsageError(
            msg(
                "{path} is a link to a file outside {directory}/; a plan must live in its plans directory (copy the file there instead of linking it)",
                path=path,
                directory=directory,
            )
        )
    return path


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in _SUFFIXES and p.is_file())
