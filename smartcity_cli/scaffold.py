"""The new command's core: a valid starting plan, with comments in the plan's language."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

from smartcity_cli.errors import PlanInvalidError, UsageError
from smartcity_cli.messages import msg
from smartcity_cli.output import write_document
from smartcity_cli.validate import validate_bytes

COMMENTS = {
    "id": {
        "head": "Masterplan Smart City {name}. Format: docs/format.md; periksa: smartcity validate",
        "stamp": "naikkan revision satu setiap perubahan yang disetujui, dan isi tanggalnya",
        "region": "Daerah",
        "masterplan": "Dokumen masterplan: judul, periode, kerangka (kominfo | giffinger | custom)",
        "horizons": "jangka pendek 1, menengah 5, panjang 10 tahun dari period.start (bawaan)",
        "governance": "Dewan Smart City dan Tim Pelaksana (opsional)",
        "agencies": "Perangkat daerah (OPD) pengampu program",
        "targets": "Sasaran dari RPJMD (opsional); program menunjuk id-nya di targets:",
        "programs": "Program: satu blok per program; status planned | running | completed | delayed | cancelled",
        "action_plans": "Rencana aksi per kategori (opsional)",
        "evaluations": "Evaluasi dan angka yang diklaim (opsional); smartcity memeriksa klaimnya",
        "sources": "Sumber fakta (opsional)",
        "example": "contoh; ganti dengan program sebenarnya",
    },
    "en": {
        "head": "Smart City masterplan of {name}. Format: docs/format.md; check: smartcity validate",
        "stamp": "raise revision by one with each approved edit, and date it",
        "region": "The region",
        "masterplan": "The plan document: title, period, framework (kominfo | giffinger | custom)",
        "horizons": "short 1, medium 5, long 10 years from period.start (the defaults)",
        "governance": "Smart City council and implementation team (optional)",
        "agencies": "The agencies (OPD) that own programs",
        "targets": "Targets from the RPJMD (optional); programs name their ids in targets:",
        "programs": "Programs: one block each; status planned | running | completed | delayed | cancelled",
        "action_plans": "Action plans by category (optional)",
        "evaluations": "Evaluations and the figures claimed there (optional); smartcity checks the claims",
        "sources": "Where the facts come from (optional)",
        "example": "an example; replace it with a real program",
    },
}

SCHEMA_FILE = Path("schema") / "masterplan.schema.json"  # in the plans repository

TEMPLATE = """\
# yaml-language-server: $schema={schema_ref}
# {head}

format: 1
revision: 1                # {stamp}
updated: {today}
language: {lang}

# {region}
region:
  slug: {slug}
  name: {name_q}
  kind: {kind}
{province_line}
# {masterplan}
masterplan:
  title: {title_q}
  period: {{start: {start}, end: {end}}}
  framework: {framework}
  # horizons: {{short: 1, medium: 5, long: 10}}   # {horizons}

# {governance}
# governance:
#   council: {{name: Dewan Smart City, members: [akademisi, praktisi, kepala OPD]}}
#   team: {{name: Tim Pelaksana Smart City, lead_agency: diskominfo}}
#   legal_basis: {{kind: Perwal, number: "1", year: 2025, title: Masterplan Smart City}}
#   forum: [{{date: 2025-03-01}}]

# {agencies}
agencies:
  - {{id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo}}
  - {{id: bappeda, name: Badan Perencanaan Pembangunan Daerah, short: Bappeda}}

# {targets}
# targets:
#   - {{id: S01, name: Meningkatnya kualitas pelayanan publik, rpjmd: "Misi 1"}}

# {programs}
programs:
  - id: GOV-01             # {example}
    name: Pusat Kendali (Command Center)
    pillar: {pillar}
    agency: diskominfo
    horizon: short
    quick_win: true
    years: {{start: {start}, end: {start}}}
    status: planned
    progress: 0

# {action_plans}
# action_plans:
#   - id: policy
#     name: Pengembangan kebijakan dan kelembagaan
#     items:
#       - {{id: P01, name: Peraturan kepala daerah tentang Smart City, done: false}}

# {evaluations}
# evaluations:
#   - {{stage: 1, date: {today}, claimed: {{programs_total: 1}}}}

# {sources}
# sources:
#   - {{title: "...", publisher: "...", url: "https://..."}}
"""

FIRST_PILLAR = {"kominfo": "governance", "giffinger": "governance"}


def scaffold_text(slug: str, *, name: str, kind: str, province: str | None, framework: str,
                  start: int, end: int, lang: str, today: dt.date,
                  schema_ref: str = "../schema/masterplan.schema.json") -> str:  # fmt: skip
    """The text of a new, valid plan."""
    if framework == "custom":
        raise UsageError(
            msg("a custom framework needs its pillars written by hand; start from kominfo")
        )
    words = COMMENTS[lang]
    title = (f"Masterplan Smart City {name} {start}-{end}" if lang == "id"
             else f"Smart City Masterplan of {name} {start}-{end}")  # fmt: skip
    return TEMPLATE.format(
        **words | {"head": words["head"].format(name=name)},
        today=today.isoformat(), lang=lang, slug=slug, name_q=json.dumps(name, ensure_ascii=False),
        kind=kind, province_line=f"  province: {json.dumps(province, ensure_ascii=False)}\n" if province else "",
        title_q=json.dumps(title, ensure_ascii=False), start=start, end=end, framework=framework,
        pillar=FIRST_PILLAR[framework], schema_ref=schema_ref,
    )  # fmt: skip


def schema_reference(plans_dir: Path) -> tuple[str, Path]:
    """The modeline path from plans_dir to the repository's schema file, and that file.

    The repository is the directory that holds plans_dir (as `smartcity init` lays it out).
    """
    schema = plans_dir.absolute().parent / SCHEMA_FILE
    return os.path.relpath(schema, plans_dir.absolute()).replace(os.sep, "/"), schema


def run_new(slug: str, *, plans_dir: Path, **options: object) -> tuple[Path, Path | None]:
    """Write plans_dir/SLUG.yaml; refuses to overwrite; the result is validated first.

    The plan's first line points yaml-language-server at the repository's schema; when the
    repository has none yet, it is written too (returned second), so that the path resolves.
    """
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise UsageError(
            msg("`{slug}` is not a slug: lower-case words joined by '-', e.g. kota-palu", slug=slug)
        )
    from smartcity_cli.plans import plans_directory

    plans_dir = plans_directory(plans_dir)
    path = plans_dir / f"{slug}.yaml"
    if path.exists():
        raise UsageError(msg("{path} exists already; new never overwrites a plan", path=path))
    schema_ref, schema = schema_reference(plans_dir)
    text = scaffold_text(slug, **options, schema_ref=schema_ref)  # type: ignore[arg-type]
    result = validate_bytes(text.encode("utf-8"), str(path), slug)
    if result.errors:
        raise PlanInvalidError([f for f in result.findings if f.is_error])
    plans_dir.mkdir(parents=True, exist_ok=True)
    written_schema = None
    if not schema.exists():
        from smartcity_cli.schema import schema_text

        schema.parent.mkdir(parents=True, exist_ok=True)
        write_document(schema_text(), str(schema))
        shown = os.path.relpath(schema)
        written_schema = schema if shown.startswith("..") else Path(shown)
    write_document(text, str(path))
    return path, written_schema
