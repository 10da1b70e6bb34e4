import Foundation
import NIOCore
import NIOEmbedded
import NuncioConfig
import NuncioProxy

/// A proxy whose routes answer locally (direct responses, a redirect, 404), so any bytes exercise the decoder,
/// the connection manager, validation, routing and local replies without a network.
nonisolated(unsafe) let server: ProxyServer = {
    let yaml = """
        static_resources:
          listeners:
          - address: { socket_address: { address: 127.0.0.1, port_value: 0 } }
            filter_chains:
            - filters:
              - name: envoy.filters.network.http_connection_manager
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                  stat_prefix: fuzz
                  route_config:
                    virtual_hosts:
                    - name: exact
                      domains: ["example.com", "*.example.org", "www.*"]
                      routes:
                      - match: { safe_regex: { regex: "/items/[0-9]+" } }
                        direct_response: { status: 200, body: { inline_string: "item" } }
                      - match: { prefix: "/", headers: [{ name: x-test, string_match: { prefix: "a" } }] }
                        redirect: { host_redirect: "example.net", response_code: FOUND }
                    - name: all
                      domains: ["*"]
                      routes:
                      - match: { path: "/exact", case_sensitive: false }
                        direct_response: { status: 201 }
                      - match: { prefix: "/service" }
                        direct_response: { status: 200, body: { inline_string: "ok" } }
                  http_filters:
                  - name: envoy.filters.http.router
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
        """
    let bootstrap = try! BootstrapLoader.load(text: yaml, file: "fuzz.yaml").bootstrap
    return ProxyServer(bootstrap: bootstrap, options: .init(concurrency: 1, loggers: LoggerRegistry(defaultLevel: .off)))
}()

/// One loop for every input: the engine keeps a worker context per event loop it meets.
nonisolated(unsafe) let loop = EmbeddedEventLoop()

/// Any bytes from a downstream client into the real HTTP/1 pipeline: it must answer or close, never crash.
func fuzzRequestPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let channel = EmbeddedChannel(loop: loop)
    try! server.serveHTTP1(on: channel)
    var buffer = channel.allocator.buffer(capacity: size)
    buffer.writeBytes(UnsafeBufferPointer(start: data, count: size))
    _ = try? channel.writeInbound(buffer)
    // Drain what the proxy answered, then let scheduled closes run.
    while (try? channel.readOutbound(as: ByteBuffer.self)) != nil {}
    loop.advanceTime(by: .seconds(2))
    _ = try? channel.finish()
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

// Warm up first: the server and one-time caches must not count as a leak of the first input.
for seed in ["GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n", "GARBAGE\r\n\r\n", "GET /exact HTTP/1.0\r\n\r\n"] {
    let bytes = Array(seed.utf8) + [0]
    _ = bytes.withUnsafeBufferPointer { fuzzRequestPath($0.baseAddress!, seed.utf8.count) }
}
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzRequestPath))
