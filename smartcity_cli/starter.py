"""The init command's core: a plans repository that works at once.

An example plan that passes `validate --strict`, the JSON Schema inside the repository and
referenced by a path that resolves, editor settings, pre-commit hooks, a GitHub Actions
workflow, a configuration file and a short README, in Indonesian or English.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from smartcity_cli import __version__
from smartcity_cli.errors import PlanInvalidError, UsageError
from smartcity_cli.limits import DEFAULT_ALIAS_BUDGET, DEFAULT_MAX_BYTES, DEFAULT_MAX_VALUES
from smartcity_cli.messages import msg
from smartcity_cli.output import write_document
from smartcity_cli.scaffold import COMMENTS, SCHEMA_FILE, scaffold_text
from smartcity_cli.validate import validate_bytes

EXAMPLE_SLUG = "kota-contoh"
PLANS = Path("masterplans")
WORKFLOW = Path(".github") / "workflows" / "masterplans.yml"

# One Quick Win on the short horizon in each of the other five kominfo pillars, so that the
# example passes `validate --strict` (the plan-quality warnings included).
_MORE_PROGRAMS = [
    ("BRA-01", "Portal pariwisata daerah", "branding", "bappeda"),
    ("ECO-01", "Pasar daring UMKM", "economy", "bappeda"),
    ("LIV-01", "Layanan kesehatan daring", "living", "diskominfo"),
    ("SOC-01", "Literasi digital warga", "society", "diskominfo"),
    ("ENV-01", "Pemantauan sampah berbasis aplikasi", "environment", "bappeda"),
]

PRE_COMMIT = """\
# pre-commit hooks: run `pre-commit install` once, then every commit is checked.
# They call the `smartcity` installed in this environment (pip install
# smartcity-masterplan=={version}), so they work offline.
repos:
  - repo: local
    hooks:
      - id: smartcity-validate
        name: smartcity validate
        entry: smartcity validate
        language: system
        files: ^masterplans/.*\\.ya?ml$
        pass_filenames: true
        require_serial: true
"""

CONFIG = """\
# smartcity settings for this repository; `smartcity config` shows what is in force.
# Options given on the command line win over these. See docs/configuration.md.
dir = "masterplans"
strict = true
disable = []
# language = "{lang}"   # reports, evaluations and messages; by default each plan's own

[limits]   # the defaults; a 10,000-program plan is 5 MB and about 516,500 values
# max_bytes = {max_bytes}
# max_values = {max_values}
# alias_budget = {alias_budget}
"""

README = {
    "id": """\
# Masterplan Smart City

