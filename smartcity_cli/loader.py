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
from smartcity_cli import syntax_rules as syntax
from smartcity_cli.errors import LoadError
from smartcity_cli.findings import Finding, Location
from smartcity_cli.limits import LoadLimits, limits_in_force
from smartcity_cli.messages import msg
from smartcity_cli.rules import Rule
from smartcity_cli.textsafe import FORBIDDEN
from smartcity_cli.yaml_errors import reader_finding, syntax_finding

if TYPE_CHECKING:
    from smartcity_cli.suppressions import Suppression

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {None, "!", STR_TAG, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}

_SIMPLE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_MAYBE_NOT_TEXT = frozenset("~nNtTfFyYoO.+-0123456789")  # first characters of non-text plains

MAX_LOADER_FINDINGS = 100  # of one rule; a file of a million repeated keys stays cheap


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
    # False when the source text holds no forbidden character and no backslash: then no
    # value can hold one (only a double-quoted escape makes one) and the scan is skipped
    may_hold_controls: bool = True

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


def read_bytes(path: Path, *, max_bytes: int | None = None) -> bytes:
    """A file's bytes, refusing unreadable files and files over ``max_bytes`` (by default
    the limit in force)."""
    name = str(path)
    if max_bytes is None:
        max_bytes = limits_in_force().max_bytes
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise LoadError(_too_large(name, size, max_bytes))
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise LoadError(
            syntax.FileUnreadable.finding(msg("is a directory, not a file"), Location(name))
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise LoadError(
            syntax.FileUnreadable.finding(
                msg("cannot read the file: {reason}", reason=reason), Location(name)
            )
        ) from None
    if len(data) > max_bytes:  # the file grew while we read it
        raise LoadError(_too_large(name, len(data), max_bytes))
    return data


def load_file(path: Path, *, limits: LoadLimits | None = None, name: str | None = None) -> Document:
    """Read and parse one masterplan file; raises LoadError when nothing can be read."""
    limits = limits or limits_in_force()
    return load_bytes(read_bytes(path, max_bytes=limits.max_bytes), name or str(path), limits)


def load_bytes(data: bytes, name: str, limits: LoadLimits | None = None) -> Document:
    """Parse bytes already in memory (a git blob, a test snippet) as a masterplan file."""
    limits = limits or limits_in_force()
    if len(data) > limits.max_bytes:
        raise LoadError(_too_large(name, len(data), limits.max_bytes))
    return load_text(decode(data, name), name, limits)


def load_text(text: str, name: str, limits: LoadLimits | None = None) -> Document:
    """Parse YAML text into a Document; raises LoadError for a file that cannot be read."""
    limits = limits or limits_in_force()
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
                msg("the file has no content (or only an empty document)"),
                Location(name, 1, 1),
                msg("start from the example in docs/format.md"),
            )
        )
    document = builder.document()
    document.may_hold_controls = "\\" in text or FORBIDDEN.search(text) is not None
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
        msg(
            "lists and mappings are nested more than 1,000 levels deep (the YAML parser's own limit)"
        ),
        Location(name, line, column),
    )


