//! A request as a non-Rust system sends it: one JSON object, a
//! [`ProposedActivity`] with an optional `history` of past trips (the form of
//! `examples/data/*.json`), and what the crate answers — the [`Decision`] with the summary a
//! caller needs first (admissible? on time? latest filing day?) and the assessment the workflow
//! would submit the case under.
//!
//! This is the path of `examples/evaluate.rs` and of the `doingoai evaluate` command: both read
//! a [`Request`] with [`Request::from_json`] and answer with [`Request::evaluate`].
//!
//! ```
//! use doingoai::request::Request;
//! let text = std::fs::read_to_string("examples/data/request.json")?;
//! let request = Request::from_json(&text)?;
//! assert_eq!(request.history.trips.len(), 2);
//! let answer = request.evaluate()?;
//! assert!(!answer.admissible); // a member under discipline during the trip
//! assert!(answer.to_markdown().contains("DR-HCM-2021-11"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A malformed request is refused with the path of the offending field:
//!
//! ```
//! use doingoai::request::Request;
//! let err = Request::from_json(r#"{"history": {"trips": [{"person": 3}]}}"#).unwrap_err();
//! assert_eq!(err.path, "history.trips[0].person");
//! ```

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use crate::activity::ProposedActivity;
use crate::calendar::WorkCalendar;
use crate::history::History;
use crate::json::JsonError;
use crate::org::Channel;
use crate::rules::{evaluate, Decision, EvaluateError, Rulebook, Subject};
use crate::workflow::{assess, Assessment, Procedure};
use crate::Label;

/// A proposed activity with the history of past trips its checks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The activity.
    pub activity: ProposedActivity,
    /// Past trips (counted by the per-year caps); empty when the request has no `history`.
    pub history: History,
}

impl Request {
    /// A request without history.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::request::Request;
    /// use chrono::NaiveDate;
    /// let a = ProposedActivity::new("X-1", ActivityKind::InternationalConference, "34:48".parse()?,
    ///     NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    /// assert!(Request::new(a).history.trips.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(activity: ProposedActivity) -> Self {
        Request {
            activity,
            history: History::default(),
        }
    }

    /// Reads a request: a JSON object in the form of [`ProposedActivity`], with an optional
    /// field `history` in the form of [`History`]. The object is read once, in its order, so
    /// the error names the field path (for the history, `history.…`; inside the details,
    /// `details.countries[0].days`) with its line and column, and a key given twice is
    /// refused, `history` included.
    ///
    /// ```
    /// use doingoai::request::Request;
    /// let err = Request::from_json(r#"{"id": "x", "kind": "no_such_kind"}"#).unwrap_err();
    /// assert_eq!(err.path, "kind");
    /// assert_eq!(Request::from_json("[1]").unwrap_err().path, ".");
    /// let twice = r#"{"id": "x", "kind": "foreign_press", "kind": "foreign_aid"}"#;
    /// assert!(Request::from_json(twice).unwrap_err().message.contains("duplicate field `kind`"));
    /// ```
    pub fn from_json(text: &str) -> Result<Request, JsonError> {
        crate::json::from_str::<RequestForm>(text).map(|r| r.0)
    }

    /// The answer under the shipped rulebook and the state-agency working-day calendar.
    pub fn evaluate(&self) -> Result<Evaluation, EvaluateError> {
        self.evaluate_with(Rulebook::shipped(), &WorkCalendar::state_agency())
    }

    /// The answer under `rulebook` and `cal`.
    ///
    /// ```
    /// use doingoai::request::Request;
    /// use doingoai::rules::Rulebook;
    /// use doingoai::WorkCalendar;
    /// let text = std::fs::read_to_string("examples/data/conference_minister_pm.json")?;
    /// let answer = Request::from_json(&text)?
    ///     .evaluate_with(Rulebook::shipped(), &WorkCalendar::state_agency())?;
    /// assert!(answer.workflow.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evaluate_with(
        &self,
        rulebook: &Rulebook,
        cal: &WorkCalendar,
    ) -> Result<Evaluation, EvaluateError> {
        let a = &self.activity;
        let decision = evaluate(a, rulebook, cal, &self.history)?;
        let workflow = Procedure::for_kind(a.kind)
            .and_then(|p| assess(a, p, rulebook, cal, &self.history).ok());
        let on_time = if decision.filings.is_empty() {
            None
        } else {
            Some(decision.filings.iter().all(|f| f.on_time))
        };
        Ok(Evaluation {
            id: a.id.0.clone(),
            title: a.title.clone(),
            on_time,
            latest_filing: decision.latest_filing(),
            admissible: decision.is_admissible(),
            subject: a.subject(),
            channel: a.channel(),
            decision,
            workflow,
        })
    }
}

