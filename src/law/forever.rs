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
//!
//! An event often cites a list that is none of the tables' but is made of their provisions
//! only: a submission cites its edge's provision and then its assessment's list, an approval
//! its edge's and the competent authority's. [`combined`] keeps such a list once for the whole
//! program, in a table of at most 4,096 lists that every thread reads without a lock: made on
//! every case, it then costs two allocations, four atomic counts and 400 bytes per finished
//! outbound case less.
//!
//! Finding that list still reads every citation of both lists on every case. When both are
//! kept (or the second is a provision whose texts are), what citing one after the other gives
//! is fixed for the program: [`cited_after`] and [`cited_one_after`] remember it by the kept
//! lists' addresses, in a second lock-free table of at most 1,024 citings, and find it again
//! with no citation read (a submission's citing took 4,423 instructions, now 3,668).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::OnceLock;

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

/// Slots of the table of combined lists ([`combined`]): at most this many lists are ever
/// kept that way by the program (a power of two).
const COMBINED_SLOTS: usize = 4096;
/// Slots looked at for one list before giving up (the list is then made shared, as before).
const COMBINED_PROBES: usize = 8;
/// The longest list kept that way (a longer one is made shared).
pub(crate) const COMBINED_LONGEST: usize = 16;

/// The lists [`combined`] keeps, each in the first free slot from the one a hash of what it
/// cites picks. A slot is written once and then only read: reading it takes no lock and no
/// atomic count (`OnceLock::get` is a plain load), and all threads share it.
///
/// A `static` array, not an allocation: a 96 KiB block allocated by the first event that
/// combines a list, in the middle of a program's work, made the heap's later allocations
/// slower (an untyped parse of a stored case took 24 % more instructions, all in `malloc`,
/// measured with callgrind). A page of slots takes memory only once a list is written in it.
static COMBINED: [Slot; COMBINED_SLOTS] = [const { OnceLock::new() }; COMBINED_SLOTS];

/// A slot of the table: a kept list, written once.
type Slot = OnceLock<&'static [Citation]>;

/// Whether the citation's texts live for the program (a static instrument number: the
/// registry's, a kept table's, a literal; no part, or a static one): a list of such
/// citations may itself be kept by [`combined`].
fn lives_forever(c: &Citation) -> bool {
    matches!(c.instrument.0, Text::Static(_)) && !matches!(c.part, Some(Cow::Owned(_)))
}

