import Testing

@testable import NuncioConfig

/// Access loggers: file, stdout and stderr sinks; default, text and JSON formats; v2 spellings.
@Suite struct AccessLogLoadingTests {
    static let hcm = ConfigText.hcm

    /// The base config with `logger` (YAML at the connection manager's indentation) as its access log.
    static func logs(_ logger: String) throws -> LoadedConfig {
        try ConfigText.base.inserting(after: 10, "          access_log:\n" + logger).load()
    }

    @Test func fileWithTextFormatSource() throws {
        let logs = try Fixtures.full().listeners[0].httpConnectionManager.accessLog
        #expect(logs == [
            AccessLog(
                sink: .file(path: "/tmp/nuncio-front-access.log"),
                format: .text("%START_TIME% %REQ(:METHOD)% %RESPONSE_CODE%\n")),
            AccessLog(sink: .stderr, format: .json(["status": "%RESPONSE_CODE%", "path": "%REQ(:PATH)%"])),
        ])
    }

    @Test func fileWithDefaultFormat() throws {
        let loaded = try BootstrapLoader.load(path: Fixtures.referenceV3)
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog
            == [AccessLog(sink: .file(path: "/tmp/envoy-ref-run/access.log"))])
        #expect(AccessLog.defaultFormat.hasPrefix("[%START_TIME%] \"%REQ(:METHOD)% "))
        #expect(AccessLog.defaultFormat.hasSuffix("\"%UPSTREAM_HOST%\"\n"))
    }

    @Test func stdoutWithTextFormat() throws {
        let loaded = try Self.logs("""
                      - name: envoy.access_loggers.stdout
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
                          log_format: {text_format: "%RESPONSE_CODE%\\n"}
            """)
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog
            == [AccessLog(sink: .stdout, format: .text("%RESPONSE_CODE%\n"))])
    }

    @Test func deprecatedFormatFieldWarns() throws {
        let loaded = try Self.logs("""
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: /tmp/a.log
                          format: "%PROTOCOL%"
            """)
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog
            == [AccessLog(sink: .file(path: "/tmp/a.log"), format: .text("%PROTOCOL%"))])
        #expect(loaded.warnings.map(\.path) == ["\(Self.hcm).access_log[0].typed_config.format"])
        #expect(loaded.warnings.first?.line == 16)
    }

    @Test func v2FileAccessLogName() throws {
        let loaded = try Self.logs("""
                      - name: envoy.file_access_log
                        config: {path: /tmp/v2.log}
            """)
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog
            == [AccessLog(sink: .file(path: "/tmp/v2.log"))])
        #expect(loaded.usesV2)
    }

    @Test func fileLoggerNeedsAPath() {
        let error = ConfigText.base.inserting(after: 10, """
                      access_log:
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
            """).loadError()
        #expect(error?.path == "\(Self.hcm).access_log[0].typed_config")
        #expect(error?.line == 14)
        #expect(error?.message == "missing required field 'path'")
    }

    @Test func grpcAccessLogIsNotSupported() {
        let error = ConfigText.base.inserting(after: 10, """
                      access_log:
                      - name: envoy.access_loggers.http_grpc
            """).loadError()
        #expect(error?.path == "\(Self.hcm).access_log[0].name")
        #expect(error?.message == "access logger 'envoy.access_loggers.http_grpc' is not supported by nuncio")
    }

    static func fileLogger(_ logFormat: String) -> String {
        """
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: /tmp/a.log
                          log_format:
            """ + "\n" + logFormat
    }

    @Test func omitEmptyValuesIsRead() throws {
        let loaded = try Self.logs(Self.fileLogger("""
                            omit_empty_values: true
                            text_format_source: { inline_string: "%UPSTREAM_HOST%\\n" }
            """))
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog
            == [AccessLog(sink: .file(path: "/tmp/a.log"), format: .text("%UPSTREAM_HOST%\n"), omitEmptyValues: true)])
    }

    /// Envoy refuses an operator it does not know at load (`Not supported field in StreamInfo: BOGUS`); so does
    /// Nuncio, naming where.
    @Test func anUnknownOperatorIsRefusedAtLoad() {
        let error = ConfigText.base.inserting(after: 10, "          access_log:\n" + Self.fileLogger("""
                            text_format_source: { inline_string: "%RESPONSE_CODE% %BOGUS%" }
            """)).loadError()
        #expect(error?.path == "\(Self.hcm).access_log[0].typed_config.log_format.text_format_source")
        #expect(error?.line == 17)
        #expect(error?.column != nil && error!.column > 0)
        #expect(error?.message == "Not supported field in StreamInfo: BOGUS")
    }

    /// Envoy's operators Nuncio does not render, and formats Envoy's parser refuses, with Envoy's texts.
    @Test func formatsNuncioCannotRenderAreRefused() {
        let cases: [(String, String)] = [
            ("%ROUTE_NAME%", "operator '%ROUTE_NAME%' is not supported by nuncio"),
            ("%METHOD%", "Not supported field in StreamInfo: METHOD"),
            ("100% done", "Incorrect configuration: 100% done. Couldn't find valid command at position 3"),
            ("%REQ(A?B?C)%", "More than 1 alternative header specified in token: A?B?C"),
            ("%RESPONSE_CODE(x)%", "RESPONSE_CODE does not take any parameters or length"),
            ("%REQ()%", "REQ requires parameters"),
            ("%start_time%", "Incorrect configuration: %start_time%. Couldn't find valid command at position 0"),
        ]
        for (format, message) in cases {
            let error = ConfigText.base.inserting(after: 10, "          access_log:\n" + Self.fileLogger("""
                                text_format: "\(format)"
                """)).loadError()
            #expect(error?.message == message, "\(format)")
            #expect(error?.path == "\(Self.hcm).access_log[0].typed_config.log_format.text_format")
        }
    }

    @Test func jsonFormatValuesAreChecked() {
        let error = ConfigText.base.inserting(after: 10, "          access_log:\n" + Self.fileLogger("""
                            json_format: { code: "%RESPONSE_CODE%", bad: "%NOPE%" }
            """)).loadError()
        #expect(error?.path == "\(Self.hcm).access_log[0].typed_config.log_format.json_format.bad")
        #expect(error?.message == "Not supported field in StreamInfo: NOPE")
    }

    @Test func envoysValidFormatsLoad() throws {
        for format in ["50%% %DURATION%%PROTOCOL%", "%START_TIME(%Y %H)% %REQ(X?Y):3%", "plain"] {
            let loaded = try Self.logs(Self.fileLogger("""
                                text_format: "\(format)"
                """))
            #expect(loaded.bootstrap.listeners[0].httpConnectionManager.accessLog.first?.format == .text(format))
        }
    }

    /// `content_type` shapes a response body made from the format (local replies), never an access log line.
    @Test func contentTypeIsRefused() {
        let error = ConfigText.base.inserting(after: 10, "          access_log:\n" + Self.fileLogger("""
                            content_type: "text/plain"
                            text_format: "%RESPONSE_CODE%"
            """)).loadError()
        #expect(error?.message == "field 'content_type' is not supported by nuncio")
    }
}
