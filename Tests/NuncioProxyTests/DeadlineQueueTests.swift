import NIOCore
import NIOEmbedded
import Testing

@testable import NuncioProxy

/// `DeadlineQueue`: each entry ends at its own deadline, in order, through one scheduled task; a removed entry
/// never ends; an entry added while others end gets its own deadline.
@Suite struct DeadlineQueueTests {
    final class Probe: DeadlineQueue.Entry {
        let name: String
        let log: Log
        var onDeadline: (() -> Void)?

        init(_ name: String, log: Log) {
            self.name = name
            self.log = log
        }

        override func deadlinePassed() {
            log.ended.append(name)
            onDeadline?()
        }
    }

    final class Log {
        var ended: [String] = []
    }

    @Test func entriesEndAtTheirDeadlinesInOrder() {
        let loop = EmbeddedEventLoop()
        let queue = DeadlineQueue(timeout: .seconds(10), eventLoop: loop)
        let log = Log()
        let first = Probe("first", log: log)
        let second = Probe("second", log: log)
        let removed = Probe("removed", log: log)
        queue.add(first)
        loop.advanceTime(by: .seconds(4))
        queue.add(removed)
        loop.advanceTime(by: .seconds(1))
        queue.add(second)
        removed.leaveDeadlineQueue()
        #expect(!removed.isQueued && first.isQueued)
        loop.advanceTime(by: .milliseconds(4_999))
        #expect(log.ended.isEmpty)
        loop.advanceTime(by: .milliseconds(1))
        #expect(log.ended == ["first"])
        #expect(!first.isQueued)
        // The removed entry's deadline (14 s) passes without it; the second ends at 15 s.
        loop.advanceTime(by: .seconds(4))
        #expect(log.ended == ["first"])
        loop.advanceTime(by: .seconds(1))
        #expect(log.ended == ["first", "second"])
        loop.advanceTime(by: .seconds(60))
        #expect(log.ended == ["first", "second"])
        try? loop.syncShutdownGracefully()
    }

    @Test func anEntryAddedAsAnotherEndsGetsItsOwnDeadline() {
        let loop = EmbeddedEventLoop()
        let queue = DeadlineQueue(timeout: .seconds(1), eventLoop: loop)
        let log = Log()
        let first = Probe("first", log: log)
        let retry = Probe("retry", log: log)
        first.onDeadline = { queue.add(retry) }
        queue.add(first)
        loop.advanceTime(by: .seconds(1))
        #expect(log.ended == ["first"] && retry.isQueued)
        loop.advanceTime(by: .milliseconds(999))
        #expect(log.ended == ["first"])
        loop.advanceTime(by: .milliseconds(1))
        #expect(log.ended == ["first", "retry"])
        // Re-adding an entry moves it to the tail with a fresh deadline.
        queue.add(first)
        loop.advanceTime(by: .milliseconds(500))
        queue.add(first)
        loop.advanceTime(by: .milliseconds(500))
        #expect(log.ended == ["first", "retry"])
        loop.advanceTime(by: .milliseconds(500))
        #expect(log.ended == ["first", "retry", "first"])
        try? loop.syncShutdownGracefully()
    }
}
