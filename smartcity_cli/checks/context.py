"""What a semantic rule sees: the model, and a way to locate any path in the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smartcity_cli.findings import Location
from smartcity_cli.model import Masterplan

if TYPE_CHECKING:  # the loader imports the rules, so the rules import it for types only
    from smartcity_cli.loader import Document


@dataclass(frozen=True)
class CheckContext:
    plan: Masterplan
    doc: Document
    stem: str  # the file name without .yaml, which region.slug must equal
    root: Path | None = None  # the plans repository, for evidence paths; None: not on disk

    def at(self, path: str, *, key: bool = False) -> Location:
        return self.doc.locate(path, key=key)