/// One step of the tables' hash (multiply–rotate, as `rustc`'s own hasher): `x` mixed into `h`.
#[inline]
fn step(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The slot a hash picks first in a table: its high bits (the multiply leaves its low bits
/// weakest).
#[inline]
fn first_slot(hash: u64) -> usize {
    usize::try_from(hash >> 32).unwrap_or(0)
}

/// The `k`-th slot probed from `start` in `table` (a power of two of slots: the mask is the
/// remainder, with no division); `None` only for an empty table.
#[inline]
fn probe<T>(table: &[T], start: usize, k: usize) -> Option<&T> {
    table.get(start.wrapping_add(k) & table.len().wrapping_sub(1))
}

/// One citation mixed into a hash: its numbers and its static texts by address.
#[inline]
fn mix(h: u64, c: &Citation) -> u64 {
    let text = c.instrument.as_str();
    let numbers = u64::from(c.article.unwrap_or(u16::MAX))
        | u64::from(c.clause.unwrap_or(u16::MAX)) << 16
        | u64::from(c.point.map_or(u32::MAX, u32::from)) << 32;
    let part = c
        .part
        .as_deref()
        .map_or(0, |p| p.as_ptr() as u64 ^ p.len() as u64);
    step(
        step(step(h, text.as_ptr() as u64 ^ text.len() as u64), numbers),
        part,
    )
}

/// Whether two citations whose texts live for the program are the same one: the same numbers
/// and the same texts, by address. Equal citations at different addresses (a number written
/// twice, as a literal and as read by the registry) are then kept in two lists, which is only
/// a lost sharing: the lists still compare equal.
#[inline]
fn same(a: &Citation, b: &Citation) -> bool {
    let texts = |x: &Citation| {
        let t = x.instrument.as_str();
        let p = x.part.as_deref().map(|p| (p.as_ptr(), p.len()));
        (t.as_ptr(), t.len(), p)
    };
    a.article == b.article && a.clause == b.clause && a.point == b.point && texts(a) == texts(b)
}

/// The list `head` followed by `tail` (the caller has left out repeats), kept for the life of
/// the program when every citation in it lives for the program ([`lives_forever`]): an event
/// that combines an edge's provision with a rule's citations makes such a list on every case
/// (a submission: its edge's provision and its assessment's list; an approval: its edge's and
/// the competent authority's), and kept once, it is copied and dropped with no allocation and
/// no atomic count. `None` when a citation is not kept (a number or part read from a caller's
/// data), the list is longer than [`COMBINED_LONGEST`], or the table has no free slot near its
/// hash: the caller then makes the list shared, as before.
///
/// The table is the program's, shared by its threads: at most [`COMBINED_SLOTS`] lists are
/// ever kept this way, each distinct one once — lists of the provisions the machines and the
/// kept rulebooks cite, so a program meets a few hundred. What is kept depends on addresses
/// (the hash reads the static texts by address), never what a list says.
pub(crate) fn combined(head: &[Citation], tail: &[&Citation]) -> Option<Citations> {
    combined_in(&COMBINED, head, tail)
}

/// [`combined`] in `table` (a power of two of slots; the tests use a small one).
fn combined_in(table: &[Slot], head: &[Citation], tail: &[&Citation]) -> Option<Citations> {
    let len = head.len() + tail.len();
    if len > COMBINED_LONGEST {
        return None;
    }
    let mut hash = 0u64;
    for c in head.iter().chain(tail.iter().copied()) {
        if !lives_forever(c) {
            return None;
        }
        hash = mix(hash, c);
    }
    if len == 0 {
        return Some(Citations::new());
    }
    let start = first_slot(hash);
    for k in 0..COMBINED_PROBES {
        let slot = probe(table, start, k)?;
        // an empty slot takes this list (one thread wins; the others read its list)
        let &list = slot.get_or_init(|| {
            let mut kept = Vec::with_capacity(len);
            kept.extend_from_slice(head);
            kept.extend(tail.iter().map(|&c| c.clone()));
            Box::leak(kept.into_boxed_slice())
        });
        // the list this slot holds, or another one that took it first
        if list.len() == len
            && list.iter().zip(head).all(|(a, b)| same(a, b))
            && list
                .get(head.len()..)
                .is_some_and(|rest| rest.iter().zip(tail).all(|(a, b)| same(a, b)))
        {
            return Some(Citations::from_static(list));
        }
    }
    None
}

/// Slots of the table of remembered citings ([`cited_after`]; a power of two): at most this
/// many are ever remembered by the program.
const CITINGS_SLOTS: usize = 1024;
/// Slots looked at for one citing before giving up (it is then worked out, as before).
const CITINGS_PROBES: usize = 4;

/// One remembered citing: the kept list `cited`, cited after the kept list `after`, gave the
/// kept list `gave` (`after` itself when `cited` added nothing).
#[derive(Clone, Copy)]
struct Citing {
    after: &'static [Citation],
    cited: &'static [Citation],
    gave: &'static [Citation],
}

/// A slot of the table of citings: written once, then only read.
type CitingSlot = OnceLock<Citing>;

/// The citings [`cited_after`] remembers, each in the first free slot from the one a hash of
/// the two lists' addresses picks: a `static` array, read without a lock or an atomic count,
/// shared by all threads (like [`COMBINED`], and for the same reason not an allocation).
static CITINGS: [CitingSlot; CITINGS_SLOTS] = [const { OnceLock::new() }; CITINGS_SLOTS];

/// Whether two slices are the same one: the same address and the same length. A kept list is
/// never freed, so its address names what it holds for the life of the program.
#[inline]
fn identical(a: &[Citation], b: &[Citation]) -> bool {
    a.as_ptr() == b.as_ptr() && a.len() == b.len()
}

/// The first slot of the citing of `cited` after `after`, from their addresses.
#[inline]
fn citing_start(after: &[Citation], cited: &[Citation]) -> usize {
    first_slot(step(step(0, key(after)), key(cited)))
}

/// A kept list's part of a hash: its address and its length.
#[inline]
fn key(list: &[Citation]) -> u64 {
    list.as_ptr() as u64 ^ (list.len() as u64).rotate_left(48)
}

/// What citing the kept list `cited` after the kept list `after` gave before, if it was
/// remembered ([`remember_cited_after`]).
///
/// An event cites the same kept lists in the same order on every case (a submission: its
/// edge's provision, then its assessment's list, the authority rule's): working out which
/// provisions are new and finding their [`combined`] list reads every citation of both lists
/// each time. Both lists being kept, what they give is fixed for the program: two addresses
/// name it, and finding it reads no citation.
#[inline]
pub(crate) fn cited_after(
    after: &'static [Citation],
    cited: &'static [Citation],
) -> Option<&'static [Citation]> {
    cited_after_in(&CITINGS, after, cited)
}

/// Remembers that citing the kept list `cited` after the kept list `after` gave the kept list
/// `gave` (nothing is remembered when the table has no free slot near their hash).
pub(crate) fn remember_cited_after(
    after: &'static [Citation],
    cited: &'static [Citation],
    gave: &'static [Citation],
) {
    remember_in(&CITINGS, after, cited, gave)
}

/// What citing the provision `one` after the kept list `after` gave before, if it was
/// remembered ([`remember_cited_one_after`]): found by the list's address and the provision's
/// numbers and texts (an approval cites its edge's provision, then the competent authority's,
/// a copy in the case's assessment, not a kept list).
#[inline]
pub(crate) fn cited_one_after(
    after: &'static [Citation],
    one: &Citation,
) -> Option<&'static [Citation]> {
    cited_one_after_in(&CITINGS, after, one)
}

