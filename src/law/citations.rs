//! [`Citations`]: a list of citations shared rather than copied.
//!
//! A rule's citations travel with every figure taken from it (a deadline's provenance, an
//! assessment's time limits) and an accepted event's citations go both into the case's log and
//! into the outcome returned to the caller. Copying the list each time costs an allocation and
//! a copy of every citation; `Citations` is one shared, read-only list, so a copy is a
//! reference count, or, for a list kept for the program's life (a machine's edge, a rule of
//! the shipped rulebook or of one given to `Rulebook::into_static`, a list an event combines
//! from their provisions; see `law::forever`), a pointer with no count at all. Nothing is allocated for the empty list. It reads as a slice of
//! [`Citation`] (`iter`, `len`, `[i]`, `first`, `contains`), compares with a `Vec<Citation>`,
//! and its serde form is the plain list.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use super::Citation;

/// A shared, read-only list of citations.
///
/// A rule's citations travel with every figure taken from it (a deadline's provenance, an
/// assessment's time limits), and an accepted event's citations go both into the case's log and
/// into the outcome returned to the caller: one list, shared, so a copy is a reference count
/// (nothing is allocated for an empty list), or only a pointer for a list kept for the
/// program's life (the machines', the shipped rulebook's, one given to
/// [`Rulebook::into_static`](crate::rules::Rulebook::into_static), one an event combines
/// from their provisions). It reads as a slice of [`Citation`] (`iter`,
/// `len`, `[i]`, `first`, `contains`), compares with a `Vec<Citation>`, and its serde form
/// is the plain list.
///
/// ```
/// use doingoai::law::Citations;
/// use doingoai::Citation;
/// let rule = Citations::from(vec![Citation::article("06/2020/QĐ-TTg", 4).clause(1)]);
/// let copy = rule.clone(); // no citation is copied
/// assert_eq!(copy, vec![Citation::article("06/2020/QĐ-TTg", 4).clause(1)]);
/// assert_eq!(copy[0].en(), "Art. 4(1) 06/2020/QĐ-TTg");
/// assert_eq!(serde_json::to_string(&copy)?, r#"[{"instrument":"06/2020/QĐ-TTg","article":4,"clause":1}]"#);
/// assert!(Citations::default().is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct Citations(List);

/// Where a list is: kept for the life of the program (a table of the crate's machines or of
/// a rulebook kept for good, see `law::forever`: a copy is a pointer, with no count; the empty
/// list), or a shared allocation (a copy is an atomic count).
// `Arc<Box<[_]>>` is one pointer wide: the enum fits in the 16 bytes of the slice
#[derive(Clone)]
enum List {
    Static(&'static [Citation]),
    Shared(Arc<Box<[Citation]>>),
}

impl Citations {
    /// The empty list (nothing allocated).
    pub const fn new() -> Self {
        Citations(List::Static(&[]))
    }

    /// A list kept for the life of the program (`law::forever`).
    pub(crate) fn from_static(list: &'static [Citation]) -> Self {
        Citations(List::Static(list))
    }

    /// Whether the list is kept for the life of the program (copies and drops count nothing).
    pub(crate) fn is_static(&self) -> bool {
        self.as_static().is_some()
    }

    /// The list, when it is kept for the life of the program: its address then says what it
    /// holds for good (`law::forever::cited_after` remembers by address).
    #[inline]
    pub(crate) fn as_static(&self) -> Option<&'static [Citation]> {
        match self.0 {
            List::Static(list) => Some(list),
            List::Shared(_) => None,
        }
    }

    /// The citations as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[Citation] {
        match &self.0 {
            List::Static(list) => list,
            List::Shared(list) => list,
        }
    }

    /// Adds a citation at the end (the list is copied once if it is shared).
    pub fn push(&mut self, citation: Citation) {
        let mut list = self.as_slice().to_vec();
        list.push(citation);
        *self = Citations::from(list);
    }

    /// Empties the list.
    pub fn clear(&mut self) {
        *self = Citations::new();
    }

    /// Whether two lists are the same shared list (then they are also equal; equal lists need
    /// not be the same). Two empty lists are the same.
    pub fn ptr_eq(&self, other: &Citations) -> bool {
        let (a, b) = (self.as_slice(), other.as_slice());
        a.len() == b.len() && (a.is_empty() || std::ptr::eq(a.as_ptr(), b.as_ptr()))
    }
}