def decode(data: bytes, name: str) -> str:
    """UTF-8 bytes to text, with a located error at the first byte that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(
            syntax.FileEncoding.finding(
                msg("the file is UTF-16, not UTF-8"), Location(name, 1, 1), msg("save it as UTF-8")
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
                msg("byte 0x{data:02x} is not UTF-8 text", data=data[exc.start]),
                Location(name, line, column),
                msg(
                    "save the file as UTF-8; the character here was probably pasted from a document in another encoding"
                ),
            )
        ) from None


def _too_large(name: str, size: int, limit: int) -> Finding:
    return syntax.FileTooLarge.finding(
        msg(
            "the file is {size:,} bytes, over the limit of {limit:,} bytes", size=size, limit=limit
        ),
        Location(name),
        msg("a masterplan is normally far smaller; raise the limit with --max-bytes if it is real"),
    )


class _Frame:
    """A mapping or sequence being built, with the state the event loop needs."""

    __slots__ = ("anchor", "count", "is_list", "key", "key_mark", "key_path", "path", "size",
                 "value")  # fmt: skip

    def __init__(self, value: dict[str, Any] | list[Any], path: str, anchor: str | None) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.is_list = isinstance(value, list)
        self.key: str | None = None  # a mapping's pending key, None when a key is expected
        self.key_path = ""  # the path of the pending key's value
        self.key_mark: tuple[int, int] = (0, 0)
        self.count = 0  # entries written, repeated keys included (for the item limit)
        self.size = 1  # nodes in this subtree, counting alias expansions (for the budget)


class _Builder:
    """Turns YAML events into plain data and positions, enforcing the limits.

    The event loop is the loader's hot path (every scalar of every file passes through
    ``_scalar``): dispatch is on the exact event class, and a key's path suffix is worked
    out once per distinct key text.
    """

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
        self.suffixes: dict[str, tuple[str, str]] = {}  # key -> (suffix, suffix at the root)

    def document(self) -> Document:
        self.doc.data = self.root
        return self.doc

    def consume(self, events: Iterable[Any]) -> None:  # yaml.Event; dispatched by class
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
        scalar, end = self._scalar, self._end
        for event in events:
            kind = type(event)
            if kind is scalar_event:
                scalar(event)
            elif kind is mapping_end or kind is sequence_end:
                end()
            elif kind is mapping_start:
                self._start(event, {})
            elif kind is sequence_start:
                self._start(event, [])
            elif kind is alias_event:
                self._alias(event)
            elif kind is yaml.DocumentStartEvent:
                if self.has_document:
                    mark: Any = event.start_mark
                    raise LoadError(
                        syntax.YamlSyntax.finding(
                            msg("the file holds more than one YAML document"),
                            Location(self.name, mark.line + 1, mark.column + 1),
                            msg("keep one plan per file; remove the second '---'"),
                        )
                    )
                self.has_document = True

    # -- positions and paths -------------------------------------------------------------

    def _slot(self) -> str | None:
        """The path the next value goes to; None when the next scalar is a mapping key."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if top.is_list:
            return f"{top.path}[{len(top.value)}]"
        if top.key is None:
            return None
        return top.key_path

    def _key(self, top: _Frame, key: str, position: tuple[int, int]) -> None:
        """A mapping key arrived: remember it, its place and the path of its value."""
        suffixes = self.suffixes.get(key)
        if suffixes is None:
            suffix = child_path("x", key)[1:]  # ".key" or '["a key"]'
            suffixes = self.suffixes[key] = (suffix, suffix[1:] if suffix[0] == "." else suffix)
        top.key = key
        top.key_mark = position
        top.key_path = top.path + suffixes[0] if top.path else suffixes[1]

    def _place(self, path: str, value: Any, size: int) -> None:
        self.values += 1
        if self.values > self.limits.max_values:
            self._too_many(path, f"the file holds more than {self.limits.max_values:,} values",
                           "--max-values")  # fmt: skip
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.count += 1
        if top.count > self.limits.max_items:
            self._too_many(path, f"a list or mapping holds more than {self.limits.max_items:,} items",
                           "--max-items")  # fmt: skip
        top.size += size
        if top.is_list:
            top.value.append(value)  # type: ignore[union-attr]
            return
        key = top.key
        assert key is not None
        top.key = None
        mapping: dict[str, Any] = top.value  # type: ignore[assignment]
        if key in mapping:  # keep the last value, as YAML readers do, and say so
            self._duplicate(key, path, top.key_mark)
        else:
            self.doc.key_positions[path] = top.key_mark
        mapping[key] = value

    def _duplicate(self, key: str, path: str, where: tuple[int, int]) -> None:
        first = self.doc.key_positions[path][0]
        self.duplicates += 1
        if self.duplicates <= MAX_LOADER_FINDINGS:
            self.doc.findings.append(
                syntax.YamlDuplicateKey.finding(
                    msg(
                        "`{key}` appears more than once in this mapping (first on line {first})",
                        key=key,
                        first=first,
                    ),
                    Location(self.name, *where, path),
                    msg("remove or rename the repeats; YAML readers keep only one value"),
                )
            )

    def _too_many(self, path: str, message: str, option: str) -> None:
        line, col = self.doc.positions.get(path, (1, 1))
        raise LoadError(
            syntax.YamlTooManyValues.finding(
                message,
                Location(self.name, line, col, path),
                msg(
                    "a masterplan is far smaller; raise the limit with {option} if it is real",
                    option=option,
                ),
            )
        )

    # -- events --------------------------------------------------------------------------

    def _start(self, event: yaml.CollectionStartEvent, value: dict[str, Any] | list[Any]) -> None:
        path = self._slot()
        mark: Any = event.start_mark
        if path is None:  # a collection used as a mapping key
            raise LoadError(
                syntax.YamlSyntax.finding(
                    msg("a mapping key must be plain text, not a list or mapping"),
                    Location(self.name, mark.line + 1, mark.column + 1),
                )
            )
        if len(self.stack) >= self.limits.max_depth:
            raise LoadError(
                syntax.YamlTooDeep.finding(
                    msg(
                        "lists and mappings are nested more than {max_depth} levels deep",
                        max_depth=self.limits.max_depth,
                    ),
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
            raise LoadError(
                syntax.YamlSyntax.finding(
                    msg("the alias *{anchor} {reason}", anchor=anchor, reason=reason), where
                )
            )
        value, size = self.anchors[anchor]
        self.expanded += size
        if self.expanded > self.limits.alias_budget:
            raise LoadError(
                syntax.YamlAliasBudget.finding(
                    msg(
                        "aliases expand to more than {alias_budget:,} values",
                        alias_budget=self.limits.alias_budget,
                    ),
                    where,
                    msg("write the repeated parts out, or raise the limit with --alias-budget"),
                )
            )
        path = self._slot()
        if path is None:
            raise LoadError(
                syntax.YamlSyntax.finding(msg("an alias cannot be a mapping key"), where)
            )
        self.doc.positions[path] = (mark.line + 1, mark.column + 1)
        self._place(path, value, size)

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        mark: Any = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        stack = self.stack
        if stack:
            top = stack[-1]
            if top.is_list:
                path = f"{top.path}[{len(top.value)}]"
            elif top.key is None:  # a mapping key: always its text as written
                self.values += 1  # keys count too: a million repeated keys are a million values
                if event.tag is not None and event.tag not in _ALLOWED_TAGS:
                    self._bad_tag(event.tag, child_path(top.path, event.value), mark)
                self._key(top, event.value, position)
                return
            else:
                path = top.key_path
        else:
            path = ""
        self.doc.positions[path] = position
        tag = event.tag
        if tag is not None and tag not in _ALLOWED_TAGS:
            self._bad_tag(tag, path, mark)
            value: Any = event.value
        elif event.implicit[0]:  # plain and untagged: YAML decides the type
            text = event.value
            first = text[:1]
            value = text
            if not first or first in _MAYBE_NOT_TEXT:
                value = self._resolve_plain(text, path, position)
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
                msg("the tag {shown} is not allowed", shown=shown),
                Location(self.name, mark.line + 1, mark.column + 1, path),
                msg(
                    "remove the tag; masterplans hold only text, numbers, dates, lists and mappings"
                ),
            )
        )

    def _resolve_plain(self, text: str, path: str, position: tuple[int, int]) -> Any:
        """An unquoted scalar's value, as YAML 1.1 reads it, flagging ambiguous forms."""
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
            message = msg(
                "`{text}` is read as {lower} by some YAML readers and as text by others",
                text=text,
                lower=str(scalars.BOOL_11[text]).lower(),
            )
            hint = msg(
                'write true or false for a yes/no value, or "{text}" (quoted) for the text',
                text=text,
            )
        elif rule is syntax.YamlAmbiguousNumber:
            message = msg(
                "`{text}` is read as a different number, or as text, by different YAML readers",
                text=text,
            )
            hint = msg(
                'write the number plainly (digits only, no leading zero or _), or quote it: "{text}"',
                text=text,
            )
        else:
            message = msg("`{text}` is not a day of the calendar", text=text)
            hint = msg("write a real date as YYYY-MM-DD")
        self.doc.findings.append(rule.finding(message, location, hint))
