import Foundation
import PerformerTensor

/// Model checkpoints in a small documented binary format (all integers little-endian):
///
///     magic        8 bytes  "PRFMCKPT"
///     version      UInt32   1
///     jsonLength   UInt64   then jsonLength bytes of UTF-8 JSON (`Checkpoint.Metadata`)
///     tensorCount  UInt32
///     per tensor:  nameLength UInt32, name (UTF-8), rank UInt32, rank x UInt64 extents,
///                  count x Float32 (IEEE 754, little-endian), row-major
///     checksum     UInt64   FNV-1a 64 over every byte before it
///
/// `save` writes a temporary file in the target's folder and renames it over the target, so
/// a half-written file never carries the final name. `load` maps tensors by name: a model
/// with another attention mechanism takes every shared weight, keeps its own new tensors
/// (e.g. Linformer's E, F) as initialised, and the report lists mapped, new and dropped names.
public enum Checkpoint {
    static let magic = Array("PRFMCKPT".utf8)
    static let version: UInt32 = 1

    /// The JSON part: the model's configuration and what produced the weights.
    public struct Metadata: Codable, Equatable {
        public var model: ModelConfig
        /// Each layer's attention mechanism name.
        public var mechanisms: [String]
        /// Training steps taken when saved.
        public var step: Int
        public init(model: ModelConfig, mechanisms: [String], step: Int) {
            self.model = model; self.mechanisms = mechanisms; self.step = step
        }
    }

    /// What `load` did, by tensor name.
    public struct LoadReport: Equatable {
        /// In both the file and the model: copied into the model.
        var mapped: [String]
        /// In the model only: left as initialised.
        public var new: [String]
        /// In the file only: ignored.
        var dropped: [String]
        var metadata: Metadata
    }

    // MARK: save

