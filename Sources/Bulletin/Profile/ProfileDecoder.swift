import NotesFormat
import SourceText

/// Reads a profile file (notes format) into a `HouseProfile`, optionally over a base profile.
enum ProfileDecoder {
    static let keys = ["名称", "刊名", "编发单位", "默认分送", "分送预设", "文章字数上限", "检查规则"]
    static let presetKeys = ["送", "发", "印发", "份数", "印发日期", "送栏名", "发栏名"]

    static func decode(text: String, base: HouseProfile?) throws(NotesDecodingError) -> HouseProfile {
        let root = try NotesReading.parse(text)
        let reading = NotesReading(source: text)
        reading.rejectControlCharacters(in: root)
        var profile = base ?? HouseProfile(name: "", title: "")
        if case .null = root.value {
            reading.error("画像文件为空", at: root.range)
            try reading.finish()
        }
        guard let fields = reading.fields(root, of: "画像", keys: keys) else {
            try reading.finish()
            return profile
        }
        if let node = fields["名称"], let name = reading.text(node, field: "名称") { profile.name = name }
        if let node = fields["刊名"], let title = reading.text(node, field: "刊名") { profile.title = title }
        if let node = fields["编发单位"], let lines = reading.lineList(node, field: "编发单位") { profile.issuingBody = lines }
        if let node = fields["文章字数上限"], let limit = reading.wholeNumber(node, field: "文章字数上限") {
            profile.articleLengthLimit = limit
        }
        if let node = fields["检查规则"], let rules = reading.fields(node, of: "检查规则", keys: nil) {
            for entry in rules.entries {
                guard let targets = checkRules(named: entry.key, at: entry.keyRange, reading: reading),
                      let level = severity(entry.value, rule: entry.key, reading: reading) else { continue }
                // In file order: `all: 关闭` then `P3: 错误` turns on P3 alone.
                for rule in targets { profile.ruleSeverities[rule.code] = level }
            }
        }
        if let node = fields["分送预设"], let presets = reading.fields(node, of: "分送预设", keys: nil).map({ $0.entries }) {
            for entry in presets {
                guard let footer = footer(entry.value, issuerFallback: nil, reading: reading, what: "分送预设“\(entry.key)”") else { continue }
                let preset = DistributionPreset(name: entry.key, footer: footer)
                if let index = profile.presets.firstIndex(where: { $0.name == entry.key }) {
                    profile.presets[index] = preset
                } else {
                    profile.presets.append(preset)
                }
            }
        }
        if let node = fields["默认分送"], let name = reading.text(node, field: "默认分送", allowEmpty: false) {
            if profile.preset(named: name) == nil {
                let hint = Suggestion.closest(to: name, among: profile.presetNames).map { "，是否想写“\($0)”？" } ?? ""
                reading.error("默认分送“\(name)”不是本画像的分送预设\(hint)", at: node.range)
            } else {
                profile.defaultPresetName = name
            }
        }
        try reading.finish()
        return profile
    }

    /// The rules a 检查规则 key names; an unknown name is reported with the closest one.
    static func checkRules(named name: String, at range: SourceRange, reading: NotesReading) -> [Rule]? {
        if let rules = RuleCatalogue.rules(named: name) { return rules }
        reading.error(RuleCatalogue.unknownNameMessage(name), at: range)
        return nil
    }

    /// 错误 | 警告 | 关闭, or error | warning | off (`off` quoted: unquoted it reads as a boolean).
    static func severity(_ node: NotesNode, rule: String, reading: NotesReading) -> RuleSeverity? {
        guard let text = reading.text(node, field: "检查规则") else { return nil }
        guard let level = RuleSeverity(userText: text) else {
            reading.error("规则“\(rule)”的级别应为 错误、警告 或 关闭（也可写 error、warning、\"off\"），而不是“\(text)”", at: node.range)
            return nil
        }
        return level
    }

    /// A 分送 mapping {送, 发, 印发, 份数}; 印发 falls back to `issuerFallback` when given.
    static func footer(_ node: NotesNode, issuerFallback: String?, reading: NotesReading, what: String) -> DistributionFooter? {
        guard let fields = reading.fields(node, of: what, keys: presetKeys) else { return nil }
        let sendTo = fields["送"].flatMap { reading.recipients($0, field: "送") }
        let copyTo = fields["发"].flatMap { reading.recipients($0, field: "发") }
        let copies = fields["份数"].flatMap { reading.wholeNumber($0, field: "份数") }
        let issuer: String?
        if issuerFallback != nil, fields["印发"] == nil {
            issuer = issuerFallback
        } else {
            issuer = fields.required("印发").flatMap { reading.text($0, field: "印发", allowEmpty: false) }
        }
        let issuedDate = fields["印发日期"].flatMap { readIssuedDate($0, reading: reading).date }
        guard let issuer else { return nil }
        var footer = DistributionFooter(sendTo: sendTo, copyTo: copyTo, issuer: issuer, copies: copies, issuedDate: issuedDate)
        if let label = fields["送栏名"].flatMap({ fieldLabel($0, field: "送栏名", allowed: DistributionFooter.sendLabels, reading: reading) }) {
            footer.sendLabel = label
        }
        if let label = fields["发栏名"].flatMap({ fieldLabel($0, field: "发栏名", allowed: DistributionFooter.copyLabels, reading: reading) }) {
            footer.copyLabel = label
        }
        return footer
    }

    /// `送栏名: 分送`: one of the labels the genre prints before the field.
    static func fieldLabel(_ node: NotesNode, field: String, allowed: [String], reading: NotesReading) -> String? {
        guard let text = reading.text(node, field: field, allowEmpty: false) else { return nil }
        guard allowed.contains(text) else {
            reading.error("“\(field)”应为 \(allowed.joined(separator: "、")) 之一，而不是“\(text)”", at: node.range)
            return nil
        }
        return text
    }

    /// `印发日期`: 是 → the issue's date, 否 → none (which overrides a preset's), or a date of
    /// its own. `isValid` is false when the value is none of these (reported).
    static func readIssuedDate(_ node: NotesNode, reading: NotesReading) -> (date: DistributionFooter.IssuedDate?, isValid: Bool) {
        guard let text = reading.text(node, field: "印发日期", allowEmpty: false) else { return (nil, false) }
        switch text {
        case "是": return (.issueDate, true)
        case "否": return (nil, true)
        default:
            guard let date = BulletinDate(parsing: text) else {
                reading.error("“印发日期”应为 是（印刊头日期）、否（不印日期）或日历上存在的日期（如 2026年4月13日），而不是“\(text)”", at: node.range)
                return (nil, false)
            }
            return (.on(date), true)
        }
    }
}

extension SourceRange {
    /// Line 1, column 1: where problems that belong to no single place are reported.
    static let startOfFile = SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0))
}
