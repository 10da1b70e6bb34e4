import NIOCore

/// What a downstream connection's transport tells the layers above it (Envoy's connection info provider and
/// its SSL connection info): the scheme today; the TLS version, SNI, ALPN and peer certificate once TLS is there.
struct ConnectionInfo: Sendable {
    /// `http` or `https`: what `x-forwarded-proto` says at the edge.
    let scheme: String

    static let plaintext = ConnectionInfo(scheme: "http")
}

/// A listener's transport step, run on each accepted connection before the network filters (Envoy's transport
/// socket): it adds its handlers to the pipeline and tells what it learnt of the connection.
protocol DownstreamTransportSocket: Sendable {
    func configure(_ channel: Channel) throws -> ConnectionInfo
}

/// Envoy's `envoy.transport_sockets.raw_buffer`: the bytes as they come, no handler of its own.
struct RawBufferTransportSocket: DownstreamTransportSocket {
    func configure(_ channel: Channel) throws -> ConnectionInfo { .plaintext }
}
