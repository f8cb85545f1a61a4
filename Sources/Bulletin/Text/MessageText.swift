extension String {
    /// The text as a message or comment quotes it: at most 40 characters, then “……”. A heading
    /// the reader took from a whole paragraph can be kilobytes long; a message stays one line.
    var quotedInMessage: String {
        // Control characters (a page break, ESC) would land raw in a message or a YAML comment.
        let shown = unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            ? String(String.UnicodeScalarView(unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })) : self
        return shown.count <= 40 ? shown : String(shown.prefix(40)) + "……"
    }
}
