//! Reading [`Details`] from JSON with the path of an error reaching the field.
//!
//! `Details` is written as an object with its `type` beside its fields (serde's internally
//! tagged form). serde's derived reading buffers such an object before it knows the type, and
//! a wrong value deep inside was then reported at `details`. Here the object is read field by
//! field as it comes: every field name has one type whichever variant it belongs to (`topics`
//! is a list of [`SensitiveTopic`] in a conference and in aid alike), so each value is read
//! into its own slot at once, through the caller's deserializer, and an error names
//! `details.countries[0].days`. Once the object is read, the `type` picks the variant: a field
//! of another variant is an unknown field, a required field left out is a missing field,
//! exactly as before (a field of another variant is refused at its own key when the `type`
//! came before it, else at `details` once the type is read). The accepted
//! JSON is the JSON Schema's: an object with `type` and the
//! variant's fields, nothing else (`{"type": "none"}` with other fields, which the derived
//! reading ignored, and the positional array form are refused).
//!
//! ```
//! use doingoai::request::Request;
//! let text = r#"{"id": "x", "kind": "outbound_delegation", "jurisdiction": "34:48",
//!     "filed_on": "2026-03-02",
//!     "details": {"type": "delegation", "funding": "state_budget", "purpose": "",
//!                 "countries": [{"country": "JP", "days": 4294967296}]}}"#;
//! let err = Request::from_json(text).unwrap_err();
//! assert_eq!(err.path, "details.countries[0].days");
//! ```

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use super::{
    AbtcEnterprise, AbtcPost, AbtcRequest, AgreementConcern, AgreementLevel, AgreementProcedure,
    BorderMatter, ConferenceMode, CountryVisit, Details, ForeignRank, Funding, SensitiveTopic,
};

/// The `type` of the details, in the order of the variants of [`Details`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case", variant_identifier)]
enum Tag {
    None,
    Delegation,
    Inbound,
    Conference,
    Agreement,
    Aid,
    Press,
    Ngo,
    Border,
    Abtc,
}

impl Tag {
    /// The fields of the variant, in declaration order (the order of the "expected" list).
    fn fields(self) -> &'static [&'static str] {
        match self {
            Tag::None => &[],
            Tag::Delegation => &["countries", "funding", "purpose"],
            Tag::Inbound => &["country", "rank", "size", "received_by_chairman"],
            Tag::Conference => &[
                "mode",
                "foreign_rank",
                "topics",
                "chaired_by_ppc",
                "front_or_mass_organisation",
                "hosting_approval",
            ],
            Tag::Agreement => &[
                "level",
                "procedure",
                "concerns",
                "partner",
                "shortened_ground",
            ],
            Tag::Aid => &["value_vnd", "topics", "donor"],
            Tag::Press => &["resident", "outlet"],
            Tag::Ngo => &["organisation", "renewal", "expiry"],
            Tag::Border => &["matter", "counterpart", "delegation"],
            Tag::Abtc => &[
                "enterprise",
                "enterprise_name",
                "post",
                "age_years",
                "months_in_post",
                "enterprise_months",
                "social_insurance_months",
                "apec_partner",
                "yearly_report_filed",
            ],
        }
    }
}

/// Every field of every variant, each read into its slot as it comes.
#[derive(Default)]
struct Slots {
    countries: Option<Vec<CountryVisit>>,
    funding: Option<Funding>,
    purpose: Option<String>,
    country: Option<String>,
    rank: Option<ForeignRank>,
    size: Option<u32>,
    received_by_chairman: Option<bool>,
    mode: Option<ConferenceMode>,
    foreign_rank: Option<ForeignRank>,
    topics: Option<Vec<SensitiveTopic>>,
    chaired_by_ppc: Option<bool>,
    front_or_mass_organisation: Option<bool>,
    hosting_approval: Option<bool>,
    level: Option<AgreementLevel>,
    procedure: Option<AgreementProcedure>,
    concerns: Option<Vec<AgreementConcern>>,
    partner: Option<String>,
    shortened_ground: Option<Option<super::ShortenedGround>>,
    value_vnd: Option<u64>,
    donor: Option<String>,
    resident: Option<bool>,
    outlet: Option<String>,
    organisation: Option<String>,
    renewal: Option<bool>,
    expiry: Option<Option<NaiveDate>>,
    matter: Option<BorderMatter>,
    counterpart: Option<String>,
    delegation: Option<bool>,
    enterprise: Option<AbtcEnterprise>,
    enterprise_name: Option<String>,
    post: Option<AbtcPost>,
    age_years: Option<Option<u32>>,
    months_in_post: Option<Option<u32>>,
    enterprise_months: Option<Option<u32>>,
    social_insurance_months: Option<Option<u32>>,
    apec_partner: Option<Option<bool>>,
    yearly_report_filed: Option<Option<bool>>,
}

