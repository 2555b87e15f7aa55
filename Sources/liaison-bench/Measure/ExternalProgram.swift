import Foundation

/// Finds and runs other programs (the `liaison` binary, `sqlite3`, `vd`) and times them.
enum ExternalProgram {
    /// What a finished program produced.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Wall time from launch to exit.
        var seconds: Double
        /// CPU time (user + system) the program used: steadier than wall time on a shared machine.
        var cpuSeconds: Double
    }

    /// The first executable named `name` on `$PATH`.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The `liaison` binary built next to this one (same build folder), else on `$PATH`.
    static func liaison() -> URL? {
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("liaison")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return find("liaison")
    }

    /// Runs `executable` with `arguments`, feeding `input` on stdin, and waits for it.
    static func run(_ executable: URL, _ arguments: [String], input: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("liaison-bench-out-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("liaison-bench-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        let cpuBefore = childrenCPUSeconds()
        let watch = Stopwatch()
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        let seconds = watch.seconds
        let cpuSeconds = childrenCPUSeconds() - cpuBefore
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "", seconds: seconds, cpuSeconds: cpuSeconds)
    }

    /// User + system time of every waited-for child process so far.
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
