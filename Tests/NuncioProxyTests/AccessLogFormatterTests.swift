import Foundation
import NIOHTTP1
import NuncioConfig
import Testing

@testable import NuncioProxy

/// Formatted lines compared with real Envoy 1.40's on the same formats and request: a direct 200 with no upstream,
/// no `x-missing` header, `user-agent: ua1` (second request: an empty user-agent). Envoy's lines were captured on
/// 2026-12-04 with these formats in a file access log.
@Suite struct AccessLogFormatterTests {
    static func entry(userAgent: String) -> AccessLogEntry {
        var headers = HTTPHeaders()
        headers.add(name: "user-agent", value: userAgent)
        return AccessLogEntry(
            startTime: Date(timeIntervalSince1970: 1_764_876_000.25), method: "GET", path: "/x", originalPath: nil,
            httpProtocol: "HTTP/1.1", requestHeaders: headers, authority: "127.0.0.1:19180", responseCode: 200,
            responseHeaders: HTTPHeaders(), flags: [], bytesReceived: 0, bytesSent: 2, durationMs: 0,
            upstreamHost: nil, upstreamCluster: nil, downstreamRemoteAddress: "127.0.0.1:40000",
            downstreamLocalAddress: "127.0.0.1:19180")
    }

    static let text =
        "A[%REQ(X-MISSING)%] B[%UPSTREAM_HOST%] C[%RESP(X-NONE)%] D[%RESPONSE_CODE%] E[%REQ(X-MISSING):3%]\n"
    static let json = [
        "a": "%REQ(X-MISSING)%", "b": "%UPSTREAM_HOST%", "code": "%RESPONSE_CODE%", "mixed": "x%REQ(X-MISSING)%y",
        "lit": "plain", "dur": "%DURATION%", "ua": "%REQ(USER-AGENT)%", "proto": "%PROTOCOL%",
    ]

    @Test func textPrintsADashForAnAbsentValue() {
        let formatter = AccessLogFormatter(format: .text(Self.text))
        #expect(formatter.format(Self.entry(userAgent: "ua1")) == "A[-] B[-] C[-] D[200] E[-]\n")
    }

    @Test func textWithOmitEmptyValuesPrintsNothing() {
        let formatter = AccessLogFormatter(format: .text(Self.text), omitEmptyValues: true)
        #expect(formatter.format(Self.entry(userAgent: "ua1")) == "A[] B[] C[] D[200] E[]\n")
    }

    @Test func jsonKeepsTypesAndPrintsNullForAbsent() {
        let formatter = AccessLogFormatter(format: .json(Self.json))
        #expect(formatter.format(Self.entry(userAgent: "ua1"))
            == #"{"a":null,"b":null,"code":200,"dur":0,"lit":"plain","mixed":"x-y","proto":"HTTP/1.1","ua":"ua1"}"#
            + "\n")
        // An empty header is an absent one.
        #expect(formatter.format(Self.entry(userAgent: "")).contains(#""ua":null"#))
    }

    @Test func jsonWithOmitEmptyValuesDropsAbsentKeys() {
        let formatter = AccessLogFormatter(format: .json(
            ["a": "%REQ(X-MISSING)%", "b": "%UPSTREAM_HOST%", "code": "%RESPONSE_CODE%",
                "mixed": "x%REQ(X-MISSING)%y", "lit": "plain", "ua": "%REQ(USER-AGENT)%"]),
            omitEmptyValues: true)
        #expect(formatter.format(Self.entry(userAgent: "ua1"))
            == #"{"code":200,"lit":"plain","mixed":"xy","ua":"ua1"}"# + "\n")
        #expect(formatter.format(Self.entry(userAgent: "")) == #"{"code":200,"lit":"plain","mixed":"xy"}"# + "\n")
    }

    @Test func percentEscapesAndTruncation() {
        let formatter = AccessLogFormatter(format: .text("100%% %REQ(USER-AGENT):2% %REQ(X-NONE?USER-AGENT)%"))
        #expect(formatter.format(Self.entry(userAgent: "ua1")) == "100% ua ua1")
    }
}
