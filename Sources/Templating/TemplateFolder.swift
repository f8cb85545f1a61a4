import Foundation

/// Reads the `*.mustache` files of a template folder without ever leaving it.
enum TemplateFolder {
    struct Loaded {
        var files: [(name: String, source: String)] = []
        var refused: [String: String] = [:]
    }

    static func load(_ directory: String) throws(TemplateError) -> Loaded {
        guard let root = realPath(directory), isDirectory(root) else {
            throw TemplateError.unlocated(Messages.folderMissing(directory), name: directory)
        }
        var loaded = Loaded()
        var errors: [TemplateError] = []
        walk(root: root, relative: "", into: &loaded, errors: &errors)
        if let combined = TemplateError.combining(errors) { throw combined }
        return loaded
    }

    /// Depth-first over one folder level. Hidden entries (editor backups) are skipped;
    /// symbolic links are followed only when they point inside the root, and never into
    /// folders (which could loop).
    private static func walk(root: String, relative: String, into loaded: inout Loaded, errors: inout [TemplateError]) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            errors.append(.unlocated(Messages.folderMissing(folder), name: folder))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = folder + "/" + entry
            let relativePath = relative.isEmpty ? entry : relative + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isLink = (info.st_mode & S_IFMT) == S_IFLNK
            if isLink {
                guard entry.hasSuffix(".mustache") else { continue }
                let name = TemplateName.strippingExtension(relativePath)
                guard let target = realPath(path), target.hasPrefix(root + "/"), !isDirectory(target) else {
                    loaded.refused[name] = Messages.partialOutsideFolder(name)
                    continue
                }
                read(target, name: name, into: &loaded, errors: &errors)
            } else if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(root: root, relative: relativePath, into: &loaded, errors: &errors)
            } else if (info.st_mode & S_IFMT) == S_IFREG, entry.hasSuffix(".mustache") {
                read(path, name: TemplateName.strippingExtension(relativePath), into: &loaded, errors: &errors)
            }
        }
    }

    private static func read(_ path: String, name: String, into loaded: inout Loaded, errors: inout [TemplateError]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            errors.append(.unlocated(Messages.unreadable(path), name: name))
            return
        }
        guard let source = String(validating: Array(data), as: UTF8.self) else {
            errors.append(.unlocated(Messages.notUTF8(path), name: name))
            return
        }
        loaded.files.append((name, source))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
