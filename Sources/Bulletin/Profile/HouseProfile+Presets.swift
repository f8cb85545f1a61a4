extension HouseProfile {
    /// The distribution presets as `jianbao footer --list` prints them: each name (the default
    /// marked) with what it prints, then `无` for no footer — every value `分送:` accepts.
    public var presetListing: String {
        var lines = ["画像“\(name)”的分送预设（笔记中写“分送: 预设名”，或 jianbao footer --preset 预设名）："]
        if presets.isEmpty { lines.append("  （没有分送预设）") }
        for preset in presets {
            lines.append("  \(preset.name)\(preset.name == defaultPresetName ? "（默认）" : "")")
            let footer = preset.footer
            if let sendTo = footer.sendTo { lines.append("    送：\(sendTo)") }
            if let copyTo = footer.copyTo { lines.append("    发：\(copyTo)") }
            lines.append("    \(footer.issuer)印发" + (footer.copies.map { " 共印 \($0) 份" } ?? ""))
        }
        lines.append("  \(NotesDecoder.noFooter)\(defaultPresetName == nil ? "（默认）" : "")")
        lines.append("    不印版记")
        return lines.joined(separator: "\n") + "\n"
    }
}
