import NuncioConfig

/// The access logs an engine writes to files, which the in-process dashboard tails on its Log screen after the
/// engine's own log. `/dev/*` (stdout, stderr, null) is left out: there is nothing to tail there.
public enum AccessLogFiles {
    public static func paths(in bootstrap: Bootstrap) -> [String] {
        let logs = bootstrap.listeners.flatMap { $0.filterChains.flatMap(\.httpConnectionManager.accessLog) }
        var paths: [String] = []
        for case .file(let path) in logs.map(\.sink) where !path.hasPrefix("/dev/") && !paths.contains(path) {
            paths.append(path)
        }
        return paths
    }
}
