"""The local backend: language-tool-python starts ``java -cp languagetool-server.jar
org.languagetool.server.HTTPServer -p PORT`` from ``$LTP_PATH/LanguageTool-<version>/``.

The real jar cannot be downloaded here, so the test compiles a stand-in class of that
name (a JDK HttpServer answering /v2/healthcheck, /v2/languages and /v2/check with one
fixed match) into a jar where ltp looks, and runs newslint with no server URL at all."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from grammar_helpers import lint, no_lt_url  # noqa: F401 - lt, no_lt_url are fixtures

from newslint.grammar import backend

pytestmark = pytest.mark.skipif(not (shutil.which("javac") and shutil.which("jar") and shutil.which("java")),
                                reason="needs a JDK (java, javac, jar) on PATH")

STUB = r"""
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public class HTTPServer {
  static final String MATCH = "{\"matches\":[{\"message\":\"Stub finding.\",\"shortMessage\":\"\","
      + "\"replacements\":[{\"value\":\"X\"}],\"offset\":2,\"length\":3,"
      + "\"context\":{\"text\":\"\",\"offset\":0,\"length\":3},\"sentence\":\"\","
      + "\"rule\":{\"id\":\"LOCAL_STUB_RULE\",\"description\":\"d\",\"issueType\":\"grammar\","
      + "\"category\":{\"id\":\"GRAMMAR\",\"name\":\"Grammar\"}}}]}";

  public static void main(String[] args) throws Exception {
    int port = 8081;
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("-p")) port = Integer.parseInt(args[i + 1]);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/v2/healthcheck", ex -> send(ex, "OK"));
    server.createContext("/v2/languages", ex -> send(ex, "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]"));
    server.createContext("/v2/check", ex -> { ex.getRequestBody().readAllBytes(); send(ex, MATCH); });
    server.start();
  }

  static void send(HttpExchange ex, String body) throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) { out.write(bytes); }
  }
}
"""


@pytest.fixture(scope="module")
def stub_jar(tmp_path_factory):
    work = tmp_path_factory.mktemp("ltstub")
    src = work / "src" / "org" / "languagetool" / "server"
    src.mkdir(parents=True)
    (src / "HTTPServer.java").write_text(STUB, encoding="utf-8")
    classes = work / "classes"
    subprocess.run(["javac", "-d", str(classes), str(src / "HTTPServer.java")], check=True, timeout=120)
    lt_home = work / "ltp"
    (lt_home / "LanguageTool-6.8").mkdir(parents=True)
    subprocess.run(["jar", "cf", str(lt_home / "LanguageTool-6.8" / "languagetool-server.jar"), "-C", str(classes), "."],
                   check=True, timeout=120)
    return lt_home


def test_a_local_languagetool_is_started_when_java_and_its_files_are_present(no_lt_url, monkeypatch, stub_jar):
    monkeypatch.setenv("LTP_PATH", str(stub_jar))
    try:
        text = "Talks in Moscow\n\n😀 The talks ended.\n"
        result = lint(text, select=("NL9",))
        assert not result.unavailable, result.unavailable
        [d] = result.diagnostics
        assert (d.code, text[d.span.start:d.span.end]) == ("NL901", "lks")  # offset 2, length 3 in the headline
        assert d.message.endswith("(LanguageTool LOCAL_STUB_RULE)")
        [b] = backend._BACKENDS.values()
        assert b.server == "local LanguageTool 6.8"
        server = b._client._server
        assert server is not None and server.poll() is None
    finally:
        backend.reset()  # closes the client: ltp stops the java process
    assert server.poll() is not None
