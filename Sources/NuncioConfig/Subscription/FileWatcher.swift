import Foundation

#if os(Linux)
import Glibc
#endif

/// Calls `onChange` when a config file changes: inotify on the file's directory (a file renamed onto the file's
/// name, as `mv` and `sed -i` do, or the file written in place and closed) and, when given, on a watched directory
/// (anything renamed into it: the kubelet's `..data` symlink swap). Envoy reacts to the renames only.
///
/// inotify rather than polling: a change is seen at once, an idle watcher costs nothing, and a file written in
/// place is read after its writer closed it, never half-written. `onChange` runs on the watcher's own thread,
/// once for a burst of events.
final class FileWatcher: @unchecked Sendable {
    #if os(Linux)
    private let inotify: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let fileWatch: Int32
    private let directoryWatch: Int32?
    private let fileName: String
    #endif
    private let onChange: @Sendable () -> Void
    private let finished = DispatchSemaphore(value: 0)
    /// Guards `stopped` and `thread`.
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?

    /// Events closer together than this are one change (an editor's write and rename, a swap of several files).
    static let settleTime: Int32 = 50

    /// Throws a `ConfigError` (line 0: about the file, not a place in it) when a directory cannot be watched.
    init(file: String, watchedDirectory: String?, onChange: @escaping @Sendable () -> Void) throws {
        self.onChange = onChange
        #if os(Linux)
        let url = URL(fileURLWithPath: file)
        fileName = url.lastPathComponent
        let inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        self.inotify = inotify
        guard inotify >= 0 else { throw Self.error(file, "cannot watch: inotify_init1 failed (errno \(errno))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(inotify)
            throw Self.error(file, "cannot watch: pipe failed (errno \(errno))")
        }
        (wakeRead, wakeWrite) = (pipeEnds[0], pipeEnds[1])
        let directory = url.deletingLastPathComponent().path
        let fileMask = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE)
        // One directory has one watch: when the file lives in the watched directory, the masks are merged.
        fileWatch = inotify_add_watch(inotify, directory, fileMask | UInt32(IN_MASK_ADD))
        directoryWatch = watchedDirectory.map { inotify_add_watch(inotify, $0, UInt32(IN_MOVED_TO | IN_MASK_ADD)) }
        if fileWatch < 0 || (directoryWatch ?? 0) < 0 {
            let failed = fileWatch < 0 ? directory : watchedDirectory ?? ""
            let code = errno
            for descriptor in [inotify, wakeRead, wakeWrite] { close(descriptor) }
            throw Self.error(file, "cannot watch directory '\(failed)' (errno \(code))")
        }
        #else
        throw Self.error(file, "file config sources are not supported by nuncio on this platform (they need inotify)")
        #endif
    }

    deinit {
        #if os(Linux)
        // Only now: the thread is done with them, and no `stop` can write to a descriptor number reused since.
        for descriptor in [inotify, wakeRead, wakeWrite] { close(descriptor) }
        #endif
    }

    func start() {
        let thread = Thread { [self] in
            run()
            // Lets go of the thread, which holds this watcher.
            lock.withLock { self.thread = nil }
            finished.signal()
        }
        thread.name = "nuncio.config-watch"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Stops watching and waits until `onChange` is no longer running (unless called from `onChange` itself).
    func stop() {
        let thread: Thread? = lock.withLock {
            if stopped { return nil }
            stopped = true
            return self.thread
        }
        // Not started, or its thread already ended.
        guard let thread else { return }
        #if os(Linux)
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        #endif
        if thread != Thread.current { finished.wait() }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    #if os(Linux)
    private func run() {
        while !isStopped {
            switch wait(timeout: -1) {
            case .readable: break
            case .quiet: continue
            case .done: return
            }
            var changed = readEvents()
            // Let a burst settle, so that one edit is one reload.
            settle: while !isStopped {
                switch wait(timeout: Self.settleTime) {
                case .readable: changed = readEvents() || changed
                case .quiet: break settle
                case .done: return
                }
            }
            if changed && !isStopped { onChange() }
        }
    }

    private enum Readiness {
        case readable
        /// Timed out or interrupted.
        case quiet
        /// Woken to stop, or the descriptor failed.
        case done
    }

    private func wait(timeout: Int32) -> Readiness {
        var descriptors = [
            pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, timeout)
        if ready <= 0 { return .quiet }
        if descriptors[1].revents != 0 { return .done }
        return descriptors[0].revents & Int16(POLLIN) != 0 ? .readable : .done
    }

    /// Drains the pending events; true when one of them is a change of the config.
    private func readEvents() -> Bool {
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { return changed }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let event = buffer.withUnsafeBytes {
                    $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                }
                let nameBytes = buffer[(offset + header)..<(offset + header + Int(event.len))]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                changed = isChange(event, name: name) || changed
                offset += header + Int(event.len)
            }
        }
    }

    private func isChange(_ event: inotify_event, name: String) -> Bool {
        if let directoryWatch, event.wd == directoryWatch, event.mask & UInt32(IN_MOVED_TO) != 0 { return true }
        return event.wd == fileWatch && name == fileName && event.mask & UInt32(IN_MOVED_TO | IN_CLOSE_WRITE) != 0
    }
    #else
    private func run() {}
    #endif

    private static func error(_ file: String, _ message: String) -> ConfigError {
        ConfigError(file: file, line: 0, column: 0, path: "", message: message)
    }
}
