"""check-jsonschema and yamllint over the same files, for scale (`python -m benchmarks --peers`).

They are installed into benchmarks/.peers on first use, never into the project's environment.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from benchmarks.timing import run_command

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = HERE / ".peers"
PEER_PACKAGES = ["check-jsonschema", "yamllint"]


def peers() -> dict[str, Path]:
    """check-jsonschema and yamllint in their own virtual environment (made on first use)."""
    python = PEERS / "bin" / "python"
    if not python.exists():
        venv.create(PEERS, with_pip=True)
    missing = [p for p in PEER_PACKAGES if not (PEERS / "bin" / p).exists()]
    if missing:
        subprocess.run([str(python), "-m", "pip", "install", "-q", *missing], check=True)
    return {p: PEERS / "bin" / p for p in PEER_PACKAGES}


def version_of(executable: Path) -> str:
    out = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, check=False
    )
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


def peers_rows(corpus: list[Path]) -> list[str]:
    """One run of each peer and of `smartcity validate --jobs 1` over the same files."""
    tools = peers()
    files = [str(p) for p in corpus]
    commands = {
        "`smartcity validate --jobs 1`": [sys.executable, "-m", "smartcity_cli", "validate",
                                          "--jobs", "1", *files],
        "`check-jsonschema --schemafile schema/masterplan.schema.json`": [
            str(tools["check-jsonschema"]), "--schemafile",
            str(REPO / "schema" / "masterplan.schema.json"), *files],
        "`yamllint` (default config)": [str(tools["yamllint"]), *files],
    }  # fmt: skip
    runs = {name: run_command(command).cpu for name, command in commands.items()}
    base = runs["`smartcity validate --jobs 1`"]
    rows = [
        f"### 5. peers over the national corpus ({len(corpus)} files), one run each",
        "",
        "| command | CPU | ratio to smartcity --jobs 1 |",
        "|---|---:|---:|",
    ]
    rows += [f"| {name} | {t:.2f} s | {t / base:.2f}x |" for name, t in runs.items()]
    rows += [
        "",
        f"Peers: {version_of(tools['check-jsonschema'])}; {version_of(tools['yamllint'])}.",
        "",
    ]
    return rows
