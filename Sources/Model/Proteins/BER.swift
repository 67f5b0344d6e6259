/// A minimal reader of ASN.1 BER (the encoding of BLAST `.phr` headers): one-byte tags,
/// definite (short and long form) and indefinite lengths. Only what the def-line title
/// needs; anything else is skipped structurally, so a malformed header is detected.
struct BERReader {
    /// One element header: `tag` byte, `constructed` flag, where the content starts, and its
    /// length in bytes (nil: indefinite, ended by two zero bytes).
    struct Header { var tag: UInt8; var constructed: Bool; var contentStart: Int; var length: Int? }

    struct Malformed: Error { var offset: Int; var reason: String }

    let bytes: UnsafeRawBufferPointer
    /// Offsets outside `range` are malformed (the record's slice of the file).
    let range: Range<Int>

    func header(at offset: Int) throws -> Header {
        guard offset + 2 <= range.upperBound, offset >= range.lowerBound else { throw Malformed(offset: offset, reason: "element header past the record's end") }
        let tag = bytes[offset]
        guard tag & 0x1F != 0x1F else { throw Malformed(offset: offset, reason: "multi-byte tag") }
        let first = bytes[offset + 1]
        if first < 0x80 { return Header(tag: tag, constructed: tag & 0x20 != 0, contentStart: offset + 2, length: Int(first)) }
        if first == 0x80 {
            guard tag & 0x20 != 0 else { throw Malformed(offset: offset, reason: "indefinite length on a primitive element") }
            return Header(tag: tag, constructed: true, contentStart: offset + 2, length: nil)
        }
        let n = Int(first & 0x7F)
        guard n <= 4, offset + 2 + n <= range.upperBound else { throw Malformed(offset: offset, reason: "bad long-form length") }
        var length = 0
        for i in 0..<n { length = length << 8 | Int(bytes[offset + 2 + i]) }
        return Header(tag: tag, constructed: tag & 0x20 != 0, contentStart: offset + 2 + n, length: length)
    }

    /// The offset just past the element at `offset` (its end-of-contents included).
    func end(of offset: Int, depth: Int = 0) throws -> Int {
        guard depth < 64 else { throw Malformed(offset: offset, reason: "nesting deeper than 64") }
        let h = try header(at: offset)
        if let length = h.length {
            let e = h.contentStart + length
            guard e <= range.upperBound else { throw Malformed(offset: offset, reason: "length \(length) past the record's end") }
            return e
        }
        var p = h.contentStart
        while true {
            guard p + 2 <= range.upperBound else { throw Malformed(offset: p, reason: "missing end-of-contents") }
            if bytes[p] == 0 && bytes[p + 1] == 0 { return p + 2 }
            p = try end(of: p, depth: depth + 1)
        }
    }

    /// The content bytes of a primitive element at `offset` as text.
    func string(at offset: Int) throws -> String {
        let h = try header(at: offset)
        guard !h.constructed, let length = h.length, h.contentStart + length <= range.upperBound else {
            throw Malformed(offset: offset, reason: "expected a primitive string")
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[h.contentStart ..< h.contentStart + length]), as: UTF8.self)
    }

    /// The title of the first def-line of a `Blast-def-line-set` at `range.lowerBound`:
    /// SEQUENCE OF (0x30) > Blast-def-line SEQUENCE (0x30) > title [0] (0xA0) > VisibleString
    /// (0x1A). "" when the first def-line has no title. Checks that the set spans the record.
    func firstTitle() throws -> String {
        let start = range.lowerBound
        guard try end(of: start) == range.upperBound else { throw Malformed(offset: start, reason: "def-line set does not end at the record's end") }
        let set = try header(at: start)
        guard set.tag == 0x30 else { throw Malformed(offset: start, reason: String(format: "expected SEQUENCE (0x30), found 0x%02x", set.tag)) }
        let line = try header(at: set.contentStart)
        guard line.tag == 0x30 else { throw Malformed(offset: set.contentStart, reason: "expected a Blast-def-line SEQUENCE") }
        let field = try header(at: line.contentStart)
        guard field.tag == 0xA0 else { return "" }
        let text = try header(at: field.contentStart)
        guard text.tag == 0x1A else { throw Malformed(offset: field.contentStart, reason: "title is not a VisibleString") }
        return try string(at: field.contentStart)
    }
}
