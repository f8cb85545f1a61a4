import SourceText

/// Notes (or a profile) could not be read into the model. Holds every problem found in one
/// pass, each located in the file and worded in Chinese, so the editor fixes them all at once.
public struct NotesDecodingError: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
