//! The national baseline: QĐ 06/2020/QĐ-TTg (and QĐ 76/2010 before it), Luật 70/2020/QH14 +
//! NĐ 64/2021/NĐ-CP (with NĐ 177/2025/NĐ-CP), NĐ 58/2022/NĐ-CP, NĐ 80/2020/NĐ-CP and the switch to
//! NĐ 313/2025/NĐ-CP, TT 23/2022/TT-BTC, NĐ 88/2012/NĐ-CP and NĐ 262/2026/NĐ-CP, Luật 49/2019/QH14
//! and TT 04/2020/TT-BNG, Chỉ thị 38-CT/TW, and the unsourced entries of QĐ 67/2011/QĐ-TTg.
//!
//! Content: `domain/README.md` §3–§4, `state-procedures.md`, `party-framework.md` §8.1.

use crate::law::{Citation as C, Evidence as E, InstrumentKind as K};
use crate::org::Channel;

use super::super::families::*;
use super::super::{
    d, ActivityKind as A, Anchor, Applicability as W, AttrSet, Attribute as At, Layer, Period as P,
    Role as R, Rule, RuleSource, Step, Territory,
};
use super::ins;

mod agreement;
mod conference;
mod ngo_aid;
mod press_outbound;

const QD06: &str = "06/2020/QĐ-TTg";
const QD76: &str = "76/2010/QĐ-TTg";
const QD67: &str = "67/2011/QĐ-TTg";
const L70: &str = "70/2020/QH14";
const ND64: &str = "64/2021/NĐ-CP";
const ND177: &str = "177/2025/NĐ-CP";
const ND58: &str = "58/2022/NĐ-CP";
const ND80: &str = "80/2020/NĐ-CP";
const ND313: &str = "313/2025/NĐ-CP";
const TT23: &str = "23/2022/TT-BTC";
const ND88: &str = "88/2012/NĐ-CP";
const ND262: &str = "262/2026/NĐ-CP";
const L49: &str = "49/2019/QH14";
const TT04: &str = "04/2020/TT-BNG";
const CT38: &str = "38-CT/TW";

const PD: &str =
    "https://github.com/diepxuan/diepxuan.github.io (Pháp điển transcription, commit fbaa690e)";

fn consult(by: R, who: &[R], reply: P) -> Consultation {
    Consultation {
        by,
        consultees: who.to_vec(),
        reply_within: reply,
    }
}
fn proc(by: R, step: Step, within: P) -> Processing {
    Processing {
        by,
        step,
        within,
        from: Anchor::CompleteDossier,
    }
}
fn after(report: ReportKind, owed_by: R, to: &[R], anchor: Anchor, within: P) -> Obligation {
    Obligation {
        report,
        owed_by,
        to: to.to_vec(),
        due: Due::After { anchor, within },
    }
}
fn yearly(
    report: ReportKind,
    owed_by: R,
    to: &[R],
    m: u8,
    dd: u8,
    year_offset: i8,
    data: Option<DataWindow>,
) -> Obligation {
    Obligation {
        report,
        owed_by,
        to: to.to_vec(),
        due: Due::Yearly {
            by: MonthDay::new(m, dd),
            year_offset,
            data,
        },
    }
}
fn lead(before: P, anchor: Anchor, filed_with: R) -> LeadTime {
    LeadTime {
        before,
        anchor,
        filed_with,
    }
}
const DEC15_DEC14: DataWindow = DataWindow {
    from: MonthDay::new(12, 15),
    to: MonthDay::new(12, 14),
};

