/// The default templates and data files, embedded at build time from `templates/` and
/// `Sources/Bulletin/Data/` by the EmbedDefaults plugin.
public enum DefaultFiles {
    /// Default templates by name relative to `templates/`, e.g. "bulletin.txt.mustache".
    public static let templates: [String: String] = files(under: "templates/")

    /// Bundled data files by name relative to `Sources/Bulletin/Data/`.
    public static let data: [String: String] = files(under: "data/")

    private static func files(under prefix: String) -> [String: String] {
        var result: [String: String] = [:]
        for (name, text) in EmbeddedFiles.contents where name.hasPrefix(prefix) {
            result[String(name.dropFirst(prefix.count))] = text
        }
        return result
    }
}