/// An error raised at the value of the field it is about, so that the path names the field.
enum Refusal {
    Unknown(String, &'static [&'static str]),
    Duplicate(&'static str),
}

impl Refusal {
    fn error<E: de::Error>(&self) -> E {
        match self {
            Refusal::Unknown(name, expected) => E::unknown_field(name, expected),
            Refusal::Duplicate(name) => E::duplicate_field(name),
        }
    }
}

impl<'de> DeserializeSeed<'de> for &Refusal {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(self.error())
    }
}

/// Refuses at the current key's value (the path then ends with the key).
fn refuse<'de, A: MapAccess<'de>, T>(map: &mut A, r: Refusal) -> Result<T, A::Error> {
    map.next_value_seed(&r)?;
    Err(r.error())
}

/// Reads the current value into `slot`; a second value for the same field is refused.
fn put<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return refuse(map, Refusal::Duplicate(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Every field name of every variant, `type` first.
const NAMES: &[&str] = &[
    "type",
    "countries",
    "funding",
    "purpose",
    "country",
    "rank",
    "size",
    "received_by_chairman",
    "mode",
    "foreign_rank",
    "topics",
    "chaired_by_ppc",
    "front_or_mass_organisation",
    "hosting_approval",
    "level",
    "procedure",
    "concerns",
    "partner",
    "shortened_ground",
    "value_vnd",
    "donor",
    "resident",
    "outlet",
    "organisation",
    "renewal",
    "expiry",
    "matter",
    "counterpart",
    "delegation",
    "enterprise",
    "enterprise_name",
    "post",
    "age_years",
    "months_in_post",
    "enterprise_months",
    "social_insurance_months",
    "apec_partner",
    "yearly_report_filed",
];

impl Slots {
    /// Reads the value of the field `name` (one of [`NAMES`] but `type`).
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        name: &'static str,
    ) -> Result<(), A::Error> {
        match name {
            "countries" => put(map, &mut self.countries, name),
            "funding" => put(map, &mut self.funding, name),
            "purpose" => put(map, &mut self.purpose, name),
            "country" => put(map, &mut self.country, name),
            "rank" => put(map, &mut self.rank, name),
            "size" => put(map, &mut self.size, name),
            "received_by_chairman" => put(map, &mut self.received_by_chairman, name),
            "mode" => put(map, &mut self.mode, name),
            "foreign_rank" => put(map, &mut self.foreign_rank, name),
            "topics" => put(map, &mut self.topics, name),
            "chaired_by_ppc" => put(map, &mut self.chaired_by_ppc, name),
            "front_or_mass_organisation" => put(map, &mut self.front_or_mass_organisation, name),
            "hosting_approval" => put(map, &mut self.hosting_approval, name),
            "level" => put(map, &mut self.level, name),
            "procedure" => put(map, &mut self.procedure, name),
            "concerns" => put(map, &mut self.concerns, name),
            "partner" => put(map, &mut self.partner, name),
            "shortened_ground" => put(map, &mut self.shortened_ground, name),
            "value_vnd" => put(map, &mut self.value_vnd, name),
            "donor" => put(map, &mut self.donor, name),
            "resident" => put(map, &mut self.resident, name),
            "outlet" => put(map, &mut self.outlet, name),
            "organisation" => put(map, &mut self.organisation, name),
            "renewal" => put(map, &mut self.renewal, name),
            "expiry" => put(map, &mut self.expiry, name),
            "matter" => put(map, &mut self.matter, name),
            "counterpart" => put(map, &mut self.counterpart, name),
            "delegation" => put(map, &mut self.delegation, name),
            "enterprise" => put(map, &mut self.enterprise, name),
            "enterprise_name" => put(map, &mut self.enterprise_name, name),
            "post" => put(map, &mut self.post, name),
            "age_years" => put(map, &mut self.age_years, name),
            "months_in_post" => put(map, &mut self.months_in_post, name),
            "enterprise_months" => put(map, &mut self.enterprise_months, name),
            "social_insurance_months" => put(map, &mut self.social_insurance_months, name),
            "apec_partner" => put(map, &mut self.apec_partner, name),
            "yearly_report_filed" => put(map, &mut self.yearly_report_filed, name),
            _ => refuse(map, Refusal::Unknown(name.to_string(), NAMES)),
        }
    }

    /// The variant of `tag` from the slots: a required field left out is missing.
    fn build<E: de::Error>(self, tag: Tag) -> Result<Details, E> {
        fn need<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
            slot.ok_or_else(|| E::missing_field(name))
        }
        Ok(match tag {
            Tag::None => Details::None,
            Tag::Delegation => Details::Delegation {
                countries: need(self.countries, "countries")?,
                funding: need(self.funding, "funding")?,
                purpose: need(self.purpose, "purpose")?,
            },
            Tag::Inbound => Details::Inbound {
                country: need(self.country, "country")?,
                rank: need(self.rank, "rank")?,
                size: need(self.size, "size")?,
                received_by_chairman: self.received_by_chairman.unwrap_or_default(),
            },
            Tag::Conference => Details::Conference {
                mode: need(self.mode, "mode")?,
                foreign_rank: need(self.foreign_rank, "foreign_rank")?,
                topics: need(self.topics, "topics")?,
                chaired_by_ppc: need(self.chaired_by_ppc, "chaired_by_ppc")?,
                front_or_mass_organisation: need(
                    self.front_or_mass_organisation,
                    "front_or_mass_organisation",
                )?,
                hosting_approval: need(self.hosting_approval, "hosting_approval")?,
            },
            Tag::Agreement => Details::Agreement {
                level: need(self.level, "level")?,
                procedure: need(self.procedure, "procedure")?,
                concerns: need(self.concerns, "concerns")?,
                partner: need(self.partner, "partner")?,
                shortened_ground: self.shortened_ground.flatten(),
            },
            Tag::Aid => Details::Aid {
                value_vnd: need(self.value_vnd, "value_vnd")?,
                topics: need(self.topics, "topics")?,
                donor: need(self.donor, "donor")?,
            },
            Tag::Press => Details::Press {
                resident: need(self.resident, "resident")?,
                outlet: need(self.outlet, "outlet")?,
            },
            Tag::Ngo => Details::Ngo {
                organisation: need(self.organisation, "organisation")?,
                renewal: need(self.renewal, "renewal")?,
                expiry: self.expiry.flatten(),
            },
            Tag::Border => Details::Border {
                matter: need(self.matter, "matter")?,
                counterpart: need(self.counterpart, "counterpart")?,
                delegation: need(self.delegation, "delegation")?,
            },
            Tag::Abtc => Details::Abtc(AbtcRequest {
                enterprise: need(self.enterprise, "enterprise")?,
                enterprise_name: self.enterprise_name.unwrap_or_default(),
                post: need(self.post, "post")?,
                age_years: self.age_years.flatten(),
                months_in_post: self.months_in_post.flatten(),
                enterprise_months: self.enterprise_months.flatten(),
                social_insurance_months: self.social_insurance_months.flatten(),
                apec_partner: self.apec_partner.flatten(),
                yearly_report_filed: self.yearly_report_filed.flatten(),
            }),
        })
    }
}