pub(crate) fn layer() -> Layer {
    let mut l = Layer::new(
        Territory::National,
        RuleSource::National,
        "2026.11.23",
        "Cơ sở quốc gia: luật, nghị định, quyết định của Thủ tướng, chỉ thị của Bộ Chính trị",
        "National baseline: laws, decrees, Prime Minister's decisions, Politburo directive",
    );
    let reg = [
        ins(QD67, K::Decision, "Thủ tướng Chính phủ", Some(d(2011, 12, 12)), d(2012, 2, 1), None, "Quyết định ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Regulation on unified management of external activities of provincial People's Committees", E::Text),
        ins(L70, K::Law, "Quốc hội", None, d(2021, 7, 1), None, "Luật Thỏa thuận quốc tế", "Law on International Agreements", E::Codification),
        ins(ND64, K::Decree, "Chính phủ", Some(d(2021, 6, 30)), d(2021, 7, 1), None, "Nghị định về ký kết và thực hiện thỏa thuận quốc tế nhân danh tổng cục, cục, cơ quan cấp sở, UBND cấp huyện, cấp xã biên giới, cơ quan cấp tỉnh của tổ chức", "Decree on agreements of departments, border communes and provincial branches", E::Codification),
        ins(ND177, K::Decree, "Chính phủ", Some(d(2025, 6, 30)), d(2025, 7, 1), None, "Nghị định sửa đổi các nghị định về thỏa thuận quốc tế theo mô hình chính quyền địa phương hai cấp", "Decree amending the agreement decrees for two-level local government", E::Codification),
        ins(ND58, K::Decree, "Chính phủ", Some(d(2022, 8, 31)), d(2022, 11, 1), None, "Nghị định về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam", "Decree on registration and management of foreign NGOs in Vietnam", E::Codification),
        ins(ND80, K::Decree, "Chính phủ", Some(d(2020, 7, 8)), d(2020, 9, 17), Some(d(2025, 12, 7)), "Nghị định về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức", "Decree on non-ODA non-refundable aid", E::Codification),
        ins(ND313, K::Decree, "Chính phủ", Some(d(2025, 12, 8)), d(2025, 12, 8), None, "Nghị định về quản lý và sử dụng viện trợ không hoàn lại", "Decree on non-refundable aid (replaces NĐ 80/2020)", E::Secondary),
        ins(TT23, K::Circular, "Bộ Tài chính", None, d(2022, 5, 20), None, "Thông tư hướng dẫn quản lý tài chính nhà nước đối với viện trợ không hoàn lại không thuộc ODA", "Circular on state financial management of non-ODA aid", E::Codification),
        ins(ND88, K::Decree, "Chính phủ", Some(d(2012, 10, 23)), d(2012, 12, 20), Some(d(2026, 6, 30)), "Nghị định về hoạt động thông tin, báo chí của báo chí nước ngoài, cơ quan đại diện nước ngoài, tổ chức nước ngoài tại Việt Nam", "Decree on foreign press activities in Vietnam", E::Codification),
        ins(ND262, K::Decree, "Chính phủ", None, d(2026, 7, 1), None, "Nghị định về hoạt động thông tin, báo chí của báo chí nước ngoài tại Việt Nam (thay thế NĐ 88/2012)", "Decree on foreign press activities (replaces NĐ 88/2012)", E::Provisional),
        ins(L49, K::Law, "Quốc hội", None, d(2020, 7, 1), None, "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Law on Exit and Entry of Vietnamese Citizens", E::Codification),
        ins(TT04, K::Circular, "Bộ Ngoại giao", None, d(2020, 11, 10), None, "Thông tư hướng dẫn việc cấp, gia hạn, hủy giá trị sử dụng hộ chiếu ngoại giao, hộ chiếu công vụ", "Circular on diplomatic and official passports", E::Codification),
        ins(CT38, K::Directive, "Bộ Chính trị", Some(d(2014, 7, 21)), d(2014, 7, 21), None, "Chỉ thị về tăng cường quản lý các đoàn đi công tác nước ngoài", "Directive on tightening the management of delegations abroad", E::Text),
    ];
    for i in reg {
        if !crate::law::registry().contains(i.number.as_str()) {
            l.instruments.push(i);
        }
    }

    conference::push(&mut l);
    agreement::push(&mut l);
    ngo_aid::push(&mut l);
    press_outbound::push(&mut l);
    l
}
