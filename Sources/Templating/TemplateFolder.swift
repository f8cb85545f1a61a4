import Foundation
import SourceText

/// Template names that exist in a folder but were not loaded because they lead out of it:
/// asking for one is an error saying so, rather than "not found".
struct Refusals: Sendable {
    /// Symbolic links to files outside the folder, by template name, with the reason.
    var files: [String: String] = [:]
    /// Symbolic links to folders outside the folder, by relative path.
    var folders: Set<String> = []

    func reason(for name: String) -> String? {
        if let reason = files[name] { return reason }
        guard !folders.isEmpty else { return nil }
        var index = name.startIndex
        while let slash = name[index...].firstIndex(of: "/") {
            let folder = String(name[..<slash])
            if folders.contains(folder) { return Messages.partialInFolderOutside(name, folder: folder) }
            index = name.index(after: slash)
        }
        return nil
    }

    /// `other`'s refusals added, except for the names its templates provide.
    func merging(_ other: Refusals, provided: some Sequence<String>) -> Refusals {
        var merged = self
        merged.files.merge(other.files) { _, theirs in theirs }
        merged.folders.formUnion(other.folders)
        for name in provided { merged.files[name] = nil }
        return merged
    }
}

/// Reads the `*.mustache` files of a template folder without ever leaving it.
enum TemplateFolder {
    struct Loaded {
        var files: [(name: String, source: String)] = []
        var refused = Refusals()
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
                guard entry.hasSuffix(".mustache") else {
                    // Never entered; remembered so a partial named through it is refused, not "not found".
                    if let target = realPath(path), !target.hasPrefix(root + "/"), isDirectory(target) { loaded.refused.folders.insert(relativePath) }
                    continue
                }
                let name = TemplateName.strippingExtension(relativePath)
                guard let target = realPath(path) else {
                    loaded.refused.files[name] = Messages.partialLinkBroken(name)
                    continue
                }
                guard target.hasPrefix(root + "/") else {
                    loaded.refused.files[name] = Messages.partialOutsideFolder(name)
                    continue
                }
                guard !isDirectory(target) else {
                    loaded.refused.files[name] = Messages.partialLinksToFolder(name)
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
        let bytes = Array(data)
        guard let source = String(validating: bytes, as: UTF8.self) else {
            // Located like every other malformed input: at the first byte that is not UTF-8.
            let offset = UTF8Scalar.firstInvalidOffset(bytes) ?? 0
            errors.append(.located(Messages.notUTF8(byte: bytes[min(offset, bytes.count - 1)]), in: bytes, name: name, from: offset, to: offset + 1))
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
