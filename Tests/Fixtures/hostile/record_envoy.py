#!/usr/bin/env python3
"""Records real Envoy's answer to every hostile HTTP/1.1 request of the corpus into corpus.json.

    ENVOY=~/envoy-venv/bin/envoy python3 Tests/Fixtures/hostile/record_envoy.py

Starts a tiny HTTP/1.1 backend (in this process, on 127.0.0.41) and real Envoy on free loopback ports with a
seed-like v3 config (codec AUTO, /service/1 and /service/2 routed to STATIC clusters on the backend), sends
each case's exact bytes on its own connection, and records the responses, whether and when Envoy closed the
connection, and, when it kept it open, whether a well-formed probe request on it is still answered.
Stops only the Envoy process it started, by PID. Loopback only; every loop and read is bounded.

Request bytes are written in corpus.json as strings whose characters U+0000..U+00FF each stand for one byte
(latin-1), so NUL, bare CR and non-ASCII bytes are exact. A case's `repeat` replaces `marker` in the request
with `text` repeated `count` times (for the oversized cases).
"""
import concurrent.futures
import http.client
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus.json")
ENVOY = os.environ.get("ENVOY", os.path.expanduser("~/envoy-venv/bin/envoy"))
BACKEND_HOST = "127.0.0.41"
QUIET_S = 1.6      # after a response, wait this long for more bytes or the close (Envoy's delayed close is 1 s)
SILENT_S = 3.0     # with no byte at all, give up after this long
DEADLINE_S = 6.0   # per read phase, whatever happens
PROBE = b"GET /service/1/probe HTTP/1.1\r\nHost: probe.example\r\n\r\n"

H = "Host: example.com\r\n"
P = "POST /service/1 HTTP/1.1\r\n" + H
G = "GET /service/1 HTTP/1.1\r\n" + H
GOOD = "GET /service/2/next HTTP/1.1\r\nHost: example.com\r\n\r\n"


def c(name, request, note, repeat=None):
    case = {"name": name, "note": note, "request": request}
    if repeat:
        case["repeat"] = {"marker": repeat[0], "text": repeat[1], "count": repeat[2]}
    return case