Repositori ini menyimpan masterplan Smart City sebagai berkas YAML di `masterplans/`,
satu berkas per daerah, diperiksa oleh [smartcity](https://pypi.org/project/smartcity-masterplan/).

```sh
pip install smartcity-masterplan=={version}
smartcity validate               # periksa semua rencana (juga di CI dan pre-commit)
smartcity report {slug}     # laporan kemajuan
smartcity new kota-baru --name "Kota Baru" --kind kota --province "Jawa Barat"
```

- `masterplans/{slug}.yaml`: contoh rencana; ganti atau hapus.
- `schema/masterplan.schema.json`: JSON Schema untuk editor (VS Code dengan ekstensi YAML
  memeriksa saat mengetik; lihat `.vscode/settings.json`).
- `.smartcity.toml`: pengaturan; `smartcity config` menampilkannya.
- `.pre-commit-config.yaml` dan `.github/workflows/masterplans.yml`: pemeriksaan otomatis.
""",
    "en": """\
# Smart City masterplans

This repository keeps Smart City masterplans as YAML files in `masterplans/`, one file a
region, checked by [smartcity](https://pypi.org/project/smartcity-masterplan/).

```sh
pip install smartcity-masterplan=={version}
smartcity validate               # check every plan (also in CI and pre-commit)
smartcity report {slug}     # progress report
smartcity new kota-baru --name "Kota Baru" --kind kota --province "Jawa Barat"
```

- `masterplans/{slug}.yaml`: an example plan; replace or remove it.
- `schema/masterplan.schema.json`: the JSON Schema for editors (VS Code with the YAML
  extension checks as you type; see `.vscode/settings.json`).
- `.smartcity.toml`: settings; `smartcity config` shows them.
- `.pre-commit-config.yaml` and `.github/workflows/masterplans.yml`: automatic checks.
""",
}


def workflow_text() -> str:
    """The GitHub Actions workflow, as docs/ci.md shows it (a test keeps them equal)."""
    from importlib.resources import files

    return (files("smartcity_cli") / "workflow.yml").read_text(encoding="utf-8")


def example_plan(lang: str, today: dt.date) -> str:
    text = scaffold_text(EXAMPLE_SLUG, name="Kota Contoh", kind="kota", province="Jawa Barat",
                         framework="kominfo", start=today.year, end=today.year + 9, lang=lang,
                         today=today)  # fmt: skip
    more = "".join(
        f"  - id: {pid}\n    name: {name}\n    pillar: {pillar}\n    agency: {agency}\n"
        f"    horizon: short\n    quick_win: true\n"
        f"    years: {{start: {today.year}, end: {today.year}}}\n    status: planned\n"
        f"    progress: 0\n"
        for pid, name, pillar, agency in _MORE_PROGRAMS
    )
    marker = f"\n# {COMMENTS[lang]['action_plans']}\n"
    assert text.count(marker) == 1
    return text.replace(marker, more + _LEGAL_BASIS[lang].format(year=today.year) + marker)


# The regulation that establishes the masterplan, which the evaluation's output component
# scores (legal-basis-missing warns without it); the example's is a placeholder to replace.
_LEGAL_BASIS = {
    "id": "# Dasar hukum masterplan: contoh, ganti dengan Perwal/Perbup daerah Anda.\n"
    'governance:\n  legal_basis: {{kind: Perwal, number: "1", year: {year}, '
    "title: Masterplan Smart City Kota Contoh}}\n",
    "en": "# The regulation establishing the masterplan: an example, replace it with yours.\n"
    'governance:\n  legal_basis: {{kind: Perwal, number: "1", year: {year}, '
    "title: Masterplan Smart City Kota Contoh}}\n",
}


def starter_files(lang: str, today: dt.date) -> dict[Path, str]:
    """Every file of a new plans repository, by path inside it."""
    from smartcity_cli.schema import schema_text

    schema_glob = [f"{PLANS.as_posix()}/*.yaml", f"{PLANS.as_posix()}/*.yml"]
    return {
        PLANS / f"{EXAMPLE_SLUG}.yaml": example_plan(lang, today),
        SCHEMA_FILE: schema_text(),
        Path(".vscode") / "settings.json": json.dumps(
            {"yaml.schemas": {f"./{SCHEMA_FILE.as_posix()}": schema_glob}}, indent=2
        )
        + "\n",
        Path(".pre-commit-config.yaml"): PRE_COMMIT.format(version=__version__),
        WORKFLOW: workflow_text(),
        Path(".smartcity.toml"): CONFIG.format(
            lang=lang,
            max_bytes=DEFAULT_MAX_BYTES,
            max_values=DEFAULT_MAX_VALUES,
            alias_budget=DEFAULT_ALIAS_BUDGET,
        ),
        Path("README.md"): README[lang].format(version=__version__, slug=EXAMPLE_SLUG),
        Path(".gitignore"): "_site/\n",
    }


def run_init(directory: Path, *, lang: str, today: dt.date) -> list[Path]:
    """Write the starter files into ``directory``; refuses when any of them exists."""
    files = starter_files(lang, today)
    taken = [path for path in files if (directory / path).exists()]
    if taken:
        raise UsageError(
            msg(
                "{value} exists already; init never overwrites a file (choose an empty directory)",
                value=directory / taken[0],
            )
        )
    plan = PLANS / f"{EXAMPLE_SLUG}.yaml"
    result = validate_bytes(files[plan].encode("utf-8"), str(plan), EXAMPLE_SLUG)
    if result.errors:  # a bug of ours; never write a repository that fails its own check
        raise PlanInvalidError([f for f in result.findings if f.is_error])
    for path, text in files.items():
        (directory / path).parent.mkdir(parents=True, exist_ok=True)
        write_document(text, str(directory / path))
    return list(files)
