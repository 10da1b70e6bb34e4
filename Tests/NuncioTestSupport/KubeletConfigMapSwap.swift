import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A directory written as the kubelet writes a ConfigMap volume (its `AtomicWriter`), so that a proxy watching it
/// sees what it sees in a pod: the data lives in a timestamped directory (`..2026_12_04_22_47_11.123456789/`),
/// `..data` is a symlink to it, and each key is a symlink `lds.yaml -> ..data/lds.yaml`. An update writes a new
/// timestamped directory, points a `..data_tmp` symlink at it and renames that over `..data` (one atomic
/// rename, seen by inotify as IN_MOVED_TO in the directory), then prunes keys that left and the old directory.
public final class KubeletConfigMapSwap {
    public struct SwapFailed: Error, CustomStringConvertible {
        public let step: String
        public let errno: Int32
        public var description: String { "\(step): \(String(cString: strerror(errno)))" }
    }

    /// The volume's mount directory (what `watched_directory` names).
    public let directory: URL
    /// The files as they are now, by key.
    public private(set) var files: [String: String] = [:]
    /// How many times the data was written (the first projection included).
    public private(set) var writes = 0

    /// Projects `files` into `directory` (created when missing), as the kubelet does when the pod starts.
    public init(directory: URL, files: [String: String]) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write(files)
    }

    /// The path a key is visible at (`<directory>/lds.yaml`).
    public func path(_ key: String) -> String {
        directory.appendingPathComponent(key).path
    }

    /// The timestamped directory `..data` points at now.
    public var dataDirectory: String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path("..data"))
    }

    /// One key changed, the others kept: what `kubectl edit configmap` of one file leads to.
    public func update(_ key: String, to contents: String) throws {
        var next = files
        next[key] = contents
        try write(next)
    }

    /// The whole payload replaced (keys absent from `files` disappear), as the kubelet's sync does. A payload equal
    /// to the current one writes nothing, as the kubelet.
    public func write(_ files: [String: String]) throws {
        precondition(files.keys.allSatisfy { !$0.hasPrefix("..") && !$0.contains("/") }, "keys are file names")
        let old = dataDirectory
        if old != nil && files == self.files { return }
        let stamp = try newTimestampDirectory()
        for (key, contents) in files {
            let file = directory.appendingPathComponent(stamp).appendingPathComponent(key)
            try Data(contents.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        }
        for key in files.keys where self.files[key] == nil {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path(key))) == nil {
                try check("symlink \(key)", symlink("..data/\(key)", path(key)))
            }
        }
        try check("symlink ..data_tmp", symlink(stamp, path("..data_tmp")))
        try check("rename ..data_tmp ..data", rename(path("..data_tmp"), path("..data")))
        for key in self.files.keys where files[key] == nil {
            try check("unlink \(key)", unlink(path(key)))
        }
        if let old {
            try FileManager.default.removeItem(atPath: path(old))
        }
        self.files = files
        writes += 1
    }

    /// `..2006_01_02_15_04_05.` and a random suffix, as Go's `os.MkdirTemp` with the kubelet's prefix; mode 0755.
    private func newTimestampDirectory() throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "'..'yyyy'_'MM'_'dd'_'HH'_'mm'_'ss'.'"
        let prefix = formatter.string(from: Date())
        for _ in 0..<100 {
            let name = prefix + String(UInt32.random(in: 0...UInt32.max))
            if mkdir(path(name), 0o755) == 0 { return name }
            if errno != EEXIST { try check("mkdir \(name)", -1) }
        }
        throw SwapFailed(step: "mkdir \(prefix)*", errno: EEXIST)
    }

    /// A system call's result: 0, or -1 with `errno`.
    private func check(_ step: String, _ result: Int32) throws {
        if result != 0 { throw SwapFailed(step: step, errno: errno) }
    }
}
