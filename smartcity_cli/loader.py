"""Read a masterplan file into plain data plus a {path: position} index, safely.

Bytes are decoded as UTF-8 (BOM tolerated) and parsed by libyaml's event parser when
available (PyYAML's pure-Python parser otherwise; the results are the same). The data is
built from the event stream with an explicit stack, never by a YAML constructor: no tag
can run code, nesting depth and alias expansion are bounded, and libyaml's recursive
composer (which crashes on deeply nested input) is never used. Scalars are resolved as
YAML 1.1 resolves them, and the forms on which YAML 1.1 and 1.2 readers disagree
(``no``, ``on``, ``010``, ``1_000``) are reported instead of being guessed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from smartcity_cli import scalars
from smartcity_cli.checks import syntax
from smartcity_cli.errors import LoadError
from smartcity_cli.findings import Finding, Location
from smartcity_cli.rules import Rule
from smartcity_cli.yaml_errors import reader_finding, syntax_finding

if TYPE_CHECKING:
    from smartcity_cli.suppressions import Suppression

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {None, "!", STR_TAG, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}

_SIMPLE_KEY = re.compile(r"[A-Za-z0-9_-]+")

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_ALIAS_BUDGET = 10_000
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_VALUES = 250_000  # a 300-program plan has about 15,000
DEFAULT_MAX_ITEMS = 50_000  # items in one list or mapping
MAX_LOADER_FINDINGS = 100  # of one rule; a file of a million repeated keys stays cheap


@dataclass(frozen=True)
class LoadLimits:
    """Bounds on what a file may cost to read; defaults suit any real masterplan."""

    max_bytes: int = DEFAULT_MAX_BYTES
    alias_budget: int = DEFAULT_ALIAS_BUDGET
    max_depth: int = DEFAULT_MAX_DEPTH
    max_values: int = DEFAULT_MAX_VALUES
    max_items: int = DEFAULT_MAX_ITEMS


@dataclass
class Document:
    """A file's data, where each value and key sits, and what reading it found.

    ``positions`` maps a document path (``programs[12].status``) to the 1-based
    (line, column) of its value; ``key_positions`` does the same for mapping keys.
    ``plain`` holds the text of unquoted scalars that YAML read as something other
    than a string (``13.70``, ``2024-01-01``, ``true``, empty), so that later checks can
    tell the user to quote them. ``flagged`` lists paths already reported here.
    """

    file: str
    data: Any
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    plain: dict[str, str] = field(default_factory=dict)
    flagged: set[str] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)  # `# smartcity: disable=`

    def locate(self, path: str, *, key: bool = False) -> Location:
        """The location of ``path``, or of its nearest ancestor that has one."""
        table = self.key_positions if key else self.positions
        if path in table:
            line, col = table[path]
            return Location(self.file, line, col, path)
        probe = path
        while probe:
            probe = parent_path(probe)
            if probe in self.positions:
                line, col = self.positions[probe]
                return Location(self.file, line, col, path)
        return Location(self.file, 1, 1, path)


def child_path(parent: str, key: str | int) -> str:
    """The path of a mapping entry or list item: ``programs[3]``, ``region.slug``."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if not _SIMPLE_KEY.fullmatch(key):
        escaped = key.replace("\\", "\\\\").replace('"', '\\"')
        return f'{parent}["{escaped}"]'
    return f"{parent}.{key}" if parent else key


