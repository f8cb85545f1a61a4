import Zip

/// A change or remark on a document's text, positioned by UTF-8 offsets in `WordDocument.text`.
public struct Revision: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// The text to put in place of `start..<end` as a tracked change; nil for a comment only.
    public var replacement: String?
    /// The comment's text; also used when a replacement cannot be placed as a tracked change.
    public var comment: String

    public init(start: Int, end: Int, replacement: String? = nil, comment: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
        self.comment = comment
    }
}

/// A copy of a Word document with revisions as Word's own review marks: each replacement a tracked
/// change (`w:del` + `w:ins`), each remark a comment anchored to its range. The original runs are
/// split where a mark goes and keep their formatting; nothing else in the package changes.
public struct WordReview {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        /// Replacements written as tracked changes.
        public var trackedChanges: Int
        /// Comments written, including replacements that could not be tracked changes (inside a
        /// field, across runs or table cells, or in an automatic number) and became comments.
        public var comments: Int
        /// Of the comments, those that stand for a replacement that could not be tracked.
        public var untrackedReplacements: Int
    }

    public enum Failure: Error, Sendable {
        /// The document was not read from a package (built from parts alone).
        case noPackage
        case archive(ZipError)

        public var message: String {
            switch self {
            case .noPackage: "没有原文档，无法生成审阅稿"
            case .archive(let error): "无法生成审阅稿：\(error.message)"
            }
        }
    }

    private enum Mark {
        case replace(end: Int, old: String, new: String, id: Int)
        case commentStart(id: Int)
        case commentEnd(id: Int)
    }

    /// The review copy of `document` (which must have been read from a .docx) with `revisions`.
    /// `date` is the ISO 8601 time Word shows for each mark.
    public static func copy(of document: WordDocument, revisions: [Revision], author: String, date: String) throws(Failure) -> Result {
        guard let package = document.package else { throw .noPackage }
        let xml = document.documentXML
        let sources = document.sources

        // Where each paragraph's text starts in WordDocument.text.
        var paragraphStarts: [Int] = []
        var position = 0
        for paragraph in document.paragraphs {
            paragraphStarts.append(position)
            position += paragraph.text.utf8.count + 1
        }
        func paragraphIndex(of offset: Int) -> Int {
            var low = 0, high = paragraphStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if paragraphStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return max(0, low)
        }

        var nextId = firstFreeId(xml, package)
        // Marks inside text nodes: (paragraph, node) → [(offset in node, mark)].
        var nodeMarks: [[Int: [(Int, Mark)]]] = Array(repeating: [:], count: sources.count)
        // Marks at the edges of paragraphs: paragraph → [start marks], [end marks].
        var paragraphStartMarks: [Int: [Mark]] = [:], paragraphEndMarks: [Int: [Mark]] = [:]
        var comments: [(id: Int, text: String)] = []
        var tracked = 0
        // Replaced ranges per node, to refuse overlaps and move comment anchors out of them.
        var replaced: [[Int: [(start: Int, end: Int)]]] = Array(repeating: [:], count: sources.count)

        /// The node of paragraph `index` holding `local..<localEnd` (offsets in the paragraph's text).
        func node(in index: Int, from local: Int, to localEnd: Int) -> Int? {
            guard index < sources.count else { return nil }
            let source = sources[index]
            let start = local - source.numberBytes, end = localEnd - source.numberBytes
            guard start >= 0, let found = Self.lastNode(in: source.nodes, startingAtOrBefore: start) else { return nil }
            // At a boundary an insertion belongs to the node it ends, when there is one.
            for candidate in [found - 1, found] where candidate >= 0 {
                let node = source.nodes[candidate]
                if node.offset <= start, end <= node.offset + node.text.utf8.count { return candidate }
            }
            return nil
        }

        // Each node's bytes made once, however many revisions fall in it.
        var nodeBytes: [Int: [UInt8]] = [:]
        func bytes(_ index: Int, _ nodeIndex: Int) -> [UInt8] {
            let key = index << 32 | nodeIndex
            if let cached = nodeBytes[key] { return cached }
            let made = Array(sources[index].nodes[nodeIndex].text.utf8)
            nodeBytes[key] = made
            return made
        }

        /// The paragraphs `revision` joins, when it deletes exactly the line breaks between them
        /// (and the empty paragraphs they enclose): each one's mark is then deleted.
        func joinedParagraphs(_ revision: Revision) -> Range<Int>? {
            guard revision.end > revision.start else { return nil }
            let first = paragraphIndex(of: revision.start)
            let breaks = revision.end - revision.start
            guard first + breaks < document.paragraphs.count,
                  revision.start == paragraphStarts[first] + document.paragraphs[first].text.utf8.count,
                  revision.end == paragraphStarts[first + breaks]
            else { return nil }
            // Only sibling paragraphs join: a cell's last paragraph mark is the cell's.
            guard first + breaks < sources.count else { return nil }
            let container = sources[first].container
            for index in first...(first + breaks) where sources[index].container != container { return nil }
            for index in (first + 1)..<(first + breaks) where !document.paragraphs[index].text.isEmpty { return nil }
            guard (first..<(first + breaks)).allSatisfy({ $0 < sources.count && sources[$0].site != nil }) else { return nil }
            return first..<(first + breaks)
        }
        var markDeletions: [(paragraph: Int, id: Int)] = []
        var joinedMarks = Set<Int>()

        var pendingComments: [Revision] = []
        for revision in revisions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            guard let replacement = revision.replacement else { pendingComments.append(revision); continue }
            if replacement.isEmpty, let joined = joinedParagraphs(revision) {
                // Only line breaks deleted: the paragraphs' marks, deleted as tracked changes.
                for index in joined where joinedMarks.insert(index).inserted {
                    markDeletions.append((index, nextId))
                    nextId += 1
                }
                tracked += 1
                continue
            }
            let index = paragraphIndex(of: revision.start)
            let local = revision.start - paragraphStarts[index], localEnd = revision.end - paragraphStarts[index]
            guard index < sources.count, localEnd <= document.paragraphs[index].text.utf8.count,
                  let nodeIndex = node(in: index, from: local, to: localEnd), sources[index].nodes[nodeIndex].editable
            else { pendingComments.append(revision); continue }
            let textNode = sources[index].nodes[nodeIndex]
            let start = local - sources[index].numberBytes - textNode.offset
            let end = localEnd - sources[index].numberBytes - textNode.offset
            // Replacements come sorted by start: only the last one in the node can overlap.
            let overlaps = (replaced[index][nodeIndex]?.last).map { start < $0.end || start == $0.start } ?? false
            let text = bytes(index, nodeIndex)
            guard !overlaps, isScalarBoundary(text, start), isScalarBoundary(text, end) else { pendingComments.append(revision); continue }
            let old = String(decoding: text[start..<end], as: UTF8.self)
            replaced[index][nodeIndex, default: []].append((start, end))
            nodeMarks[index][nodeIndex, default: []].append((start, .replace(end: end, old: old, new: replacement, id: nextId)))
            nextId += 2
            tracked += 1
        }

        /// Places a comment anchor at a text offset: inside the text node that holds it (outside
        /// any replaced range), or else at the start or end of its paragraph.
        func anchor(_ offset: Int, _ mark: Mark, atEnd: Bool) {
            let index = paragraphIndex(of: offset)
            guard index < sources.count else { return }
            let local = offset - paragraphStarts[index] - sources[index].numberBytes
            let nodes = sources[index].nodes
            var candidates: [Int] = []
            if local >= 0, let found = Self.lastNode(in: nodes, startingAtOrBefore: local) {
                candidates = [found - 1, found].filter { $0 >= 0 && nodes[$0].offset <= local && local <= nodes[$0].offset + nodes[$0].text.utf8.count }
            }
            // An end anchor at a node boundary goes in the earlier node, a start anchor in the later one.
            if let nodeIndex = atEnd ? candidates.first : candidates.last {
                var inNode = local - nodes[nodeIndex].offset
                // Out of a replaced range (sorted and disjoint: found by binary search).
                if let ranges = replaced[index][nodeIndex] {
                    var low = 0, high = ranges.count
                    while low < high {
                        let middle = (low + high) / 2
                        if ranges[middle].end <= inNode { low = middle + 1 } else { high = middle }
                    }
                    if low < ranges.count, ranges[low].start < inNode, inNode < ranges[low].end {
                        inNode = atEnd ? ranges[low].end : ranges[low].start
                    }
                }
                if isScalarBoundary(bytes(index, nodeIndex), inNode) {
                    nodeMarks[index][nodeIndex, default: []].append((inNode, mark))
                    return
                }
            }
            if atEnd || local > 0 && !nodes.isEmpty && local >= (nodes.last.map { $0.offset + $0.text.utf8.count } ?? 0) {
                paragraphEndMarks[index, default: []].append(mark)
            } else {
                paragraphStartMarks[index, default: []].append(mark)
            }
        }

        for revision in pendingComments {
            let id = nextId
            nextId += 1
            comments.append((id, revision.comment))
            anchor(revision.start, .commentStart(id: id), atEnd: false)
            anchor(max(revision.start, revision.end), .commentEnd(id: id), atEnd: true)
        }

        // The new document.xml: splices sorted by position.
        let revisionAttributes = "w:author=\"\(escape(author))\" w:date=\"\(escape(date))\""
        var splices: [(start: Int, end: Int, text: String)] = []
        // Deleted paragraph marks go into the mark's run properties (w:pPr/w:rPr), made if missing.
        for (paragraph, id) in markDeletions {
            guard let site = sources[paragraph].site else { continue }
            let deletion = "<w:del w:id=\"\(id)\" \(revisionAttributes)/>"
            if site.selfClosing {
                var tag = String(decoding: xml[site.paragraphStart..<site.paragraphTagEnd], as: UTF8.self)
                if tag.hasSuffix("/>") { tag.removeLast(2) }
                splices.append((site.paragraphStart, site.paragraphTagEnd, tag + "><w:pPr><w:rPr>" + deletion + "</w:rPr></w:pPr></w:p>"))
            } else if let content = site.markPropertiesContent {
                splices.append((content, content, deletion))
            } else if let empty = site.markPropertiesSelfClosing {
                splices.append((empty.lowerBound, empty.upperBound, "<w:rPr>" + deletion + "</w:rPr>"))
            } else if site.propertiesSelfClosing, let start = site.propertiesStart, let end = site.propertiesEnd {
                splices.append((start, end, "<w:pPr><w:rPr>" + deletion + "</w:rPr></w:pPr>"))
            } else if let tail = site.propertiesTail {
                splices.append((tail, tail, "<w:rPr>" + deletion + "</w:rPr>"))
            } else {
                splices.append((site.paragraphTagEnd, site.paragraphTagEnd, "<w:pPr><w:rPr>" + deletion + "</w:rPr></w:pPr>"))
            }
        }
        for index in sources.indices {
            let source = sources[index]
            for (nodeIndex, marks) in nodeMarks[index] {
                let textNode = source.nodes[nodeIndex]
                splices.append((textNode.elementStart, textNode.elementEnd,
                                rewrite(textNode, marks: marks, attributes: revisionAttributes)))
            }
            let startMarkup = (paragraphStartMarks[index] ?? []).map { markup($0, runProperties: "", attributes: revisionAttributes) }.joined()
            let endMarkup = (paragraphEndMarks[index] ?? []).map { markup($0, runProperties: "", attributes: revisionAttributes) }.joined()
            guard !startMarkup.isEmpty || !endMarkup.isEmpty else { continue }
            if source.selfClosing {
                var tag = String(decoding: xml[source.start..<source.end], as: UTF8.self)
                if tag.hasSuffix("/>") { tag.removeLast(2) }
                splices.append((source.start, source.end, tag + ">" + startMarkup + endMarkup + "</w:p>"))
            } else {
                if !startMarkup.isEmpty { splices.append((source.contentStart, source.contentStart, startMarkup)) }
                if !endMarkup.isEmpty { splices.append((source.end, source.end, endMarkup)) }
            }
        }
        // Stable: at one position the paragraph properties made above come before comment anchors.
        splices = splices.enumerated().sorted { ($0.element.start, $0.element.end, $0.offset) < ($1.element.start, $1.element.end, $1.offset) }.map(\.element)
        var newXML: [UInt8] = []
        newXML.reserveCapacity(xml.count + splices.count * 200)
        var cursor = 0
        for splice in splices where splice.start >= cursor {
            newXML += xml[cursor..<splice.start]
            newXML += Array(splice.text.utf8)
            cursor = splice.end
        }
        newXML += xml[cursor...]

        // The package: every part as it was, but document.xml, and the comments with their
        // relationship and content type when there are any.
        var parts: [(path: String, bytes: [UInt8])] = []
        do {
            for entry in package.entries { parts.append((entry.path, try package.contents(of: entry))) }
        } catch {
            throw .archive(error)
        }
        func replacePart(_ path: String, _ bytes: [UInt8]) {
            if let index = parts.firstIndex(where: { $0.path == path }) { parts[index].bytes = bytes } else { parts.append((path, bytes)) }
        }
        replacePart(document.mainPartPath, newXML)
        if !comments.isEmpty {
            let folder = document.mainPartPath.contains("/") ? String(document.mainPartPath[..<document.mainPartPath.lastIndex(of: "/")!]) + "/" : ""
            let relationshipsPath = folder + "_rels/" + (document.mainPartPath.split(separator: "/").last.map(String.init) ?? "document.xml") + ".rels"
            let relationshipsXML = parts.first { $0.path == relationshipsPath }?.bytes ?? Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>".utf8)
            var commentsPath = Relationships(relationshipsXML, base: folder).target(ofType: "comments")
            let commentElements = comments.map { comment in
                "<w:comment w:id=\"\(comment.id)\" \(revisionAttributes) w:initials=\"JB\"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space=\"preserve\">\(escape(comment.text))</w:t></w:r></w:p></w:comment>"
            }.joined()
            if let existingPath = commentsPath, let existing = parts.first(where: { $0.path == existingPath })?.bytes {
                replacePart(existingPath, insert(commentElements, before: "</w:comments>", in: existing))
            } else {
                commentsPath = folder + "comments.xml"
                replacePart(commentsPath!, Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + commentElements + "</w:comments>").utf8))
                let relationship = "<Relationship Id=\"rIdJianbaoComments\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                replacePart(relationshipsPath, insert(relationship, before: "</Relationships>", in: relationshipsXML))
                if let types = parts.first(where: { $0.path == "[Content_Types].xml" })?.bytes {
                    let override = "<Override PartName=\"/\(commentsPath!)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                    replacePart("[Content_Types].xml", insert(override, before: "</Types>", in: types))
                }
            }
        }
        var archive = ZipArchive()
        for part in parts { archive.add(part.path, part.bytes) }
        return Result(bytes: archive.bytes(), trackedChanges: tracked, comments: comments.count,
                      untrackedReplacements: pendingComments.filter { $0.replacement != nil }.count)
    }

    /// The `w:t` element again, cut at each mark: the run is closed, the mark written, and a run
    /// with the same properties reopened.
    private static func rewrite(_ node: TextNode, marks: [(Int, Mark)], attributes: String) -> String {
        let bytes = Array(node.text.utf8)
        let ordered = marks.enumerated().sorted { lhs, rhs in
            // At one offset: comment ends, then replacements, then comment starts.
            func rank(_ mark: Mark) -> Int {
                switch mark { case .commentEnd: 0; case .replace: 1; case .commentStart: 2 }
            }
            return (lhs.element.0, rank(lhs.element.1), lhs.offset) < (rhs.element.0, rank(rhs.element.1), rhs.offset)
        }.map(\.element)
        var output = "<w:t xml:space=\"preserve\">"
        var cursor = 0
        for (offset, mark) in ordered {
            let at = max(offset, cursor)
            output += escape(String(decoding: bytes[cursor..<at], as: UTF8.self))
            output += "</w:t></w:r>" + markup(mark, runProperties: node.runProperties, attributes: attributes)
                + "<w:r>" + node.runProperties + "<w:t xml:space=\"preserve\">"
            cursor = at
            if case .replace(let end, _, _, _) = mark { cursor = max(cursor, end) }
        }
        output += escape(String(decoding: bytes[cursor...], as: UTF8.self)) + "</w:t>"
        return output
    }

    private static func markup(_ mark: Mark, runProperties: String, attributes: String) -> String {
        switch mark {
        case .commentStart(let id):
            return "<w:commentRangeStart w:id=\"\(id)\"/>"
        case .commentEnd(let id):
            return "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
        case .replace(_, let old, let new, let id):
            var text = ""
            if !old.isEmpty {
                text += "<w:del w:id=\"\(id)\" \(attributes)><w:r>\(runProperties)<w:delText xml:space=\"preserve\">\(escape(old))</w:delText></w:r></w:del>"
            }
            if !new.isEmpty {
                text += "<w:ins w:id=\"\(id + 1)\" \(attributes)><w:r>\(runProperties)<w:t xml:space=\"preserve\">\(escape(new))</w:t></w:r></w:ins>"
            }
            return text
        }
    }

    /// One more than the largest `w:id` in the document and its comments, so new marks never
    /// reuse an id Word already gave.
    private static func firstFreeId(_ xml: [UInt8], _ package: ZipReader) -> Int {
        var largest = 0
        func scan(_ bytes: [UInt8]) {
            let pattern = Array("w:id=\"".utf8)
            var index = 0
            while index + pattern.count < bytes.count {
                if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern {
                    var value = 0, digit = index + pattern.count
                    while digit < bytes.count, bytes[digit] >= 0x30, bytes[digit] <= 0x39, value < 1 << 40 {
                        value = value * 10 + Int(bytes[digit] - 0x30)
                        digit += 1
                    }
                    largest = max(largest, value)
                    index = digit
                } else {
                    index += 1
                }
            }
        }
        scan(xml)
        if let comments = package.entries.first(where: { $0.path.hasSuffix("comments.xml") }), let bytes = try? package.contents(of: comments) {
            scan(bytes)
        }
        return largest + 1
    }

    private static func insert(_ text: String, before closing: String, in bytes: [UInt8]) -> [UInt8] {
        let needle = Array(closing.utf8)
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle {
                return Array(bytes[..<index]) + Array(text.utf8) + Array(bytes[index...])
            }
            index -= 1
        }
        return bytes
    }

    /// The last node whose text starts at or before `offset` (nodes are in text order).
    private static func lastNode(in nodes: [TextNode], startingAtOrBefore offset: Int) -> Int? {
        var low = 0, high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            if nodes[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    private static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset >= 0 && offset <= bytes.count && (offset == bytes.count || bytes[offset] & 0xC0 != 0x80)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // XML 1.0 forbids most control characters even as references.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
