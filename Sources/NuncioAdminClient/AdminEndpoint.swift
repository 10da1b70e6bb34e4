/// The admin endpoint a dashboard reads: Nuncio's or a real Envoy's, such as `http://127.0.0.1:9901`.
public struct AdminEndpoint: Sendable, Equatable {
    public var url: String

    public init(url: String) {
        self.url = url
    }
}
