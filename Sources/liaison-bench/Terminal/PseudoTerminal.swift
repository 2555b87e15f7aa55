import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal of a given size, as if started by a user in a
/// terminal emulator: it is a session leader with the terminal as its controlling tty and
/// stdin/stdout/stderr. The benchmark writes keys to it and reads what it draws.
final class PseudoTerminal {
    /// Process id of the program.
    let pid: pid_t
    private let master: Int32
    private let started = Stopwatch()
    private var exitStatus: Int32?
    /// Every byte read so far (for error messages).
    private(set) var transcript = Data()

    /// Starts `executable` with `arguments` in a `columns`×`rows` terminal. The size is set
    /// with `stty` by a shell that then `exec`s the program, so the pid is the program's.
    init(executable: String, arguments: [String], columns: Int, rows: Int, environment: [String: String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, let slave = PseudoTerminalDevice.unlockedSlave(of: master) else {
            throw BenchFailure("cannot open a pseudo-terminal (errno \(errno))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc): a new session, so opening the slave makes it the
        // controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(0x80))
        let quoted = ([executable] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "stty rows \(rows) cols \(columns) && exec \(quoted.joined(separator: " "))"
        var env = environment
        env["TERM"] = env["TERM"] ?? "xterm-256color"
        env["LINES"] = "\(rows)"
        env["COLUMNS"] = "\(columns)"
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw BenchFailure("cannot start \(executable) in a pseudo-terminal (error \(status))")
        }
        pid = child
    }

    deinit {
        terminate()
        close(master)
    }

    /// Milliseconds since the program was started.
    var elapsed: Double { started.milliseconds }

    /// Sends `keys` as typed bytes.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Reads output until none arrives for `quiet` ms (or `timeout` ms pass, or the program
    /// exits). Returns the bytes read and the time (ms since start) of the last one.
    func readUntilQuiet(quiet: Double, timeout: Double) -> (bytes: Int, lastByteAt: Double?) {
        let deadline = elapsed + timeout
        var total = 0
        var last: Double?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while elapsed < deadline {
            let waitFor = last.map { $0 + quiet - elapsed } ?? (deadline - elapsed)
            if waitFor <= 0 { break }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(1, waitFor.rounded(.up))))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { if last != nil { break } else { continue } }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            total += count
            last = elapsed
            transcript.append(contentsOf: buffer[0..<count])
        }
        return (total, last)
    }

    /// Reads output until none arrives for `quiet` ms (or `timeout` ms pass, or the program
    /// exits), keeping when each piece arrived, split into frames at pauses of `frameGap` ms.
    func readBurst(quiet: Double, frameGap: Double, timeout: Double) -> TerminalBurst {
        let deadline = elapsed + timeout
        var chunks: [(at: Double, data: [UInt8])] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while elapsed < deadline {
            let waitFor = chunks.last.map { $0.at + quiet - elapsed } ?? (deadline - elapsed)
            if waitFor <= 0 { break }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(1, waitFor.rounded(.up))))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { if chunks.isEmpty { continue } else { break } }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            chunks.append((elapsed, Array(buffer[0..<count])))
            transcript.append(contentsOf: buffer[0..<count])
        }
        return TerminalBurst(chunks: chunks, frameGap: frameGap)
    }

    /// True while the program has not exited.
    var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            exitStatus = status
            return false
        }
        // Foundation's `Process` (used for the other peers) reaps every child on SIGCHLD,
        // ours included: then the program is gone and its status unknown.
        if result == -1 && errno == ECHILD {
            exitStatus = -1
            return false
        }
        return true
    }

    /// CPU time all the program's threads have used, in ms (the sum of
    /// `/proc/PID/task/*/schedstat`, nanoseconds on a CPU): what a key costs, without the time
    /// spent waiting for a CPU on a busy machine.
    func cpuMilliseconds() -> Double? {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return nil }
        var nanoseconds = 0.0
        for thread in threads {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let value = Double(first) else { continue }
            nanoseconds += value
        }
        return nanoseconds / 1_000_000
    }

    /// Resident memory of the program in MiB, from `/proc/PID/status` (VmRSS).
    func residentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1_024
    }

    /// The last `count` bytes of output as text, control characters made visible.
    func tail(_ count: Int = 400) -> String {
        String(decoding: transcript.suffix(count), as: UTF8.self)
            .unicodeScalars.map { $0.value < 32 && $0 != "\n" ? "^" + String(UnicodeScalar($0.value + 64)!) : String($0) }
            .joined()
    }

    /// Asks the program to quit with Ctrl-C, then SIGTERM, then SIGKILL (each given about a
    /// second), and reaps it.
    func terminate() {
        guard isRunning else { return }
        send("\u{3}")
        for signal in [Int32(0), SIGTERM] {
            if signal != 0 { kill(pid, signal) }
            for _ in 0..<100 {
                // Drain output (a program blocked on a full terminal cannot exit), then wait:
                // a closed terminal makes the read return at once.
                _ = readUntilQuiet(quiet: 5, timeout: 10)
                if !isRunning { return }
                usleep(10_000)
            }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        if waitpid(pid, &status, 0) == pid { exitStatus = status }
    }
}
