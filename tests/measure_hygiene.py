"""Measure issue 18's refusals outside git-tracked test timing: for each attack class, how
many inputs were tried, that each was refused as it should be, and the slowest refusal.

Not collected by pytest (no test_ prefix); run it by hand, it takes about a minute:

    .venv/bin/python tests/measure_hygiene.py

Each CLI input runs in its own process: CPU time from os.wait4, peak memory from the
process's own VmHWM (ru_maxrss would count this script's memory from before the fork).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import MINIMAL

from smartcity_cli.checks.references import find_cycles
from smartcity_cli.diff import DiffResult
from smartcity_cli.formats import FORMATS, OutputFormat
from smartcity_cli.loader import load_text
from smartcity_cli.plandiff import diff_plans
from smartcity_cli.render.diff import render_markdown
from smartcity_cli.textsafe import BIDI
from smartcity_cli.validate import ValidationResult, validate_document

RAW = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]] + sorted(BIDI)


WRAP = """
import atexit, runpy, sys
def peak():
    status = open("/proc/self/status").read().splitlines()
    sys.stderr.write("\\nVMHWM " + next(x for x in status if x.startswith("VmHWM")).split()[1])
atexit.register(peak)
sys.argv = ["smartcity", *sys.argv[1:]]
runpy.run_module("smartcity_cli", run_name="__main__")
"""


def cli(cwd: Path, *args: str) -> tuple[int, str, str, float, float]:
    """(exit code, stdout, stderr, CPU seconds, peak MB) of one CLI run in its own process."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-c", WRAP, *args], cwd=cwd, env=env,
                                stdout=out, stderr=err)  # fmt: skip
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0)
        err.seek(0)
        errors, _, kb = err.read().decode("utf-8", "replace").rpartition("\nVMHWM ")
        return (os.waitstatus_to_exitcode(status), out.read().decode("utf-8", "replace"),
                errors, usage.ru_utime + usage.ru_stime, int(kb or 0) / 1024)  # fmt: skip


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.tried, self.failures, self.slowest, self.peak = name, 0, [], 0.0, 0.0

    def add(self, ok: bool, what: str, seconds: float, peak: float = 0.0) -> None:
        self.tried += 1
        self.slowest, self.peak = max(self.slowest, seconds), max(self.peak, peak)
        if not ok:
            self.failures.append(what)

    def line(self) -> str:
        peak = f", peak {self.peak:.0f} MB" if self.peak else ""
        state = "all refused" if not self.failures else f"FAILED: {self.failures[:3]}"
        return f"{self.name}: {self.tried} inputs, {state}; slowest {self.slowest:.3f} s CPU{peak}"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def make_repo(root: Path) -> Path:
    repo = root / "repo"
    (repo / "masterplans").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.invalid")
    git(repo, "config", "user.name", "T")
    (repo / "masterplans" / "contoh.yaml").write_text(MINIMAL, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "one")
    return repo


def refs(root: Path) -> Tally:
    tally = Tally("git refs (missing, option-like, odd)")
    repo = make_repo(root)
    planted = root / "planted"
    hostile = [f"no-such-{i}" for i in range(10)] + [
        "-x", "-", "--", "--output=" + str(planted), "--exec=touch " + str(planted), "-o",
        "--upload-pack=touch " + str(planted), "HEAD^{tree}", "HEAD:masterplans", "..",
        "HEAD..main", "@{-1}", "main\x1b[2J", "ref with space", "x" * 5000, "refs/../../etc",
        "$(touch " + str(planted) + ")", "`touch " + str(planted) + "`", ";touch x", "main\nHEAD",
        "origin/main", "HEAD~99", "0" * 40, "\u202emain",
    ]  # fmt: skip
    for ref in hostile:
        for args in (("validate", "--against", ref, "masterplans"), ("diff", "--git", ref),
                     ("diff", "--", f"{ref}:masterplans/contoh.yaml", "masterplans/contoh.yaml")):  # fmt: skip
            code, _, err, cpu, peak = cli(repo, *args)
            ok = code == 2 and not planted.exists() and "\x1b" not in err and "Traceback" not in err
            tally.add(ok, f"{args!r} -> {code} {err[:80]!r}", cpu, peak)
    shallow = root / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(shallow)], check=True)
    git(shallow, "update-ref", "-d", "refs/remotes/origin/main")
    code, _, err, cpu, peak = cli(shallow, "validate", "--against", "origin/main", "masterplans")
    tally.add(code == 2 and "git fetch --depth=1 origin main" in err, "shallow", cpu, peak)
    return tally


