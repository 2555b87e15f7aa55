#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A self-pipe that cuts a terminal's wait for input short: effects hand their messages to
/// the runner from other threads and `signal()`, so the runner draws what they brought at
/// once instead of at the end of its poll interval (up to 20 ms later).
public final class WakeupPipe: Sendable {
    /// Readable while a signal is pending.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    /// A new pipe; nil when the system has no descriptors left.
    public init?() {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return nil }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes the waiting terminal (from any thread). A full pipe already holds a signal.
    public func signal() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Waits until `descriptor` is readable, a signal arrives or `milliseconds` pass (or a
    /// POSIX signal such as SIGWINCH interrupts the wait); consumes pending signals.
    func wait(forReadable descriptor: Int32, milliseconds: Int32) {
        var descriptors = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        _ = poll(&descriptors, 2, milliseconds)
        if descriptors[1].revents != 0 { drain() }
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }
}
