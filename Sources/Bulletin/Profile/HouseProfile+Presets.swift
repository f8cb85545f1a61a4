extension HouseProfile {
    /// The distribution presets as `jianbao footer --list` prints them: each name (the default
    /// marked) with what it prints, then `无` for no footer — every value `分送:` accepts.
    public var presetListing: String {
        var lines = ["画像“\(name)”的分送预设（笔记中写“分送: 预设名”，或 jianbao footer --preset 预设名）："]
        if presets.isEmpty { lines.append("  （没有分送预设）") }
        for preset in presets {
            lines.append("  \(preset.name)\(preset.name == defaultPresetName ? "（默认）" : "")")
            let footer = preset.footer
            if let sendTo = footer.sendTo { lines.append("    \(footer.sendLabel)：\(sendTo)") }
            if let copyTo = footer.copyTo { lines.append("    \(footer.copyLabel)：\(copyTo)") }
            // As the footer prints it; a preset's 印发日期: 是 has no date to show here, so it is named.
            let printed = footer.issuedLine(issueDate: nil)
            let dateNote = footer.issuedDate == .issueDate ? "（印发日期：每期的刊头日期）" : ""
            lines.append("    " + [printed.unit, printed.end].compactMap { $0 }.joined(separator: " ") + dateNote)
        }
        lines.append("  \(NotesDecoder.noFooter)\(defaultPresetName == nil ? "（默认）" : "")")
        lines.append("    不印版记")
        return lines.joined(separator: "\n") + "\n"
    }
}
