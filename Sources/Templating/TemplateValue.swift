/// The data a template is rendered with: typed, no `Any`, no reflection.
///
/// Numbers are not a case of their own: callers format them (the bulletin context
/// is strings throughout), and the JSON reader turns them into their textual form.
public indirect enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case map([String: TemplateValue])
    case null

    /// Whether a section `{{#name}}` renders: false, null, the empty list and the empty
    /// string are false (an empty paragraph should print nothing), everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .list(let items): return !items.isEmpty
        case .string(let text): return !text.isEmpty
        case .map: return true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        // Later duplicates win, as in JSON objects.
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
