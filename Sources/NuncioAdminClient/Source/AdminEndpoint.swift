import Foundation

/// The admin endpoint a dashboard reads: Nuncio's or a real Envoy's, such as `http://127.0.0.1:9901`.
public struct AdminEndpoint: Sendable, Equatable {
    public var url: String

    public init(url: String) {
        self.url = url
    }

    /// The URL for an admin path such as `/clusters?format=json`, or nil when `url` is not a URL.
    /// A bare `host:port` is read as `http://host:port`.
    public func url(forPath path: String) -> URL? {
        var base = url.contains("://") ? url : "http://" + url
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + path)
    }
}
