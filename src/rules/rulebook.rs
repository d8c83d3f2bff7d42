//! Rulebooks: layers of rules (one per issuing jurisdiction and instrument family), validated
//! and indexed for resolution.

use super::index::Index;
use super::layer::{Layer, RulebookData};
use super::layer_file::LayerFileError;
use super::rule::RuleRef;
use super::validate::{validate, ValidationError};

/// A validated, indexed rulebook: the national baseline and provincial layers, with a version
/// identifier a stored case can keep.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Query, Rulebook};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// let book = Rulebook::shipped();
/// let on = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
/// let r = book.resolve(&Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalConference), on))?;
/// assert!(r.rules().any(|x| x.id().as_str() == "vn.conference.lead_time.provincial_tier"));
/// assert!(book.version_id().starts_with("doingoai-shipped@"));
/// # Ok::<(), doingoai::rules::ResolveError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rulebook {
    pub(crate) data: RulebookData,
    /// Shared with the decisions made under the rulebook, whose trace is expanded from it on
    /// demand ([`LazyTrace`](super::LazyTrace)).
    pub(crate) index: std::sync::Arc<Index>,
    /// `name@version`, formatted once, shared like the index.
    pub(crate) version_id: std::sync::Arc<str>,
}

impl Rulebook {
    /// Validates and indexes the data.
    pub fn new(data: RulebookData) -> Result<Rulebook, ValidationError> {
        validate(&data)?;
        let index = std::sync::Arc::new(Index::build(&data));
        let version_id = format!("{}@{}", data.name, data.version).into();
        Ok(Rulebook {
            data,
            index,
            version_id,
        })
    }

