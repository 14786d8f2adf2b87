//! The widget's words, one file per language (`content/ko.toml`, `content/en.toml`).
//!
//! The build script deserializes and [`validate`]s both files with these types and bakes them into
//! the binary as Rust values (no TOML parser ships to the reader). A missing field fails the build
//! with serde's message (file, line, field); [`validate`] adds the checks serde cannot express.

use serde::{Deserialize, Serialize};

use crate::model::estimates::{Figure, FigureKey};
use crate::model::highlight::{AdvantageKey, RowKey};
use crate::model::stack::LayerKind;
use crate::model::timeline::LAST_LEVEL;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// BCP 47 tag of this file's language (`ko`, `en`).
    pub lang: String,
    /// The widget's heading.
    pub title: String,
    /// One or two sentences under the heading saying what the figure shows.
    pub description: String,
    pub ui: Ui,
    /// One entry per [`LayerKind`], each exactly once.
    pub layers: Vec<LayerText>,
    /// What the caption says at each build-up level: entry 0 before anything is shown, entry
    /// `LAST_LEVEL` for the finished stacks.
    pub steps: Vec<String>,
    pub table: Table,
    pub advantages: Advantages,
    pub estimates: Estimates,
    pub author: Author,
}

/// Words on controls and labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub vm: String,
    pub container: String,
    /// Name of one VM, followed by its number (`VM 1`).
    pub vm_unit: String,
    /// Name of one container, followed by its number (`컨테이너 1`).
    pub container_unit: String,
    pub play: String,
    pub pause: String,
    pub replay: String,
    /// Before the step number: `단계` → `단계 3 / 6`.
    pub step: String,
    /// Label of the group of player buttons.
    pub controls: String,
    pub step_back: String,
    pub step_forward: String,
    /// Label of the build-up scrubber.
    pub scrubber: String,
    /// What the caption says when nothing is picked and the stacks are complete.
    pub hint: String,
    /// Label of the button that clears the selection.
    pub clear: String,
    /// Said of a picked layer, row or advantage (besides its marking).
    pub selected: String,
    /// Label of the language switch.
    pub language: String,
    /// Label of the hypervisor type switch, and its two choices.
    pub hypervisor: String,
    pub type1: String,
    pub type2: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayerText {
    pub kind: LayerKind,
    /// What the block says.
    pub label: String,
    /// One or two sentences from the post about this layer.
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub caption: String,
    pub vm_heading: String,
    pub container_heading: String,
    pub rows: Vec<Row>,
}

/// One comparison row, worded exactly as the post words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Which of the post's five rows (decides what it lights up in the diagram).
    pub key: RowKey,
    /// What the row compares (the row header): `가상화`.
    pub topic: String,
    pub vm: String,
    pub container: String,
    /// What the caption says when the row is picked: what the lit layers show.
    pub explain: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advantages {
    pub title: String,
    pub items: Vec<Advantage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advantage {
    pub key: AdvantageKey,
    pub title: String,
    pub text: String,
    /// What the caption says when the advantage is picked: why, in the diagram.
    pub why: String,
}

/// The preset drawing the post author's own machine: hardware → Hyper-V → [Windows ‖ WSL2 Linux
/// VM → Docker engine → containers].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Label of the picture switch and its two choices.
    pub switch: String,
    pub post: String,
    pub machine: String,
    pub title: String,
    pub caption: String,
    pub hardware: String,
    pub hypervisor: String,
    pub windows: String,
    pub windows_apps: String,
    pub linux: String,
    pub engine: String,
    pub container: String,
}

/// The scale explorer's words and figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimates {
    pub title: String,
    /// Label of the app-count control.
    pub apps: String,
    pub memory: String,
    pub disk: String,
    /// Start time, per VM / container.
    pub start: String,
    /// Mark of a typical, approximate value.
    pub approximate: String,
    /// Heading of the sources list.
    pub sources: String,
    /// One per [`FigureKey`], each with its source.
    pub figures: Vec<Figure>,
}

/// How many comparison rows and advantages the post has.
pub const ROWS: usize = 5;
pub const ADVANTAGES: usize = 4;