/// Remembers that citing the provision `one` after the kept list `after` gave the kept list
/// `gave`: when `one` lives for the program, as the one-provision kept list [`combined`] gives
/// (nothing is remembered when it does not, or the table has no free slot near its hash).
pub(crate) fn remember_cited_one_after(
    after: &'static [Citation],
    one: &Citation,
    gave: &'static [Citation],
) {
    remember_one_in(&CITINGS, &COMBINED, after, one, gave)
}

/// The first slot of the citing of the provision `one` after `after`: the list's address and
/// the provision's numbers and texts.
#[inline]
fn citing_one_start(after: &[Citation], one: &Citation) -> usize {
    first_slot(step(mix(0, one), key(after)))
}

/// [`cited_one_after`] in `table`.
fn cited_one_after_in(
    table: &[CitingSlot],
    after: &'static [Citation],
    one: &Citation,
) -> Option<&'static [Citation]> {
    // a provision read from data is never remembered: no hash, no probe
    if !lives_forever(one) {
        return None;
    }
    // a list of this one provision, whichever way it was remembered, gives the same
    find(table, citing_one_start(after, one), |c| {
        identical(c.after, after) && matches!(c.cited, [only] if same(only, one))
    })
}

/// [`remember_cited_one_after`] in `table`, with the one-provision list kept in `lists`.
fn remember_one_in(
    table: &[CitingSlot],
    lists: &[Slot],
    after: &'static [Citation],
    one: &Citation,
    gave: &'static [Citation],
) {
    let Some(cited) = combined_in(lists, &[], &[one]).and_then(|l| l.as_static()) else {
        return;
    };
    store(
        table,
        citing_one_start(after, one),
        Citing { after, cited, gave },
    );
}

/// [`cited_after`] in `table` (a power of two of slots; the tests use a small one).
fn cited_after_in(
    table: &[CitingSlot],
    after: &'static [Citation],
    cited: &'static [Citation],
) -> Option<&'static [Citation]> {
    find(table, citing_start(after, cited), |c| {
        identical(c.after, after) && identical(c.cited, cited)
    })
}

/// What the first remembered citing from `start` that `is` accepts gave.
fn find(
    table: &[CitingSlot],
    start: usize,
    is: impl Fn(&Citing) -> bool,
) -> Option<&'static [Citation]> {
    for k in 0..CITINGS_PROBES {
        // slots are taken in the order probed and never freed: an empty one ends the search
        let c = probe(table, start, k)?.get()?;
        if is(c) {
            return Some(c.gave);
        }
    }
    None
}

