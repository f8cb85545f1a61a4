// Not implemented yet.
func benchmarkTemplates() throws {
    print("(not implemented)")
}
