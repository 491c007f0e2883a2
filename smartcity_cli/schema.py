"""Check a Document's structure against the format spec, and export the spec as JSON Schema."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from collections.abc import Iterator
from typing import Any

from smartcity_cli.checks import structure
from smartcity_cli.findings import Finding
from smartcity_cli.fixes import suggest
from smartcity_cli.loader import Document, child_path
from smartcity_cli.messages import Both, msg
from smartcity_cli.spec import (
    FORMAT_VERSION,
    MASTERPLAN_FILE,
    Boolean,
    Date,
    Integer,
    ListOf,
    MapOf,
    Number,
    Record,
    RecordOrList,
    Spec,
    Text,
    TextOrRecord,
)

_EXPECTED = {
    Text: msg("text"),
    Integer: msg("a whole number"),
    Number: msg("a number"),
    Boolean: msg("true or false"),
    Date: msg("a date (YYYY-MM-DD)"),
    ListOf: msg("a list"),
    MapOf: msg("a mapping"),
    Record: msg("a mapping"),
    TextOrRecord: msg("text or a mapping"),
    RecordOrList: msg("a mapping or a list"),
}


def check_structure(doc: Document) -> list[Finding]:
    """Every structural problem in the document, each located; empty when the shape is right."""
    findings = list(_check(doc, doc.data, MASTERPLAN_FILE, ""))
    version = doc.data.get("format") if isinstance(doc.data, dict) else None
    # versions below 1 never existed: out-of-range already says so
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version > 1
        and version != FORMAT_VERSION
    ):
        newer = version > FORMAT_VERSION
        findings.append(
            structure.FormatVersion.finding(
                msg(
                    "this file is format {version}; this smartcity reads format {supported}",
                    version=version,
                    supported=FORMAT_VERSION,
                ),
                doc.locate("format"),
                msg("upgrade smartcity")
                if newer
                else msg(
                    "run `smartcity migrate FILE --to {supported}`",
                    supported=FORMAT_VERSION,
                ),
            )
        )
    return findings


def describe(value: Any) -> str:
    """How a value reads to a user: 'text "abc"', 'the number 13.7', 'nothing'."""
    if value is None:
        return msg("nothing (an empty value)")
    if isinstance(value, bool):
        return msg("the value {value}", value=str(value).lower())
    if isinstance(value, int | float):
        return msg("the number {value}", value=value)
    if isinstance(value, dt.datetime):
        return msg("the date and time {value}", value=value.isoformat())
    if isinstance(value, dt.date):
        return msg("the date {value}", value=value.isoformat())
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return msg('text "{value}"', value=shown)
    if isinstance(value, list):
        return msg("a list")
    return msg("a mapping")


def _check(doc: Document, value: Any, spec: Spec, path: str) -> Iterator[Finding]:
    if path in doc.flagged:
        return
    if isinstance(spec, Record):
        yield from _check_record(doc, value, spec, path)
    elif isinstance(spec, TextOrRecord):
        if isinstance(value, dict):
            yield from _check_record(doc, value, spec.record, path)
        elif not isinstance(value, str):
            yield _wrong_type(doc, value, spec, path)
    elif isinstance(spec, RecordOrList):
        if isinstance(value, list):
            yield from _check(doc, value, spec.items, path)
        else:
            yield from _check_record(doc, value, spec.record, path)
    elif isinstance(spec, ListOf):
        if not isinstance(value, list):
            yield _wrong_type(doc, value, spec, path)
            return
        for index, item in enumerate(value):
            yield from _check(doc, item, spec.item, child_path(path, index))
    elif isinstance(spec, MapOf):
        if not isinstance(value, dict):
            yield _wrong_type(doc, value, spec, path)
            return
        for key, item in value.items():
            item_path = child_path(path, key)
            if not re.match(spec.key_pattern, key):
                yield structure.InvalidValue.finding(
                    msg("`{key}` is not {key_shape}", key=key, key_shape=spec.key_shape),
                    doc.locate(item_path, key=True),
                )
            yield from _check(doc, item, spec.value, item_path)
    else:
        yield from _check_scalar(doc, value, spec, path)


def _check_record(doc: Document, value: Any, spec: Record, path: str) -> Iterator[Finding]:
    if not isinstance(value, dict):
        yield _wrong_type(doc, value, spec, path)
        return
    for key, item in value.items():
        item_path = child_path(path, key)
        field = spec.by_name.get(key)
        if field is None:
            yield _unknown_key(doc, key, spec, item_path)
            continue
        yield from _check(doc, item, field.spec, item_path)
    for field in spec.fields:
        if field.required and field.name not in value:
            where = msg("in {path}", path=path) if path else msg("at the top of the file")
            yield structure.MissingKey.finding(
                msg("`{field_name}` is required {where}", field_name=field.name, where=where),
                doc.locate(path),
                msg("add `{field_name}:` ({description})", field_name=field.name,
                    description=_description(path, field.name, field.description)),
            )  # fmt: skip


def _description(path: str, name: str, english: str) -> Both:
    """A key's description in both languages, lower-cased to follow "add `key:` (".
    The Indonesian is descriptions.py's, keyed by the path pattern (``programs[].years``)."""
    from smartcity_cli.descriptions import ID

    pattern = re.sub(r"\[\d+\]", "[]", f"{path}.{name}" if path else name)
    indonesian = ID.get(pattern, english)

    def lower(text: str) -> str:
        return text[:1].lower() + text[1:]

    return Both(lower(english), lower(indonesian))