impl Default for Citations {
    fn default() -> Self {
        Citations::new()
    }
}

/// Equal when they hold the same citations (the same list is equal without reading it).
impl PartialEq for Citations {
    fn eq(&self, other: &Self) -> bool {
        self.ptr_eq(other) || self.as_slice() == other.as_slice()
    }
}

impl Eq for Citations {}

impl std::hash::Hash for Citations {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl PartialOrd for Citations {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Ordered as the slices of their citations.
impl Ord for Citations {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl Deref for Citations {
    type Target = [Citation];
    fn deref(&self) -> &[Citation] {
        self.as_slice()
    }
}

impl AsRef<[Citation]> for Citations {
    fn as_ref(&self) -> &[Citation] {
        self.as_slice()
    }
}

impl std::borrow::Borrow<[Citation]> for Citations {
    fn borrow(&self) -> &[Citation] {
        self.as_slice()
    }
}

impl fmt::Debug for Citations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl From<Vec<Citation>> for Citations {
    fn from(list: Vec<Citation>) -> Self {
        if list.is_empty() {
            Citations::new()
        } else {
            Citations(List::Shared(Arc::new(list.into())))
        }
    }
}

impl From<&[Citation]> for Citations {
    fn from(list: &[Citation]) -> Self {
        if list.is_empty() {
            Citations::new()
        } else {
            Citations(List::Shared(Arc::new(list.into())))
        }
    }
}

impl<const N: usize> From<[Citation; N]> for Citations {
    fn from(list: [Citation; N]) -> Self {
        Citations::from(&list[..])
    }
}

impl From<Citations> for Vec<Citation> {
    fn from(list: Citations) -> Self {
        list.as_slice().to_vec()
    }
}

/// Collects straight into the shared list (one allocation when the iterator knows its exact
/// length, as an array's or a slice's does).
impl FromIterator<Citation> for Citations {
    fn from_iter<I: IntoIterator<Item = Citation>>(iter: I) -> Self {
        let list: Box<[Citation]> = iter.into_iter().collect();
        if list.is_empty() {
            Citations::new()
        } else {
            Citations(List::Shared(Arc::new(list)))
        }
    }
}

/// Adds at the end (the list is copied once if it is shared).
impl Extend<Citation> for Citations {
    fn extend<I: IntoIterator<Item = Citation>>(&mut self, iter: I) {
        let mut iter = iter.into_iter().peekable();
        if iter.peek().is_some() {
            let mut list = self.as_slice().to_vec();
            list.extend(iter);
            *self = Citations::from(list);
        }
    }
}

impl<'a> IntoIterator for &'a Citations {
    type Item = &'a Citation;
    type IntoIter = std::slice::Iter<'a, Citation>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

/// By value: the citations, copied out of the shared list.
impl IntoIterator for Citations {
    type Item = Citation;
    type IntoIter = std::vec::IntoIter<Citation>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().to_vec().into_iter()
    }
}

impl PartialEq<Vec<Citation>> for Citations {
    fn eq(&self, other: &Vec<Citation>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<Citations> for Vec<Citation> {
    fn eq(&self, other: &Citations) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<[Citation]> for Citations {
    fn eq(&self, other: &[Citation]) -> bool {
        self.as_slice() == other
    }
}

impl<const N: usize> PartialEq<[Citation; N]> for Citations {
    fn eq(&self, other: &[Citation; N]) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl serde::Serialize for Citations {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Citations {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // kept for good while the shipped rulebook is read (`law::forever`), else shared
        Vec::<Citation>::deserialize(d).map(super::forever::list)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Citations {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Vec<Citation> as schemars::JsonSchema>::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<Citation> as schemars::JsonSchema>::json_schema(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An operation on a list, applied to a `Citations` and to a `Vec` model.
    #[derive(Debug, Clone)]
    enum Op {
        Push(u16),
        Extend(Vec<u16>),
        Clear,
        /// Keep a copy (a clone shares the list); it must not change afterwards.
        Keep,
        /// Start again from the list rebuilt from its own elements.
        Rebuild,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1u16..50).prop_map(Op::Push),
            prop::collection::vec(1u16..50, 0..4).prop_map(Op::Extend),
            Just(Op::Clear),
            Just(Op::Keep),
            Just(Op::Rebuild),
        ]
    }

    proptest! {
        /// Whatever is done to a list, it holds what a `Vec` given the same operations holds,
        /// and every copy taken on the way still holds what it held then (copy on write).
        #[test]
        fn a_list_behaves_as_a_vec_and_copies_never_change(ops in prop::collection::vec(op(), 0..24)) {
            let mut list = Citations::new();
            let mut model: Vec<Citation> = Vec::new();
            let mut kept: Vec<(Citations, Vec<Citation>)> = Vec::new();
            for o in ops {
                match o {
                    Op::Push(n) => {
                        list.push(c(n));
                        model.push(c(n));
                    }
                    Op::Extend(ns) => {
                        list.extend(ns.iter().map(|&n| c(n)));
                        model.extend(ns.iter().map(|&n| c(n)));
                    }
                    Op::Clear => {
                        list.clear();
                        model.clear();
                    }
                    Op::Keep => kept.push((list.clone(), model.clone())),
                    Op::Rebuild => list = list.iter().cloned().collect(),
                }
                prop_assert_eq!(&list, &model);
                prop_assert_eq!(list.len(), model.len());
                prop_assert_eq!(list.is_empty(), model.is_empty());
                // an empty list is always the unallocated one (equality and hashing rely on it)
                prop_assert_eq!(list.is_empty(), list.ptr_eq(&Citations::new()));
                prop_assert_eq!(Vec::from(list.clone()), model.clone());
            }
            for (copy, then) in kept {
                prop_assert_eq!(&copy, &then);
                let json = serde_json::to_string(&copy).expect("json");
                prop_assert_eq!(&json, &serde_json::to_string(&then).expect("json"));
                let back: Citations = serde_json::from_str(&json).expect("reads");
                prop_assert_eq!(back, copy);
            }
        }
    }

    fn c(article: u16) -> Citation {
        Citation::article("06/2020/QĐ-TTg", article)
    }

    #[test]
    fn a_clone_shares_the_list_and_a_push_copies_it_once() {
        let a = Citations::from(vec![c(1), c(2)]);
        let mut b = a.clone();
        assert!(a.ptr_eq(&b));
        b.push(c(3));
        assert!(!a.ptr_eq(&b));
        assert_eq!(a, vec![c(1), c(2)]);
        assert_eq!(b, vec![c(1), c(2), c(3)]);
        assert_eq!(
            b.iter().map(|x| x.article).collect::<Vec<_>>(),
            [Some(1), Some(2), Some(3)]
        );
    }

    #[test]
    fn empty_lists_allocate_nothing_and_compare_equal() {
        assert_eq!(Citations::from(Vec::new()), Citations::new());
        assert!(Citations::from(Vec::new()).ptr_eq(&Citations::default()));
        assert!(Citations::new().is_empty());
        assert!(!Citations::from(vec![c(1)]).ptr_eq(&Citations::from(vec![c(1)])));
    }

    #[test]
    fn a_kept_list_equals_hashes_and_orders_as_a_shared_list_of_the_same_citations() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |l: &Citations| {
            let mut h = DefaultHasher::new();
            l.hash(&mut h);
            h.finish()
        };
        let shared = Citations::from(vec![c(1), c(2)]);
        let kept = crate::law::forever::Forever::new().citations(&shared);
        assert!(kept.is_static() && !shared.is_static());
        assert_eq!(kept, shared);
        assert_eq!(hash(&kept), hash(&shared));
        assert_eq!(kept.cmp(&shared), std::cmp::Ordering::Equal);
        assert!(!kept.ptr_eq(&shared));
        // a copy of a kept list is the same list; an empty list of either kind is the empty one
        assert!(kept.clone().ptr_eq(&kept));
        assert!(Citations::from(Vec::new()).is_static());
        assert_eq!(hash(&Citations::new()), hash(&Citations::from(Vec::new())));
        // different lists are unequal and (here) hash apart, whatever their kinds
        let other = Citations::from(vec![c(1), c(3)]);
        assert_ne!(kept, other);
        assert_ne!(other, shared);
        assert_ne!(hash(&kept), hash(&other));
        assert_ne!(Citations::new(), shared);
        // ordered as slices: a prefix first
        let longer = Citations::from(vec![c(1), c(2), c(3)]);
        assert!(kept < longer && Citations::new() < kept);
        assert_eq!(format!("{kept:?}"), format!("{shared:?}"));
        assert_eq!(
            serde_json::to_string(&kept).ok(),
            serde_json::to_string(&shared).ok()
        );
    }

    #[test]
    fn the_serde_form_is_the_plain_list() {
        let a = Citations::from(vec![c(4), c(5)]);
        let json = serde_json::to_string(&a).expect("json");
        assert_eq!(
            json,
            serde_json::to_string(&vec![c(4), c(5)]).expect("json")
        );
        let back: Citations = serde_json::from_str(&json).expect("read");
        assert_eq!(back, a);
        let empty: Citations = serde_json::from_str("[]").expect("read");
        assert!(empty.ptr_eq(&Citations::new()));
        assert_eq!(format!("{a:?}"), format!("{:?}", vec![c(4), c(5)]));
    }

    #[test]
    fn extending_copies_once_and_an_empty_extension_keeps_the_shared_list() {
        let a = Citations::from(vec![c(1)]);
        let mut b = a.clone();
        b.extend(Vec::new());
        assert!(a.ptr_eq(&b));
        b.extend([c(2), c(3)]);
        assert_eq!(b, vec![c(1), c(2), c(3)]);
        assert_eq!(a, vec![c(1)]);
    }

    #[test]
    fn it_compares_and_reads_as_the_slice_of_its_citations() {
        let a = Citations::from(vec![c(1), c(2)]);
        let same = vec![c(1), c(2)];
        let other = vec![c(1), c(3)];
        // both sides: Citations == Vec and Vec == Citations
        assert_eq!(a, same);
        assert_eq!(same, a);
        assert_ne!(a, other);
        assert_ne!(other, a);
        assert!(a == *same.as_slice() && a != *other.as_slice());
        assert!(a == [c(1), c(2)] && a != [c(2), c(1)]);
        assert_eq!(AsRef::<[Citation]>::as_ref(&a), same.as_slice());
        assert_eq!(
            std::borrow::Borrow::<[Citation]>::borrow(&a),
            same.as_slice()
        );
        let mut seen = Vec::new();
        for x in &a {
            seen.push(x.clone());
        }
        assert_eq!(seen, same);
    }

    #[cfg(feature = "schema")]
    #[test]
    fn its_json_schema_is_the_lists_inlined() {
        use schemars::{JsonSchema, SchemaGenerator};
        assert!(Citations::inline_schema());
        let mut g = SchemaGenerator::default();
        let ours = Citations::json_schema(&mut g);
        let mut g = SchemaGenerator::default();
        assert_eq!(ours, <Vec<Citation>>::json_schema(&mut g));
        assert_eq!(ours.get("type").and_then(|t| t.as_str()), Some("array"));
    }

    #[test]
    fn by_value_iteration_gives_the_citations() {
        let a = Citations::from([c(7), c(8)]);
        let v: Vec<Citation> = a.into_iter().collect();
        assert_eq!(v, [c(7), c(8)]);
    }
}
