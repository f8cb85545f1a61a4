// Not implemented yet.
func benchmarkParse() throws {
    print("(not implemented)")
}
