import Foundation

/// `draft --format pdf`: the drafted HTML printed by a Chromium or Chrome installed on the
/// machine, headless, without the browser's own header and footer (date, title, page count).
/// The page's <title> becomes the PDF's title; Chromium embeds the fonts it uses.
/// Nothing here knows bulletins: it finds a program, runs it and reads the file it wrote.
enum BrowserPrinting {
    /// Names tried on PATH, in order, when --browser is not given.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// The browser to print with: --browser (a path, or a name looked up on PATH), else the
    /// first of `browserNames` on PATH. Throws a message naming what to install.
    static func browser(named requested: String?) throws -> String {
        if let requested {
            if requested.contains("/") {
                guard FileManager.default.isExecutableFile(atPath: requested) else {
                    throw CommandError(message: "--browser 指定的程序 \(requested) 不存在或不能执行")
                }
                return requested
            }
            guard let found = onPath(requested) else {
                throw CommandError(message: "--browser 指定的程序 \(requested) 不在 PATH 中")
            }
            return found
        }
        for name in browserNames {
            if let found = onPath(name) { return found }
        }
        throw CommandError(message: """
            找不到 Chromium 或 Chrome：--format pdf 用无界面浏览器打印 HTML，不会换用别的方式。\
            请安装 Chromium（Debian/Ubuntu：sudo apt install chromium）或 Google Chrome，\
            或用 --browser 程序路径 指定；也可以 --format html 后在浏览器中打印（关闭“页眉和页脚”）
            """)
    }

    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// The PDF bytes of `html` as `browser` prints it. The page and the browser's profile live
    /// in a private temporary folder, removed afterwards; a browser that hangs is stopped.
    static func pdf(of html: String, browser: String, timeout: TimeInterval = 120) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html"), output = folder.appendingPathComponent("page.pdf")
        try Data(html.utf8).write(to: page)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            // Both spellings: newer Chromium knows the first, older the second; each ignores the other.
            "--no-pdf-header-footer", "--print-to-pdf-no-header",
            // Lets the page's script place the distribution footer and the fonts load.
            "--virtual-time-budget=5000",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)",
        ]
        // Chromium refuses to run as root with its sandbox (containers, CI).
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        process.arguments = arguments + [page.absoluteString]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandError(message: "无法启动 \(browser)：\(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw CommandError(message: "\(browser) 在 \(Int(timeout)) 秒内没有打印完，已停止")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF-".utf8)) else {
            throw CommandError(message: "\(browser) 没有生成 PDF（退出状态 \(process.terminationStatus)）")
        }
        return data
    }
}