def _unknown_key(doc: Document, key: str, spec: Record, path: str) -> Finding:
    known = [f.name for f in spec.fields]
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = (msg("did you mean `{close}`?", close=close[0]) if close
            else msg("allowed here: {known}", known=", ".join(known)))  # fmt: skip
    if key == "<<":
        hint = msg("YAML merge keys (<<) are not supported; write the keys out")
    return structure.UnknownKey.finding(
        msg("`{key}` is not a known key here", key=key), doc.locate(path, key=True), hint
    )


def _wrong_type(doc: Document, value: Any, spec: Spec, path: str) -> Finding:
    expected = _EXPECTED[type(spec)]
    raw = doc.plain.get(path)
    if isinstance(spec, Text | TextOrRecord) and raw is not None and value is not None:
        return structure.UnquotedText.finding(
            msg(
                "`{raw}` is read as {describe}, but text is expected here",
                raw=raw,
                describe=describe(value),
            ),
            doc.locate(path),
            msg('quote it: "{raw}"', raw=raw),
        )
    found = describe(value)
    if path == "":
        return structure.WrongType.finding(
            msg(
                "the file must be a mapping of keys (format:, region:, ...), but it holds {found}",
                found=found,
            ),
            doc.locate(path),
        )
    fix = suggest(path, value, raw)  # `70%`, `70,5`, `ya`, `2026-2028`: name the fix
    return structure.WrongType.finding(
        msg("expected {expected}, found {found}", expected=expected, found=found),
        doc.locate(path),
        fix.hint if fix else "",
    )


def _check_scalar(doc: Document, value: Any, spec: Spec, path: str) -> Iterator[Finding]:
    if isinstance(spec, Text):
        if not isinstance(value, str):
            yield _wrong_type(doc, value, spec, path)
        elif spec.choices and value not in spec.choices:
            fix = suggest(path, value, None)  # an Indonesian word: berjalan is `running`
            close = difflib.get_close_matches(value, spec.choices, n=1, cutoff=0.6)
            hint = (
                fix.hint if fix else msg("did you mean `{close}`?", close=close[0]) if close else ""
            )
            yield structure.InvalidValue.finding(
                msg(
                    "`{value}` is not one of: {choices}",
                    value=value,
                    choices=", ".join(spec.choices),
                ),
                doc.locate(path),
                hint,
            )
        elif spec.pattern and not re.search(spec.pattern, value):
            fix = suggest(path, value, None)
            yield structure.InvalidValue.finding(
                msg("`{value}` is not of the right form: {shape}", value=value, shape=spec.shape), doc.locate(path),
                fix.hint if fix else "",
            )  # fmt: skip
        elif not value.strip():
            yield structure.InvalidValue.finding(msg("the text is empty"), doc.locate(path))
    elif isinstance(spec, Boolean):
        if not isinstance(value, bool):
            yield _wrong_type(doc, value, spec, path)
    elif isinstance(spec, Date):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            yield _wrong_type(doc, value, spec, path)
    elif isinstance(spec, Integer | Number):
        yield from _check_number(doc, value, spec, path)


