import NuncioTestSupport

extension ProxyHarness {
    /// Upstreams on distinct addresses all listening on the first one's port, so that one DNS name (one port)
    /// can list them. Returns that port.
    func addUpstreamsOnOnePort(_ names: [String]) throws -> Int {
        try addUpstreams(names)
        let port = upstreams[names[0]]!.port
        for name in names.dropFirst() {
            upstreams[name]!.stop()
            try upstreams[name]!.start(port: port)
        }
        return port
    }
}
