//! Provincial layers: every province of `domain/README.md` §5 and the two reports
//! (`state-procedures.md` §2.3, `provincial-bodies.md` §2–§3, `party-framework.md` §8.2).
//!
//! Each layer is tied to the jurisdiction that issued it: a unit of the 63-unit set (until
//! 30/06/2025) or of the 34-unit set (from 01/07/2025). Undated sources get a stated lower
//! bound for `from`, explained in the rule's `note`. Instruments whose number is not shown are
//! cited as `<year>-sn/<issuer>` (see the module docs).

use crate::law::{Citation as C, Evidence as E, InstrumentKind as K};
use crate::org::Channel;

use super::super::families::*;
use super::super::{
    d, ActivityKind as A, Anchor, Applicability as W, AttrSet, Attribute as At, HeadRank as H,
    Layer, Period as P, Role as R, Rule, RuleSource as S, Sanction, Step, Territory as T,
};
use super::ins;

mod caps;
mod procedures;
mod regulations;

use caps::*;
use procedures::*;
use regulations::*;

const ST: [Channel; 1] = [Channel::State];
const ALL: [Channel; 3] = [Channel::Party, Channel::State, Channel::People];
const LB67: &str = "undated source; `from` is a lower bound: QĐ 67/2011/QĐ-TTg, which provincial procedures implement, in force 01/02/2012";

fn cap(c: Condition) -> Option<Condition> {
    Some(c)
}
fn proc(by: R, step: Step, within: P) -> Option<Processing> {
    Some(Processing {
        by,
        step,
        within,
        from: Anchor::CompleteDossier,
    })
}

pub(crate) fn layers() -> Vec<Layer> {
    vec![
        da_nang(),
        ho_chi_minh_2018(),
        ha_noi(),
        quang_nam(),
        binh_duong(),
        bac_giang(),
        dak_nong(),
        dong_nai(),
        cao_bang(),
        hue(),
        binh_phuoc(),
        dak_lak(),
        quang_ngai(),
        kon_tum(),
        khanh_hoa(),
        lai_chau(),
        binh_dinh(),
        quang_binh(),
        dong_thap(),
    ]
}

fn t(s: &str) -> T {
    s.parse().unwrap_or(T::National)
}