/// The JSON reading of a [`Request`]: the object's keys go to [`ProposedActivity`]'s own
/// reading as they come, but `history`, which is read on the spot as a [`History`]. Nothing is
/// buffered, so the path of an error is tracked all the way down.
struct RequestForm(Request);

impl<'de> serde::Deserialize<'de> for RequestForm {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RequestVisitor)
    }
}

struct RequestVisitor;

impl<'de> Visitor<'de> for RequestVisitor {
    type Value = RequestForm;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a request: a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RequestForm, A::Error> {
        let mut history = None;
        let activity = <ProposedActivity as serde::Deserialize>::deserialize(
            de::value::MapAccessDeserializer::new(WithoutHistory {
                map,
                history: &mut history,
            }),
        )?;
        Ok(RequestForm(Request {
            activity,
            history: history.unwrap_or_default(),
        }))
    }
}

/// The request's keys but `history`, whose value goes to `history`.
struct WithoutHistory<'h, A> {
    map: A,
    history: &'h mut Option<History>,
}

/// Refuses a second `history` at its value (so that the path names it).
struct SecondHistory;

impl<'de> DeserializeSeed<'de> for SecondHistory {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(de::Error::duplicate_field("history"))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WithoutHistory<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            if key != "history" {
                return seed
                    .deserialize(de::value::StringDeserializer::<A::Error>::new(key))
                    .map(Some);
            }
            if self.history.is_some() {
                self.map.next_value_seed(SecondHistory)?;
                return Err(de::Error::duplicate_field("history"));
            }
            *self.history = Some(self.map.next_value()?);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// What the crate answers to a [`Request`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Evaluation {
    /// The activity's identifier.
    pub id: String,
    /// The activity's title.
    pub title: String,
    /// Whether every filing is on time; `None` (JSON `null`) when no sourced lead-time rule
    /// applies — the request is then neither on time nor late, and the unsourced entry is
    /// listed under `decision.gaps`.
    pub on_time: Option<bool>,
    /// The latest filing day (the earliest of the lead-time rules).
    pub latest_filing: Option<NaiveDate>,
    /// Whether the request can be decided as filed ([`Decision::is_admissible`]).
    pub admissible: bool,
    /// The subject the rules are looked up under.
    pub subject: Subject,
    /// The channel in effect.
    pub channel: Channel,
    /// The decision.
    pub decision: Decision,
    /// The assessment the workflow would submit the case under (`None` for a kind without a
    /// workflow, or when the procedure cannot be assessed).
    pub workflow: Option<Assessment>,
}

impl Evaluation {
    /// The answer as pretty-printed JSON (with a final newline).
    pub fn to_json(&self) -> Result<String, JsonError> {
        crate::json::to_string_pretty(self).map(|mut s| {
            s.push('\n');
            s
        })
    }

