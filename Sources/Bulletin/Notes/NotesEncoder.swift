import NotesFormat

/// Model → notes value with the same Chinese keys the decoder reads, so that
/// `NotesWriter.yaml(NotesEncoder.encode(x))` decodes back to `x` (`jianbao parse` uses it).
public enum NotesEncoder {
    /// A whole issue. With a profile, a footer equal to one of its presets is written as the
    /// preset's name (plus 份数 and 印发日期 where only they differ), as an editor would write it.
    public static func encode(_ bulletin: Bulletin, profile: HouseProfile? = nil) -> NotesValue {
        var pairs: [(String, NotesValue)] = [("刊名", .string(bulletin.masthead.title))]
        if bulletin.masthead.isSupplement {
            pairs.append(("期号", .string(bulletin.masthead.compactIssueLine ?? Masthead.supplementLine)))
        } else if let number = bulletin.masthead.issueNumber {
            pairs.append(("期号", .string(String(number))))
        }
        if let total = bulletin.masthead.totalIssueNumber { pairs.append(("总期号", .string(String(total)))) }
        if let date = bulletin.masthead.date { pairs.append(("日期", .string(date.description))) }
        // No masthead was printed at all (a web re-post): the field is left out, so the profile's
        // issuing body prints, as its 刊名 does; a masthead without a body keeps `[]`.
        if !bulletin.masthead.isUnprinted {
            pairs.append(("编发单位", .sequence(bulletin.masthead.issuingBody.map(NotesValue.string))))
        }
        if let album = bulletin.album {
            pairs.append(("专辑", mapping([("名称", .string(album.theme)), ("序号", .string(String(album.number)))])))
        }
        if let note = paragraphs(bulletin.editorsNote) { pairs.append(("编者按", note)) }
        pairs.append(("文章", .sequence(bulletin.articles.map { encode($0) })))
        pairs += footerPairs(bulletin.footer, profile: profile)
        return mapping(pairs)
    }

    /// A single article, the top level of a submission's notes.
    public static func encode(_ article: Article) -> NotesValue {
        var pairs: [(String, NotesValue)] = []
        if !article.region.isEmpty { pairs.append(("地区", .string(article.region))) }
        pairs.append(("标题", .string(article.headline)))
        if let lead = paragraphs(article.lead) { pairs.append(("导语", lead)) }
        if !article.points.isEmpty {
            pairs.append(("要点", .sequence(article.points.map { point in
                var pointPairs: [(String, NotesValue)] = [("小标题", .string(point.heading))]
                if let body = paragraphs(point.body) { pointPairs.append(("正文", body)) }
                return mapping(pointPairs)
            })))
        }
        if let closing = paragraphs(article.closing) { pairs.append(("结语", closing)) }
        if let contributor = article.contributor { pairs.append(("供稿", .string(contributor))) }
        return mapping(pairs)
    }

    private static func footerPairs(_ footer: DistributionFooter?, profile: HouseProfile?) -> [(String, NotesValue)] {
        guard let footer else { return [("分送", .string(NotesDecoder.noFooter))] }
        if let profile {
            for preset in profile.presets {
                var asPreset = preset.footer
                asPreset.copies = footer.copies
                asPreset.issuedDate = footer.issuedDate
                guard asPreset == footer else { continue }
                var pairs: [(String, NotesValue)] = [("分送", .string(preset.name))]
                if preset.footer.copies != footer.copies {
                    // A preset's 份数 cannot be taken back in the notes: write it out instead.
                    guard let copies = footer.copies else { continue }
                    pairs.append(("份数", .string(String(copies))))
                }
                if preset.footer.issuedDate != footer.issuedDate { pairs.append(("印发日期", issuedDateValue(footer.issuedDate))) }
                return pairs
            }
        }
        var pairs: [(String, NotesValue)] = []
        if let sendTo = footer.sendTo { pairs.append(("送", .string(sendTo))) }
        if let copyTo = footer.copyTo { pairs.append(("发", .string(copyTo))) }
        // Labels other than 送 and 发 (分送, 报, 抄送) as written, so draft prints them again.
        if footer.sendLabel != "送" { pairs.append(("送栏名", .string(footer.sendLabel))) }
        if footer.copyLabel != "发" { pairs.append(("发栏名", .string(footer.copyLabel))) }
        // A footer read without its 印发 line (a cut-off page) leaves 印发 out, so the profile's
        // issuer applies: an empty `印发: ""` is what draft rightly refuses.
        if !footer.issuer.isEmpty { pairs.append(("印发", .string(footer.issuer))) }
        if let copies = footer.copies { pairs.append(("份数", .string(String(copies)))) }
        if let issuedDate = footer.issuedDate { pairs.append(("印发日期", issuedDateValue(issuedDate))) }
        return [("分送", mapping(pairs))]
    }

    /// `印发日期` as the decoder reads it: 是, 否, or the date.
    static func issuedDateValue(_ issuedDate: DistributionFooter.IssuedDate?) -> NotesValue {
        switch issuedDate {
        case .issueDate: .string("是")
        case .on(let date): .string(date.description)
        case nil: .string("否")
        }
    }

    /// One paragraph as a string, several as a list, none as nothing.
    private static func paragraphs(_ paragraphs: [String]) -> NotesValue? {
        switch paragraphs.count {
        case 0: return nil
        case 1: return .string(paragraphs[0])
        default: return .sequence(paragraphs.map(NotesValue.string))
        }
    }

    /// The one place that builds a mapping value from ordered pairs.
    private static func mapping(_ pairs: [(String, NotesValue)]) -> NotesValue {
        .mapping(pairs)
    }
}
