/// Template names are paths relative to the template folder ("partials/point.md"), and
/// nothing else: a name can never reach a file outside the folder.
enum TemplateName {
    /// False for absolute names and names with a `..` component (or a backslash, which
    /// some systems read as a separator).
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\") else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// "bulletin.txt.mustache" → "bulletin.txt"; other names stay as they are.
    static func strippingExtension(_ fileName: String) -> String {
        fileName.hasSuffix(".mustache") ? String(fileName.dropLast(".mustache".count)) : fileName
    }
}
