import Foundation
import PackagePlugin

/// Embeds the package's `templates/` folder and the Bulletin target's `Data/` folder into
/// the Bulletin module as Swift source, so `templates/` stays the single source of the
/// default templates and an installed binary works from any folder.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let roots: [(prefix: String, directory: URL)] = [
            ("templates/", context.package.directoryURL.appending(path: "templates")),
            ("data/", context.package.directoryURL.appending(path: "Sources/Bulletin/Data")),
        ]
        var arguments: [String] = []
        var inputs: [URL] = []
        for root in roots {
            for file in Self.files(under: root.directory) {
                let relative = String(file.path.dropFirst(root.directory.path.count + 1))
                arguments += [root.prefix + relative, file.path]
                inputs.append(file)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) default files",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    static func files(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile, !url.lastPathComponent.hasPrefix(".") { found.append(url.standardizedFileURL) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