struct DetailsVisitor;

impl<'de> Visitor<'de> for DetailsVisitor {
    type Value = Details;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with the `type` of the details and its fields")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Details, A::Error> {
        let mut tag: Option<Tag> = None;
        let mut slots = Slots::default();
        // the fields read before the type was known, checked against it at the end
        let mut early: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let known = NAMES.iter().copied().find(|n| *n == key);
            match (known, tag) {
                (Some("type"), Some(_)) => return refuse(&mut map, Refusal::Duplicate("type")),
                (Some("type"), None) => tag = Some(map.next_value()?),
                (Some(name), Some(t)) if t.fields().contains(&name) => {
                    slots.read(&mut map, name)?;
                }
                (None, None) => {
                    // not a field of any variant: refused once the type names the fields
                    map.next_value::<de::IgnoredAny>()?;
                    early.push(key);
                }
                (Some(name), None) => {
                    slots.read(&mut map, name)?;
                    early.push(key);
                }
                (_, Some(t)) => return refuse(&mut map, Refusal::Unknown(key, t.fields())),
            }
        }
        let tag = tag.ok_or_else(|| de::Error::missing_field("type"))?;
        if let Some(name) = early.iter().find(|n| !tag.fields().contains(&n.as_str())) {
            return Err(de::Error::unknown_field(name, tag.fields()));
        }
        slots.build(tag)
    }
}

impl<'de> serde::Deserialize<'de> for Details {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(DetailsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`NAMES`] is written out because an error's "expected one of" list must be a static
    /// slice; it is exactly `type` and the union of every variant's fields, each once, so the
    /// two lists cannot drift apart.
    #[test]
    fn the_names_are_type_and_every_variants_fields_once() {
        let tags = [
            Tag::None,
            Tag::Delegation,
            Tag::Inbound,
            Tag::Conference,
            Tag::Agreement,
            Tag::Aid,
            Tag::Press,
            Tag::Ngo,
            Tag::Border,
            Tag::Abtc,
        ];
        let mut union = vec!["type"];
        for t in tags {
            for f in t.fields() {
                if !union.contains(f) {
                    union.push(f);
                }
            }
        }
        let mut names = NAMES.to_vec();
        assert_eq!(names.first(), Some(&"type"));
        let len = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), len, "a name listed twice");
        union.sort_unstable();
        assert_eq!(names, union);
    }
}
