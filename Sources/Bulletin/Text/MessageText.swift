extension String {
    /// The text as a message or comment quotes it: at most 40 characters, then “……”. A heading
    /// the reader took from a whole paragraph can be kilobytes long; a message stays one line.
    var quotedInMessage: String {
        // Control characters (a page break, ESC) would land raw in a message or a YAML comment.
        // Read as bytes: a control is one ASCII byte, never part of a longer character.
        let shown = utf8.contains { $0 < 0x20 || $0 == 0x7F }
            ? String(String.UnicodeScalarView(unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })) : self
        // A text of at most 40 scalars has at most 40 characters: counting characters breaks
        // graphemes, which cost ≈ 3 % of `check` on a file of thousands of findings.
        if shown.unicodeScalars.prefix(41).count <= 40 { return shown }
        return shown.count <= 40 ? shown : String(shown.prefix(40)) + "……"
    }
}
