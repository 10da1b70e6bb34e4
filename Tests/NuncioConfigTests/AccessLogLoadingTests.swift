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
}