# The corpus: (name, request, why it is interesting). Requests are latin-1 strings (one char per byte).
CASES = [
    # --- control cases: well-formed requests -------------------------------------------------------------------
    c("control_get", G + "\r\n", "a well-formed GET is proxied"),
    c("control_post_content_length", P + "Content-Length: 5\r\n\r\nhello", "a body framed by Content-Length"),
    c("control_post_chunked", P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
      "a body framed by chunked encoding"),
    c("control_connection_close", G + "Connection: close\r\n\r\n", "the client asks to close after the response"),
    # --- request smuggling: Content-Length and Transfer-Encoding -----------------------------------------------
    c("cl_then_te", P + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "CL.TE smuggling: both framings"),
    c("te_then_cl", P + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
      "TE.CL smuggling: both framings, TE first"),
    c("cl_duplicate_same", P + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
      "two identical Content-Length headers"),
    c("cl_duplicate_different", P + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
      "two conflicting Content-Length headers"),
    c("cl_list_same", P + "Content-Length: 5, 5\r\n\r\nhello", "one Content-Length header listing 5 twice"),
    c("cl_list_different", P + "Content-Length: 5, 6\r\n\r\nhello!", "one Content-Length header listing 5 and 6"),
    c("cl_plus_sign", P + "Content-Length: +5\r\n\r\nhello", "a signed Content-Length"),
    c("cl_negative", P + "Content-Length: -1\r\n\r\n", "a negative Content-Length"),
    c("cl_huge", P + "Content-Length: 99999999999999999999999\r\n\r\nhello", "a Content-Length past 64 bits"),
    c("cl_non_numeric", P + "Content-Length: abc\r\n\r\nhello", "a non-numeric Content-Length"),
    c("cl_hex", P + "Content-Length: 0x5\r\n\r\nhello", "a hexadecimal Content-Length"),
    c("cl_inner_space", P + "Content-Length: 1 2\r\n\r\nhello world!", "a Content-Length with a space inside"),
    c("cl_empty", P + "Content-Length:\r\n\r\n", "an empty Content-Length"),
    c("te_chunked_identity", P + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
      "chunked is not the final coding"),
    c("te_identity", P + "Transfer-Encoding: identity\r\n\r\n", "identity, not a valid transfer coding any more"),
    c("te_xchunked", P + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", "an unknown coding that contains chunked"),
    c("te_gzip_chunked", P + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", "a coding list ending in chunked"),
    c("te_two_headers", P + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "Transfer-Encoding given twice"),
    c("te_upper_case", P + "Transfer-Encoding: CHUNKED\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
      "codings are case-insensitive"),
    c("te_obs_fold", P + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n", "the coding hidden in an obs-fold"),
    c("te_space_before_colon", P + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
      "whitespace between the name and the colon"),
    c("te_vertical_tab", P + "Transfer-Encoding:\x0bchunked\r\n\r\n0\r\n\r\n", "a vertical tab as the separator"),
    c("te_on_get", G + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "a chunked GET"),
    c("te_http10", "POST /service/1 HTTP/1.0\r\n" + H + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "chunked on HTTP/1.0"),
    # --- chunked framing -----------------------------------------------------------------------------------------
    c("chunk_size_not_hex", P + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", "a chunk size of zz"),
    c("chunk_size_overflow", P + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nhello\r\n0\r\n\r\n",
      "a chunk size past 64 bits"),
    c("chunk_size_negative", P + "Transfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", "a negative chunk size"),
    c("chunk_size_empty", P + "Transfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n", "an empty chunk size line"),
    c("chunk_size_leading_space", P + "Transfer-Encoding: chunked\r\n\r\n 5\r\nhello\r\n0\r\n\r\n",
      "whitespace before the chunk size"),
    c("chunk_size_trailing_space", P + "Transfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n",
      "whitespace after the chunk size"),
    c("chunk_size_0x_prefix", P + "Transfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", "a 0x chunk size"),
    c("chunk_size_leading_zeros", P + "Transfer-Encoding: chunked\r\n\r\n0005\r\nhello\r\n0\r\n\r\n",
      "leading zeros in the chunk size"),
    c("chunk_data_too_long", P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n",
      "more data than the chunk size, no CRLF where it belongs"),
    c("chunk_bare_lf", P + "Transfer-Encoding: chunked\r\n\r\n5\nhello\n0\n\n", "chunk lines ended by bare LF"),
    c("chunk_missing_final_then_pipelined",
      P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n" + GOOD,
      "no last chunk: the next request's line is read as a chunk size"),
    c("chunk_extension", P + "Transfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n0;last\r\n\r\n",
      "chunk extensions are allowed"),
    c("chunk_extension_bare_cr", P + "Transfer-Encoding: chunked\r\n\r\n5;a\rb\r\nhello\r\n0\r\n\r\n",
      "a bare CR inside a chunk extension"),
    c("chunk_trailers", P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-Trailer: yes\r\n\r\n",
      "trailers after the last chunk"),
    c("chunk_trailer_invalid", P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nbad trailer\r\n\r\n",
      "a trailer line without a colon"),
    c("chunked_then_pipelined", P + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + GOOD,
      "a chunked request and a pipelined GET: both answered"),
    # --- header syntax -------------------------------------------------------------------------------------------
    c("obs_fold", G + "X-Folded: first\r\n second\r\n\r\n", "an obs-fold continuation line"),
    c("obs_fold_first_header", "GET /service/1 HTTP/1.1\r\n X-Lead: a\r\n" + H + "\r\n",
      "whitespace at the start of the first header line"),
    c("bare_lf_everywhere", "GET /service/1 HTTP/1.1\nHost: example.com\n\n", "every line ended by a bare LF"),
    c("bare_lf_one_header", G + "X-A: 1\nX-B: 2\r\n\r\n", "one header line ended by a bare LF"),
    c("bare_lf_request_line", "GET /service/1 HTTP/1.1\n" + H + "\r\n", "the request line ended by a bare LF"),
    c("bare_cr_in_value", G + "X-A: 1\r2\r\n\r\n", "a bare CR inside a value"),
    c("bare_cr_line_end", G + "X-A: 1\rX-B: 2\r\n\r\n", "a header line ended by a bare CR"),
    c("nul_in_value", G + "X-A: a\x00b\r\n\r\n", "a NUL byte in a value"),
    c("nul_in_name", G + "X-\x00A: b\r\n\r\n", "a NUL byte in a name"),
    c("ctl_in_value", G + "X-A: a\x01b\r\n\r\n", "a control byte (SOH) in a value"),
    c("del_in_value", G + "X-A: a\x7fb\r\n\r\n", "DEL in a value"),
    c("esc_in_name", G + "X-\x1bA: b\r\n\r\n", "ESC in a name"),
    c("tab_in_value", G + "X-A: a\tb\r\n\r\n", "a horizontal tab in a value is allowed"),
    c("utf8_in_value", G + "X-A: caf\u00c3\u00a9\r\n\r\n", "UTF-8 bytes in a value (obs-text)"),
    c("high_byte_in_name", G + "X-\u00e9: b\r\n\r\n", "a byte over 0x7F in a name"),
    c("space_in_name", G + "X A: b\r\n\r\n", "a space inside a name"),
    c("space_before_colon", G + "X-A : b\r\n\r\n", "whitespace between a name and its colon"),
    c("tab_before_colon", G + "X-A\t: b\r\n\r\n", "a tab between a name and its colon"),
    c("non_token_name", G + "X(A): b\r\n\r\n", "parentheses (separators) in a name"),
    c("at_sign_name", G + "X@A: b\r\n\r\n", "an @ in a name"),
    c("quote_in_name", G + "X\"A: b\r\n\r\n", "a double quote in a name"),
    c("empty_name", G + ": b\r\n\r\n", "an empty header name"),
    c("no_colon", G + "X-No-Colon\r\n\r\n", "a header line without a colon"),
    c("underscore_name", G + "X_Under: b\r\n\r\n", "underscores in names are allowed by default"),
    c("colon_in_value", G + "X-A: b: c\r\n\r\n", "a colon inside a value is fine"),
    # --- sizes ---------------------------------------------------------------------------------------------------
    c("long_header_value_61k", G + "X-Big: @@\r\n\r\n", "a 61 000-byte value fits the 60 KiB limit",
      ("@@", "a", 61000)),
    c("long_header_value_62k", G + "X-Big: @@\r\n\r\n", "a 62 000-byte value passes 60 KiB",
      ("@@", "a", 62000)),
    c("long_header_name", G + "X-@@: b\r\n\r\n", "a 70 000-byte header name", ("@@", "n", 70000)),
    c("long_uri_8k", "GET /service/1/@@ HTTP/1.1\r\n" + H + "\r\n", "an 8 000-byte path", ("@@", "u", 8000)),
    c("long_uri_70k", "GET /service/1/@@ HTTP/1.1\r\n" + H + "\r\n", "a 70 000-byte path", ("@@", "u", 70000)),
    c("headers_99_more", G + "@@\r\n", "Host and 99 more headers: 100, the max_headers_count",
      ("@@", "X-Many: v\r\n", 99)),
    c("headers_100_more", G + "@@\r\n", "Host and 100 more headers: 101, past max_headers_count",
      ("@@", "X-Many: v\r\n", 100)),
    # --- request line --------------------------------------------------------------------------------------------
    c("garbage", "GARBAGE\r\n\r\n", "not a request line"),
    c("binary_garbage", "\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + "\x00" * 8 + "\r\n\r\n",
      "the start of a TLS ClientHello"),
    c("empty_request_line", "\r\n\r\n", "only empty lines"),
    c("leading_crlf", "\r\n\r\n" + G + "\r\n", "empty lines before the request (RFC 9112 lets servers skip them)"),
    c("http09", "GET /service/1\r\n\r\n", "an HTTP/0.9 request line"),
    c("http10", "GET /service/1 HTTP/1.0\r\n" + H + "\r\n", "HTTP/1.0 is refused by default"),
    c("http12", "GET /service/1 HTTP/1.2\r\n" + H + "\r\n", "HTTP/1.2"),
    c("http20_in_http1", "GET /service/1 HTTP/2.0\r\n" + H + "\r\n", "HTTP/2.0 in an HTTP/1 request line"),
    c("http_lower_case", "GET /service/1 http/1.1\r\n" + H + "\r\n", "a lower-case protocol name"),
    c("http_version_11_0", "GET /service/1 HTTP/11.0\r\n" + H + "\r\n", "a two-digit major version"),
    c("no_version", "GET /service/1 \r\n" + H + "\r\n", "a request line with no version after the space"),
    c("double_space", "GET  /service/1 HTTP/1.1\r\n" + H + "\r\n", "two spaces after the method"),
    c("tab_separator", "GET\t/service/1 HTTP/1.1\r\n" + H + "\r\n", "a tab between method and target"),
    c("space_in_target", "GET /service/1/a b HTTP/1.1\r\n" + H + "\r\n", "a space inside the target"),
    c("lower_case_method", "get /service/1 HTTP/1.1\r\n" + H + "\r\n", "a lower-case method"),
    c("unknown_method", "FROB /service/1 HTTP/1.1\r\n" + H + "\r\n", "a method Envoy does not know"),
    c("non_token_method", "GE@T /service/1 HTTP/1.1\r\n" + H + "\r\n", "a method with a non-token character"),
    c("options_star", "OPTIONS * HTTP/1.1\r\n" + H + "\r\n", "OPTIONS with the asterisk form"),
    c("connect", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", "CONNECT, not configured"),
    c("authority_form_get", "GET example.com:80 HTTP/1.1\r\n" + H + "\r\n", "the authority form on a GET"),
    c("target_without_slash", "GET service/1 HTTP/1.1\r\n" + H + "\r\n", "an origin-form target without the slash"),
    c("absolute_form", "GET http://example.com/service/1 HTTP/1.1\r\n" + H + "\r\n", "the absolute form"),
    c("absolute_form_host_mismatch", "GET http://example.com/service/1 HTTP/1.1\r\nHost: other.example\r\n\r\n",
      "the absolute form naming another authority than Host"),
    c("absolute_form_no_host", "GET http://example.com/service/1 HTTP/1.1\r\n\r\n",
      "the absolute form and no Host header"),
    c("absolute_form_https", "GET https://example.com/service/1 HTTP/1.1\r\n" + H + "\r\n",
      "the absolute form with an https scheme"),
    c("absolute_form_bad_scheme", "GET ftp://example.com/service/1 HTTP/1.1\r\n" + H + "\r\n",
      "the absolute form with an ftp scheme"),
    # --- Host ----------------------------------------------------------------------------------------------------
    c("no_host", "GET /service/1 HTTP/1.1\r\n\r\n", "HTTP/1.1 without Host"),
    c("two_hosts", G + "Host: other.example\r\n\r\n", "two Host headers"),
    c("empty_host", "GET /service/1 HTTP/1.1\r\nHost:\r\n\r\n", "an empty Host"),
    c("host_with_space", "GET /service/1 HTTP/1.1\r\nHost: a b\r\n\r\n", "a space inside Host"),
    c("host_with_userinfo", "GET /service/1 HTTP/1.1\r\nHost: user@example.com\r\n\r\n", "userinfo in Host"),
    # --- special requests ----------------------------------------------------------------------------------------
    c("expect_100_continue", P + "Expect: 100-continue\r\nContent-Length: 5\r\n\r\nhello",
      "Expect: 100-continue with the body sent at once"),
    c("expect_unknown", G + "Expect: something-else\r\n\r\n", "an Expect value other than 100-continue"),
    c("upgrade_websocket", G + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n", "a WebSocket upgrade, not configured"),
    c("upgrade_h2c",
      G + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n",
      "an h2c upgrade: answered as HTTP/1.1"),
    c("h2_preface_after_request", G + "\r\nPRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
      "the HTTP/2 preface pipelined after an HTTP/1.1 request"),
    # --- paths ---------------------------------------------------------------------------------------------------
    c("path_dot_dot", "GET /service/1/../2/x HTTP/1.1\r\n" + H + "\r\n", "a .. segment (no normalization by default)"),
    c("path_dot_dot_above_root", "GET /../service/1 HTTP/1.1\r\n" + H + "\r\n", "a .. segment above the root"),
    c("path_encoded_slash", "GET /service%2F1/x HTTP/1.1\r\n" + H + "\r\n", "an encoded slash"),
    c("path_fragment", "GET /service/1/x#frag HTTP/1.1\r\n" + H + "\r\n", "a fragment in the target"),
    c("path_high_bytes", "GET /service/1/\u00ff\u00fe HTTP/1.1\r\n" + H + "\r\n", "raw bytes over 0x7F in the path"),
    c("path_nul", "GET /service/1/a\x00b HTTP/1.1\r\n" + H + "\r\n", "a NUL byte in the path"),
    c("path_backslash", "GET /service/1\\x HTTP/1.1\r\n" + H + "\r\n", "a backslash in the path"),
    c("path_query_only", "GET ?a=b HTTP/1.1\r\n" + H + "\r\n", "a target that is only a query"),
    # --- pipelining ----------------------------------------------------------------------------------------------
    c("pipelined_good_after_bad", "GARBAGE\r\n\r\n" + GOOD, "a good request behind a bad one is not answered"),
    c("pipelined_bad_after_good", GOOD + "GARBAGE\r\n\r\n", "the good request first, then garbage"),
    c("pipelined_cl_body_smuggle", P + "Content-Length: 0\r\n\r\n" + GOOD,
      "Content-Length: 0 then a second request in the same packet"),
]


def expand(case):
    request = case["request"]
    if "repeat" in case:
        spec = case["repeat"]
        request = request.replace(spec["marker"], spec["text"] * spec["count"])
    return request.encode("latin-1")


# --- the backend ---------------------------------------------------------------------------------------------------

class Backend(http.server.BaseHTTPRequestHandler):
    """Answers every method 200 with a short body and `x-backend: 1`, after reading any body."""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def __getattr__(self, name):
        if name.startswith("do_"):
            return self.answer
        raise AttributeError(name)

    def answer(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            for _ in range(10000):
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                self.rfile.read(size + 2)
        else:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"backend ok\n"
        self.send_response(200)
        self.send_header("content-type", "text/plain")
        self.send_header("content-length", str(len(body)))
        self.send_header("x-backend", "1")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # Envoy resetting its upstream connection is not news here


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CONFIG = """
static_resources:
  listeners:
  - address: {{socket_address: {{address: 127.0.0.1, port_value: {listen}}}}}
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          codec_type: AUTO
          stat_prefix: ingress_http
          route_config:
            name: local_route
            virtual_hosts:
            - name: backend
              domains: ["*"]
              routes:
              - match: {{prefix: "/service/1"}}
                route: {{cluster: service1}}
              - match: {{prefix: "/service/2"}}
                route: {{cluster: service2}}
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: service1
    connect_timeout: 0.25s
    type: STATIC
    lb_policy: ROUND_ROBIN
    load_assignment:
      cluster_name: service1
      endpoints:
      - lb_endpoints:
        - endpoint: {{address: {{socket_address: {{address: {backend}, port_value: {backend_port}}}}}}}
  - name: service2
    connect_timeout: 0.25s
    type: STATIC
    lb_policy: ROUND_ROBIN
    load_assignment:
      cluster_name: service2
      endpoints:
      - lb_endpoints:
        - endpoint: {{address: {{socket_address: {{address: {backend}, port_value: {backend_port}}}}}}}
admin:
  address: {{socket_address: {{address: 127.0.0.1, port_value: {admin}}}}}
"""


# --- reading responses ---------------------------------------------------------------------------------------------

def parse_responses(data):
    """Splits the bytes into responses; returns (responses, leftover bytes)."""
    responses = []
    for _ in range(100):
        end = data.find(b"\r\n\r\n")
        if end < 0:
            break
        lines = data[:end].decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        status = int(parts[1])
        headers = [(l.split(":", 1)[0].lower(), l.split(":", 1)[1].strip()) for l in lines[1:] if ":" in l]
        rest = data[end + 4:]
        hmap = dict(headers)
        body = b""
        if status == 100 or status == 101 or status == 204 or status == 304:
            pass
        elif "content-length" in hmap:
            length = int(hmap["content-length"])
            if len(rest) < length:
                break
            body, rest = rest[:length], rest[length:]
        elif hmap.get("transfer-encoding") == "chunked":
            complete = False
            for _ in range(1000):
                line_end = rest.find(b"\r\n")
                if line_end < 0:
                    break
                size = int(rest[:line_end].split(b";")[0], 16)
                if len(rest) < line_end + 2 + size + 2:
                    break
                body += rest[line_end + 2:line_end + 2 + size]
                rest = rest[line_end + 2 + size + 2:]
                if size == 0:
                    complete = True
                    break
            if not complete:
                break
        responses.append({
            "status": status, "reason": parts[2] if len(parts) > 2 else "",
            "headers": headers, "body": body.decode("latin-1"),
        })
        data = rest
    return responses, data


def read_phase(sock, t0):
    """Reads until Envoy closes, or stays quiet long enough; returns (bytes, closed, close_ms)."""
    data = b""
    deadline = time.monotonic() + DEADLINE_S
    last = time.monotonic()
    while time.monotonic() < deadline:
        wait = (QUIET_S if data else SILENT_S) - (time.monotonic() - last)
        if wait <= 0:
            break
        sock.settimeout(wait)
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            break
        except (ConnectionResetError, BrokenPipeError):
            return data, True, round((time.monotonic() - t0) * 1000)
        if not chunk:
            return data, True, round((time.monotonic() - t0) * 1000)
        data += chunk
        last = time.monotonic()
    return data, False, None


def run_case(case, port):
    request = expand(case)
    sock = socket.create_connection(("127.0.0.1", port))
    t0 = time.monotonic()
    try:
        sock.sendall(request)
    except (BrokenPipeError, ConnectionResetError):
        pass
    data, closed, close_ms = read_phase(sock, t0)
    responses, leftover = parse_responses(data)
    probe = None
    if not closed:
        try:
            sock.sendall(PROBE)
            more, closed_after_probe, _ = read_phase(sock, time.monotonic())
            answers, _ = parse_responses(leftover + more)
            probe = answers[0]["status"] if answers else ("closed" if closed_after_probe else "no answer")
        except (BrokenPipeError, ConnectionResetError):
            probe = "closed"
    sock.close()
    return summarize(case, responses, leftover, closed, close_ms, probe)


def summarize(case, responses, leftover, closed, close_ms, probe):
    finals = [r for r in responses if r["status"] >= 200]
    record = {
        "responses": [{
            "status": r["status"], "reason": r["reason"],
            "proxied": ("x-backend", "1") in r["headers"],
            "headers": [name for name, _ in r["headers"]],
            "body": None if ("x-backend", "1") in r["headers"] else r["body"],
        } for r in responses],
        "closed": closed, "closeMs": close_ms, "probeAfterwards": probe,
    }
    if leftover:
        record["unparsedBytes"] = len(leftover)
    case["envoy"] = record
    # The summary the Swift test checks: the first final answer, or "close" when there was none.
    if not finals:
        case["status"] = "close" if closed else "none"
        case["body"] = None
    elif finals[0]["status"] // 100 == 2 and ("x-backend", "1") in finals[0]["headers"]:
        case["status"] = "2xx"
        case["body"] = None
    else:
        case["status"] = finals[0]["status"]
        case["body"] = finals[0]["body"]
    case["answers"] = [{"status": "2xx"} if ("x-backend", "1") in r["headers"] else {
        "status": r["status"], "body": r["body"], "connectionClose": ("connection", "close") in r["headers"],
    } for r in responses]
    case["closes"] = closed
    case["keepAlive"] = probe == 200
    return case


def main():
    http.client._MAXHEADERS = 1000  # the backend must not refuse what Envoy forwards (101 headers and more)
    backend = QuietServer((BACKEND_HOST, 0), Backend)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    listen, admin = free_port(), free_port()
    work = tempfile.mkdtemp(prefix="hostile-envoy-")
    config = os.path.join(work, "envoy.yaml")
    with open(config, "w") as f:
        f.write(CONFIG.format(listen=listen, admin=admin, backend=BACKEND_HOST, backend_port=backend.server_port))
    log = open(os.path.join(work, "envoy.log"), "w")
    envoy = subprocess.Popen([ENVOY, "-c", config, "--concurrency", "1", "--disable-hot-restart"],
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", listen), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            sys.exit("envoy did not start; see " + log.name)
        version = subprocess.run([ENVOY, "--version"], capture_output=True, text=True).stdout.strip()
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            cases = list(pool.map(lambda case: run_case(dict(case), listen), CASES))
    finally:
        envoy.terminate()
        try:
            envoy.wait(timeout=10)
        except subprocess.TimeoutExpired:
            envoy.kill()
            envoy.wait(timeout=10)
        backend.shutdown()
        log.close()
    corpus = {
        "recordedWith": version.split("version:")[-1].strip(),
        "recordedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "about": "Hostile HTTP/1.1 requests and real Envoy's answers, recorded by record_envoy.py. Requests are "
                 "latin-1 strings (one char per byte); `repeat` expands `marker`. `status` is the first final "
                 "answer (a number for a local reply, \"2xx\" when proxied, \"close\" when Envoy closed without "
                 "answering, \"none\" when it did neither); `answers` lists every answer in order; `closes` says whether Envoy closed the "
                 "connection; `keepAlive` whether a probe request on it afterwards got 200.",
        "cases": cases,
    }
    with open(CORPUS, "w") as f:
        json.dump(corpus, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("recorded %d cases into %s (envoy log: %s)" % (len(cases), CORPUS, log.name))
    for case in cases:
        print("%-36s %-6s %-22s closes=%s keepAlive=%s %s" % (
            case["name"], case["status"], [a["status"] for a in case["answers"]], case["closes"], case["keepAlive"],
            repr(case["body"])[:40] if case["body"] else ""))


if __name__ == "__main__":
    main()