/// A content problem, naming the field (`layers[2].label`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl Content {
    /// The text of one layer kind. Validated content has every kind, so this never falls back in
    /// practice; if it did, the reader would see the kind's slug rather than a blank block.
    pub fn layer(&self, kind: LayerKind) -> (&str, &str) {
        self.layers
            .iter()
            .find(|l| l.kind == kind)
            .map(|l| (l.label.as_str(), l.detail.as_str()))
            .unwrap_or((kind.slug(), ""))
    }

    /// The caption for a build-up level (clamped to the last).
    pub fn step(&self, level: u8) -> &str {
        let i = usize::from(level.min(LAST_LEVEL));
        self.steps.get(i).map(String::as_str).unwrap_or("")
    }
}

/// Everything serde cannot check: counts, every layer kind once, no empty text.
pub fn validate(c: &Content) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut err = |field: String, problem: &str| {
        errors.push(ContentError {
            field,
            problem: problem.to_string(),
        })
    };
    let mut texts: Vec<(String, &str)> = vec![
        ("lang".into(), &c.lang),
        ("title".into(), &c.title),
        ("description".into(), &c.description),
        ("ui.vm".into(), &c.ui.vm),
        ("ui.container".into(), &c.ui.container),
        ("ui.vm_unit".into(), &c.ui.vm_unit),
        ("ui.container_unit".into(), &c.ui.container_unit),
        ("ui.play".into(), &c.ui.play),
        ("ui.pause".into(), &c.ui.pause),
        ("ui.replay".into(), &c.ui.replay),
        ("ui.step".into(), &c.ui.step),
        ("ui.controls".into(), &c.ui.controls),
        ("ui.step_back".into(), &c.ui.step_back),
        ("ui.step_forward".into(), &c.ui.step_forward),
        ("ui.scrubber".into(), &c.ui.scrubber),
        ("ui.hint".into(), &c.ui.hint),
        ("ui.clear".into(), &c.ui.clear),
        ("ui.selected".into(), &c.ui.selected),
        ("ui.language".into(), &c.ui.language),
        ("ui.hypervisor".into(), &c.ui.hypervisor),
        ("ui.type1".into(), &c.ui.type1),
        ("ui.type2".into(), &c.ui.type2),
        ("estimates.title".into(), &c.estimates.title),
        ("estimates.apps".into(), &c.estimates.apps),
        ("estimates.memory".into(), &c.estimates.memory),
        ("estimates.disk".into(), &c.estimates.disk),
        ("estimates.start".into(), &c.estimates.start),
        ("estimates.approximate".into(), &c.estimates.approximate),
        ("estimates.sources".into(), &c.estimates.sources),
        ("author.switch".into(), &c.author.switch),
        ("author.post".into(), &c.author.post),
        ("author.machine".into(), &c.author.machine),
        ("author.title".into(), &c.author.title),
        ("author.caption".into(), &c.author.caption),
        ("author.hardware".into(), &c.author.hardware),
        ("author.hypervisor".into(), &c.author.hypervisor),
        ("author.windows".into(), &c.author.windows),
        ("author.windows_apps".into(), &c.author.windows_apps),
        ("author.linux".into(), &c.author.linux),
        ("author.engine".into(), &c.author.engine),
        ("author.container".into(), &c.author.container),
        ("table.caption".into(), &c.table.caption),
        ("table.vm_heading".into(), &c.table.vm_heading),
        ("table.container_heading".into(), &c.table.container_heading),
        ("advantages.title".into(), &c.advantages.title),
    ];
    for (i, l) in c.layers.iter().enumerate() {
        texts.push((format!("layers[{i}].label"), &l.label));
        texts.push((format!("layers[{i}].detail"), &l.detail));
    }
    for (i, s) in c.steps.iter().enumerate() {
        texts.push((format!("steps[{i}]"), s));
    }
    for (i, r) in c.table.rows.iter().enumerate() {
        texts.push((format!("table.rows[{i}].topic"), &r.topic));
        texts.push((format!("table.rows[{i}].vm"), &r.vm));
        texts.push((format!("table.rows[{i}].container"), &r.container));
        texts.push((format!("table.rows[{i}].explain"), &r.explain));
    }
    for (i, a) in c.advantages.items.iter().enumerate() {
        texts.push((format!("advantages.items[{i}].title"), &a.title));
        texts.push((format!("advantages.items[{i}].text"), &a.text));
        texts.push((format!("advantages.items[{i}].why"), &a.why));
    }
    for (i, f) in c.estimates.figures.iter().enumerate() {
        texts.push((format!("estimates.figures[{i}].label"), &f.label));
        texts.push((format!("estimates.figures[{i}].source"), &f.source));
    }
    for (field, text) in texts {
        if text.trim().is_empty() {
            err(field, "is empty");
        }
    }
    for kind in LayerKind::ALL {
        let n = c.layers.iter().filter(|l| l.kind == kind).count();
        if n != 1 {
            let problem = if n == 0 {
                "is missing"
            } else {
                "appears more than once"
            };
            err(format!("layers (kind = \"{}\")", kind_name(kind)), problem);
        }
    }
    let rows: Vec<RowKey> = c.table.rows.iter().map(|r| r.key).collect();
    if c.table.rows.len() == ROWS && rows != RowKey::ALL {
        err(
            "table.rows[].key".into(),
            &format!("must be {:?} in this order", RowKey::ALL),
        );
    }
    let advantages: Vec<AdvantageKey> = c.advantages.items.iter().map(|a| a.key).collect();
    if c.advantages.items.len() == ADVANTAGES && advantages != AdvantageKey::ALL {
        err(
            "advantages.items[].key".into(),
            &format!("must be {:?} in this order", AdvantageKey::ALL),
        );
    }
    for key in FigureKey::ALL {
        let found: Vec<&Figure> = c
            .estimates
            .figures
            .iter()
            .filter(|f| f.key == key)
            .collect();
        let field = format!("estimates.figures (key = {key:?})");
        match found.as_slice() {
            [] => err(field, "is missing"),
            [f] if f.value == 0 => err(field, "needs a value above 0"),
            [_] => {}
            _ => err(field, "appears more than once"),
        }
    }
    let want_steps = usize::from(LAST_LEVEL) + 1;
    if c.steps.len() != want_steps {
        err(
            "steps".into(),
            &format!(
                "has {} captions; needs {want_steps} (nothing shown, then one per level)",
                c.steps.len()
            ),
        );
    }
    if c.table.rows.len() != ROWS {
        err(
            "table.rows".into(),
            &format!("has {} rows; the post has {ROWS}", c.table.rows.len()),
        );
    }
    if c.advantages.items.len() != ADVANTAGES {
        err(
            "advantages.items".into(),
            &format!(
                "has {} items; the post has {ADVANTAGES}",
                c.advantages.items.len()
            ),
        );
    }
    errors
}