/// [`remember_cited_after`] in `table`.
fn remember_in(
    table: &[CitingSlot],
    after: &'static [Citation],
    cited: &'static [Citation],
    gave: &'static [Citation],
) {
    store(
        table,
        citing_start(after, cited),
        Citing { after, cited, gave },
    );
}

/// Writes `citing` in the first free slot of `table` from `start`, unless a slot on the way
/// holds the same citing (nothing is written when no slot within the probes is free).
fn store(table: &[CitingSlot], start: usize, citing: Citing) {
    for k in 0..CITINGS_PROBES {
        let Some(slot) = probe(table, start, k) else {
            return;
        };
        // an empty slot takes it (one thread wins; another's citing goes on probing)
        let c = slot.get_or_init(|| citing);
        if identical(c.after, citing.after) && identical(c.cited, citing.cited) {
            return;
        }
    }
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

#[cfg(test)]
mod combined_tests {
    use super::*;

    fn cite(n: u16) -> Citation {
        Citation::article("06/2020/QĐ-TTg", n)
    }

    fn table(slots: usize) -> Vec<Slot> {
        (0..slots).map(|_| OnceLock::new()).collect()
    }

    /// The same parts give the same kept list, which reads as the head then the tail; other
    /// parts (another order, another number, another clause) give another list.
    #[test]
    fn each_distinct_combination_is_kept_once_and_reads_as_its_parts() {
        let head = [cite(1), cite(2)];
        let (three, four) = (cite(3), cite(4));
        let a = combined(&head, &[&three]).expect("kept");
        let b = combined(&head, &[&three]).expect("kept");
        assert!(a.is_static() && a.ptr_eq(&b));
        assert_eq!(a, vec![cite(1), cite(2), cite(3)]);
        let others = [
            combined(&head, &[&four]),
            combined(&head[..1], &[&three]),
            combined(&[cite(2), cite(1)], &[&three]),
            combined(&head, &[&cite(3).clause(1)]),
            combined(&head, &[&Citation::article("70/2020/QH14", 3)]),
        ];
        for other in others {
            let other = other.expect("kept");
            assert!(other.is_static() && !other.ptr_eq(&a) && other != a);
        }
        // the tail alone, the head alone, nothing at all
        assert_eq!(combined(&[], &[&three]).expect("kept"), vec![cite(3)]);
        assert_eq!(combined(&head, &[]).expect("kept"), head.to_vec());
        assert!(combined(&[], &[]).expect("empty").ptr_eq(&Citations::new()));
    }

    /// A number or a part read from a caller's data is not kept (the caller shares the list
    /// instead); nor is a list longer than the longest kept.
    #[test]
    fn a_citation_read_from_data_or_a_long_list_is_not_kept() {
        let mut read = cite(1);
        read.instrument = super::super::InstrumentNumber::parse("99/2099/QĐ-UBND").expect("valid");
        assert!(matches!(read.instrument.0, Text::Shared(_)));
        assert!(combined(&[cite(2)], &[&read]).is_none());
        assert!(combined(std::slice::from_ref(&read), &[]).is_none());
        let mut part = cite(1);
        part.part = Some(Cow::Owned("phụ lục I".into()));
        assert!(combined(&[cite(2)], &[&part]).is_none());
        let mut static_part = cite(1);
        static_part.part = Some(Cow::Borrowed("phụ lục I"));
        assert!(combined(&[cite(2)], &[&static_part]).is_some());
        let long: Vec<Citation> = (1..=COMBINED_LONGEST as u16 + 1).map(cite).collect();
        assert!(combined(&long, &[]).is_none());
        assert!(combined(&long[..COMBINED_LONGEST], &[]).is_some());
    }

    /// A full table keeps what it holds and gives `None` for a new list: it never grows.
    #[test]
    fn a_full_table_keeps_no_more() {
        let small = table(4);
        let kept: Vec<(u16, Citations)> = (1..=200u16)
            .filter_map(|n| Some((n, combined_in(&small, &[cite(n)], &[])?)))
            .collect();
        assert_eq!(kept.len(), 4, "four slots, four lists");
        for (n, list) in &kept {
            assert_eq!(*list, vec![cite(*n)]);
            let again = combined_in(&small, &[cite(*n)], &[]).expect("still there");
            assert!(again.ptr_eq(list));
        }
        assert!(
            combined_in(&[], &[cite(1)], &[]).is_none(),
            "no slot at all"
        );
    }

    /// A list found in a slot is the one asked for only when it has the same length and the
    /// same citations, in order: a longer list that begins with them, or one that differs in
    /// one number or text, is another list.
    #[test]
    fn a_slot_holding_another_list_is_not_taken_for_it() {
        let one = table(1);
        let (a, b) = (cite(1), cite(2));
        let ab = combined_in(&one, &[a.clone(), b.clone()], &[]).expect("kept");
        assert_eq!(ab, vec![cite(1), cite(2)]);
        // the one slot is taken: every other list is refused, none is read as [1, 2]
        assert!(combined_in(&one, std::slice::from_ref(&a), &[]).is_none());
        assert!(combined_in(&one, &[], &[&a]).is_none());
        assert!(combined_in(&one, std::slice::from_ref(&a), &[&cite(3)]).is_none());
        assert!(combined_in(&one, &[a.clone(), b.clone(), cite(3)], &[]).is_none());
        for other in [
            cite(2).clause(1),
            cite(2).point('a'),
            Citation::article("70/2020/QH14", 2),
        ] {
            assert!(combined_in(&one, std::slice::from_ref(&a), &[&other]).is_none());
        }
        let mut part = cite(2);
        part.part = Some(Cow::Borrowed("phụ lục I"));
        assert!(combined_in(&one, std::slice::from_ref(&a), &[&part]).is_none());
        // and the list itself is still found, by head, by tail or split between them
        for found in [
            combined_in(&one, &[a.clone(), b.clone()], &[]),
            combined_in(&one, &[], &[&a, &b]),
            combined_in(&one, std::slice::from_ref(&a), &[&b]),
        ] {
            assert!(found.expect("found").ptr_eq(&ab));
        }
    }

    /// The hash reads every field: lists that differ in one field only (the article, the
    /// clause, the point, the instrument, the part) spread over the table, so a table with
    /// room for them all keeps them all.
    #[test]
    fn lists_differing_in_one_field_spread_over_the_table() {
        const NUMBERS: [&str; 8] = [
            "01/2020/QĐ-TTg",
            "02/2020/QĐ-TTg",
            "03/2020/QĐ-TTg",
            "04/2020/QĐ-TTg",
            "05/2020/QĐ-TTg",
            "06/2020/QĐ-TTg",
            "07/2020/QĐ-TTg",
            "08/2020/QĐ-TTg",
        ];
        const PARTS: [&str; 8] = [
            "mục 1", "mục 2", "mục 3", "mục 4", "mục 5", "mục 6", "mục 7", "mục 8",
        ];
        let with_part = |p: &'static str| {
            let mut c = cite(1);
            c.part = Some(Cow::Borrowed(p));
            c
        };
        let families: [Vec<Citation>; 5] = [
            (1..=32).map(cite).collect(),
            (1..=32).map(|k| cite(1).clause(k)).collect(),
            ('a'..='z').map(|p| cite(1).point(p)).collect(),
            NUMBERS.iter().map(|n| Citation::article(n, 1)).collect(),
            PARTS.into_iter().map(with_part).collect(),
        ];
        for family in families {
            let big = table(1024);
            for c in &family {
                let kept = combined_in(&big, &[cite(9)], &[c]).expect("room for all");
                assert_eq!(kept, vec![cite(9), c.clone()]);
            }
        }
    }

    /// Threads that combine the same parts at once all get the one list (the first to write
    /// the slot wins; the others read it).
    #[test]
    fn threads_share_one_kept_list() {
        let shared = table(64);
        let lists: Vec<Citations> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| s.spawn(|| combined_in(&shared, &[cite(7)], &[&cite(8)])))
                .collect();
            handles
                .into_iter()
                .filter_map(|h| h.join().ok().flatten())
                .collect()
        });
        assert_eq!(lists.len(), 4);
        assert!(lists.iter().all(|l| l.ptr_eq(&lists[0])));
        assert_eq!(lists[0], vec![cite(7), cite(8)]);
    }
}

