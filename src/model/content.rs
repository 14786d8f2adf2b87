//! The widget's words, one file per language (`content/ko.toml`, `content/en.toml`).
//!
//! The build script deserializes and [`validate`]s both files with these types and bakes them into
//! the binary as Rust values (no TOML parser ships to the reader). A missing field fails the build
//! with serde's message (file, line, field); [`validate`] adds the checks serde cannot express.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::model::estimates::{Figure, FigureKey};
use crate::model::highlight::{AdvantageKey, RowKey};
use crate::model::stack::LayerKind;
use crate::model::timeline::LAST_LEVEL;

/// A text of the content: borrowed from the binary when baked in by `build.rs` (no allocation
/// and no building code in the wasm), owned when read from a TOML file.
pub type Text = Cow<'static, str>;
/// A list of the content, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// BCP 47 tag of this file's language (`ko`, `en`).
    pub lang: Text,
    /// The widget's heading.
    pub title: Text,
    /// One or two sentences under the heading saying what the figure shows.
    pub description: Text,
    pub ui: Ui,
    /// One entry per [`LayerKind`], each exactly once.
    pub layers: List<LayerText>,
    /// What the caption says at each build-up level: entry 0 before anything is shown, entry
    /// `LAST_LEVEL` for the finished stacks.
    pub steps: List<Text>,
    pub table: Table,
    pub advantages: Advantages,
    pub estimates: Estimates,
    pub author: Author,
}

/// Words on controls and labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub vm: Text,
    pub container: Text,
    /// Name of one VM, followed by its number (`VM 1`).
    pub vm_unit: Text,
    /// Name of one container, followed by its number (`컨테이너 1`).
    pub container_unit: Text,
    pub play: Text,
    pub pause: Text,
    pub replay: Text,
    /// Before the step number: `단계` → `단계 3 / 6`.
    pub step: Text,
    /// Label of the group of player buttons.
    pub controls: Text,
    pub step_back: Text,
    pub step_forward: Text,
    /// Label of the build-up scrubber.
    pub scrubber: Text,
    /// What the caption says when nothing is picked and the stacks are complete.
    pub hint: Text,
    /// Label of the button that clears the selection.
    pub clear: Text,
    /// Label of the language switch.
    pub language: Text,
    /// Label of the hypervisor type switch, and its two choices.
    pub hypervisor: Text,
    pub type1: Text,
    pub type2: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayerText {
    pub kind: LayerKind,
    /// What the block says.
    pub label: Text,
    /// One or two sentences from the post about this layer.
    pub detail: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub caption: Text,
    pub vm_heading: Text,
    pub container_heading: Text,
    pub rows: List<Row>,
}

/// One comparison row, worded exactly as the post words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Which of the post's five rows (decides what it lights up in the diagram).
    pub key: RowKey,
    /// What the row compares (the row header): `가상화`.
    pub topic: Text,
    pub vm: Text,
    pub container: Text,
    /// What the caption says when the row is picked: what the lit layers show.
    pub explain: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advantages {
    pub title: Text,
    pub items: List<Advantage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advantage {
    pub key: AdvantageKey,
    pub title: Text,
    pub text: Text,
    /// What the caption says when the advantage is picked: why, in the diagram.
    pub why: Text,
}

/// The preset drawing the post author's own machine: hardware → Hyper-V → [Windows ‖ WSL2 Linux
/// VM → Docker engine → containers].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Label of the picture switch and its two choices.
    pub switch: Text,
    pub post: Text,
    pub machine: Text,
    pub title: Text,
    pub caption: Text,
    pub hardware: Text,
    pub hypervisor: Text,
    pub windows: Text,
    pub windows_apps: Text,
    pub linux: Text,
    pub engine: Text,
    pub container: Text,
}

/// The scale explorer's words and figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimates {
    pub title: Text,
    /// Label of the app-count control.
    pub apps: Text,
    pub memory: Text,
    pub disk: Text,
    /// Start time, per VM / container.
    pub start: Text,
    /// Mark of a typical, approximate value.
    pub approximate: Text,
    /// Heading of the sources list.
    pub sources: Text,
    /// One per [`FigureKey`], each with its source.
    pub figures: List<Figure>,
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
            .map(|l| (&*l.label, &*l.detail))
            .unwrap_or((kind.slug(), ""))
    }

    /// The caption for a build-up level (clamped to the last).
    pub fn step(&self, level: u8) -> &str {
        let i = usize::from(level.min(LAST_LEVEL));
        self.steps.get(i).map_or("", |s| s)
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