def controls() -> Tally:
    tally = Tally("control and bidi characters in values and keys (validate text/github)")
    for char in RAW:
        if char in "\t\n":
            continue
        escaped = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
        for text in (
            MINIMAL.replace("name: Pusat Kendali", f'name: "Pusat {escaped} Kendali"'),
            MINIMAL.replace("  title: Masterplan", f'  "ti{escaped}tle": x\n  title: Masterplan'),
        ):
            started = time.process_time()
            result = validate_document(load_text(text, "contoh.yaml"), "contoh")
            whole = ValidationResult((result,))
            shown = FORMATS[OutputFormat.TEXT](whole) + FORMATS[OutputFormat.GITHUB](whole)
            seconds = time.process_time() - started
            ok = "control-character" in {f.rule for f in result.findings} and result.plan is None
            ok = ok and not any(c in shown for c in RAW if c != "\n")
            ok = ok and all(line.startswith(("contoh.yaml", "    hint", "::", "1 file"))
                            for line in shown.splitlines())  # fmt: skip
            tally.add(ok, repr(char), seconds)
    return tally


def markdown() -> Tally:
    tally = Tally("Markdown PR comment: mentions, bare links, math")
    payloads = ["@alice", "@org/team", "cc @a-b-c.", "https://evil.example/?x=1",
                "http://a.b/c|d", "www.evil.example", "ftp://x.y/z", "$x^2$", "$$\\int$$",
                "\\$x$", "<img src=x>", "[a](http://x)", "![i](http://x)", "**@bob**",
                "`@carol`", "@dave/", "mail a@b.id", "(@eve)", "x@@frank", "\u202e@gina"]  # fmt: skip
    base = validate_document(load_text(MINIMAL, "contoh.yaml"), "contoh", disabled=frozenset(
        {"control-character"})).plan  # fmt: skip
    assert base is not None
    import dataclasses

    for payload in payloads:
        program = dataclasses.replace(base.programs[1], id="GOV-09", name=f"Satu {payload} Data")
        new = dataclasses.replace(base, programs=(*base.programs, program))
        started = time.process_time()
        md = render_markdown(DiffResult((diff_plans(base, new, old_name="a", new_name="b"),),
                                        (), ()), "en")  # fmt: skip
        seconds = time.process_time() - started
        line = next(x for x in md.splitlines() if "GOV-09" in x)
        live = _live(line)
        tally.add(not live, f"{payload!r}: {line!r} ({live})", seconds)
    return tally


def _live(line: str) -> str:
    """What GitHub would act on in one rendered line: text outside code spans."""
    import re

    outside = re.sub(r"`[^`]*`", "", line)
    for pattern, what in ((r"(?<![\w\\`])@[A-Za-z0-9]", "mention"), (r"https?://|www\.", "link"),
                          (r"(?<!\\)\$", "math"), (r"(?<!\\)<", "html"), (r"(?<!\\)\[", "link")):  # fmt: skip
        if re.search(pattern, outside):
            return what
    return ""


def symlinks(root: Path) -> Tally:
    tally = Tally("plan symlinks out of the plans directory")
    secret = root / "secret.yaml"
    secret.write_text(MINIMAL.replace("Kota Contoh", "RAHASIA"), encoding="utf-8")
    targets = [secret, Path("/etc/passwd"), Path("../secret.yaml"), root, Path("/dev/zero")]
    for i, target in enumerate(targets):
        plans = root / f"links{i}" / "masterplans"
        plans.mkdir(parents=True)
        (plans / "contoh.yaml").symlink_to(target)
        for args in (("report", "contoh"), ("validate", "masterplans"), ("validate",
                     "masterplans/contoh.yaml"), ("diff", "masterplans/contoh.yaml",
                     "masterplans/contoh.yaml")):  # fmt: skip
            code, out, err, cpu, peak = cli(plans.parent, *args)
            ok = code != 0 and "RAHASIA" not in out + err and "root:" not in out + err
            tally.add(ok, f"{target} {args} -> {code} {err[:60]!r}", cpu, peak)
    return tally


