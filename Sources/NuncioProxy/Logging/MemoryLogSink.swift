import NIOConcurrencyHelpers

/// Keeps the last lines of the engine's log in memory: the dashboard's Log screen, since nothing may write to the
/// terminal while curses owns it.
public final class MemoryLogSink: LogSink {
    private let capacity: Int
    private let lines = NIOLockedValueBox<[String]>([])

    public init(capacity: Int = 2000) {
        self.capacity = capacity
    }

    public func write(_ line: String) {
        lines.withLockedValue { lines in
            lines.append(line)
            if lines.count > capacity { lines.removeFirst(lines.count - capacity) }
        }
    }

    public var tail: [String] { lines.withLockedValue { $0 } }
}
