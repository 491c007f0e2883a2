"""Rules raised while reading a file: size, encoding, YAML syntax and YAML's traps.

They live outside checks/ because the loader raises them: this module imports nothing of
checks/, so the loader does not either (checks/changes.py and others need the loader).
"""

from __future__ import annotations

from smartcity_cli.findings import Severity
from smartcity_cli.rules import Rule, Stage, register


class _SyntaxRule(Rule):
    stage = Stage.SYNTAX
    severity = Severity.ERROR


@register
class FileUnreadable(_SyntaxRule):
    """The file cannot be read (it does not exist, is a directory, or is not permitted).

    Check the path and the file's permissions.

    Passing:

        smartcity validate masterplans/palu.yaml

    Failing:

        smartcity validate masterplans/no-such-region.yaml
    """

    id = "file-unreadable"


@register
class FileTooLarge(_SyntaxRule):
    """The file is larger than the size limit (10 MB unless `--max-bytes` says otherwise).

    A masterplan of a thousand programs is well under 1 MB; a file past the limit is
    refused before it is read, so a mistaken or hostile file cannot exhaust memory.

    Passing:

        a plan file of 300 KB

    Failing:

        a plan file of 50 MB
    """

    id = "file-too-large"


@register
class FileEncoding(_SyntaxRule):
    """The file is not valid UTF-8 text.

    Save the file as UTF-8 (a byte-order mark is tolerated). The finding points at
    the first byte that is not UTF-8, which is often a character pasted from a
    document saved in another encoding.

    Passing:

        name: Kota Padang Panjang     # saved as UTF-8

    Failing:

        name: Kota Padang Panjang     # saved as UTF-16 or Windows-1252 with a non-ASCII byte
    """

    id = "file-encoding"


@register
class EmptyFile(_SyntaxRule):
    """The file holds no YAML document (it is empty or only comments).

    Passing:

        format: 1
        revision: 1

    Failing:

        # nothing but a comment
    """

    id = "empty-file"


@register
class YamlSyntax(_SyntaxRule):
    """The file is not well-formed YAML.

    The message gives YAML's own reason. Common causes: a tab used for indentation
    (YAML indents with spaces), a quote that is never closed, a colon in an unquoted
    value, or a second document after `---`.

    Passing:

        name: "Kota Palu: Sulawesi Tengah"

    Failing:

        name: "Kota Palu
    """

    id = "yaml-syntax"


@register
class YamlAliasBudget(_SyntaxRule):
    """Aliases (`*name`) expand to more nodes than the limit allows.

    Anchors and aliases may repeat a small piece of YAML, but a document whose
    aliases expand to more than 10,000 nodes (`--alias-budget`) is refused: this
    is the "billion laughs" attack, which would otherwise exhaust memory.

    Passing:

        partners: &mitra [Telkom Indonesia]
        other_partners: *mitra

    Failing:

        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    """

    id = "yaml-alias-budget"


@register
class YamlTooDeep(_SyntaxRule):
    """Collections are nested deeper than 64 levels.

    A masterplan nests at most about six levels; far deeper nesting is refused
    before it can exhaust the parser.

    Passing:

        years: {start: 2019, end: 2020}

    Failing:

        a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    """

    id = "yaml-too-deep"


@register
class YamlTooManyValues(_SyntaxRule):
    """The file holds more values than the limit allows.

    A masterplan of 300 programs holds about 15,000 values, one of 10,000 programs about
    516,500; a file with more than 750,000 (`--max-values`), or a list or mapping of more
    than 50,000 items, repeated keys included (`--max-items`), is refused as soon as the
    limit is passed.

    Passing:

        programs:        # 300 programs

    Failing:

        a: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ...]     # a million items
    """

    id = "yaml-too-many-values"


@register
class YamlTag(_SyntaxRule):
    """A YAML tag other than `!!str` is used.

    Tags such as `!!python/object` ask a loader to build program objects; the tool
    never does, and refuses the file so that no other tool is tricked into it.

    Passing:

        code: !!str 13.70

    Failing:

        name: !!python/object/apply:os.system ["echo hi"]
    """

    id = "yaml-tag"


@register
class YamlDuplicateKey(_SyntaxRule):
    """A key appears twice in the same mapping.

    Most YAML readers silently keep the last value, so one of the two is lost.
    Remove or rename one of them.

    Passing:

        status: running
        progress: 60

    Failing:

        status: running
        status: completed
    """

    id = "yaml-duplicate-key"


@register
class YamlAmbiguousBoolean(_SyntaxRule):
    """A value is `yes`, `no`, `on` or `off` without quotes.

    Older YAML (1.1, read by PyYAML and many tools) turns these words into true or
    false; newer YAML (1.2, read by editors) keeps them as text. Write `true` or
    `false` for a yes/no value, and quote the word if you mean the text.

    Passing:

        quick_win: true
        id: "on"

    Failing:

        quick_win: yes
        id: on
    """

    id = "yaml-ambiguous-boolean"
    fixable = "in a text field it quotes the value; in a yes/no field it writes true or false"


@register
class YamlAmbiguousNumber(_SyntaxRule):
    """A number is written in a form that YAML readers disagree on.

    `010` is eight to some readers and ten to others, `1_000` and `1:30` are
    numbers only in old YAML. Write plain decimal numbers (`1000`), or quote the
    value if it is text (`"010"`).

    Passing:

        amount: 1000000

    Failing:

        amount: 1_000_000
    """

    id = "yaml-ambiguous-number"
    fixable = "in a text field it quotes the value; a number field is left alone (its meaning is not certain)"


@register
class YamlInvalidDate(_SyntaxRule):
    """A value looks like a date (`YYYY-MM-DD`) but is not a day of the calendar.

    Passing:

        updated: 2024-02-29

    Failing:

        updated: 2023-02-29
    """

    id = "yaml-invalid-date"
