//! Tables kept for the life of the program: the crate's state machines and the shipped
//! rulebook (each built once, in a `static`), and a rulebook a caller keeps for good
//! ([`Rulebook::into_static`](crate::rules::Rulebook::into_static)).
//!
//! A list of citations or a rule id taken from such a table is copied into every decision,
//! deadline, log entry and outcome made under it. Shared through an `Arc`, each copy and each
//! drop is an atomic count (16 of them on a 6-event outbound case). Kept here, the copy is a
//! pointer and the drop nothing. [`Forever`] keeps each distinct text and list once: equal
//! lists of two rules become one.
//!
//! The machines and the shipped rulebook are built *while keeping* ([`keeping`]): each list,
//! rule id and instrument number is made in its kept form as it is read, so nothing is copied
//! and dropped afterwards. Converting a finished table instead ([`Forever::citations`], for
//! [`Rulebook::into_static`](crate::rules::Rulebook::into_static)) frees the shared originals
//! among the kept data: holes in the heap that made later allocations slower (an untyped parse
//! of a stored case took 24 % more instructions in `malloc` after the shipped rulebook was
//! converted that way, measured with callgrind).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;

use super::{Citation, Citations, Text};

/// Keeps texts and lists for the program's life, each distinct one once.
#[derive(Default)]
pub(crate) struct Forever {
    // the kept texts and lists themselves are the keys: nothing is copied to look them up
    texts: BTreeSet<&'static str>,
    lists: BTreeSet<&'static [Citation]>,
}

thread_local! {
    /// The keeper of the table this thread is building, while [`keeping`].
    static ACTIVE: RefCell<Option<Forever>> = const { RefCell::new(None) };
}

/// Runs `build` with every list, rule id and instrument number the crate reads or makes
/// through [`list`] and [`text`] kept for good as it is made (the machines' edges, the
/// shipped rulebook's files).
pub(crate) fn keeping<T>(build: impl FnOnce() -> T) -> T {
    let outer = ACTIVE
        .try_with(|a| a.replace(Some(Forever::new())))
        .ok()
        .flatten();
    let built = build();
    // the keeper's own sets are kept too: freeing them would leave holes among the kept data
    if let Ok(Some(done)) = ACTIVE.try_with(|a| a.replace(outer)) {
        std::mem::forget(done);
    }
    built
}

/// The list of `v`: kept for good while [`keeping`], else shared.
pub(crate) fn list(v: Vec<Citation>) -> Citations {
    let mut v = Some(v);
    let kept = ACTIVE
        .try_with(|a| {
            let mut active = a.try_borrow_mut().ok()?;
            let forever = active.as_mut()?;
            v.take().map(|v| forever.list(v))
        })
        .ok()
        .flatten();
    match (kept, v) {
        (Some(kept), _) => kept,
        (None, Some(v)) => Citations::from(v),
        (None, None) => Citations::new(),
    }
}

/// The text `s`: kept for good while [`keeping`], else a shared copy.
pub(crate) fn text(s: &str) -> Text {
    ACTIVE
        .try_with(|a| {
            let mut active = a.try_borrow_mut().ok()?;
            active.as_mut().map(|f| Text::Static(f.text(s)))
        })
        .ok()
        .flatten()
        .unwrap_or_else(|| Text::shared(s))
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
        self.texts.insert(kept);
        kept
    }

    /// The citation's texts kept for good (a clone then allocates and counts nothing).
    fn keep_texts(&mut self, c: &mut Citation) {
        c.instrument = c.instrument.kept(self);
        if let Some(Cow::Owned(part)) = &c.part {
            c.part = Some(Cow::Borrowed(self.text(part)));
        }
    }

    /// The list of `v` kept for good (each distinct list once; `v` itself becomes it, moved
    /// into an allocation of its exact length).
    fn list(&mut self, mut v: Vec<Citation>) -> Citations {
        if v.is_empty() {
            return Citations::new();
        }
        v.iter_mut().for_each(|c| self.keep_texts(c));
        if let Some(&kept) = self.lists.get(v.as_slice()) {
            return Citations::from_static(kept);
        }
        let mut exact = Vec::with_capacity(v.len());
        exact.append(&mut v);
        let kept: &'static [Citation] = Box::leak(exact.into_boxed_slice());
        self.lists.insert(kept);
        Citations::from_static(kept)
    }

    /// The list kept for good (each distinct list once): a copy of a finished table's list.
    pub(crate) fn citations(&mut self, list: &Citations) -> Citations {
        if list.is_empty() || list.is_static() {
            return list.clone();
        }
        if let Some(&kept) = self.lists.get(list.as_slice()) {
            return Citations::from_static(kept);
        }
        self.list(list.to_vec())
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
        // a kept list is kept as it is, even one another keeper kept (not copied again); the
        // empty list stays the empty list
        assert!(f.citations(&kept).ptr_eq(&kept));
        let by_another = Forever::new().citations(&Citations::from(vec![Citation::article(
            "06/2020/QĐ-TTg",
            9,
        )]));
        assert!(f.citations(&by_another).ptr_eq(&by_another));
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

#[cfg(test)]
mod keeping_tests {
    use super::*;

    /// While keeping, the lists, ids and numbers the crate reads are made kept (each distinct
    /// one once); outside, and after, they are shared as before; a keeping inside another
    /// gives the outer one back.
    #[test]
    fn what_is_read_while_keeping_is_kept_and_nothing_else() {
        let cite = |n: u16| Citation::article("06/2020/QĐ-TTg", n);
        let outside = list(vec![cite(1)]);
        assert!(!outside.is_static());
        assert!(list(Vec::new()).ptr_eq(&Citations::new()));
        assert!(matches!(text("99/2099/QĐ-UBND"), Text::Shared(_)));
        let (a, b, t, inner) = keeping(|| {
            let a = list(vec![cite(1), cite(2)]);
            let b = list(vec![cite(1), cite(2)]);
            let t = text("99/2099/QĐ-UBND");
            let inner = keeping(|| list(vec![cite(3)]));
            // the outer keeper is active again after the inner one
            let after = list(vec![cite(1), cite(2)]);
            assert!(after.ptr_eq(&a));
            (a, b, t, inner)
        });
        assert!(a.is_static() && a.ptr_eq(&b) && a == vec![cite(1), cite(2)]);
        assert!(matches!(t, Text::Static("99/2099/QĐ-UBND")));
        assert!(inner.is_static());
        // after keeping: shared again
        assert!(!list(vec![cite(1), cite(2)]).is_static());
        assert!(matches!(text("99/2099/QĐ-UBND"), Text::Shared(_)));
        // what serde reads while keeping is kept too
        let read: Citations = keeping(|| {
            serde_json::from_str(r#"[{"instrument":"06/2020/QĐ-TTg","article":1}]"#).expect("reads")
        });
        assert!(read.is_static() && read == vec![cite(1)]);
    }
}
