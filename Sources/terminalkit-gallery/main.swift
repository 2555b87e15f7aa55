import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Shows every TerminalKit widget; Tab/1…9 switch pages, q or Ctrl-C quits.
// `--benchmark` prints render/diff timings instead.
if CommandLine.arguments.contains("--benchmark") {
    GalleryBenchmark.run()
    exit(0)
}
do {
    _ = try await TerminalSession.run(
        GalleryProgram(),
        minimumSize: Size(width: 40, height: 12),
        tickInterval: .milliseconds(400)
    )
} catch {
    let message = "terminalkit-gallery: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(1)
}
