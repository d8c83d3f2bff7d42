//! Bilingual labels: every value of the vocabulary has a Vietnamese label (with diacritics)
//! and an English one.
//!
//! `Display` prints the Vietnamese label; [`Label::en`] gives the English one.
//!
//! ```
//! use doingoai::{Channel, Label};
//! assert_eq!(Channel::People.vi(), "đối ngoại nhân dân");
//! assert_eq!(Channel::People.en(), "people's diplomacy");
//! assert_eq!(Channel::People.to_string(), "đối ngoại nhân dân");
//! ```

use std::fmt;

/// A language of the labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese (tiếng Việt).
    Vi,
    /// English.
    En,
}

/// A value with a Vietnamese and an English label.
pub trait Label {
    /// The Vietnamese label, with diacritics.
    fn vi(&self) -> &'static str;
    /// The English label.
    fn en(&self) -> &'static str;
    /// The label in the given language.
    fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }
}

/// The error of parsing a vocabulary value from text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{value}`; expected one of: {expected}")]
#[non_exhaustive]
pub struct UnknownValue {
    /// The vocabulary the value was looked up in (e.g. `Channel`).
    pub kind: &'static str,
    /// The text that was not recognised.
    pub value: String,
    /// The accepted codes, comma separated.
    pub expected: String,
}

/// Writes a label in the `Display` convention of this crate (Vietnamese).
pub(crate) fn write_vi(f: &mut fmt::Formatter<'_>, l: &dyn Label) -> fmt::Result {
    f.write_str(l.vi())
}

/// The value of `all` whose code, Vietnamese or English label is `s` (case-insensitive), or
/// the error listing the codes; the one parser of every vocabulary.
pub(crate) fn parse_labelled<T: Label + Copy>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    kind: &'static str,
    s: &str,
) -> Result<T, UnknownValue> {
    let t = s.trim();
    all.iter()
        .copied()
        .find(|v| {
            code(*v).eq_ignore_ascii_case(t)
                || v.vi().to_lowercase() == t.to_lowercase()
                || v.en().eq_ignore_ascii_case(t)
        })
        .ok_or_else(|| UnknownValue {
            kind,
            value: s.to_string(),
            expected: all.iter().map(|v| code(*v)).collect::<Vec<_>>().join(", "),
        })
}

/// Defines a bilingual vocabulary enum: unit variants with a machine code (the serde name,
/// snake_case), a Vietnamese label and an English label. Generates `Label`, `Display`
/// (Vietnamese), `FromStr` (code, Vietnamese or English label, case-insensitive), `ALL` and
/// `code()`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($code:literal, $vi:literal, $en:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $code)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The machine code (the JSON name) of this value.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }

        impl $crate::label::Label for $name {
            fn vi(&self) -> &'static str {
                match self {
                    $($name::$variant => $vi,)+
                }
            }
            fn en(&self) -> &'static str {
                match self {
                    $($name::$variant => $en,)+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::label::write_vi(f, self)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::label::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::label::parse_labelled(Self::ALL, |v| v.code(), stringify!($name), s)
            }
        }

        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                $crate::label::vocabulary_schema(
                    &[$(($code, $vi, $en)),+],
                )
            }
        }
    };
}
pub(crate) use vocabulary;

/// The JSON Schema of a vocabulary: its codes (the JSON form), each with its English label as
/// `title` and its Vietnamese one as `description`.
#[cfg(feature = "schema")]
pub(crate) fn vocabulary_schema(values: &[(&str, &str, &str)]) -> schemars::Schema {
    let one_of: Vec<serde_json::Value> = values
        .iter()
        .map(|(code, vi, en)| serde_json::json!({ "const": code, "title": en, "description": vi }))
        .collect();
    schemars::json_schema!({ "type": "string", "oneOf": one_of })
}
