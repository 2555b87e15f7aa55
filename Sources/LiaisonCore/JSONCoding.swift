import Foundation

/// The one JSON form used for datasets, CLI output and exports: sorted keys, ISO 8601
/// dates, so the same data always encodes to the same bytes.
public enum JSONCoding {
    /// An encoder with sorted keys, pretty printing and ISO 8601 dates.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A decoder that reads ISO 8601 dates.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