    /// The answer as Markdown, in Vietnamese and English: the summary, who decides, the
    /// filings, every violated condition with its citations and what would satisfy it, the
    /// advisories, the consultations, the obligations the activity creates and the gaps.
    pub fn to_markdown(&self) -> String {
        let d = &self.decision;
        let mut s = String::new();
        let yes_no = |b: bool| if b { "có / yes" } else { "không / no" };
        let _ = writeln!(s, "# {} — {}\n", self.id, self.title);
        let _ = writeln!(
            s,
            "- Loại / kind: {} / {}\n- Địa bàn / jurisdiction: {} ({})\n- Kênh / channel: {} / {}\n- Bộ quy tắc / rulebook: `{}`, as of {}",
            self.subject.vi(),
            self.subject.en(),
            d.jurisdiction.name_vi(),
            d.jurisdiction,
            self.channel.vi(),
            self.channel.en(),
            d.rulebook,
            d.as_of
        );
        let _ = writeln!(
            s,
            "- Hợp lệ / admissible: **{}**\n- Đúng hạn / on time: {}\n- Hạn nộp muộn nhất / latest filing: {}\n",
            yes_no(self.admissible),
            self.on_time
                .map_or("không có quy tắc / no sourced rule", yes_no),
            self.latest_filing
                .map_or_else(|| "—".to_string(), |x| x.to_string())
        );
        s.push_str("## Thẩm quyền / authority\n\n");
        match &d.authority {
            Some(a) => {
                let _ = writeln!(
                    s,
                    "- {} / {} (`{}`; {}){}\n",
                    a.effective.vi(),
                    a.effective.en(),
                    a.rule,
                    cites(&a.citations),
                    if a.effective == a.decides {
                        String::new()
                    } else {
                        format!(
                            "; ủy quyền của / delegated by {} / {}",
                            a.decides.vi(),
                            a.decides.en()
                        )
                    }
                );
            }
            None => s.push_str("- không có quy tắc có nguồn / no sourced rule\n\n"),
        }
        if !d.filings.is_empty() {
            s.push_str("## Hạn nộp / filings\n\n");
            for f in &d.filings {
                let _ = writeln!(
                    s,
                    "- `{}`: latest {}, filed {} — {} ({})",
                    f.rule,
                    f.latest,
                    f.filed_on,
                    if f.on_time {
                        "đúng hạn / on time"
                    } else {
                        "muộn / late"
                    },
                    cites(&f.citations)
                );
            }
            s.push('\n');
        }
        findings(&mut s, "Vi phạm / violations", &d.violations);
        findings(&mut s, "Lưu ý / advisories", &d.advisories);
        if !d.consultations.is_empty() {
            s.push_str("## Lấy ý kiến / consultations\n\n");
            for c in &d.consultations {
                let who: Vec<&str> = c.consultees.iter().map(|r| r.en()).collect();
                let _ = writeln!(
                    s,
                    "- `{}`: {} consults {}; reply by {} ({})",
                    c.rule,
                    c.by.en(),
                    who.join(", "),
                    c.reply_by
                        .map_or_else(|| "—".to_string(), |x| x.to_string()),
                    cites(&c.citations)
                );
            }
            s.push('\n');
        }
        if !d.obligations.is_empty() {
            s.push_str("## Nghĩa vụ / obligations\n\n");
            for o in &d.obligations {
                let _ = writeln!(
                    s,
                    "- `{}`: {} / {}, by {}, due {} ({})",
                    o.rule,
                    o.report.vi(),
                    o.report.en(),
                    o.owed_by.en(),
                    o.due.map_or_else(|| "—".to_string(), |x| x.to_string()),
                    cites(&o.citations)
                );
            }
            s.push('\n');
        }
        if !d.gaps.is_empty() {
            s.push_str("## Chưa có nguồn / gaps\n\n");
            for g in &d.gaps {
                let _ = writeln!(
                    s,
                    "- `{}`: {} / {} (expected at {})",
                    g.rule,
                    g.statement.vi,
                    g.statement.en,
                    cites(&g.citations)
                );
            }
            s.push('\n');
        }
        for n in &d.notes {
            let _ = writeln!(s, "> {n}");
        }
        s
    }
}

fn cites(c: &[crate::law::Citation]) -> String {
    if c.is_empty() {
        return "no citation".into();
    }
    c.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

fn findings(s: &mut String, title: &str, list: &[crate::rules::Finding]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {title}\n");
    for f in list {
        let _ = writeln!(
            s,
            "- **{}** — {} / {} ({}). Để đáp ứng / to satisfy: {} / {}",
            f.ground().en(),
            f.wrong.vi,
            f.wrong.en,
            cites(&f.citations),
            f.satisfy.vi,
            f.satisfy.en
        );
    }
    s.push('\n');
}
