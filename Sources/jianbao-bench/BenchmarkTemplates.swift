import Foundation
import Templating

// Template engine: compile and render a ~20 KB Chinese report template that loops
// 3 sections × 4 points (≈ 27 KB output), then a 10× larger context to check that
// render time grows with output size and nothing else.
func benchmarkTemplates() throws {
    let source = ReportTemplate.source
    let template = try Template(source: source, name: "report.html", escape: .html)
    let context = ReportTemplate.context(sections: 3, pointsPerSection: 4)
    let output = try template.render(context)
    print("template \(source.utf8.count) bytes, output \(output.utf8.count) bytes (3 sections × 4 points)")

    let compile = try Measure.median(iterations: 200) {
        _ = try Template(source: source, name: "report.html", escape: .html)
    }
    Measure.report("compile report template", seconds: compile, bytes: source.utf8.count)

    let render = try Measure.median(iterations: 2000) {
        _ = try template.render(context)
    }
    Measure.report("render report (3 × 4)", seconds: render, bytes: output.utf8.count)

    let largeContext = ReportTemplate.context(sections: 30, pointsPerSection: 4)
    let largeOutput = try template.render(largeContext)
    let renderLarge = try Measure.median(iterations: 200) {
        _ = try template.render(largeContext)
    }
    Measure.report("render report (30 × 4, 10× context)", seconds: renderLarge, bytes: largeOutput.utf8.count)

    // The machine is shared: thread CPU time (minimum of many samples) shows the cost
    // of the code itself, unlike wall time, which includes waiting for a core.
    let renderCPU = ThreadTime.minimum(iterations: 500) { _ = try? template.render(context) }
    let compileCPU = ThreadTime.minimum(iterations: 50) { _ = try? Template(source: source, name: "report.html", escape: .html) }
    let renderLargeCPU = ThreadTime.minimum(iterations: 50) { _ = try? template.render(largeContext) }
    print(String(format: "thread CPU time (min of 15 samples): compile %.1f µs, render %.1f µs, render 10× %.1f µs (×%.2f)",
                 compileCPU * 1e6, renderCPU * 1e6, renderLargeCPU * 1e6, renderLargeCPU / renderCPU))

    let timeRatio = renderLarge / render
    let sizeRatio = Double(largeOutput.utf8.count) / Double(output.utf8.count)
    print(String(format: "10× context (wall, median): time ×%.2f (target ≤ 11), output ×%.2f", timeRatio, sizeRatio))
}

/// A house-style report: masthead, preface and closing boilerplate, sections of points
/// with paragraphs, partial-free so the figure is the engine's alone.
enum ReportTemplate {
    private static let sentence = "各级人大代表围绕中心工作深入基层开展调研，广泛听取群众意见建议，推动解决了一批群众急难愁盼问题，取得了良好的政治效果、法治效果和社会效果。"

    static var source: String {
        var text = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{{刊名}}（第{{期号}}期）</title></head>
        <body>
        {{! 本模板供基准测试使用：刊头、导语、分节要点、落款与分送。}}
        <header>
          <h1>{{刊名}}</h1>
          <p class="issue">第{{期号}}期</p>
          <p class="unit">{{#编发单位}}{{.}}{{/编发单位}}　　{{日期}}</p>
        </header>

        """
        for paragraph in 1...14 {
            text += "<p class=\"preface\">（\(paragraph)）" + String(repeating: sentence, count: 6) + "</p>\n"
        }
        text += """
        {{#章节}}
        <section>
          <h2>{{序号}}、{{标题}}</h2>
          {{#导语}}
          <p class="lead">{{.}}</p>
          {{/导语}}
          <p class="note">\(sentence)\(sentence)</p>
          {{#要点}}
          <article class="point">
            <h3>{{编号}}{{小标题}}</h3>
            <p>{{首段}}</p>
            {{#后续段落}}
            <p>{{.}}</p>
            {{/后续段落}}
            {{^后续段落}}<p class="empty">（无后续段落）</p>{{/后续段落}}
          </article>
          {{/要点}}
          {{#供稿}}<p class="source">（{{供稿}}供稿）</p>{{/供稿}}
        </section>
        {{/章节}}

        """
        for paragraph in 1...4 {
            text += "<p class=\"closing\">（\(paragraph)）" + String(repeating: sentence, count: 2) + "</p>\n"
        }
        text += """
        <footer>
          {{#分送}}<p>送：{{送}}</p><p>发：{{发}}</p>{{/分送}}
          <p>{{印发行}}　　{{日期}}印发</p>
          <p>共印 {{份数}} 份</p>
        </footer>
        </body>
        </html>

        """
        return text
    }

    static func context(sections: Int, pointsPerSection: Int) -> TemplateValue {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var sectionValues: [TemplateValue] = []
        for section in 0..<sections {
            var points: [TemplateValue] = []
            for point in 0..<pointsPerSection {
                let label = numerals[point % numerals.count]
                points.append([
                    "编号": .string("（\(label)）"),
                    "小标题": .string("坚持问题导向，推动“\(label)”项重点工作落地见效。"),
                    "首段": .string("一是健全工作机制，把代表建议办理与 <重点工作> 结合起来，做到件件有回音、事事有着落。"),
                    "后续段落": point % 2 == 0 ? ["二是加强跟踪督办，定期通报办理进度。", "三是注重成果转化，形成长效机制。"] : [],
                ])
            }
            sectionValues.append([
                "序号": .string(numerals[section % numerals.count]),
                "标题": .string("南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步（\(section + 1)）"),
                "导语": ["南阳市人大常委会以学习贯彻全会精神为主线，组织引导全市各级人大代表积极投身主题活动。"],
                "要点": .list(points),
                "供稿": section % 3 == 2 ? nil : "南阳市人大常委会代表工委",
            ])
        }
        return [
            "刊名": "代表工作",
            "期号": "16",
            "日期": "2026年6月4日",
            "编发单位": ["河南省人大常委会", "代表工作委员会"],
            "章节": .list(sectionValues),
            "分送": ["送": "省人大常委会主任、副主任、秘书长", "发": "各省辖市人大常委会"],
            "印发行": "河南省人大常委会代表工作委员会",
            "份数": "60",
        ]
    }
}

/// CPU time of the calling thread, which other processes on the machine do not inflate.
enum ThreadTime {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Smallest per-call CPU time over 15 samples of `iterations` calls.
    static func minimum(iterations: Int, _ body: () -> Void) -> Double {
        for _ in 0..<max(1, iterations / 10) { body() }
        var best = Double.infinity
        for _ in 0..<15 {
            let start = now()
            for _ in 0..<iterations { body() }
            best = min(best, (now() - start) / Double(iterations))
        }
        return best
    }
}
