import Foundation
import Bulletin

/// `jianbao rules [RULE]`: the rule catalogue as Markdown (the text of docs/rules.md).
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "列出全部检查规则及说明"
    static let usage = """
    用法：jianbao rules [规则]

    不带参数时输出全部规则的说明（即 docs/rules.md 的内容）；
    给出规则代号或名称（如 P3 或 unbalanced-quote）时只输出该规则。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let names = try arguments.positionals()
        if names.isEmpty {
            Terminal.printOut(RulesDocument.markdown(), terminator: "")
            return ExitStatus.clean
        }
        var rules: [Rule] = []
        for name in names {
            guard let rule = RuleCatalogue.rule(named: name) else {
                throw CommandError(message: "没有规则“\(name)”（用 jianbao rules 查看全部规则）")
            }
            rules.append(rule)
        }
        Terminal.printOut(RulesDocument.markdown(rules), terminator: "")
        return ExitStatus.clean
    }
}
