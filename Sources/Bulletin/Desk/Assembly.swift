import NotesFormat

extension NotesSkeleton.Predecessor {
    /// What a past issue, however it was read, hands on: its 期号 and 专辑, and its footer
    /// written as an editor would write it (a preset's name where it is one, plus 份数).
    public init?(of bulletin: Bulletin, profile: HouseProfile) {
        guard let issueNumber = bulletin.masthead.seriesNumber else { return nil }
        var distribution: NotesValue?
        var copies: Int?
        if case .mapping(let pairs) = NotesEncoder.encode(Bulletin(masthead: bulletin.masthead, footer: bulletin.footer), profile: profile) {
            distribution = pairs.first { $0.0 == "分送" }?.1
            if case .string(let text)? = pairs.first(where: { $0.0 == "份数" })?.1 { copies = Int(text) }
            // A written-out 分送 holds its 份数 and 印发日期: the skeleton offers them as fields of their own.
            if case .mapping(var lines)? = distribution {
                if let index = lines.firstIndex(where: { $0.0 == "份数" }) {
                    if case .string(let text) = lines[index].1 { copies = Int(text) }
                    lines.remove(at: index)
                }
                lines.removeAll { $0.0 == "印发日期" }
                distribution = .mapping(lines)
            }
        }
        self.init(issueNumber: issueNumber, album: bulletin.album, distribution: distribution, copies: copies,
                  datedIssuedLine: bulletin.footer?.issuedDate == .issueDate,
                  title: bulletin.masthead.title.isEmpty || bulletin.masthead.title == profile.title ? nil : bulletin.masthead.title)
    }
}

/// `jianbao assemble`: submissions → the next issue's notes, numbered after the archive.
public enum Assembly {
    /// The archive's last issue: the latest year, then the highest 期号 (numbers restart each
    /// year in many houses), then the latest date. Issues without a 期号 do not count.
    public static func lastIssue(of archive: [Bulletin]) -> Bulletin? {
        archive.filter { $0.masthead.seriesNumber != nil }.max { a, b in
            let keyA = (a.masthead.date?.year ?? 0, a.masthead.seriesNumber ?? 0, a.masthead.date.map { $0.month * 100 + $0.day } ?? 0)
            let keyB = (b.masthead.date?.year ?? 0, b.masthead.seriesNumber ?? 0, b.masthead.date.map { $0.month * 100 + $0.day } ?? 0)
            return keyA < keyB
        }
    }

    /// One submission as it goes into the notes: its file's name and what was read from it.
    public struct Submission: Sendable {
        public var name: String
        public var file: DeskFile

        public init(name: String, file: DeskFile) {
            self.name = name
            self.file = file
        }
    }

    /// The next issue's notes: the skeleton's masthead and footer lines around the submissions'
    /// articles, in the order given, each under a comment naming its file, the reader's
    /// remarks as trailing comments on the fields they concern.
    public static func notes(_ skeleton: NotesSkeleton, submissions: [Submission], profile: HouseProfile) -> String {
        var lines = skeleton.headerLines(profile: profile, madeBy: "jianbao assemble")
        lines.append("文章:")
        for submission in submissions {
            let file = submission.file
            for (index, article) in file.articles.enumerated() {
                let remarks = index < file.remarks.count ? file.remarks[index] : ArticleRemarks()
                let count = file.articles.count > 1 ? "第 \(index + 1) 篇，" : ""
                lines.append("  # 来稿：\(submission.name)（\(count)\(file.formatName)）")
                for remark in remarks.general { lines.append("  # " + oneLine(remark)) }
                let keyComments = remarks.byField.mapValues { oneLine($0.joined(separator: "；")) }
                let yaml = NotesWriter.yaml(NotesEncoder.encode(article), keyComments: keyComments)
                for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
                    lines.append((number == 0 ? "  - " : line.isEmpty ? "" : "    ") + line)
                }
            }
        }
        lines += skeleton.footerLines(profile: profile)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
