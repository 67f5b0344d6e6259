import Foundation
import PerformerTensor

/// A corpus of proteins: the union of several sources (BLAST database volumes or FASTA
/// files) de-duplicated by accession (the first source holding an accession wins), split
/// deterministically:
///
/// - **ood** (out of distribution): every protein annotated with a held-out GO term of the
///   grouping source (for metastudent-data the MFO volume: molecular-function terms). A term is
///   held out when FNV-1a of "SEED/TERM" is 0 mod 10: a seeded random tenth of the terms,
///   independent of the order of the files. Whole functions are held out, as the paper holds
///   out whole families: a protein sharing any held-out function with a test protein is never
///   trained on, which a per-protein split could not promise. GO molecular function is the
///   grouping the package ships (it has no Pfam families); its cost is that broad terms
///   (ATP binding) make the OOD share vary with the seed (19-31% for three seeds).
///   Proteins without terms in the grouping source are never OOD.
/// - the rest by FNV-1a of the accession mod 100: 0-89 train, 90-94 validation, 95-99 test.
public final class ProteinCorpus: @unchecked Sendable {
    public enum Split: String, CaseIterable, Sendable { case train, validation, test, ood }

    /// Where a protein's residues live.
    enum Location { case database(Int, Int), fasta(Int, Int) }

    public struct Entry: Sendable {
        let accession: String
        let split: Split
        let location: Location
    }

    let databases: [BlastDatabase]
    let fastaFiles: [(path: String, records: [FastaRecord])]
    /// Every protein, in source order.
    let entries: [Entry]
    /// Indices into `entries` per split, in source order.
    public let indices: [Split: [Int]]
    /// The held-out GO terms (sorted).
    let heldOutTerms: [String]

    /// The corpus of `sources` (each a BLAST volume base path when PATH.pin exists, else a
    /// FASTA file); GO terms of `sources[groupSource]` define the OOD groups.
    public init(sources: [String], groupSource: Int = 0, oodSeed: UInt64) throws {
        var dbs: [BlastDatabase] = [], fastas: [(String, [FastaRecord])] = []
        var entries: [Entry] = [], seen = Set<String>(), held = Set<String>()
        func isHeld(_ term: String) -> Bool { FNV1a.hash64(Array("\(oodSeed)/\(term)".utf8)) % 10 == 0 }
        func add(_ title: String, _ location: Location, group: Bool) {
            let acc = Fasta.accession(ofTitle: title)
            guard seen.insert(acc).inserted else { return }
            var ood = false
            if group { for t in Fasta.goTerms(ofTitle: title) where isHeld(t) { ood = true; held.insert(t) } }
            let split: Split
            if ood { split = .ood } else {
                let h = FNV1a.hash64(Array(acc.utf8)) % 100
                split = h < 90 ? .train : h < 95 ? .validation : .test
            }
            entries.append(Entry(accession: acc, split: split, location: location))
        }
        // The grouping source first, so its terms decide each shared accession's group.
        let order = [groupSource] + sources.indices.filter { $0 != groupSource }
        for s in order {
            let path = sources[s]
            if !FileManager.default.fileExists(atPath: path + ".pin") {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw ModelError.corpus("protein source \(path): neither a FASTA file nor a BLAST database (\(path).pin)")
                }
                let records = try Fasta.read(path: path)
                for (i, r) in records.enumerated() { add(r.title, .fasta(fastas.count, i), group: s == groupSource) }
                fastas.append((path, records))
            } else {
                let db = try BlastDatabase(basePath: path)
                for i in 0..<db.count { add(try db.title(i), .database(dbs.count, i), group: s == groupSource) }
                dbs.append(db)
            }
        }
        databases = dbs; fastaFiles = fastas
        self.entries = entries
        var idx: [Split: [Int]] = [:]
        for s in Split.allCases { idx[s] = [] }
        for (i, e) in entries.enumerated() { idx[e.split]!.append(i) }
        indices = idx
        heldOutTerms = held.sorted()
    }

    /// Proteins in `split`.
    public func count(_ split: Split) -> Int { indices[split]!.count }

    /// Tokens of entry `i` (ProteinVocabulary); throws naming the file and record on a letter
    /// outside the vocabulary.
    public func tokens(_ i: Int) throws -> [Int32] {
        switch entries[i].location {
        case .database(let d, let r):
            return try ProteinVocabulary.tokens(stdaa: databases[d].residueCodes(r),
                                                context: "\(databases[d].basePath).psq record \(r) (\(entries[i].accession))")
        case .fasta(let f, let r):
            return try ProteinVocabulary.tokens(letters: fastaFiles[f].records[r].letters,
                                                context: "\(fastaFiles[f].path) record \(r + 1) (\(entries[i].accession))")
        }
    }

    /// Entry index of `accession`, nil when absent.
    public func index(ofAccession accession: String) -> Int? { entries.firstIndex { $0.accession == accession } }
}

extension ProteinCorpus {
    /// Debian's metastudent-data folder holding BPO, CCO and MFO volumes.
    public static let metastudentRoot = "/usr/share/metastudent-data/dataset_201401"

    /// The union of metastudent-data's MFO, BPO and CCO volumes (MFO's molecular-function
    /// terms define the OOD groups); throws naming the missing file and how to install it.
    static func metastudent(root: String = metastudentRoot, oodSeed: UInt64) throws -> ProteinCorpus {
        let volumes = ["MFO", "BPO", "CCO"].map { "\(root)/\($0)/goasp.fasta" }
        for v in volumes where !FileManager.default.fileExists(atPath: v + ".pin") {
            throw ModelError.corpus("\(v).pin is missing: install Debian's metastudent-data (scripts/install-deps.sh --proteins, or apt-get install metastudent-data)")
        }
        return try ProteinCorpus(sources: volumes, groupSource: 0, oodSeed: oodSeed)
    }

    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: ProteinCorpus] = [:]

    /// `metastudent(root:oodSeed:)`, kept for the life of the process (reading the 1.4 million
    /// headers takes seconds; the configurations of a spec share them).
    public static func sharedMetastudent(root: String = metastudentRoot, oodSeed: UInt64) throws -> ProteinCorpus {
        cacheLock.lock(); defer { cacheLock.unlock() }
        let key = "\(root)#\(oodSeed)"
        if let c = cache[key] { return c }
        let c = try metastudent(root: root, oodSeed: oodSeed)
        cache[key] = c
        return c
    }
}
