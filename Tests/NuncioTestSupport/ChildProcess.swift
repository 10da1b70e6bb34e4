import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process spawned with `posix_spawn` and reaped with `waitpid` by this type alone, every wait bounded.
///
/// Foundation's `Process` is not used: on Linux it sometimes never notices that a child exited (a `tmux` client
/// left a zombie and `waitUntilExit` hung a CI run for its whole time budget), and it hands the child the blocked
/// signal mask of the test runner's thread, so a child could never see SIGTERM.
public final class ChildProcess: @unchecked Sendable {
    /// Where the child's standard output or error goes.
    public enum Output: Sendable {
        case null
        /// Truncated when the child starts; stdout and stderr may share one file.
        case file(String)
        /// Read by `run` (only there).
        case pipe
    }

    public enum TerminationReason: Sendable, Equatable {
        case exit
        case uncaughtSignal
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        public let executable: String
        public let errno: Int32
        public var description: String { "cannot start \(executable): \(String(cString: strerror(errno)))" }
    }

    public let processIdentifier: pid_t
    private let lock = NSLock()
    private var waitStatus: Int32?
    fileprivate var outputPipes: [Int32] = []

    /// Starts `executable` (an absolute path) in its own process group, with default signal handling and mask.
    public init(_ executable: String, _ arguments: [String], stdout: Output = .null, stderr: Output = .null) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        for (target, output) in [(Int32(1), stdout), (Int32(2), stderr)] {
            switch output {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            case .file(let path):
                // Truncate once here; the child appends, so stdout and stderr can share the file.
                _ = FileManager.default.createFile(atPath: path, contents: nil)
                posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_APPEND, 0)
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw SpawnFailed(executable: executable, errno: errno) }
                // Close-on-exec, so that no other child (nor this one's own children) holds a write end open.
                for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
                parentEnds.append(ends[0])
                childEnds.append(ends[1])
                posix_spawn_file_actions_adddup2(&actions, ends[1], target)
            }
        }
        defer { for fd in childEnds { close(fd) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2] {
            sigaddset(&defaults, signalNumber)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            for fd in parentEnds { close(fd) }
            throw SpawnFailed(executable: executable, errno: result)
        }
        processIdentifier = pid
        outputPipes = parentEnds
    }

    deinit {
        // A test that threw before stopping its server must not leave it running.
        if reap() == nil {
            Glibc.kill(-processIdentifier, SIGKILL)
            Glibc.kill(processIdentifier, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(processIdentifier, &status, 0)
        }
        for fd in outputPipes { close(fd) }
    }

    /// Runs `executable` to completion within `seconds` (then kills it), collecting its output.
    public static func run(
        _ executable: String, _ arguments: [String], seconds: Double = 60
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let child = try ChildProcess(executable, arguments, stdout: .pipe, stderr: .pipe)
        let deadline = Date().addingTimeInterval(seconds)
        var collected = [Data(), Data()]
        var open = child.outputPipes
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty, Date() < deadline {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), 100) >= 0 || errno == EINTR else { break }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &buffer, buffer.count)
                if count > 0 {
                    collected[child.outputPipes.firstIndex(of: entry.fd)!].append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        _ = child.waitUntilExit(seconds: max(0.1, deadline.timeIntervalSinceNow))
        return (child.terminationStatus, String(decoding: collected[0], as: UTF8.self),
                String(decoding: collected[1], as: UTF8.self))
    }

    /// The wait status once the child has exited; never blocks.
    private func reap() -> Int32? {
        lock.withLock {
            if let waitStatus { return waitStatus }
            var status: Int32 = 0
            let result = waitpid(processIdentifier, &status, WNOHANG)
            if result == processIdentifier {
                waitStatus = status
            } else if result == -1, errno == ECHILD {
                waitStatus = 0x7f00  // Reaped elsewhere: treat as gone, status unknown (exit 127).
            }
            return waitStatus
        }
    }

    public var isRunning: Bool { reap() == nil }

    /// Waits up to `seconds` for the child to exit; past that, kills its process group and returns false.
    @discardableResult
    public func waitUntilExit(seconds: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while reap() == nil {
            if Date() >= deadline {
                Glibc.kill(-processIdentifier, SIGKILL)
                Glibc.kill(processIdentifier, SIGKILL)
                while reap() == nil { usleep(10_000) }
                return false
            }
            usleep(10_000)
        }
        return true
    }

    /// Sends `signalNumber` to the child (not its group).
    public func signal(_ signalNumber: Int32) {
        if isRunning { Glibc.kill(processIdentifier, signalNumber) }
    }

    public func terminate() { signal(SIGTERM) }

    /// SIGTERM, then SIGKILL if the child is still there after `seconds`.
    public func stop(seconds: Double = 20) {
        terminate()
        waitUntilExit(seconds: seconds)
    }

    /// The exit code, or the number of the signal that ended the child; -1 while it runs.
    public var terminationStatus: Int32 {
        guard let status = reap() else { return -1 }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
    }

    public var terminationReason: TerminationReason? {
        guard let status = reap() else { return nil }
        return status & 0x7f == 0 ? .exit : .uncaughtSignal
    }
}
