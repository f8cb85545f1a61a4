/// `docs/rules.md`, generated from the catalogue (`jianbao rules` prints it; a test keeps the
/// committed file equal to this text).
public enum RulesDocument {
    public static func markdown(_ rules: [Rule] = RuleCatalogue.all) -> String {
        var text = """
        # 检查规则

        <!-- 本文件由 `jianbao rules` 生成，请勿手改。 -->

        `jianbao check` 的全部规则。每条规则有不变的代号和名称（如 `P3 unbalanced-quote`）、默认级别，
        可用画像中的“检查规则”（如 `P4: 关闭`）、`--disable`/`--enable`（优先于画像）或 Markdown 注释
        `<!-- jianbao-disable P3 -->` 调整。
        标“可自动修正”的规则可用 `--fix` 修正（只改标点、全半角、空格和分页断行，不改文字）。

        | 代号 | 名称 | 默认级别 | 可自动修正 | 说明 |
        |---|---|---|---|---|

        """
        for rule in rules {
            text += "| [\(rule.code)](#\(rule.code.lowercased())) | `\(rule.slug)` | \(label(rule.severity)) | \(rule.fixable ? "是" : "否") | \(rule.title) |\n"
        }
        for rule in rules {
            text += """

            ## \(rule.code)

            **`\(rule.identifier)`** — \(rule.title)（默认：\(label(rule.severity))；\(scope(rule.scope))\(rule.fixable ? "；可自动修正" : "")）

            诊断：\(rule.message)

            \(rule.explanation)

            错误示例：

            ```text
            \(rule.wrongExample)
            ```

            正确示例：

            ```text
            \(rule.rightExample)
            ```

            """
        }
        return text
    }

    private static func label(_ severity: RuleSeverity) -> String {
        switch severity {
        case .error: "错误"
        case .warning: "警告"
        case .off: "关闭"
        }
    }

    private static func scope(_ scope: RuleScope) -> String {
        switch scope {
        case .text: "适用于任何文字"
        case .article: "适用于来稿和整期"
        case .issue: "只用于整期简报"
        }
    }
}
