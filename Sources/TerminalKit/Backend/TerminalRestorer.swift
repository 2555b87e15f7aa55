import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the tty back the way it was: on normal exit, on SIGINT/SIGTERM/SIGHUP and on fatal
/// signals (a Swift runtime trap arrives as SIGILL/SIGTRAP, a crash as SIGSEGV/SIGBUS/SIGABRT),
/// and at process exit via `atexit`.
enum TerminalRestorer {
    /// The escape sequences that switch off mouse reporting and bracketed paste.
    static let disableModes = "\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[?2004l"
    /// The escape sequences that switch on mouse reporting (SGR) and bracketed paste.
    static let enableModes = "\u{1b}[?1000h\u{1b}[?1006h\u{1b}[?2004h"

    // Written once before the handlers are installed, read from signal handlers: a signal
    // handler cannot take a lock, so these are deliberately unsynchronised.
    nonisolated(unsafe) private static var savedTermios = termios()
    nonisolated(unsafe) private static var hasSavedTermios = false
    nonisolated(unsafe) private static var active: sig_atomic_t = 0
    nonisolated(unsafe) private static var installed = false

    static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE]

    /// Records the tty state and installs the signal handlers and the exit hook (once).
    static func prepare() {
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { hasSavedTermios = true }
        active = 1
        guard !installed else { return }
        installed = true
        atexit { TerminalRestorer.restore() }
        for signalNumber in handledSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { received in
                TerminalRestorer.restore()
                signal(received, SIG_DFL)
                raise(received)
            }
            #else
            action.__sigaction_u.__sa_handler = { received in
                TerminalRestorer.restore()
                signal(received, SIG_DFL)
                raise(received)
            }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Leaves curses mode and restores the saved tty settings; safe to call repeatedly.
    static func restore() {
        guard active != 0 else { return }
        active = 0
        disableModes.withCString { pointer in
            _ = write(STDOUT_FILENO, pointer, strlen(pointer))
        }
        endwin()
        if hasSavedTermios {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
        }
    }
}
