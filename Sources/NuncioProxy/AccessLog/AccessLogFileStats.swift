import NuncioStats

/// Envoy's `filesystem.*` stats (`ACCESS_LOG_FILE_STATS`), shared by every log file of one server.
struct AccessLogFileStats: Sendable {
    let writeBuffered: Counter
    let writeCompleted: Counter
    let writeFailed: Counter
    let flushedByTimer: Counter
    let reopenFailed: Counter
    /// Bytes written to a buffer and not yet to the file.
    let writeTotalBuffered: Gauge

    init(store: StatsStore) {
        writeBuffered = store.counter("filesystem.write_buffered")
        writeCompleted = store.counter("filesystem.write_completed")
        writeFailed = store.counter("filesystem.write_failed")
        flushedByTimer = store.counter("filesystem.flushed_by_timer")
        reopenFailed = store.counter("filesystem.reopen_failed")
        writeTotalBuffered = store.gauge("filesystem.write_total_buffered")
    }
}