/// The name a kind has in the content files (`host_os`).
pub fn kind_name(kind: LayerKind) -> String {
    kind.slug().replace('-', "_")
}

/// The fields two language files must agree on: the same layer kinds in the same order and the
/// same number of steps, rows and advantages.
pub fn shape_differences(a: &Content, b: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let kinds = |c: &Content| c.layers.iter().map(|l| l.kind).collect::<Vec<_>>();
    if kinds(a) != kinds(b) {
        out.push(format!("layers: {:?} vs {:?}", kinds(a), kinds(b)));
    }
    // The numbers are the same in every language; only their words differ.
    let figures = |c: &Content| {
        c.estimates
            .figures
            .iter()
            .map(|f| (f.key, f.value, f.approximate))
            .collect::<Vec<_>>()
    };
    if figures(a) != figures(b) {
        out.push("estimates.figures: the values differ between languages".into());
    }
    let counts = [
        ("steps", a.steps.len(), b.steps.len()),
        ("table.rows", a.table.rows.len(), b.table.rows.len()),
        (
            "advantages.items",
            a.advantages.items.len(),
            b.advantages.items.len(),
        ),
    ];
    for (field, x, y) in counts {
        if x != y {
            out.push(format!("{field}: {x} vs {y}"));
        }
    }
    out
}
