/// Text normalisation for comparing headings with contents entries: no spaces, markup or
/// wraps; half-width punctuation and full-width alphanumerics folded; no final full stop.
enum HeadingText {
    static func compact(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if ScalarClass.isSpace(value) || value == 0x0A || value == 0x0D || value == 0x2A || value == 0x5C { continue }
            if let full = ScalarClass.fullWidth(of: value) {
                result.append(full)
            } else if ScalarClass.isFullWidthAlphanumeric(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        while let last = result.last, last == "。" { result.removeLast() }
        return String(result)
    }
}