#[cfg(test)]
mod citings_tests {
    use super::*;

    fn cite(n: u16) -> Citation {
        Citation::article("49/2019/QH14", n)
    }

    /// A list kept for good, at its own address (as a kept table's).
    fn kept(v: Vec<Citation>) -> &'static [Citation] {
        Box::leak(v.into_boxed_slice())
    }

    fn table(slots: usize) -> Vec<CitingSlot> {
        (0..slots).map(|_| OnceLock::new()).collect()
    }

    /// A remembered citing is found by the same two kept lists only: not by lists equal to
    /// them at other addresses, not with the two swapped, not by a list that begins the same.
    #[test]
    fn a_citing_is_found_by_the_same_two_lists_only() {
        let t = table(64);
        let (after, cited) = (kept(vec![cite(1)]), kept(vec![cite(2), cite(3)]));
        let gave = kept(vec![cite(1), cite(2), cite(3)]);
        assert_eq!(cited_after_in(&t, after, cited), None);
        remember_in(&t, after, cited, gave);
        let found = cited_after_in(&t, after, cited).expect("remembered");
        assert!(identical(found, gave));
        let (after_again, cited_again) = (kept(vec![cite(1)]), kept(vec![cite(2), cite(3)]));
        assert_eq!(cited_after_in(&t, after_again, cited), None);
        assert_eq!(cited_after_in(&t, after, cited_again), None);
        assert_eq!(cited_after_in(&t, cited, after), None);
        assert_eq!(cited_after_in(&t, after, &cited[..1]), None);
        // remembering it again changes nothing
        remember_in(&t, after, cited, after);
        assert!(identical(
            cited_after_in(&t, after, cited).expect("kept"),
            gave
        ));
    }

    /// A provision cited after a kept list is found by an equal provision (a copy, as each
    /// case's assessment holds), not by one differing in a field nor after another list; a
    /// provision read from data is not remembered.
    #[test]
    fn a_provision_is_found_by_its_numbers_and_texts() {
        let (t, lists) = (
            table(64),
            (0..16).map(|_| OnceLock::new()).collect::<Vec<Slot>>(),
        );
        let after = kept(vec![cite(1)]);
        let gave = kept(vec![cite(1), cite(5).clause(2)]);
        remember_one_in(&t, &lists, after, &cite(5).clause(2), gave);
        let found = cited_one_after_in(&t, after, &cite(5).clause(2)).expect("remembered");
        assert!(identical(found, gave));
        let mut with_part = cite(5).clause(2);
        with_part.part = Some(Cow::Borrowed("phụ lục I"));
        for other in [
            cite(5),
            cite(5).clause(3),
            cite(5).clause(2).point('a'),
            Citation::article("70/2020/QH14", 5).clause(2),
            with_part,
        ] {
            assert_eq!(cited_one_after_in(&t, after, &other), None, "{other:?}");
        }
        assert_eq!(
            cited_one_after_in(&t, kept(vec![cite(1)]), &cite(5).clause(2)),
            None
        );
        let mut read = cite(6);
        read.instrument = super::super::InstrumentNumber::parse("99/2099/QĐ-UBND").expect("valid");
        remember_one_in(&t, &lists, after, &read, gave);
        assert_eq!(cited_one_after_in(&t, after, &read), None);
        // a list of that one provision remembered as a list is found by the provision too
        let (one, gave7) = (kept(vec![cite(7)]), kept(vec![cite(1), cite(7)]));
        let single = table(1);
        remember_in(&single, after, one, gave7);
        let found = cited_one_after_in(&single, after, &cite(7)).expect("as a list");
        assert!(identical(found, gave7));
        assert_eq!(cited_one_after_in(&single, after, &cite(8)), None);
    }

    /// A full table remembers no more and never gives another citing's list.
    #[test]
    fn a_full_table_remembers_no_more_and_never_answers_wrong() {
        let t = table(2);
        let after = kept(vec![cite(1)]);
        let pairs: Vec<(&'static [Citation], &'static [Citation])> = (2..40u16)
            .map(|n| (kept(vec![cite(n)]), kept(vec![cite(1), cite(n)])))
            .collect();
        for &(cited, gave) in &pairs {
            remember_in(&t, after, cited, gave);
        }
        let found: Vec<_> = pairs
            .iter()
            .filter_map(|&(cited, gave)| Some((cited_after_in(&t, after, cited)?, gave)))
            .collect();
        assert_eq!(found.len(), 2, "two slots, two citings");
        assert!(found.iter().all(|&(f, gave)| identical(f, gave)));
        assert_eq!(
            cited_after_in(&[], after, pairs[0].0),
            None,
            "no slot at all"
        );
        remember_in(&[], after, pairs[0].0, pairs[0].1);
    }

    /// The hashes spread citings over the table: a table with room for them all keeps all
    /// 64 citings of one list (by list and by provision), whatever their addresses.
    #[test]
    fn citings_spread_over_the_table() {
        let lists: Vec<Slot> = (0..256).map(|_| OnceLock::new()).collect();
        let (by_list, by_one) = (table(1024), table(1024));
        let after = kept(vec![cite(1)]);
        let gave = kept(vec![cite(1), cite(2)]);
        let cited: Vec<&'static [Citation]> = (0..64u16).map(|n| kept(vec![cite(n)])).collect();
        for &c in &cited {
            remember_in(&by_list, after, c, gave);
        }
        assert!(cited
            .iter()
            .all(|&c| cited_after_in(&by_list, after, c).is_some_and(|g| identical(g, gave))));
        for n in 0..64u16 {
            remember_one_in(&by_one, &lists, after, &cite(2).clause(n + 1), gave);
        }
        assert!((0..64u16).all(|n| {
            cited_one_after_in(&by_one, after, &cite(2).clause(n + 1))
                .is_some_and(|g| identical(g, gave))
        }));
    }

    /// A citing whose first slot holds another citing of the same list (the same `after`,
    /// another `cited`) goes on to the next slot: both are then found.
    #[test]
    fn a_slot_holding_another_citing_of_the_same_list_is_passed() {
        let lists: Vec<Slot> = (0..64).map(|_| OnceLock::new()).collect();
        let after = kept(vec![cite(1)]);
        let (gave1, gave2) = (kept(vec![cite(1), cite(2)]), kept(vec![cite(1), cite(3)]));
        // by list: a second list whose first slot in a table of two is the first one's
        let first = kept(vec![cite(2)]);
        let slot = |c: &[Citation]| citing_start(after, c) & 1;
        let second = (3..200u16)
            .map(|n| kept(vec![cite(n)]))
            .find(|c| slot(c) == slot(first))
            .expect("half the lists share its first slot");
        let t = table(2);
        remember_in(&t, after, first, gave1);
        remember_in(&t, after, second, gave2);
        assert!(cited_after_in(&t, after, first).is_some_and(|g| identical(g, gave1)));
        assert!(cited_after_in(&t, after, second).is_some_and(|g| identical(g, gave2)));
        // by provision: the same
        let one = |n: u16| cite(2).clause(n);
        let slot_one = |n: u16| citing_one_start(after, &one(n)) & 1;
        let n2 = (2..200u16)
            .find(|&n| slot_one(n) == slot_one(1))
            .expect("half the provisions share its first slot");
        let t = table(2);
        remember_one_in(&t, &lists, after, &one(1), gave1);
        remember_one_in(&t, &lists, after, &one(n2), gave2);
        assert!(cited_one_after_in(&t, after, &one(1)).is_some_and(|g| identical(g, gave1)));
        assert!(cited_one_after_in(&t, after, &one(n2)).is_some_and(|g| identical(g, gave2)));
    }

    /// Threads remembering the same citing at once leave one; each finds it.
    #[test]
    fn threads_remember_one_citing() {
        let t = table(16);
        let (after, cited) = (kept(vec![cite(1)]), kept(vec![cite(2)]));
        let gave = kept(vec![cite(1), cite(2)]);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| remember_in(&t, after, cited, gave));
            }
        });
        assert_eq!(t.iter().filter(|s| s.get().is_some()).count(), 1);
        assert!(identical(
            cited_after_in(&t, after, cited).expect("kept"),
            gave
        ));
    }
}
