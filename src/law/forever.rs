//! Tables kept for the life of the program: the crate's state machines and the shipped
//! rulebook (each built once, in a `static`), and a rulebook a caller keeps for good
//! ([`Rulebook::into_static`](crate::rules::Rulebook::into_static)).
//!
//! A list of citations or a rule id taken from such a table is copied into every decision,
//! deadline, log entry and outcome made under it. Shared through an `Arc`, each copy and each
//! drop is an atomic count (about 9 ns each on the machine of `docs/performance.md`; 16 of
//! them on a 6-event outbound case, more than any other step of `apply`). Moved here, the copy
//! is a pointer and the drop nothing. [`Forever`] moves a table's texts and lists once, each
//! distinct text and list once: equal lists of two rules become one.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::{Citation, Citations};

/// One pass moving a table's shared texts and lists into memory kept for the program's life.
#[derive(Default)]
pub(crate) struct Forever {
    texts: BTreeMap<Box<str>, &'static str>,
    lists: BTreeMap<Box<[Citation]>, &'static [Citation]>,
}

impl Forever {
    pub(crate) fn new() -> Self {
        Forever::default()
    }

    /// The text, kept for good (each distinct text once).
    pub(crate) fn text(&mut self, s: &str) -> &'static str {
        if let Some(&kept) = self.texts.get(s) {
            return kept;
        }
        let kept: &'static str = Box::leak(Box::from(s));
        self.texts.insert(Box::from(s), kept);
        kept
    }

    /// The citation with its texts kept for good (a clone then allocates and counts nothing).
    pub(crate) fn citation(&mut self, c: &Citation) -> Citation {
        let mut kept = c.clone();
        kept.instrument = c.instrument.kept(self);
        if let Some(Cow::Owned(part)) = &c.part {
            kept.part = Some(Cow::Borrowed(self.text(part)));
        }
        kept
    }

    /// The list kept for good (each distinct list once).
    pub(crate) fn citations(&mut self, list: &Citations) -> Citations {
        if list.is_empty() || list.is_static() {
            return list.clone();
        }
        if let Some(&kept) = self.lists.get(list.as_slice()) {
            return Citations::from_static(kept);
        }
        let copied: Vec<Citation> = list.iter().map(|c| self.citation(c)).collect();
        let kept: &'static [Citation] = Box::leak(copied.into_boxed_slice());
        self.lists.insert(Box::from(list.as_slice()), kept);
        Citations::from_static(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_distinct_text_and_list_is_kept_once_and_reads_as_before() {
        let mut f = Forever::new();
        let a = f.text("34:48");
        let b = f.text(&String::from("34:48"));
        assert!(std::ptr::eq(a, b));
        // a number the registry does not know and a part read from a file: shared texts
        let mut read = Citation::instrument("06/2020/QĐ-TTg");
        read.instrument = super::super::InstrumentNumber::parse("99/2099/QĐ-UBND").expect("valid");
        read.part = Some(std::borrow::Cow::Owned("phụ lục I".to_string()));
        let shared = Citations::from(vec![Citation::article("06/2020/QĐ-TTg", 4).clause(1), read]);
        let kept = f.citations(&shared);
        assert!(kept.is_static() && !shared.is_static());
        assert_eq!(kept, shared);
        // an equal list made elsewhere is the same kept list
        let again = f.citations(&Citations::from(shared.as_slice()));
        assert!(again.ptr_eq(&kept));
        // a kept list is kept as it is; the empty list stays the empty list
        assert!(f.citations(&kept).ptr_eq(&kept));
        assert!(f.citations(&Citations::new()).ptr_eq(&Citations::new()));
        // the kept citations' texts are the kept texts; a static number (the registry's, a
        // table's) stays that text
        assert!(std::ptr::eq(
            kept[1].instrument.as_str(),
            f.text("99/2099/QĐ-UBND")
        ));
        assert!(std::ptr::eq(
            kept[0].instrument.as_str(),
            shared[0].instrument.as_str()
        ));
        assert!(matches!(kept[1].part, Some(std::borrow::Cow::Borrowed(_))));
    }
}
