import SourceText

/// Writes notes values as YAML in the notes subset, or as JSON.
public enum NotesWriter {
    /// JSON with keys in file order, 2-space indentation, Chinese unescaped; no trailing newline.
    public static func json(_ value: NotesValue) -> String {
        var output = ""
        writeJSON(value, indent: 0, to: &output)
        return output
    }

    private static func writeJSON(_ value: NotesValue, indent: Int, to output: inout String) {
        switch value {
        case .null:
            output += "null"
        case .string(let text):
            JSONString.append(text, to: &output)
        case .sequence(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            let inner = String(repeating: " ", count: indent + 2)
            for (index, item) in items.enumerated() {
                output += inner
                writeJSON(item, indent: indent + 2, to: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{\n"
            let inner = String(repeating: " ", count: indent + 2)
            for (index, (key, item)) in entries.enumerated() {
                output += inner
                JSONString.append(key, to: &output)
                output += ": "
                writeJSON(item, indent: indent + 2, to: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }
}