def parent_path(path: str) -> str:
    """The path one level up; the root's parent is the root."""
    if path.endswith("]"):
        return path[: path.rindex("[")]
    cut = path.rfind(".")
    return path[:cut] if cut > 0 else ""


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refusing unreadable files and files over ``max_bytes``."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise LoadError(_too_large(name, size, max_bytes))
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise LoadError(
            syntax.FileUnreadable.finding("is a directory, not a file", Location(name))
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise LoadError(
            syntax.FileUnreadable.finding(f"cannot read the file: {reason}", Location(name))
        ) from None
    if len(data) > max_bytes:  # the file grew while we read it
        raise LoadError(_too_large(name, len(data), max_bytes))
    return data


def load_file(path: Path, *, limits: LoadLimits | None = None, name: str | None = None) -> Document:
    """Read and parse one masterplan file; raises LoadError when nothing can be read."""
    limits = limits or LoadLimits()
    return load_bytes(read_bytes(path, max_bytes=limits.max_bytes), name or str(path), limits)


def load_bytes(data: bytes, name: str, limits: LoadLimits | None = None) -> Document:
    """Parse bytes already in memory (a git blob, a test snippet) as a masterplan file."""
    limits = limits or LoadLimits()
    if len(data) > limits.max_bytes:
        raise LoadError(_too_large(name, len(data), limits.max_bytes))
    return load_text(decode(data, name), name, limits)


def load_text(text: str, name: str, limits: LoadLimits | None = None) -> Document:
    """Parse YAML text into a Document; raises LoadError for a file that cannot be read."""
    limits = limits or LoadLimits()
    builder = _Builder(name, limits)
    try:
        builder.consume(yaml.parse(text, Loader=_Parser))
    except yaml.MarkedYAMLError as exc:
        if _LIBYAML_DEPTH in (exc.problem or ""):
            raise LoadError(_too_deep_before(exc, text, name, limits)) from None
        raise LoadError(syntax_finding(exc, text, name)) from None
    except yaml.YAMLError as exc:  # ReaderError: a character YAML does not allow
        raise LoadError(reader_finding(exc, text, name)) from None
    if not builder.has_document or builder.root is None:
        raise LoadError(
            syntax.EmptyFile.finding(
                "the file has no content (or only an empty document)",
                Location(name, 1, 1),
                "start from the example in docs/format.md",
            )
        )
    document = builder.document()
    if "smartcity:" in text:  # a cheap test first: most files have no suppression comment
        from smartcity_cli.suppressions import find_suppressions

        document.suppressions = find_suppressions(text)
    return document


# libyaml 0.2.5 as bundled with PyYAML 6.0.4 refuses nesting past 1,000 levels in its
# scanner, which looks ahead and so fails before the first event of the 65th level
# reaches the builder. The prefix up to libyaml's refusal holds that event.
_LIBYAML_DEPTH = "exceeded maximum nesting depth"


def _too_deep_before(
    exc: yaml.MarkedYAMLError, text: str, name: str, limits: LoadLimits
) -> Finding:
    """The loader's own depth finding for text that libyaml refused as too deeply nested."""
    mark: Any = exc.problem_mark
    end = getattr(mark, "index", len(text)) if mark is not None else len(text)
    builder = _Builder(name, limits)
    try:
        builder.consume(yaml.parse(text[:end], Loader=_Parser))
    except LoadError as error:
        if error.finding.rule == syntax.YamlTooDeep.id:
            return error.finding
    except yaml.YAMLError:
        pass  # the prefix ends mid-document; only a depth finding from it is of use
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return syntax.YamlTooDeep.finding(
        "lists and mappings are nested more than 1,000 levels deep (the YAML parser's own limit)",
        Location(name, line, column),
    )


def decode(data: bytes, name: str) -> str:
    """UTF-8 bytes to text, with a located error at the first byte that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(
            syntax.FileEncoding.finding(
                "the file is UTF-16, not UTF-8", Location(name, 1, 1), "save it as UTF-8"
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise LoadError(
            syntax.FileEncoding.finding(
                f"byte 0x{data[exc.start]:02x} is not UTF-8 text",
                Location(name, line, column),
                "save the file as UTF-8; the character here was probably pasted from "
                "a document in another encoding",
            )
        ) from None


def _too_large(name: str, size: int, limit: int) -> Finding:
    return syntax.FileTooLarge.finding(
        f"the file is {size:,} bytes, over the limit of {limit:,} bytes",
        Location(name),
        "a masterplan is normally far smaller; raise the limit with --max-bytes if it is real",
    )


class _Frame:
    """A mapping or sequence being built, with the state the event loop needs."""

    __slots__ = ("anchor", "key", "key_mark", "path", "size", "value")

    def __init__(self, value: dict[str, Any] | list[Any], path: str, anchor: str | None) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.key: str | None = None  # a mapping's pending key, None when a key is expected
        self.key_mark: tuple[int, int] = (0, 0)
        self.size = 1  # nodes in this subtree, counting alias expansions (for the budget)


class _Builder:
    """Turns YAML events into plain data and positions, enforcing the limits."""

    def __init__(self, name: str, limits: LoadLimits) -> None:
        self.name = name
        self.limits = limits
        self.doc = Document(name, None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.expanded = 0
        self.values = 0
        self.duplicates = 0
        self.has_document = False
        self.root: Any = None

    def document(self) -> Document:
        self.doc.data = self.root
        return self.doc

    def consume(self, events: Iterable[yaml.Event]) -> None:
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        for event in events:
            if isinstance(event, scalar_event):
                self._scalar(event)
            elif isinstance(event, mapping_start | sequence_start):
                self._start(event, {} if isinstance(event, mapping_start) else [])
            elif isinstance(event, collection_end):
                self._end()
            elif isinstance(event, alias_event):
                self._alias(event)
            elif isinstance(event, yaml.DocumentStartEvent):
                if self.has_document:
                    mark: Any = event.start_mark
                    raise LoadError(
                        syntax.YamlSyntax.finding(
                            "the file holds more than one YAML document",
                            Location(self.name, mark.line + 1, mark.column + 1),
                            "keep one plan per file; remove the second '---'",
                        )
                    )
                self.has_document = True

    # -- positions and paths -------------------------------------------------------------

    def _slot(self, event: yaml.Event) -> str | None:
        """The path the next value goes to; None when the event is a mapping key."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.value, list):
            return child_path(top.path, len(top.value))
        if top.key is None:
            return None
        return child_path(top.path, top.key)

    def _place(self, path: str, value: Any, size: int) -> None:
        self.values += 1
        if self.values > self.limits.max_values:
            self._too_many(path, f"the file holds more than {self.limits.max_values:,} values",
                           "--max-values")  # fmt: skip
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if len(top.value) >= self.limits.max_items:
            self._too_many(path, f"a list or mapping holds more than {self.limits.max_items:,} items",
                           "--max-values")  # fmt: skip
        top.size += size
        if isinstance(top.value, list):
            top.value.append(value)
            return
        key = top.key
        assert key is not None
        top.key = None
        if key in top.value:  # keep the last value, as YAML readers do, and say so
            first = self.doc.key_positions[path][0]
            line, col = top.key_mark
            self.duplicates += 1
            if self.duplicates <= MAX_LOADER_FINDINGS:
                self.doc.findings.append(
                    syntax.YamlDuplicateKey.finding(
                        f"`{key}` appears more than once in this mapping (first on line {first})",
                        Location(self.name, line, col, path),
                        "remove or rename the repeats; YAML readers keep only one value",
                    )
                )
        else:
            self.doc.key_positions[path] = top.key_mark
        top.value[key] = value

    def _too_many(self, path: str, message: str, option: str) -> None:
        line, col = self.doc.positions.get(path, (1, 1))
        raise LoadError(
            syntax.YamlTooManyValues.finding(
                message,
                Location(self.name, line, col, path),
                f"a masterplan is far smaller; raise the limit with {option} if it is real",
            )
        )

    # -- events --------------------------------------------------------------------------

    def _start(self, event: yaml.CollectionStartEvent, value: dict[str, Any] | list[Any]) -> None:
        path = self._slot(event)
        mark: Any = event.start_mark
        if path is None:  # a collection used as a mapping key
            raise LoadError(
                syntax.YamlSyntax.finding(
                    "a mapping key must be plain text, not a list or mapping",
                    Location(self.name, mark.line + 1, mark.column + 1),
                )
            )
        if len(self.stack) >= self.limits.max_depth:
            raise LoadError(
                syntax.YamlTooDeep.finding(
                    f"lists and mappings are nested more than {self.limits.max_depth} levels deep",
                    Location(self.name, mark.line + 1, mark.column + 1, path),
                )
            )
        if event.tag not in _ALLOWED_TAGS:
            self._bad_tag(event.tag, path, mark)
        self.doc.positions[path] = (mark.line + 1, mark.column + 1)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(value, path, event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.value, frame.size)
        self._place(frame.path, frame.value, frame.size)

    def _alias(self, event: yaml.AliasEvent) -> None:
        mark: Any = event.start_mark
        where = Location(self.name, mark.line + 1, mark.column + 1)
        anchor = event.anchor
        if anchor in self.open_anchors or anchor not in self.anchors:
            reason = "refers to itself" if anchor in self.open_anchors else "is not defined"
            raise LoadError(syntax.YamlSyntax.finding(f"the alias *{anchor} {reason}", where))
        value, size = self.anchors[anchor]
        self.expanded += size
        if self.expanded > self.limits.alias_budget:
            raise LoadError(
                syntax.YamlAliasBudget.finding(
                    f"aliases expand to more than {self.limits.alias_budget:,} values",
                    where,
                    "write the repeated parts out, or raise the limit with --alias-budget",
                )
            )
        path = self._slot(event)
        if path is None:
            raise LoadError(syntax.YamlSyntax.finding("an alias cannot be a mapping key", where))
        self.doc.positions[path] = (mark.line + 1, mark.column + 1)
        self._place(path, value, size)

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        mark: Any = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        path = self._slot(event)
        if path is None:  # a mapping key: always its text as written
            top = self.stack[-1]
            self.values += 1  # keys count too: a million repeated keys are a million values
            if event.tag not in _ALLOWED_TAGS:
                self._bad_tag(event.tag, child_path(top.path, event.value), mark)
            top.key = event.value
            top.key_mark = position
            return
        self.doc.positions[path] = position
        if event.tag not in _ALLOWED_TAGS:
            self._bad_tag(event.tag, path, mark)
            value: Any = event.value
        elif event.implicit[0]:  # plain and untagged: YAML decides the type
            value = self._resolve_plain(event.value, path, position)
        else:
            value = event.value
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self._place(path, value, 1)

    def _bad_tag(self, tag: str | None, path: str, mark: Any) -> None:
        self.doc.flagged.add(path)
        shown = str(tag).replace("tag:yaml.org,2002:", "!!")
        self.doc.findings.append(
            syntax.YamlTag.finding(
                f"the tag {shown} is not allowed",
                Location(self.name, mark.line + 1, mark.column + 1, path),
                "remove the tag; masterplans hold only text, numbers, dates, lists and mappings",
            )
        )

    def _resolve_plain(self, text: str, path: str, position: tuple[int, int]) -> Any:
        """An unquoted scalar's value, as YAML 1.1 reads it, flagging ambiguous forms."""
        first = text[:1]
        if not first or first in "~nNtTfFyYoO.+-0123456789":
            value = scalars.plain_value(text)
            if value is not scalars.TEXT:
                self.doc.plain[path] = text
                if value is scalars.AMBIGUOUS_BOOL:
                    self._flag(path, position, syntax.YamlAmbiguousBoolean, text)
                    return text
                if value is scalars.AMBIGUOUS_NUMBER:
                    self._flag(path, position, syntax.YamlAmbiguousNumber, text)
                    return text
                if value is scalars.INVALID_DATE:
                    self._flag(path, position, syntax.YamlInvalidDate, text)
                    return text
                return value
        return text

    def _flag(self, path: str, position: tuple[int, int], rule: type[Rule], text: str) -> None:
        self.doc.flagged.add(path)
        location = Location(self.name, *position, path)
        if rule is syntax.YamlAmbiguousBoolean:
            message = f"`{text}` is read as {str(scalars.BOOL_11[text]).lower()} by some YAML readers and as text by others"
            hint = f'write true or false for a yes/no value, or "{text}" (quoted) for the text'
        elif rule is syntax.YamlAmbiguousNumber:
            message = (
                f"`{text}` is read as a different number, or as text, by different YAML readers"
            )
            hint = f'write the number plainly (digits only, no leading zero or _), or quote it: "{text}"'
        else:
            message = f"`{text}` is not a day of the calendar"
            hint = "write a real date as YYYY-MM-DD"
        self.doc.findings.append(rule.finding(message, location, hint))