def site_markers(root: Path) -> Tally:
    from smartcity_cli.site import MARKER

    tally = Tally("site -o over planted markers")
    real, samples = root / "real", str(Path(__file__).resolve().parent.parent / "masterplans")
    cli(root, "site", samples, "-o", str(real))
    plants: list[Callable[[Path], None]] = [
        lambda d: (d / MARKER).write_text("built by smartcity site\n"),
        lambda d: (d / MARKER).write_text((real / MARKER).read_text()),
        lambda d: (d / MARKER).write_text('{"files": {}}'),
        lambda d: (d / MARKER).write_text('{"files": {"keep.txt": "0"}}'),
        lambda d: (d / MARKER).write_text("[]"),
        lambda d: (d / MARKER).mkdir(),
    ]
    for i, plant in enumerate(plants):
        target = root / f"docs{i}"
        target.mkdir()
        (target / "keep.txt").write_text("mine")
        plant(target)
        code, _, err, cpu, peak = cli(root, "site", samples, "-o", str(target))
        tally.add(code == 2 and (target / "keep.txt").is_file(), f"{i} {err[:80]}", cpu, peak)
    copy = root / "edited"
    shutil.copytree(real, copy)
    (copy / "index.html").write_text("mine")
    code, _, err, cpu, peak = cli(root, "site", samples, "-o", str(copy))
    tally.add(code == 2 and (copy / "index.html").read_text() == "mine", "edited", cpu, peak)
    return tally


def blobs(root: Path) -> Tally:
    tally = Tally("git blobs past the size limit (history, diff REF:path)")
    repo = make_repo(root / "blob")
    with (repo / "masterplans" / "contoh.yaml").open("wb") as big:  # 400 MB, written in pieces
        for _ in range(400):
            big.write(b"a: 1\n" * 200_000)
    git(repo, "commit", "-qam", "huge")
    (repo / "masterplans" / "contoh.yaml").write_text(MINIMAL, encoding="utf-8")
    for args in (("history", "contoh"),
                 ("diff", "HEAD:masterplans/contoh.yaml", "masterplans/contoh.yaml")):  # fmt: skip
        code, out, err, cpu, peak = cli(repo, *args)
        refused = "file-too-large" in out + err or "bytes at this revision" in out
        ok = refused and "Traceback" not in err and peak < 200
        tally.add(ok, f"{args} -> {code} {peak:.0f} MB", cpu, peak)
    return tally


def cycles() -> Tally:
    tally = Tally("dependency cycles (find_cycles, 200,000 nodes)")
    n = 200_000
    for edges in ({f"P{i}": [f"P{(i + 1) % n}"] for i in range(n)},
                  {f"Q{i}": [f"Q{i ^ 1}"] for i in range(n)},
                  {f"R{i}": [f"R{j}" for j in range(max(0, i - 3), i)] + [f"R{(i + 1) % n}"]
                   for i in range(n)}):  # fmt: skip
        started = time.process_time()
        found = find_cycles(edges)
        tally.add(bool(found), "cycle", time.process_time() - started)
    return tally


def huge_name(root: Path) -> Tally:
    tally = Tally("terminal report of a plan with a 1 MB name")
    plans = root / "big" / "masterplans"
    plans.mkdir(parents=True)
    for i, name in enumerate(["A" * 1_000_000, "\x1b" * 1000 + "B" * 1_000_000]):
        text = MINIMAL.replace(
            "name: Kota Contoh", f'name: "{name.replace(chr(27), chr(92) + "e")}"'
        )
        (plans / "contoh.yaml").write_text(text, encoding="utf-8")
        code, out, _, cpu, peak = cli(plans.parent, "report", "contoh")
        tally.add(len(out) < 50_000 and "\x1b" not in out, f"{i} {code} {len(out)}", cpu, peak)
    return tally


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="smartcity-hygiene-"))
    try:
        for tally in (refs(root), controls(), markdown(), symlinks(root), site_markers(root),
                      blobs(root), cycles(), huge_name(root)):  # fmt: skip
            print(tally.line(), flush=True)
            for failure in tally.failures[:5]:
                print("   ", failure)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