    /// The rulebook shipped with the crate: the data files under `rulebook/` (the national
    /// baseline, one file per instrument, and one file per provincial jurisdiction), embedded at
    /// build time, parsed and validated once. Its version is `doingoai-shipped@<date>+<hash>`,
    /// the hash of every data file, so it changes whenever any file changes.
    ///
    /// The files are checked by the test suite (`tests/rulebook_files.rs`); a broken shipped
    /// file cannot reach a release, so this never fails at run time.
    pub fn shipped() -> &'static Rulebook {
        match Rulebook::try_shipped() {
            Ok(b) => b,
            // Unreachable in a tested build: see the doc above.
            Err(e) => panic!("the shipped rulebook files are broken: {e}"),
        }
    }

    /// The shipped rulebook, or why its data files could not be read.
    pub fn try_shipped() -> Result<&'static Rulebook, &'static LoadError> {
        static BOOK: std::sync::OnceLock<Result<Rulebook, LoadError>> = std::sync::OnceLock::new();
        // loaded once for the program: its ids and lists are kept for good (as
        // `Rulebook::into_static` does)
        BOOK.get_or_init(|| Rulebook::load_shipped(true)).as_ref()
    }

    /// Parses, validates and indexes the shipped data files again, without the cache of
    /// [`Rulebook::shipped`]: what the first call of `shipped` costs (the load benchmark).
    /// Nothing of it is kept for good: it is freed when dropped.
    #[doc(hidden)]
    pub fn load_shipped_uncached() -> Result<Rulebook, LoadError> {
        Rulebook::load_shipped(false)
    }

    /// Keeps this rulebook for the life of the program and returns it: for a rulebook loaded
    /// once and used until the program ends (the shipped one with a province's layers, read
    /// at start). Its rule ids and citation lists move into memory that is never freed, so
    /// every decision, deadline, log entry and outcome made under it copies them as pointers:
    /// no atomic reference count on a copy or a drop (16 of them on a 6-event outbound case
    /// under the shipped rulebook, which is kept this way). Each distinct id and list is kept
    /// once. Call it once per rulebook (each call keeps a new copy), right after loading:
    /// the shared originals it replaces are freed, and those holes in the heap are best made
    /// before the program's own data fills it (the shipped rulebook is read in its kept
    /// form directly, with no such holes).
    ///
    /// ```
    /// use doingoai::rules::{evaluate, Rulebook};
    /// use doingoai::history::History;
    /// use doingoai::WorkCalendar;
    /// let file = "schema = 1\n[layer]\njurisdiction = \"34:38\"\nsource = \"ubnd_regulation\"\nversion = \"2026.1\"\ntitle = { vi = \"Thanh Hóa\", en = \"Thanh Hoa\" }\n";
    /// let book: &'static Rulebook =
    ///     Rulebook::shipped().with_layer_files(&[("34-38-thanh-hoa.toml", file)])?.into_static();
    /// assert!(book.version_id().ends_with("+34:38@2026.1"));
    /// assert_eq!(book.rules().count(), Rulebook::shipped().rules().count());
    /// # Ok::<(), doingoai::rules::LoadError>(())
    /// ```
    pub fn into_static(self) -> &'static Rulebook {
        let Rulebook {
            mut data,
            version_id,
            ..
        } = self;
        data.keep(&mut crate::law::forever::Forever::new());
        // the index names rules by id: built again from the kept rules (the data was
        // validated when this rulebook was made, and keeping changes no text)
        let index = std::sync::Arc::new(Index::build(&data));
        Box::leak(Box::new(Rulebook {
            data,
            index,
            version_id,
        }))
    }

    /// The shipped data files, read; `keep`: for the program's life (see
    /// [`Rulebook::into_static`]), before the index is built.
    fn load_shipped(keep: bool) -> Result<Rulebook, LoadError> {
        let (name, version) = (super::shipped::NAME, super::shipped::version());
        // Fast path: the JSON form build.rs made of each file. Any problem (a file that did not
        // convert, a rule that does not read, a validation error) is reported by reading the
        // TOML texts themselves, which names the file, the line and the rule.
        let fast = || -> Option<Rulebook> {
            let read = || -> Option<Vec<Layer>> {
                let mut layers = Vec::with_capacity(crate::data::FILES.len());
                for ((file, _), json) in crate::data::FILES.iter().zip(crate::data::FILES_JSON) {
                    layers.push(super::layer_file::read_json(file, json).ok()?.0);
                }
                Some(layers)
            };
            // kept: each list, id and number is made in its kept form as it is read
            // (`law::forever`: nothing is copied and freed among the kept data)
            let layers = if keep {
                crate::law::forever::keeping(read)?
            } else {
                read()?
            };
            Rulebook::new(RulebookData {
                name: name.to_string(),
                version: version.clone(),
                layers,
            })
            .ok()
        };
        match fast() {
            Some(book) => Ok(book),
            None => Rulebook::from_toml_files(name, &version, crate::data::FILES).map(|mut b| {
                if keep {
                    b.data.keep(&mut crate::law::forever::Forever::new());
                    b.index = std::sync::Arc::new(Index::build(&b.data));
                }
                b
            }),
        }
    }

    /// Reads, validates and indexes a rulebook from TOML layer files (`(file name, text)`
    /// pairs, in order), the format of `docs/rulebook-format.md`. Every error names the file
    /// and the line, and the rule where the problem is in one.
    pub fn from_toml_files(
        name: &str,
        version: &str,
        files: &[(&str, &str)],
    ) -> Result<Rulebook, LoadError> {
        let mut data = RulebookData {
            name: name.to_string(),
            version: version.to_string(),
            layers: Vec::with_capacity(files.len()),
        };
        let mut lines = Vec::new();
        for (file, text) in files {
            let (layer, l) = super::layer_file::read(file, text).map_err(LoadError::File)?;
            lines.push((*file, l));
            data.layers.push(layer);
        }
        Rulebook::new(data).map_err(|e| locate(e, &lines))
    }

    /// This rulebook with more layers read from TOML files (a province's own rules, in the
    /// format of `docs/rulebook-format.md`), validated together with it; errors name the
    /// file, the line and the rule. The version grows as with [`Rulebook::with_layers`], and
    /// as there a file replaces the layer of the same jurisdiction and source (a province's
    /// filled [`Rulebook::template`] supersedes its shipped file).
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// let file = "schema = 1\n[layer]\njurisdiction = \"34:38\"\nsource = \"ubnd_regulation\"\nversion = \"2026.1\"\ntitle = { vi = \"Thanh Hóa\", en = \"Thanh Hoa\" }\n";
    /// let book = Rulebook::shipped().with_layer_files(&[("34-38-thanh-hoa.toml", file)])?;
    /// assert!(book.version_id().ends_with("+34:38@2026.1"));
    /// # Ok::<(), doingoai::rules::LoadError>(())
    /// ```
    pub fn with_layer_files(&self, files: &[(&str, &str)]) -> Result<Rulebook, LoadError> {
        let mut layers = Vec::with_capacity(files.len());
        let mut lines = Vec::new();
        for (file, text) in files {
            let (layer, l) = super::layer_file::read(file, text).map_err(LoadError::File)?;
            lines.push((*file, l));
            layers.push(layer);
        }
        self.with_layers(layers).map_err(|e| locate(e, &lines))
    }

    /// This rulebook with more layers (a province's own rules, loaded at run time), validated
    /// together; the version becomes `<version>+<jurisdiction>@<layer version>` for each layer
    /// added, so a stored case can say which rules it was decided under.
    ///
    /// A layer with the jurisdiction **and** the source of a layer already in the rulebook
    /// replaces it: a province's edited file (e.g. the template of
    /// [`Rulebook::template`], which carries the province's shipped rules) supersedes the
    /// shipped file instead of repeating its rules. A layer of another source (a party
    /// regulation beside a People's Committee one) is added beside it.
    ///
    /// ```
    /// use doingoai::law::{Citation, Evidence};
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{Subject, Condition, Layer, Query, Rule, RuleSource, Rulebook};
    /// use chrono::NaiveDate;
    /// let mut l = Layer::new("34:38".parse()?, RuleSource::UbndRegulation, "2026.1", "Thanh Hóa: thử", "Thanh Hoa: example");
    /// l.push(Rule::draft("thanh_hoa.outbound_delegation.condition.size", Subject::Activity(ActivityKind::OutboundDelegation), "size",
    ///         Some(Condition::MaxCountriesPerTrip { max: 2 }))
    ///     .from(2026, 1, 1).cite(Citation::instrument("06/2020/QĐ-TTg")).grade(Evidence::Guidance)
    ///     .say("Ví dụ.", "Example."));
    /// let book = Rulebook::shipped().with_layers(vec![l])?;
    /// assert!(book.version_id().ends_with("+34:38@2026.1"));
    /// let on = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    /// let r = book.resolve(&Query::new("34:38".parse()?, Subject::Activity(ActivityKind::OutboundDelegation), on))?;
    /// assert!(r.get::<Condition>("size").is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_layers(&self, layers: Vec<Layer>) -> Result<Rulebook, ValidationError> {
        let mut data = self.data.clone();
        for l in layers {
            data.version
                .push_str(&format!("+{}@{}", l.jurisdiction, l.version));
            match data
                .layers
                .iter_mut()
                .find(|x| x.jurisdiction == l.jurisdiction && x.source == l.source)
            {
                Some(same) => *same = l,
                None => data.layers.push(l),
            }
        }
        Rulebook::new(data)
    }

    /// The plain data.
    pub fn data(&self) -> &RulebookData {
        &self.data
    }

    /// The version identifier, `name@version`.
    pub fn version_id(&self) -> String {
        self.version_id.to_string()
    }

    /// The layers.
    pub fn layers(&self) -> &[Layer] {
        &self.data.layers
    }

    /// Every rule of every layer.
    pub fn rules(&self) -> impl Iterator<Item = RuleRef<'_>> {
        self.data.layers.iter().flat_map(Layer::rules)
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<RuleRef<'_>> {
        self.index
            .by_id(id)
            .and_then(|loc| self.index.rule(&self.data, loc))
    }

    /// The unsourced entries (the gaps).
    pub fn gaps(&self) -> impl Iterator<Item = RuleRef<'_>> {
        self.rules().filter(RuleRef::is_unsourced)
    }

    /// Parses, validates and indexes a rulebook from its JSON form.
    pub fn from_json(json: &str) -> Result<Rulebook, LoadError> {
        let data: RulebookData = crate::json::from_str(json).map_err(LoadError::Json)?;
        Rulebook::new(data).map_err(LoadError::Invalid)
    }

    /// The JSON form (pretty-printed).
    pub fn to_json(&self) -> Result<String, crate::json::JsonError> {
        crate::json::to_string_pretty(&self.data)
    }
}

