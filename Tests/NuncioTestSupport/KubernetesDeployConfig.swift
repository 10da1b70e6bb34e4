import Foundation
import Yams

/// The proxy config of `deploy/kubernetes`: the files its ConfigMaps hold (kustomization.yaml's
/// `configMapGenerator`), and the same made to run on loopback in a test, so that the tests exercise the very files
/// a cluster gets.
public struct KubernetesDeployConfig {
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    public static let directory = NuncioBinary.packageRoot.appendingPathComponent("deploy/kubernetes")

    /// ConfigMap name -> key -> contents.
    public let configMaps: [String: [String: String]]

    public init(directory: URL = Self.directory) throws {
        let text = try String(contentsOf: directory.appendingPathComponent("kustomization.yaml"), encoding: .utf8)
        let kustomization = try Yams.load(yaml: text) as? [String: Any] ?? [:]
        var maps: [String: [String: String]] = [:]
        for generator in kustomization["configMapGenerator"] as? [[String: Any]] ?? [] {
            guard let name = generator["name"] as? String else { continue }
            var data: [String: String] = [:]
            for file in generator["files"] as? [String] ?? [] {
                // `key=path` or `path` (the key is then the file's name), as kustomize reads them.
                let parts = file.split(separator: "=", maxSplits: 1).map(String.init)
                let source = parts.last!
                let key = parts.count == 2 ? parts[0] : (source as NSString).lastPathComponent
                data[key] = try String(contentsOf: directory.appendingPathComponent(source), encoding: .utf8)
            }
            maps[name] = data
        }
        configMaps = maps
    }

    /// `bootstrap.yaml` of the `nuncio-bootstrap` ConfigMap.
    public func bootstrap() throws -> String {
        guard let text = configMaps["nuncio-bootstrap"]?["bootstrap.yaml"] else {
            throw Missing(description: "no nuncio-bootstrap ConfigMap with bootstrap.yaml")
        }
        return text
    }

    /// The files of the `nuncio-xds` ConfigMap (`lds.yaml`, `cds.yaml`).
    public func xds() throws -> [String: String] {
        guard let files = configMaps["nuncio-xds"], files["lds.yaml"] != nil, files["cds.yaml"] != nil else {
            throw Missing(description: "no nuncio-xds ConfigMap with lds.yaml and cds.yaml")
        }
        return files
    }

    /// The bootstrap with its path sources (and watched directory) in `xdsDirectory` and the admin on 127.0.0.1
    /// `adminPort` (0: the kernel's pick, for a proxy that writes `--admin-address-path`).
    public func localBootstrap(xdsDirectory: String, adminPort: Int = 0) throws -> String {
        try Self.replacing(try bootstrap(), [
            ("/etc/nuncio/xds", xdsDirectory),
            ("{ address: 0.0.0.0, port_value: 9901 }", "{ address: 127.0.0.1, port_value: \(adminPort) }"),
        ])
    }

    /// The xds files with the listener on 127.0.0.1:`listenerPort` and the `backend` cluster's endpoint at
    /// 127.0.0.1:`backendPort`.
    public func localXDS(listenerPort: Int, backendPort: Int) throws -> [String: String] {
        let files = try xds()
        return [
            "lds.yaml": try Self.replacing(files["lds.yaml"]!, [
                ("{ address: 0.0.0.0, port_value: 10000 }", "{ address: 127.0.0.1, port_value: \(listenerPort) }"),
            ]),
            "cds.yaml": try Self.replacing(files["cds.yaml"]!, [
                ("{ address: backend, port_value: 8080 }", "{ address: 127.0.0.1, port_value: \(backendPort) }"),
            ]),
        ]
    }

    /// Each replacement must apply: a config that no longer reads as expected fails the test, not passes it.
    public static func replacing(_ text: String, _ replacements: [(String, String)]) throws -> String {
        var result = text
        for (old, new) in replacements {
            guard result.contains(old) else { throw Missing(description: "the config no longer contains \(old)") }
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }
}
