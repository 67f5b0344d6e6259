/// The parameters several kinds share: each is one CSV column with one type and default,
/// declared here once; a kind lists it in its `parameters`, with its own doc
/// (`documented`), and `Parameters.all` joins the docs.
enum KindParameters {
    /// Examples of the held-out data per evaluation (`task` and the protein kinds).
    static let evalExamples = ParameterInfo("eval_examples", .int, .int(512), min: 1, "held-out examples per evaluation")

    /// The protein corpus (the protein kinds).
    static let corpus = ParameterInfo("corpus", .string, .string("metastudent"),
        "protein-lm: metastudent (Debian's metastudent-data: MFO, BPO and CCO volumes) or a path to a FASTA file or BLAST protein volume")

    /// The seed of the out-of-distribution split (the protein kinds).
    static let oodSeed = ParameterInfo("ood_seed", .int, .int(1), min: 0,
        "protein-lm: seed of the held-out tenth of GO molecular-function terms (the OOD split)")

    /// The corpus parameters every protein kind carries, in CSV order, after `eval_examples`
    /// documented by the kind as `evalExamplesDoc`.
    static func protein(evalExamplesDoc: String) -> [ParameterInfo] {
        [evalExamples.documented(evalExamplesDoc), corpus, oodSeed]
    }
}
