import Atomics

/// Envoy's named loggers and their live levels: what `/logging` lists and changes and what `-l` and
/// `--component-log-level` set. Each level is an atomic so the data path reads it without a lock.
public final class LoggerRegistry: Sendable {
    /// Nuncio's loggers: the names the engine writes under (Envoy's names for the same parts), sorted. `misc` also
    /// carries the libraries' swift-log output. A logger the engine starts writing to is added here.
    public static let nuncioLoggerNames: [String] = ["admin", "config", "file", "hc", "main", "misc", "upstream"]

    public let names: [String]
    private let indexes: [String: Int]
    private let levels: [ManagedAtomic<UInt8>]

    public init(defaultLevel: LogLevel = .info, names: [String] = LoggerRegistry.nuncioLoggerNames) {
        self.names = names
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() { indexes[name] = index }
        self.indexes = indexes
        self.levels = names.map { _ in ManagedAtomic(defaultLevel.rawValue) }
    }

    public func contains(_ name: String) -> Bool {
        indexes[name] != nil
    }

    public func level(of name: String) -> LogLevel {
        guard let index = indexes[name] else { return .off }
        return LogLevel(rawValue: levels[index].load(ordering: .relaxed)) ?? .info
    }

    /// Whether a message at `level` on logger `name` would be written; cheap enough for the request path.
    @inline(__always)
    public func isEnabled(_ level: LogLevel, for name: String) -> Bool {
        level != .off && level >= self.level(of: name)
    }

    /// Returns false for an unknown logger name.
    @discardableResult
    public func setLevel(_ level: LogLevel, for name: String) -> Bool {
        guard let index = indexes[name] else { return false }
        levels[index].store(level.rawValue, ordering: .relaxed)
        return true
    }

    public func setAll(_ level: LogLevel) {
        for atomic in levels { atomic.store(level.rawValue, ordering: .relaxed) }
    }

    /// Every logger and its level.
    public var snapshot: [(name: String, level: LogLevel)] {
        names.map { ($0, level(of: $0)) }
    }

    /// Parses `--component-log-level upstream:debug,config:trace`; the error names the bad part.
    public static func parseComponentLevels(_ text: String, validNames: [String] = nuncioLoggerNames)
        -> Result<[(String, LogLevel)], ComponentLevelError>
    {
        var result: [(String, LogLevel)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { return .failure(.malformed(String(part))) }
            let name = String(pieces[0])
            guard validNames.contains(name) else { return .failure(.unknownComponent(name)) }
            guard let level = LogLevel(envoyName: String(pieces[1])) else {
                return .failure(.unknownLevel(String(pieces[1])))
            }
            result.append((name, level))
        }
        return .success(result)
    }

    public enum ComponentLevelError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case unknownComponent(String)
        case unknownLevel(String)

        public var description: String {
            switch self {
            case .malformed(let part): return "component log level not correctly specified '\(part)'"
            case .unknownComponent(let name): return "invalid component specified '\(name)'"
            case .unknownLevel(let level): return "invalid log level specified '\(level)'"
            }
        }
    }
}