def _check_number(
    doc: Document, value: Any, spec: Integer | Number, path: str
) -> Iterator[Finding]:
    wanted_int = isinstance(spec, Integer)
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield _wrong_type(doc, value, spec, path)
        return
    if wanted_int and not isinstance(value, int):
        yield _wrong_type(doc, value, spec, path)
        return
    if isinstance(value, float) and not math.isfinite(value):
        yield structure.OutOfRange.finding(
            msg("{value} is not a finite number", value=doc.plain.get(path, value)),
            doc.locate(path),
        )
        return
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            bounds = msg("between {low:g} and {high:g}", low=low, high=high)
        elif low is not None:
            bounds = msg("at least {low:g}", low=low)
        else:
            bounds = msg("at most {high:g}", high=high)
        yield structure.OutOfRange.finding(
            msg("{value:g} is out of range: it must be {bounds}", value=value, bounds=bounds),
            doc.locate(path),
        )


# -- JSON Schema ---------------------------------------------------------------------------

JSON_SCHEMA_ID = "https://smartcity.invalid/schema/masterplan-1.schema.json"


def json_schema() -> dict[str, Any]:
    """Format v1 as a JSON Schema (draft 2020-12), for editors and other tools."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": JSON_SCHEMA_ID,
        "title": "smartcity masterplan, format 1",
    }
    schema.update(_to_json(MASTERPLAN_FILE, ""))
    schema["properties"]["format"]["const"] = FORMAT_VERSION
    return schema


def _describe(out: dict[str, Any], english: str, path: str) -> None:
    """English and Indonesian descriptions (descriptions.py), plain and Markdown, and one
    description per enum value (yaml-language-server shows markdownEnumDescriptions)."""
    from smartcity_cli.descriptions import ENUMS, ID

    indonesian = ID.get(path or ".", "")
    out["description"] = f"{english}\n\n{indonesian}" if indonesian else english
    out["markdownDescription"] = f"{english}\n\n*{indonesian}*" if indonesian else english
    target = out["items"] if out.get("type") == "array" and "enum" in out.get("items", {}) else out
    values = ENUMS.get(path + "[]" if target is not out else path)
    if values and "enum" in target:
        pairs = [values[v] for v in target["enum"]]
        target["enumDescriptions"] = [f"{en} — {id_}" for en, id_ in pairs]
        target["markdownEnumDescriptions"] = [f"{en}\n\n*{id_}*" for en, id_ in pairs]


def _to_json(spec: Spec, path: str) -> dict[str, Any]:
    if isinstance(spec, Record):
        out: dict[str, Any] = {"type": "object"}
        if spec.description and not path:
            _describe(out, spec.description, path)
        properties = {}
        for field in spec.fields:
            inner = f"{path}.{field.name}" if path else field.name
            prop = _to_json(field.spec, inner)
            _describe(prop, field.description, inner)
            properties[field.name] = prop
        out["properties"] = properties
        required = [f.name for f in spec.fields if f.required]
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out
    if isinstance(spec, TextOrRecord):
        return {"anyOf": [{"type": "string", "minLength": 1}, _to_json(spec.record, path)]}
    if isinstance(spec, RecordOrList):
        return {"anyOf": [_to_json(spec.record, path), _to_json(spec.items, path)]}
    if isinstance(spec, ListOf):
        return {"type": "array", "items": _to_json(spec.item, path + "[]")}
    if isinstance(spec, MapOf):
        return {
            "type": "object",
            "propertyNames": {"pattern": spec.key_pattern},
            "additionalProperties": _to_json(spec.value, path + ".*"),
        }
    if isinstance(spec, Text):
        text: dict[str, Any] = {"type": "string"}
        if spec.choices:
            text["enum"] = list(spec.choices)
        elif spec.pattern:
            text["pattern"] = spec.pattern
        else:
            text["minLength"] = 1
        return text
    if isinstance(spec, Integer | Number):
        number: dict[str, Any] = {"type": "integer" if isinstance(spec, Integer) else "number"}
        if spec.minimum is not None:
            number["minimum"] = spec.minimum
        if spec.maximum is not None:
            number["maximum"] = spec.maximum
        return number
    if isinstance(spec, Boolean):
        return {"type": "boolean"}
    return {"type": "string", "format": "date"}


def schema_text() -> str:
    """The JSON Schema as the text kept at schema/masterplan.schema.json."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
