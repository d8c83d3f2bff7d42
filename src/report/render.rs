//! Markdown and CSV renderings of the compliance report.

use std::fmt::Write;

use super::{ComplianceReport, StatusTally, Tally};
use crate::label::Label;
use crate::ledger::StatusCounts;

fn pm(x: Option<u32>) -> String {
    x.map_or_else(|| "—".to_string(), |v| format!("{}.{}%", v / 10, v % 10))
}

fn esc_md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn tally_table(out: &mut String, title: &str, rows: &[Tally]) {
    let _ = writeln!(out, "\n### {title}\n");
    let _ = writeln!(out, "| | | số lượng / count |\n|---|---|---:|");
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            esc_md(&r.vi),
            esc_md(&r.en),
            r.count
        );
    }
}

fn status_header(out: &mut String) {
    let _ = writeln!(
        out,
        "| | | chưa đến hạn / pending | đúng hạn / on time | trễ hạn / late | quá hạn / overdue | miễn / waived | tỷ lệ đúng hạn / on-time rate |\n|---|---|---:|---:|---:|---:|---:|---:|"
    );
}

fn status_row(out: &mut String, vi: &str, en: &str, c: &StatusCounts, rate: Option<u32>) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        esc_md(vi),
        esc_md(en),
        c.pending,
        c.met_on_time,
        c.met_late,
        c.overdue,
        c.waived,
        pm(rate)
    );
}

fn status_table(out: &mut String, title: &str, rows: &[StatusTally]) {
    let _ = writeln!(out, "\n### {title}\n");
    status_header(out);
    for r in rows {
        status_row(out, &r.vi, &r.en, &r.counts, r.on_time_per_mille);
    }
}

