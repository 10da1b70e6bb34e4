import NIOCore
import NIOEmbedded
import NuncioConfig
import NuncioProxy

/// A proxy whose routes answer locally (direct responses, a redirect, 404), so any bytes exercise the decoder,
/// the connection manager, validation, routing and local replies without a network.
let server: ProxyServer = {
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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let channel = EmbeddedChannel()
    try! server.serveHTTP1(on: channel)
    var buffer = channel.allocator.buffer(capacity: size)
    buffer.writeBytes(UnsafeBufferPointer(start: data, count: size))
    _ = try? channel.writeInbound(buffer)
    // Drain what the proxy answered, then let scheduled closes run.
    while (try? channel.readOutbound(as: ByteBuffer.self)) != nil {}
    channel.embeddedEventLoop.advanceTime(by: .seconds(2))
    _ = try? channel.finish()
    return 0
}
