/// P3: “ ” ‘ ’ （ ） 《 》 that do not pair up within a logical paragraph.
enum UnbalancedQuote {
    static let rule = Rule(
        code: "P3", slug: "unbalanced-quote", severity: .error, scope: .text,
        title: "引号、括号或书名号不成对",
        message: "引号、括号或书名号不成对：补上缺少的一半或删去多余的符号",
        explanation: "在一个逻辑段落内配对 “ ” ‘ ’ （ ） 《 》 和半角括号 ( )；半角和全角括号不算一对（“(1）”报在半角的那个上）。分页把段落断开时先接上再配对，所以被分页切开的一对引号不算错误。错误报在多余或落单的那个符号上：没有左符号的右符号、没有右符号的左符号，以及前一个左引号尚未闭合时又出现的左引号。中文里的直引号 \" 和 ' 段内按先后两两配对（成对的由 P1 改为全角），剩下落单的一个也在这里指出。",
        wrongExample: "采取“精准培训\n\n“十实战练兵十外出考察”相结合的方式。\n\n(1）加强组织领导。",
        rightExample: "采取“精准培训+实战练兵+外出考察”相结合的方式，在“民\n\n呼我应”中融入治理体系。")

    /// Half-width brackets are a kind of their own: `(` never pairs with `）`.
    enum Kind: UInt8 { case double, single, paren, halfParen, book }

    static func classify(_ value: UInt32) -> (Kind, Bool)? {
        switch value {
        case 0x201C: (.double, true)
        case 0x201D: (.double, false)
        case 0x2018: (.single, true)
        case 0x2019: (.single, false)
        case 0xFF08: (.paren, true)
        case 0xFF09: (.paren, false)
        case 0x28: (.halfParen, true)
        case 0x29: (.halfParen, false)
        case 0x300A: (.book, true)
        case 0x300B: (.book, false)
        default: nil
        }
    }

    static func visit(_ scanner: inout TypographyScanner, at index: Int, _ sink: inout FindingSink, report: Bool = true) {
        let value = scanner.values[index]
        guard let (kind, opens) = classify(value) else { return }
        if opens {
            if kind == .double || kind == .single, scanner.pairs.contains(kind) {
                if report { reportMark(scanner, index, "前一个左引号 \(mark(value)) 尚未闭合，又出现左引号 \(mark(value))：删去多余的引号，或先补上右引号", &sink) }
                return
            }
            scanner.pairs.push(kind, index)
            return
        }
        if scanner.pairs.top == kind {
            scanner.pairs.pop()
        } else if let top = scanner.pairs.top, let open = scanner.pairs.positions.last, (top == .paren && kind == .halfParen) || (top == .halfParen && kind == .paren) {
            // `(1）`: one pair in two widths, reported once at the half-width mark, without a
            // fix (which width was meant is the writer's call).
            if report {
                let openValue = scanner.values[open]
                reportMark(scanner, kind == .halfParen ? index : open, "左括号 \(mark(openValue)) 与右括号 \(mark(value)) 全角半角不一致：改成一对全角括号“（）”", &sink)
            }
            scanner.pairs.pop()
        } else if scanner.pairs.contains(kind) {
            while let top = scanner.pairs.top, top != kind {
                if report { reportUnclosed(scanner, scanner.pairs.positions.last ?? index, &sink) }
                scanner.pairs.pop()
            }
            scanner.pairs.pop()
        } else if report {
            reportMark(scanner, index, "右\(name(kind)) \(mark(value)) 没有对应的左\(name(kind))：补上左\(name(kind))，或删去这个右\(name(kind))", &sink)
        }
    }

    static func finish(_ scanner: inout TypographyScanner, _ sink: inout FindingSink) {
        for position in scanner.pairs.positions { reportUnclosed(scanner, position, &sink) }
        scanner.pairs.removeAll()
        // A straight quote left without its partner, in Chinese text: which one was meant, and
        // where the other half goes, only the writer knows (no fix).
        for position in [scanner.openStraightQuotes.double, scanner.openStraightQuotes.single]
        where position >= 0 && HalfwidthPunctuation.isBesideChinese(scanner, position) {
            let mark = mark(scanner.values[position])
            reportMark(scanner, position, "半角引号 \(mark) 没有成对的另一半：补上另一半并改为全角引号，或删去这个引号", &sink)
        }
        scanner.openStraightQuotes = (-1, -1)
    }

    private static func reportUnclosed(_ scanner: TypographyScanner, _ index: Int, _ sink: inout FindingSink) {
        let value = scanner.values[index]
        guard let (kind, _) = classify(value) else { return }
        reportMark(scanner, index, "左\(name(kind)) \(mark(value)) 没有对应的右\(name(kind))：在应结束处补上右\(name(kind))", &sink)
    }

    private static func reportMark(_ scanner: TypographyScanner, _ index: Int, _ message: String, _ sink: inout FindingSink) {
        let offset = scanner.offset(index)
        let length = scanner.values[index] < 0x80 ? 1 : 3
        sink.report(rule, offset, offset + length, message: message)
    }

    /// The mark itself, set off by spaces: wrapped in quotes, a quote mark would read “””.
    private static func mark(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String($0) } ?? ""
    }

    private static func name(_ kind: Kind) -> String {
        switch kind {
        case .double, .single: "引号"
        case .paren, .halfParen: "括号"
        case .book: "书名号"
        }
    }
}

/// Open quotes and brackets of the current logical paragraph.
struct PairStack {
    private(set) var kinds: [UnbalancedQuote.Kind] = []
    private(set) var positions: [Int] = []

    var top: UnbalancedQuote.Kind? { kinds.last }
    /// True inside “…” or ‘…’ (for 十 read in place of +).
    var insideQuotes: Bool { kinds.contains(.double) || kinds.contains(.single) }

    func contains(_ kind: UnbalancedQuote.Kind) -> Bool { kinds.contains(kind) }

    mutating func push(_ kind: UnbalancedQuote.Kind, _ position: Int) {
        kinds.append(kind)
        positions.append(position)
    }

    mutating func pop() {
        kinds.removeLast()
        positions.removeLast()
    }

    mutating func removeAll() {
        kinds.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }
}