impl ComplianceReport {
    /// The report in Markdown, with bilingual headings (Vietnamese / English).
    pub fn to_markdown(&self) -> String {
        let mut o = String::with_capacity(16 * 1024);
        let _ = writeln!(
            o,
            "# Báo cáo tình hình quản lý hoạt động đối ngoại / External-affairs compliance report\n"
        );
        let _ = writeln!(
            o,
            "- Địa phương / Jurisdiction: **{}** ({}, `{}`)",
            self.jurisdiction_vi, self.jurisdiction_en, self.jurisdiction
        );
        let _ = writeln!(o, "- Kỳ báo cáo / Period: {}", self.period);
        let _ = writeln!(
            o,
            "- Số liệu tính đến / Status as of: {}",
            self.as_of.format("%d/%m/%Y")
        );

        let a = &self.activities;
        let count = |v: &[Tally], key: &str| {
            v.iter()
                .filter(|t| t.key == key)
                .map(|t| t.count)
                .sum::<u64>()
        };
        let _ = writeln!(o, "\n## Tóm tắt / Summary\n");
        let _ = writeln!(
            o,
            "| | |\n|---|---:|\n| hoạt động / activities | {} |\n| không chấp thuận / refused | {} |\n| trình cấp trên / escalated | {} |\n| hồ sơ gửi đúng thời hạn / requests filed in time | {} |\n| nghĩa vụ báo cáo đúng hạn / obligations met on time | {} |\n| nghĩa vụ quá hạn / obligations overdue | {} |\n| thỏa thuận \"ký rồi để đấy\" / dormant agreements | {} |\n| ngoài kế hoạch / out of plan | {} |\n| quyết định khi chưa có quy định nguồn / decided without a sourced rule | {} |",
            a.total,
            count(&a.by_outcome, "refused"),
            count(&a.by_outcome, "escalated"),
            pm(self.filings.on_time_per_mille),
            pm(self.obligations.on_time_per_mille),
            self.obligations.counts.overdue,
            self.dormant_agreements.len(),
            a.out_of_plan,
            a.without_sourced_rule.iter().map(|t| t.count).sum::<u64>()
        );
        let _ = writeln!(o, "\n## Hoạt động / Activities\n");
        let _ = writeln!(
            o,
            "Tổng số / Total: **{}** — trong kế hoạch / in plan: {}, ngoài kế hoạch / out of plan: {}",
            a.total, a.in_plan, a.out_of_plan
        );
        tally_table(&mut o, "Theo kênh / By channel", &a.by_channel);
        tally_table(&mut o, "Theo loại hoạt động / By kind", &a.by_kind);
        tally_table(
            &mut o,
            "Theo cấp trưởng đoàn / By tier of the head",
            &a.by_tier,
        );
        tally_table(&mut o, "Theo kết quả / By outcome", &a.by_outcome);
        if !a.without_sourced_rule.is_empty() {
            tally_table(
                &mut o,
                "Quyết định khi bộ quy tắc chưa có quy định nguồn / Decided without a sourced rule in the rulebook",
                &a.without_sourced_rule,
            );
        }
        if !a.gaps_by_rule.is_empty() {
            let _ = writeln!(
                o,
                "\n### Các khoảng trống theo quy định / The gaps, by rule\n"
            );
            let _ = writeln!(
                o,
                "| quy định / rule | nơi lẽ ra có con số / where the figure should be | hoạt động / activities |\n|---|---|---:|"
            );
            for t in &a.gaps_by_rule {
                let _ = writeln!(
                    o,
                    "| `{}` | {} / {} | {} |",
                    esc_md(&t.key),
                    esc_md(&t.vi),
                    esc_md(&t.en),
                    t.count
                );
            }
        }
        let _ = writeln!(o, "\n### Theo quốc gia đối tác / By partner country\n");
        let _ = writeln!(o, "| quốc gia / country | số lượng / count |\n|---|---:|");
        for r in &a.by_partner_country {
            let _ = writeln!(o, "| {} | {} |", esc_md(&r.key), r.count);
        }
        let _ = writeln!(o, "\n### Theo đơn vị / By unit\n");
        let _ = writeln!(o, "| đơn vị / unit | số lượng / count |\n|---|---:|");
        for r in &a.by_unit {
            let _ = writeln!(o, "| {} | {} |", esc_md(&r.key), r.count);
        }

        let f = &self.filings;
        let _ = writeln!(o, "\n## Thời hạn gửi hồ sơ / Filing lead times\n");
        let _ = writeln!(
            o,
            "Có yêu cầu thời hạn / With a lead time: {} — đúng hạn / on time: {}, chậm / late: {} — tỷ lệ / rate: {}",
            f.with_lead_time,
            f.on_time,
            f.late,
            pm(f.on_time_per_mille)
        );
        if !f.late_list.is_empty() {
            let _ = writeln!(
                o,
                "\n| hồ sơ / case | loại / kind | đơn vị / unit | gửi / filed | bắt đầu / starts | kết quả / outcome |\n|---|---|---|---|---|---|"
            );
            for l in &f.late_list {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} | {} |",
                    esc_md(&l.activity),
                    l.kind
                        .parse::<crate::activity::ActivityKind>()
                        .map_or(l.kind.as_str(), |k| k.vi()),
                    esc_md(&l.unit),
                    l.filed_on,
                    l.starts_on,
                    l.outcome.vi()
                );
            }
        }
        if !f.refusals.is_empty() {
            let _ = writeln!(
                o,
                "\n### Không chấp thuận, trình cấp trên / Refused or escalated\n"
            );
            for r in &f.refusals {
                let _ = writeln!(
                    o,
                    "- `{}` — {} / {}: {}",
                    r.activity,
                    r.outcome.vi(),
                    r.outcome.en(),
                    esc_md(&r.reasons.join("; "))
                );
            }
        }

        let ob = &self.obligations;
        let _ = writeln!(o, "\n## Nghĩa vụ báo cáo / Reporting obligations\n");
        status_header(&mut o);
        status_row(
            &mut o,
            "**tổng**",
            "**total**",
            &ob.counts,
            ob.on_time_per_mille,
        );
        status_table(&mut o, "Theo loại / By kind", &ob.by_kind);
        status_table(&mut o, "Theo kênh / By channel", &ob.by_channel);
        let _ = writeln!(o, "\n### Quá hạn / Overdue ({})\n", ob.overdue.len());
        if ob.overdue.is_empty() {
            let _ = writeln!(o, "Không có / None.");
        } else {
            let _ = writeln!(
                o,
                "| nghĩa vụ / obligation | loại / kind | bên có nghĩa vụ / owed by | gửi / to | hạn / due | số ngày / days | căn cứ / basis |\n|---|---|---|---|---|---:|---|"
            );
            for l in &ob.overdue {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} | {} | {} |",
                    esc_md(&l.id),
                    esc_md(&l.kind_vi),
                    esc_md(&l.owed_by),
                    esc_md(&l.owed_to.join(", ")),
                    l.due,
                    l.days_late,
                    esc_md(&l.citations.join("; "))
                );
            }
        }
        let _ = writeln!(o, "\n### Trễ hạn / Met late ({})\n", ob.met_late.len());
        for l in &ob.met_late {
            let _ = writeln!(
                o,
                "- `{}` {} — hạn / due {}, nộp / met {} (+{} ngày / days) — {}",
                l.id,
                l.kind_vi,
                l.due,
                l.met_on.map_or_else(|| "—".to_string(), |d| d.to_string()),
                l.days_late,
                esc_md(&l.citations.join("; "))
            );
        }
        if !ob.undated.is_empty() {
            let _ = writeln!(
                o,
                "\n### Nghĩa vụ chưa có nguồn quy định thời hạn / Reporting duties with no sourced date ({})\n",
                ob.undated.len()
            );
            for g in &ob.undated {
                let _ = writeln!(
                    o,
                    "- `{}` — {} / {}",
                    esc_md(&g.rule),
                    esc_md(&g.cite_vi),
                    esc_md(&g.cite_en)
                );
            }
        }

        let _ = writeln!(
            o,
            "\n## Thỏa thuận quốc tế \"ký rồi để đấy\" / Dormant agreements ({})\n",
            self.dormant_agreements.len()
        );
        for d in &self.dormant_agreements {
            let _ = writeln!(
                o,
                "- `{}` {} — {} ({}) — {} / {} [{}]",
                d.agreement,
                esc_md(&d.title),
                esc_md(&d.partner),
                d.partner_country,
                esc_md(&d.explanation_vi),
                esc_md(&d.explanation_en),
                d.evidence.en()
            );
        }

        if let Some(p) = &self.plan {
            let _ = writeln!(o, "\n## Kế hoạch và thực hiện / Plan versus actual\n");
            let _ = writeln!(
                o,
                "Ngoài kế hoạch (tính hạn mức) / Out of plan (counted): {} — hạn mức / quota: {} — vượt / beyond: {}{}",
                p.out_of_plan_counted,
                p.quota.map_or_else(|| "—".to_string(), |q| q.to_string()),
                p.beyond_quota,
                p.quota_citation
                    .as_ref()
                    .map_or_else(String::new, |c| format!(" ({c})"))
            );
            let _ = writeln!(
                o,
                "\n| đơn vị / unit | phê duyệt / approved | kế hoạch / planned | đã thực hiện / done | chưa / not done | ngoài KH / out of plan | kinh phí / budget (VND) |\n|---|---|---:|---:|---:|---:|---:|"
            );
            for u in &p.units {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} | {} | {} |",
                    esc_md(&u.unit),
                    if u.approved {
                        "có / yes"
                    } else {
                        "không / no"
                    },
                    u.planned,
                    u.carried_out,
                    u.not_carried_out,
                    u.out_of_plan,
                    u.budget_vnd
                );
            }
        }

        for r in &self.action_plans {
            let _ = writeln!(
                o,
                "\n## Kết quả thực hiện {} / Implementation of {} ({})\n",
                r.number, r.number, r.year
            );
            let _ = writeln!(o, "{} → {}\n", esc_md(&r.by), esc_md(&r.to));
            let _ = writeln!(
                o,
                "| nhóm / group | nhiệm vụ / tasks | hoàn thành / done | đang / in progress | thường xuyên / ongoing | chưa / not started | quá hạn / overdue |\n|---|---:|---:|---:|---:|---:|---:|"
            );
            for g in &r.groups {
                let _ = writeln!(
                    o,
                    "| {}. {} | {} | {} | {} | {} | {} | {} |",
                    g.number,
                    esc_md(&g.title_vi),
                    g.tasks,
                    g.done,
                    g.in_progress,
                    g.ongoing,
                    g.not_started,
                    g.overdue
                );
            }
        }

        if !self.programmes.is_empty() {
            let _ = writeln!(
                o,
                "\n## Chương trình của lãnh đạo trên ba kênh / Leaders' programmes on three channels (định hướng / guidance)\n"
            );
            for p in &self.programmes {
                let list = |v: &[crate::org::Channel]| {
                    if v.is_empty() {
                        "—".to_string()
                    } else {
                        v.iter().map(|c| c.vi()).collect::<Vec<_>>().join(", ")
                    }
                };
                let _ = writeln!(
                    o,
                    "- `{}` {} — có / included: {}; thiếu / missing: {}",
                    p.delegation,
                    esc_md(&p.leader),
                    list(&p.included),
                    list(&p.missing)
                );
            }
        }

        if !self.inspections.is_empty() {
            let _ = writeln!(o, "\n## Thanh tra ngoại giao / Diplomatic inspection\n");
            let _ = writeln!(
                o,
                "| lĩnh vực / area | hồ sơ / cases | nghĩa vụ / obligations | kiến nghị / obs. | thiếu sót / shortc. | vi phạm / viol. |\n|---|---:|---:|---:|---:|---:|"
            );
            for i in &self.inspections {
                let [a, b, c] = i.findings_by_severity;
                let _ = writeln!(
                    o,
                    "| {} / {} | {} | {} | {} | {} | {} |",
                    i.area.vi(),
                    i.area.en(),
                    i.sampled_activities,
                    i.sampled_obligations,
                    a,
                    b,
                    c
                );
            }
            for i in &self.inspections {
                for f in &i.findings {
                    let _ = writeln!(
                        o,
                        "- [{}] {} / {}",
                        f.severity.vi(),
                        esc_md(&f.text_vi),
                        esc_md(&f.text_en)
                    );
                }
            }
        }
        if !self.notes.is_empty() {
            let _ = writeln!(o, "\n## Ghi chú / Notes\n");
            for n in &self.notes {
                let _ = writeln!(o, "- {}", esc_md(n));
            }
        }
        o
    }

    /// The report as CSV in long form: `section,key,label_vi,label_en,metric,value`, one row
    /// per figure (RFC 4180 quoting).
    ///
    /// ```
    /// use doingoai::report::ReportBuilder;
    /// use doingoai::calendar::DateRange;
    /// use doingoai::org::Jurisdiction;
    /// use chrono::NaiveDate;
    /// let r = ReportBuilder::new(Jurisdiction::National, DateRange::year(2026).unwrap(),
    ///     NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()).build();
    /// assert!(r.to_csv().starts_with("section,key,label_vi,label_en,metric,value\n"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut o = String::with_capacity(8 * 1024);
        o.push_str("section,key,label_vi,label_en,metric,value\n");
        let mut row = |section: &str, key: &str, vi: &str, en: &str, metric: &str, value: &str| {
            let cells = [section, key, vi, en, metric, value];
            let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            o.push_str(&line.join(","));
            o.push('\n');
        };
        let a = &self.activities;
        row(
            "activities",
            "total",
            "tổng số",
            "total",
            "count",
            &a.total.to_string(),
        );
        row(
            "activities",
            "in_plan",
            "trong kế hoạch",
            "in plan",
            "count",
            &a.in_plan.to_string(),
        );
        row(
            "activities",
            "out_of_plan",
            "ngoài kế hoạch",
            "out of plan",
            "count",
            &a.out_of_plan.to_string(),
        );
        for (section, rows) in [
            ("activities.channel", &a.by_channel),
            ("activities.kind", &a.by_kind),
            ("activities.partner_country", &a.by_partner_country),
            ("activities.unit", &a.by_unit),
            ("activities.tier", &a.by_tier),
            ("activities.outcome", &a.by_outcome),
            ("activities.without_sourced_rule", &a.without_sourced_rule),
            ("activities.gaps_by_rule", &a.gaps_by_rule),
        ] {
            for t in rows {
                row(section, &t.key, &t.vi, &t.en, "count", &t.count.to_string());
            }
        }
        let f = &self.filings;
        row(
            "filings",
            "with_lead_time",
            "có yêu cầu thời hạn",
            "with a lead time",
            "count",
            &f.with_lead_time.to_string(),
        );
        row(
            "filings",
            "on_time",
            "đúng hạn",
            "on time",
            "count",
            &f.on_time.to_string(),
        );
        row(
            "filings",
            "late",
            "chậm",
            "late",
            "count",
            &f.late.to_string(),
        );
        row(
            "filings",
            "on_time_rate",
            "tỷ lệ đúng hạn",
            "on-time rate",
            "per_mille",
            &f.on_time_per_mille
                .map_or_else(String::new, |v| v.to_string()),
        );
        let mut status_rows =
            |section: &str, key: &str, vi: &str, en: &str, c: &StatusCounts, rate: Option<u32>| {
                for (m, v) in [
                    ("pending", c.pending),
                    ("met_on_time", c.met_on_time),
                    ("met_late", c.met_late),
                    ("overdue", c.overdue),
                    ("waived", c.waived),
                ] {
                    row(section, key, vi, en, m, &v.to_string());
                }
                row(
                    section,
                    key,
                    vi,
                    en,
                    "on_time_per_mille",
                    &rate.map_or_else(String::new, |v| v.to_string()),
                );
            };
        let ob = &self.obligations;
        status_rows(
            "obligations",
            "total",
            "tổng số",
            "total",
            &ob.counts,
            ob.on_time_per_mille,
        );
        for t in &ob.by_kind {
            status_rows(
                "obligations.kind",
                &t.key,
                &t.vi,
                &t.en,
                &t.counts,
                t.on_time_per_mille,
            );
        }
        for t in &ob.by_channel {
            status_rows(
                "obligations.channel",
                &t.key,
                &t.vi,
                &t.en,
                &t.counts,
                t.on_time_per_mille,
            );
        }
        for m in &ob.by_month {
            let key = format!("{}-{:02}/{}", m.year, m.month, m.channel.code());
            status_rows(
                "obligations.month",
                &key,
                m.channel.vi(),
                m.channel.en(),
                &m.counts,
                m.counts.on_time_per_mille(),
            );
        }
        for l in &ob.overdue {
            row(
                "obligations.overdue",
                &l.id,
                &l.kind_vi,
                &l.kind,
                "days_late",
                &l.days_late.to_string(),
            );
        }
        for l in &ob.met_late {
            row(
                "obligations.met_late",
                &l.id,
                &l.kind_vi,
                &l.kind,
                "days_late",
                &l.days_late.to_string(),
            );
        }
        for g in &ob.undated {
            row(
                "obligations.undated",
                &g.rule,
                &g.cite_vi,
                &g.cite_en,
                "count",
                "1",
            );
        }
        for d in &self.dormant_agreements {
            row(
                "agreements.dormant",
                &d.agreement,
                &d.title,
                &d.partner,
                "days_idle",
                &d.days_idle.to_string(),
            );
        }
        if let Some(p) = &self.plan {
            for u in &p.units {
                for (m, v) in [
                    ("planned", u.planned),
                    ("carried_out", u.carried_out),
                    ("not_carried_out", u.not_carried_out),
                    ("out_of_plan", u.out_of_plan),
                    ("budget_vnd", u.budget_vnd),
                ] {
                    row("plan.unit", &u.unit, &u.unit, &u.unit, m, &v.to_string());
                }
            }
            row(
                "plan",
                "out_of_plan_counted",
                "ngoài kế hoạch",
                "out of plan",
                "count",
                &p.out_of_plan_counted.to_string(),
            );
            row(
                "plan",
                "beyond_quota",
                "vượt hạn mức",
                "beyond quota",
                "count",
                &p.beyond_quota.to_string(),
            );
        }
        for r in &self.action_plans {
            for g in &r.groups {
                let key = format!("{}#{}", r.number, g.number);
                for (m, v) in [
                    ("tasks", g.tasks),
                    ("done", g.done),
                    ("in_progress", g.in_progress),
                    ("ongoing", g.ongoing),
                    ("not_started", g.not_started),
                    ("overdue", g.overdue),
                ] {
                    row(
                        "action_plan.group",
                        &key,
                        &g.title_vi,
                        &g.title_en,
                        m,
                        &v.to_string(),
                    );
                }
            }
        }
        for p in &self.programmes {
            for c in &p.missing {
                row(
                    "programme.missing",
                    &p.delegation.0,
                    c.vi(),
                    c.en(),
                    "missing",
                    "1",
                );
            }
        }
        for i in &self.inspections {
            let [a, b, c] = i.findings_by_severity;
            for (m, v) in [("observation", a), ("shortcoming", b), ("violation", c)] {
                row(
                    "inspection",
                    i.area.code(),
                    i.area.vi(),
                    i.area.en(),
                    m,
                    &v.to_string(),
                );
            }
        }
        o
    }
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