    /// Writes every parameter of `model` to `path` (atomically, via a temporary file and rename).
    public static func save(_ model: TransformerLM, to path: String, step: Int = 0) throws {
        let meta = Metadata(model: model.config, mechanisms: model.mechanisms.map(\.name), step: step)
        let bytes = try encode(metadata: meta, tensors: model.parameters.map { ($0.name, $0.value) })
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        if FaultPoint.fires("checkpoint-save") {
            // Half the file in the temporary, then the process dies before the rename.
            _ = FileManager.default.createFile(atPath: tmp, contents: Data(bytes[..<(bytes.count / 2)]))
            FaultPoint.kill()
        }
        guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
            throw ModelError.checkpoint("cannot write \(tmp) (disk full or a file-size limit?)")
        }
        let fd = open(tmp, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
        guard rename(tmp, path) == 0 else {
            let err = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: tmp)
            throw ModelError.checkpoint("cannot rename \(tmp) to \(path): \(err)")
        }
    }

    /// The file's bytes for `tensors` (name, tensor) in order.
    static func encode(metadata: Metadata, tensors: [(String, Tensor)]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = [UInt8](try encoder.encode(metadata))
        var out = magic
        append(&out, version)
        append(&out, UInt64(json.count))
        out += json
        append(&out, UInt32(tensors.count))
        for (name, t) in tensors {
            let nameBytes = Array(name.utf8)
            append(&out, UInt32(nameBytes.count))
            out += nameBytes
            append(&out, UInt32(t.rank))
            for e in t.shape { append(&out, UInt64(e)) }
            appendFloats(&out, t.data, count: t.count)
        }
        append(&out, fnv1a64(out[...]))
        return out
    }

    // MARK: load

    /// Reads a checkpoint file: its metadata and tensors (name -> tensor) in file order.
    public static func read(_ path: String) throws -> (Metadata, [(String, Tensor)]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError.checkpoint("cannot read \(path)")
        }
        return try decode([UInt8](data), source: path)
    }

    /// Parses checkpoint bytes; throws naming truncation, a bad checksum, magic or version.
    static func decode(_ bytes: [UInt8], source: String = "checkpoint") throws -> (Metadata, [(String, Tensor)]) {
        var r = Reader(bytes: bytes, source: source)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw ModelError.checkpoint("\(source) is not a checkpoint (magic is not PRFMCKPT)")
        }
        r.offset = magic.count
        let v: UInt32 = try r.read()
        guard v == version else { throw ModelError.checkpoint("\(source) has version \(v); this build reads version \(version)") }
        let jsonLength: UInt64 = try r.read()
        let json = try r.bytes(Int(clamping: jsonLength))
        let count: UInt32 = try r.read()
        var tensors: [(String, Tensor)] = []
        for _ in 0..<count {
            let nameLength: UInt32 = try r.read()
            let name = String(decoding: try r.bytes(Int(nameLength)), as: UTF8.self)
            let rank: UInt32 = try r.read()
            guard rank <= 8 else { throw ModelError.checkpoint("\(source): tensor \(name) has rank \(rank) (corrupt)") }
            var shape: [Int] = []
            for _ in 0..<rank { let e: UInt64 = try r.read(); shape.append(Int(clamping: e)) }
            var n = 1, overflow = false
            for e in shape {
                let (p, o) = n.multipliedReportingOverflow(by: e)
                n = p; overflow = overflow || o
            }
            guard !overflow, n >= 0, n <= (bytes.count - r.offset) / 4 else {
                throw ModelError.checkpoint("\(source) is truncated or corrupt: tensor \(name) \(shape) needs \(overflow ? "more than 2^63" : String(n)) elements of 4 bytes, \(bytes.count - r.offset) bytes left")
            }
            let t = Tensor(uninitialized: shape)
            try r.readFloats(into: t.data, count: n)
            tensors.append((name, t))
        }
        let end = r.offset
        let stored: UInt64 = try r.read()
        guard r.offset == bytes.count else {
            throw ModelError.checkpoint("\(source) has \(bytes.count - r.offset) unexpected bytes after the checksum (corrupt)")
        }
        let actual = fnv1a64(bytes[..<end])
        guard stored == actual else {
            throw ModelError.checkpoint(String(format: "%@ is corrupt: checksum %016llx, expected %016llx", source, actual, stored))
        }
        let meta: Metadata
        do { meta = try JSONDecoder().decode(Metadata.self, from: Data(json)) } catch {
            throw ModelError.checkpoint("\(source): configuration JSON does not decode: \(error)")
        }
        return (meta, tensors)
    }

    /// Loads the checkpoint at `path` into `model`, mapping tensors by name. Throws when the
    /// architecture (everything in the configuration but the seed) differs or a shared
    /// tensor's shape differs; the model is left unchanged then.
    @discardableResult
    public static func load(_ path: String, into model: TransformerLM) throws -> LoadReport {
        let (meta, tensors) = try read(path)
        let differences = meta.model.architectureDifferences(from: model.config)
        guard differences.isEmpty else {
            throw ModelError.checkpoint("\(path) does not match the model's configuration (checkpoint vs model): \(differences.joined(separator: ", "))")
        }
        let byName = Dictionary(tensors, uniquingKeysWith: { first, _ in first })
        for p in model.parameters {
            if let t = byName[p.name], t.shape != p.shape {
                throw ModelError.checkpoint("\(path): tensor \(p.name) has shape \(t.shape), the model's is \(p.shape)")
            }
        }
        var report = LoadReport(mapped: [], new: [], dropped: [], metadata: meta)
        for p in model.parameters {
            if let t = byName[p.name] {
                p.value.data.update(from: t.data, count: t.count)
                report.mapped.append(p.name)
            } else {
                report.new.append(p.name)
            }
        }
        let names = Set(model.parameters.map(\.name))
        report.dropped = tensors.map(\.0).filter { !names.contains($0) }
        return report
    }

    // MARK: helpers

    /// FNV-1a, 64 bits.
    static func fnv1a64(_ bytes: ArraySlice<UInt8>) -> UInt64 { FNV1a.hash64(bytes) }

    /// Appends `count` floats as little-endian IEEE 754 (a bulk copy on little-endian hosts).
    static func appendFloats(_ out: inout [UInt8], _ p: UnsafePointer<Float>, count: Int) {
        #if _endian(little)
        out += UnsafeRawBufferPointer(start: p, count: count * 4)
        #else
        out.reserveCapacity(out.count + 4 * count)
        for i in 0..<count { append(&out, p[i].bitPattern) }
        #endif
    }

    static func append<T: FixedWidthInteger>(_ out: inout [UInt8], _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    struct Reader {
        let bytes: [UInt8], source: String
        var offset = 0
        mutating func read<T: FixedWidthInteger>() throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else {
                throw ModelError.checkpoint("\(source) is truncated (\(bytes.count) bytes, needed more at offset \(offset))")
            }
            var v: T = 0
            for i in 0..<size { v |= T(bytes[offset + i]) << (8 * i) }
            offset += size
            return v
        }
        mutating func readFloats(into p: UnsafeMutablePointer<Float>, count: Int) throws {
            guard count >= 0, offset + 4 * count <= bytes.count else {
                throw ModelError.checkpoint("\(source) is truncated (\(bytes.count) bytes, needed \(4 * count) more at offset \(offset))")
            }
            #if _endian(little)
            bytes.withUnsafeBytes { UnsafeMutableRawPointer(p).copyMemory(from: $0.baseAddress! + offset, byteCount: 4 * count) }
            offset += 4 * count
            #else
            for i in 0..<count { p[i] = Float(bitPattern: try read()) }
            #endif
        }

        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard n >= 0, offset + n <= bytes.count else {
                throw ModelError.checkpoint("\(source) is truncated (\(bytes.count) bytes, needed \(n) more at offset \(offset))")
            }
            defer { offset += n }
            return Array(bytes[offset..<(offset + n)])
        }
    }
}
