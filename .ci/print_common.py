"""Helpers shared by the print checks (print_docx_check.py, print_pdf_check.py)."""
import sys


def texts(value):
    """A notes field that is one paragraph (string) or several (list), as a list."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def finish(label, failures, success):
    """Prints the failures and exits 1, or prints the success line."""
    if failures:
        print(f"{label}: " + "; ".join(failures))
        sys.exit(1)
    print(f"{label}: {success}")


def long_issue_notes():
    """Notes of a long issue (issue 16's page-by-page check): a 60-character title, eight
    articles, many points of varied length, so titles and paragraphs meet page breaks."""
    sentence = "围绕中心工作组织代表开展专题调研和视察活动，推动解决群众关心的实际问题"
    lines = ["刊名: 代表工作", "期号: 99", "日期: 2026年7月1日", "编发单位: [河南省人大常委会, 代表工作委员会]",
             "专辑:", "  名称: “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", "  序号: 8", "文章:"]
    for article in range(8):
        title = ("坚持人民代表大会制度 深化代表联络站建设 推动主题活动走深走实 助力高质量发展 " * 2)[:60] \
            if article == 0 else f"第{article + 1}篇 搭平台 强履职 促发展" + " 让代表作用看得见" * (article % 3)
        lines += [f"  - 地区: 测试县{article + 1}", f"    标题: {title.strip()}",
                  f"    导语: {sentence * (1 + article % 3)}。", "    要点:"]
        for point in range(2 + article % 4):
            lines += [f"      - 小标题: 第{point + 1}项工作稳步推进。",
                      f"        正文: {'一是' + sentence + '。' * 1}{sentence * ((point + article) % 5)}。"]
        lines += [f"    结语: 下一步，将{sentence}。", f"    供稿: 测试市人大常委会代表工委"]
    # The dated 印发 line (印发日期: GB/T 9704 §7.4.3) with 共印 after it: the longest form it takes.
    lines += ["分送: 默认", "份数: 60", "印发日期: 是"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__" and sys.argv[1:] == ["long-issue"]:
    sys.stdout.write(long_issue_notes())
