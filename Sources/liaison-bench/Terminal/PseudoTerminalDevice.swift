import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The libc calls that turn an open `/dev/ptmx` into a usable terminal pair. Swift's Glibc
/// module hides them (they need `_XOPEN_SOURCE`), so they are looked up at run time.
enum PseudoTerminalDevice {
    private typealias FileCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    /// Grants and unlocks the slave side of `master` and returns its path (`/dev/pts/N`).
    static func unlockedSlave(of master: Int32) -> String? {
        let process = dlopen(nil, RTLD_NOW)
        guard let grant = dlsym(process, "grantpt"), let unlock = dlsym(process, "unlockpt"),
              let name = dlsym(process, "ptsname_r")
        else { return nil }
        guard unsafeBitCast(grant, to: FileCall.self)(master) == 0,
              unsafeBitCast(unlock, to: FileCall.self)(master) == 0
        else { return nil }
        var buffer = [CChar](repeating: 0, count: 128)
        guard unsafeBitCast(name, to: NameCall.self)(master, &buffer, buffer.count) == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
