"""The site command's core: every plan of a directory as a static, offline site.

The site is built in a temporary directory beside the target and swapped in at the end,
so a failed build leaves the previous site whole. A directory is only ever replaced when it
is exactly a site this command built: its marker lists every file the site wrote with its
SHA-256, and the directory must hold those files, unchanged, and nothing else. A marker
planted in a cloned repository, or a site someone has since added a file to, is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_cli import __version__, i18n
from smartcity_cli.errors import OutputError, UsageError
from smartcity_cli.figures import compute_figures
from smartcity_cli.figures_json import region_dict, site_figures_of
from smartcity_cli.messages import msg
from smartcity_cli.plans import plan_files
from smartcity_cli.render import render_template
from smartcity_cli.render.context import build_report_view
from smartcity_cli.render.site import (
    LANGUAGES,
    IndexRow,
    index_name,
    index_row,
    page_name,
    region_page,
    site_index,
)
from smartcity_cli.textsafe import escape_controls
from smartcity_cli.validate import FileResult, validate_file

MARKER = ".smartcity-site"


@dataclass(frozen=True)
class SiteSummary:
    out: Path
    regions: int
    valid: int
    pages: int


def _slug_for(result: FileResult, taken: set[str]) -> str:
    """A safe, unique file name for a region: its slug, or its file's stem made safe."""
    base = result.plan.region.slug if result.plan else Path(result.file).stem.lower()
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-") or "plan"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def render_site(plans_dir: Path, *, as_of: dt.date) -> Iterator[tuple[str, str]]:
    """Every page of the site as (relative path, text), made one region at a time.

    Only what the index and figures.json need (a row and a small dict a region) outlives a
    region's turn; its validation result, plan and pages are dropped before the next, so
    memory stays flat however many plans there are.
    """
    taken: set[str] = set()
    rows: dict[str, list[IndexRow]] = {lang: [] for lang in LANGUAGES}
    regions: list[dict[str, Any]] = []
    for path in plan_files([plans_dir]):
        result = validate_file(path)
        slug = _slug_for(result, taken)
        yield from _region_pages(result, slug, as_of, rows)
        regions.append(region_dict(result, slug, as_of))
        del result
    for lang in LANGUAGES:
        index = site_index(lang, rows[lang], as_of=i18n.format_date(as_of, lang),
                           version=__version__)  # fmt: skip
        yield index_name(lang), render_template("site_index", "html", s=index, t=index.t)
    figures = site_figures_of(regions, as_of)
    yield "figures.json", json.dumps(figures, indent=2, ensure_ascii=False) + "\n"


def _region_pages(
    result: FileResult, slug: str, as_of: dt.date, rows: dict[str, list[IndexRow]]
) -> Iterator[tuple[str, str]]:
    """A region's page in each language; its index rows go to ``rows``."""
    plan = result.plan if result.errors == 0 else None
    figures = compute_figures(plan, as_of) if plan else None
    for lang in LANGUAGES:
        title = plan.region.name if plan else escape_controls(result.file)
        page = region_page(slug, title, lang, result.findings)
        if plan and figures:
            view = build_report_view(plan, figures, lang=lang, version=__version__)
            text = render_template("site_region", "html", v=view, t=view.t, page=page)
        else:
            text = render_template("site_invalid", "html", t=page.t, page=page)
        yield page_name(slug, lang), text
        rows[lang].append(
            index_row(
                slug,
                lang,
                plan=plan,
                figures=figures,
                errors=result.errors,
                warnings=result.warnings,
                file=result.file,
            )
        )


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def site_marker(pages: dict[str, str]) -> str:
    """The marker's text: every file the site writes, with the SHA-256 of its bytes."""
    return marker_text({name: _digest(text.encode("utf-8")) for name, text in pages.items()})


def marker_text(digests: dict[str, str]) -> str:
    """The marker's text from each written file's SHA-256 (the site streams its pages)."""
    files = dict(sorted(digests.items()))
    return json.dumps({"built_by": "smartcity site", "files": files}, indent=1) + "\n"


def foreign_entry(out: Path) -> str | None:
    """Why ``out`` is not exactly a site this command built (the first entry that is not
    one of its files, unchanged), or None when it is one. Links are never followed."""
    try:
        listed = json.loads((out / MARKER).read_text(encoding="utf-8"))["files"]
        if not isinstance(listed, dict):
            raise TypeError
    except (OSError, ValueError, TypeError, KeyError):
        return msg("{marker} is missing or is not a marker this command wrote", marker=MARKER)
    seen = set()
    for folder, dirs, files in os.walk(out):
        base = Path(folder)
        for name in dirs:
            if (base / name).is_symlink():
                return msg("{path} is a link", path=(base / name).relative_to(out))
        for name in files:
            path = base / name
            rel = path.relative_to(out).as_posix()
            if rel == MARKER:
                continue
            if path.is_symlink() or rel not in listed:
                return msg("{path} is not a file the site wrote", path=rel)
            if _digest(path.read_bytes()) != listed[rel]:
                return msg("{path} has changed since the site wrote it", path=rel)
            seen.add(rel)
    missing = sorted(set(listed) - seen)
    return msg("{path} is missing", path=missing[0]) if missing else None


def build_site(plans_dir: Path, out: Path, *, as_of: dt.date) -> SiteSummary:
    """Render the site and put it at ``out``, replacing only a site built here before."""
    if out.exists() or out.is_symlink():
        empty = out.is_dir() and not out.is_symlink() and not any(out.iterdir())
        reason = None if empty else (
            "it is not a directory" if out.is_symlink() or not out.is_dir() else foreign_entry(out)
        )  # fmt: skip
        if reason:
            raise UsageError(
                msg(
                    "{out} exists and is not exactly a site built by smartcity ({reason}); choose a new directory or remove it first",
                    out=out,
                    reason=reason,
                )
            )
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    written: dict[str, str] = {}  # each page's SHA-256 as it is written, for the marker
    figures_json = ""
    try:
        for name, text in render_site(plans_dir, as_of=as_of):
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
            written[name] = _digest(text.encode("utf-8"))
            if name == "figures.json":
                figures_json = text
        (staging / MARKER).write_text(marker_text(written), encoding="utf-8", newline="\n")
        staging.chmod(0o755)
        if out.exists():
            retired = out.with_name(f".{out.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            out.rename(retired)
            staging.rename(out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(
            msg("cannot write the site to {out}: {value}", out=out, value=exc.strerror or exc)
        ) from None
    except BaseException:  # a failed build leaves the previous site whole, and no litter
        shutil.rmtree(staging, ignore_errors=True)
        raise
    regions = sum(
        1 for name in written if name.startswith("regions/") and name.endswith(".id.html")
    )
    valid = json.loads(figures_json)["regions"]
    return SiteSummary(out, regions, sum(r["valid"] for r in valid), len(written))
