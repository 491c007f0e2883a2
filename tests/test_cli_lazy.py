"""A command line registers only the command it runs; --help and mistakes still see them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import smartcity_cli.commands as commands_package
from smartcity_cli.commands import COMMANDS, MODULES

_WHAT_RAN = """
import sys
sys.argv = ["smartcity", *sys.argv[1:]]
from smartcity_cli.cli import main
try:
    main()
except SystemExit:
    pass
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("smartcity_cli.commands.")))
"""


def _modules_loaded(*args: str) -> str:
    out = subprocess.run([sys.executable, "-c", _WHAT_RAN, *args], capture_output=True,
                         text=True, check=True)  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


def test_the_table_names_every_command_in_the_module_that_registers_it() -> None:
    from smartcity_cli.cli import app  # every command registered

    registered = {
        (info.name or info.callback.__name__.replace("_", "-")): info.callback.__module__
        for info in app.registered_commands
        if info.callback is not None
    }
    assert registered == {name: f"smartcity_cli.commands.{m}" for name, m in COMMANDS.items()}
    on_disk = {p.stem for p in Path(commands_package.__file__).parent.glob("*.py")}
    assert set(MODULES) == set(COMMANDS.values()) == on_disk - {"__init__", "common"}


def test_a_command_registers_only_its_own_module() -> None:
    assert _modules_loaded("schema") == "['checks', 'common']"
    assert _modules_loaded("init", "--help") == "['common', 'starting']"


def test_help_and_an_unknown_command_see_every_command() -> None:
    everything = str(sorted([*MODULES, "common"]))
    assert _modules_loaded("--help") == everything
    assert _modules_loaded("--help", "validate") == everything  # click shows the root's help
    assert _modules_loaded("valdate") == everything
    listed = subprocess.run([sys.executable, "-m", "smartcity_cli", "--help"],
                            capture_output=True, text=True).stdout  # fmt: skip
    assert all(f"  {name} " in listed for name in COMMANDS), listed
    typo = subprocess.run([sys.executable, "-m", "smartcity_cli", "valdate"],
                          capture_output=True, text=True)  # fmt: skip
    assert typo.returncode == 2 and "Did you mean 'validate'" in typo.stderr