/// Names the file and line of each validation error that is in a rule read from a file.
fn locate(e: ValidationError, lines: &[(&str, super::layer_file::Lines)]) -> LoadError {
    let errors = e
        .errors
        .iter()
        .map(|err| {
            let found = err.rule_id().and_then(|id| {
                lines.iter().find_map(|(file, ls)| {
                    ls.iter()
                        .find(|(rid, _)| rid == id)
                        .map(|(_, line)| (file.to_string(), *line))
                })
            });
            let (file, line) = match found {
                Some((f, l)) => (f, Some(l)),
                None => (String::from("(rulebook)"), None),
            };
            LayerFileError {
                file,
                line,
                rule: err.rule_id().map(str::to_string),
                message: err.to_string(),
            }
        })
        .collect();
    LoadError::InvalidFiles { errors, source: e }
}

/// A rulebook that could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The text is not a rulebook in JSON (syntax, unknown field, bad value); the error names
    /// the path of the offending field (e.g. `layers[3].conditions[2].value`).
    #[error("the rulebook JSON could not be read: {0}")]
    Json(#[source] crate::json::JsonError),
    /// The rulebook was read but is not valid.
    #[error(transparent)]
    Invalid(ValidationError),
    /// A TOML layer file could not be read (syntax, unknown field, bad value): the file, the
    /// line and the rule.
    #[error("{0}")]
    File(#[source] LayerFileError),
    /// The TOML layer files were read but the rulebook is not valid: each problem with its
    /// file, line and rule.
    #[error("{}", files_message(errors))]
    InvalidFiles {
        /// The problems, located.
        errors: Vec<LayerFileError>,
        /// The validation error behind them.
        #[source]
        source: ValidationError,
    },
}

fn files_message(errors: &[LayerFileError]) -> String {
    let mut s = format!(
        "the rulebook files are not valid ({} problem(s))",
        errors.len()
    );
    for e in errors.iter().take(10) {
        s.push_str("\n  - ");
        s.push_str(&e.to_string());
    }
    if errors.len() > 10 {
        s.push_str(&format!("\n  - … and {} more", errors.len() - 10));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped rulebook is kept for the program: each rule's id and list copy without a
    /// count, and read as the same rulebook loaded afresh (nothing kept).
    #[test]
    fn the_shipped_rulebook_is_kept_and_reads_as_a_fresh_load() {
        let (kept, fresh) = (
            Rulebook::shipped(),
            Rulebook::load_shipped_uncached().expect("loads"),
        );
        assert_eq!(kept.data, fresh.data);
        assert_eq!(kept.version_id, fresh.version_id);
        let mut lists = 0;
        for (k, f) in kept.rules().zip(fresh.rules()) {
            assert!(k.id().is_static() && !f.id().is_static(), "{}", k.id());
            assert!(k.shared_citations().is_static(), "{}", k.id());
            assert!(!f.shared_citations().is_static(), "{}", k.id());
            lists += 1;
        }
        assert_eq!(lists, fresh.rules().count());
        // the index finds every rule of the kept rulebook by its id
        for r in fresh.rules() {
            let found = kept.get(r.id().as_str()).map(|x| x.id().clone());
            assert_eq!(found.as_ref(), Some(r.id()));
        }
    }

    /// A rulebook kept with `into_static` is the same rulebook: same data, same version, each
    /// rule found by its id, its lists and ids kept.
    #[test]
    fn a_rulebook_kept_for_good_is_the_same_rulebook() {
        let fresh = Rulebook::load_shipped_uncached().expect("loads");
        let kept = fresh.clone().into_static();
        assert_eq!(kept.data, fresh.data);
        assert_eq!(kept.version_id(), fresh.version_id());
        for r in fresh.rules() {
            let k = kept.get(r.id().as_str()).expect("found by id");
            assert!(k.id().is_static() && k.shared_citations().is_static());
            assert_eq!(k.shared_citations(), r.shared_citations());
        }
    }
}
