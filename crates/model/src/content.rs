//! The widget's words, one file per language (`content/ko.toml`, `content/en.toml`).
//!
//! The build script deserializes and [`validate`]s both files with these types and bakes them into
//! the binary as Rust values (no TOML parser ships to the reader). A missing field fails the build
//! with serde's message (file, line, field); [`validate`] adds the checks serde cannot express.

use std::borrow::Cow;

use serde::Deserialize;

use crate::estimates::{Figure, FigureKey};
use crate::highlight::{AdvantageKey, RowKey};
use crate::picture::Picture;
use crate::player::LAST_STEP;
use crate::show::Show;
use crate::stack::LayerKind;

/// A text of the content, never empty: its `Deserialize` refuses a blank string, so toml itself
/// names the file, line and field of one, and a new field cannot be left out of the check.
/// Borrowed from the binary when baked in by `build.rs` (no allocation and no building code in the
/// wasm); read from a TOML file (the build script, the tests), it is leaked to live as long. A
/// plain `&str` rather than a `Cow`: every read of a text is then a load, not a branch (less
/// wasm: docs/bench.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(&'static str);

impl Text {
    /// A baked text (the build script writes these; `text` is never blank there).
    pub const fn baked(text: &'static str) -> Text {
        Text(text)
    }

    /// The text as a `Cow` (cheap: a baked text stays borrowed), for APIs that take one.
    pub fn to_cow(&self) -> Cow<'static, str> {
        Cow::Borrowed(self.0)
    }

    /// `text` if it is not blank.
    pub fn new(text: impl Into<Cow<'static, str>>) -> Option<Text> {
        let text = text.into();
        (!text.trim().is_empty()).then(|| Text(Box::leak(text.into_owned().into_boxed_str())))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        Text::new(String::deserialize(d)?).ok_or_else(|| {
            serde::de::Error::custom("is empty: every text of the widget needs words")
        })
    }
}

#[cfg(feature = "bake")]
impl databake::Bake for Text {
    fn bake(&self, env: &databake::CrateEnv) -> databake::TokenStream {
        env.insert("model");
        let text: &str = self.0;
        databake::quote! { model::content::Text::baked(#text) }
    }
}

#[cfg(feature = "bake")]
impl databake::BakeSize for Text {
    fn borrows_size(&self) -> usize {
        self.0.len()
    }
}
/// A list of the content, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// BCP 47 tag of this file's language (`ko`, `en`).
    pub lang: Text,
    /// The language's own name, on the language switch (`한국어`, `English`).
    pub name: Text,
    /// The widget's heading.
    pub title: Text,
    /// One or two sentences under the heading saying what the figure shows.
    pub description: Text,
    pub ui: Ui,
    pub shows: Shows,
    /// One entry per [`LayerKind`], each exactly once.
    pub layers: List<LayerText>,
    /// What the caption says at each build-up step: entry 0 before anything is shown, entry
    /// `LAST_STEP` for the finished stacks.
    pub steps: List<Text>,
    pub table: Table,
    pub advantages: Advantages,
    pub estimates: Estimates,
    pub pictures: Pictures,
    /// Shown with the isolation row: the steps between a shared kernel and a VM per container.
    pub isolation: Isolation,
    /// How the widget marks the post's own words.
    pub post: Post,
}

/// The post as the source of its quoted words.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Post {
    /// After a quoted sentence: `— 포스트`.
    pub quote_by: Text,
    /// Under the comparison table, whose rows are the post's.
    pub table_by: Text,
    /// Under the advantages, which are the post's.
    pub advantages_by: Text,
}

/// Words on controls and labels.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
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
    pub player: Text,
    pub step_back: Text,
    pub step_forward: Text,
    /// Label of the build-up scrubber.
    pub scrubber: Text,
    /// What the caption says when nothing is picked and the stacks are complete.
    pub hint: Text,
    /// Label of the button that clears the selection.
    pub clear: Text,
    /// The disclosure that holds the rest of an explanation, after its short answer.
    pub more: Text,
    /// Label of the language switch.
    pub language: Text,
    /// The picture switch's choice of the post's picture with a type 1 hypervisor (the post's
    /// own is `pictures.post`, type 2).
    pub type1: Text,
}

/// The words of the picks' shows (model::show): what each shows, above its path in words or its
/// bars, and the names the workloads show writes on the blocks.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Shows {
    pub io: Text,
    pub system_call: Text,
    pub kernel_bug: Text,
    pub workloads: Text,
    pub resources: Text,
    pub start_race: Text,
    pub image: Text,
    pub scale: Text,
    /// Under the scalability's lead, before each server's number (`서버 1`).
    pub server: Text,
    /// Written on the VMs' guest OS blocks in turn: systems that differ from one another. A
    /// zero-width space (`\u200B`) marks where a name may break in its block (~35 px inside at
    /// 320 px); the caption's path leaves it out. (Not a soft hyphen: Chrome draws one as a
    /// visible hyphen mid-line on a Korean page.)
    pub systems: List<Text>,
    /// Written on the containers' bins/libs in turn: userlands on one kernel (the same marks).
    pub userlands: List<Text>,
}

impl Shows {
    /// What `show` shows, in a sentence.
    pub fn lead(&self, show: Show) -> &Text {
        match show {
            Show::Io => &self.io,
            Show::SystemCall => &self.system_call,
            Show::KernelBug => &self.kernel_bug,
            Show::Workloads => &self.workloads,
            Show::Resources => &self.resources,
            Show::StartRace => &self.start_race,
            Show::Image => &self.image,
            Show::Scale => &self.scale,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct LayerText {
    pub kind: LayerKind,
    /// What the block says.
    pub label: Text,
    /// The short answer when the layer is picked: names the layer, says what it is
    /// ([`SHORT_LIMIT`]).
    pub short: Text,
    /// The rest of the widget's explanation, under "more" (after the short answer).
    pub more: Text,
    /// A sentence of the post about this layer, verbatim (`ko`) or translated (`en`); shown after
    /// the definition as a quote.
    #[serde(default)]
    pub quote: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub caption: Text,
    pub vm_heading: Text,
    pub container_heading: Text,
    pub rows: List<Row>,
}

/// One comparison row, worded exactly as the post words it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Which of the post's five rows (decides what it lights up in the diagram).
    pub key: RowKey,
    /// What the row compares (the row header): `가상화`.
    pub topic: Text,
    pub vm: Text,
    pub container: Text,
    /// The short answer when the row is picked: what the lit layers show ([`SHORT_LIMIT`]).
    pub short: Text,
    /// The rest of the explanation (papers, figures), under "more".
    pub more: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Advantages {
    pub title: Text,
    pub items: List<Advantage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Advantage {
    pub key: AdvantageKey,
    pub title: Text,
    pub text: Text,
    /// The short answer when the advantage is picked: why, in the diagram ([`SHORT_LIMIT`]).
    pub short: Text,
    /// The rest of the explanation, under "more".
    pub more: Text,
}

/// The picture switch and the nested pictures' words.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Pictures {
    /// Label of the picture switch.
    pub switch: Text,
    /// The switch's choice for the post's picture.
    pub post: Text,
    /// Each nested picture once, in the switch's order (`Picture::ALL`'s).
    pub nested: List<NestedPicture>,
}

impl Pictures {
    /// The words of a nested picture; `None` for the post's (the stack diagram draws it).
    pub fn nested(&self, picture: Picture) -> Option<&NestedPicture> {
        self.nested.iter().find(|n| n.picture == picture)
    }
}

/// A picture where both approaches are nested, as they are used together. Docker Desktop on
/// Windows: hardware → Hyper-V → [Windows in the root partition ‖ the WSL2 utility VM → Docker
/// engine → containers]. Containers in a cloud VM: the provider's hardware → hypervisor → an Ubuntu
/// VM → Docker engine → containers.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct NestedPicture {
    /// Which picture these are the words of (`wsl2`, `cloud-vm`: its name in the URL hash).
    pub picture: Picture,
    /// Its choice on the picture switch.
    pub choice: Text,
    pub title: Text,
    /// The short answer the caption panel gives while it is drawn ([`SHORT_LIMIT`]).
    pub short: Text,
    /// The rest, under "more".
    pub more: Text,
    pub hardware: Text,
    pub hypervisor: Text,
    /// The VM that runs the engine (its guest OS).
    pub vm: Text,
    pub engine: Text,
    /// Beside that VM, on the same hypervisor: the root partition (Windows with WSL2).
    #[serde(default)]
    pub root: Option<RootPartition>,
}

/// The root partition: the OS that owns the devices (it is no guest), and its apps.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct RootPartition {
    pub os: Text,
    pub apps: Text,
}

/// Isolation is a spectrum: from a shared kernel to a VM per container.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct Isolation {
    pub title: Text,
    /// From the thinnest wall to the thickest.
    pub levels: List<IsolationLevel>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
#[serde(deny_unknown_fields)]
pub struct IsolationLevel {
    /// The runtime (`runc`, `gVisor`, `Kata Containers · Firecracker`).
    pub name: Text,
    /// Where its boundary is.
    pub text: Text,
}

/// The estimates' words and figures.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::content))]
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
    /// What the figures assume (a full disk image per VM, shared image layers for containers).
    pub assumption: Text,
    /// One per [`FigureKey`], each with its source.
    pub figures: List<Figure>,
}

/// The most characters a short answer may have, by the language's `lang`: about two lines of the
/// caption on a 360 px phone. Languages not listed take the English limit.
pub const SHORT_LIMIT: [(&str, usize); 2] = [("ko", 120), ("en", 150)];

/// The limit of [`SHORT_LIMIT`] for language `lang`.
pub fn short_limit(lang: &str) -> usize {
    SHORT_LIMIT
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(SHORT_LIMIT[1].1, |&(_, n)| n)
}

/// Every short answer with its field (`table.rows[3].short`).
pub fn shorts(c: &Content) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (i, l) in c.layers.iter().enumerate() {
        out.push((format!("layers[{i}].short"), &l.short));
    }
    for (i, r) in c.table.rows.iter().enumerate() {
        out.push((format!("table.rows[{i}].short"), &r.short));
    }
    for (i, a) in c.advantages.items.iter().enumerate() {
        out.push((format!("advantages.items[{i}].short"), &a.short));
    }
    for (i, n) in c.pictures.nested.iter().enumerate() {
        out.push((format!("pictures.nested[{i}].short"), &n.short));
    }
    // A show's lead stands above its path or bars, beside the short answer: as short.
    let s = &c.shows;
    for (field, lead) in [
        ("io", &s.io),
        ("system_call", &s.system_call),
        ("kernel_bug", &s.kernel_bug),
        ("workloads", &s.workloads),
        ("resources", &s.resources),
        ("start_race", &s.start_race),
        ("image", &s.image),
        ("scale", &s.scale),
    ] {
        out.push((format!("shows.{field}"), lead));
    }
    out
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
    /// The label of one layer kind. Validated content has every kind, so this never falls back in
    /// practice; if it did, the reader would see the kind's slug rather than a blank block.
    pub fn layer_label(&self, kind: LayerKind) -> &str {
        self.layers
            .iter()
            .find(|l| l.kind == kind)
            .map_or(kind.slug(), |l| &*l.label)
    }

    /// The caption for a build-up step (clamped to the last).
    pub fn step(&self, step: u8) -> &str {
        let i = usize::from(step.min(LAST_STEP));
        self.steps.get(i).map_or("", |s| s)
    }
}

/// Everything serde cannot check: counts, every layer kind once, keys in the post's order
/// (a blank text is refused by [`Text`]'s own `Deserialize`).
pub fn validate(c: &Content) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut err = |field: String, problem: &str| {
        errors.push(ContentError {
            field,
            problem: problem.to_string(),
        })
    };
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
    let nested: Vec<Picture> = c.pictures.nested.iter().map(|n| n.picture).collect();
    let want: Vec<Picture> = Picture::ALL.into_iter().filter(|p| p.is_nested()).collect();
    if nested != want {
        let names: Vec<&str> = want.iter().map(|p| p.slug()).collect();
        err(
            "pictures.nested[].picture".into(),
            &format!(
                "must be {} (each nested picture once, in this order; the post's is the diagram's)",
                names.join(", ")
            ),
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
            [f] if f.unit != key.unit() => err(
                field,
                &format!(
                    "is a {}: its unit is \"{}\"",
                    key.measures(),
                    key.unit().slug()
                ),
            ),
            [_] => {}
            _ => err(field, "appears more than once"),
        }
    }
    let limit = short_limit(&c.lang);
    for (field, text) in shorts(c) {
        let n = text.chars().count();
        if n > limit {
            err(
                field,
                &format!(
                    "is {n} characters; a short answer has at most {limit} (about two lines on a phone): move the rest to the text under \"more\""
                ),
            );
        }
    }
    if c.isolation.levels.len() < 2 {
        err(
            "isolation.levels".into(),
            "needs at least two levels (a spectrum from a shared kernel to a VM boundary)",
        );
    }
    if c.shows.systems.is_empty() || c.shows.userlands.is_empty() {
        err(
            "shows.systems, shows.userlands".into(),
            "need at least one name each (written on the blocks by the workloads show)",
        );
    }
    let want_steps = usize::from(LAST_STEP) + 1;
    if c.steps.len() != want_steps {
        err(
            "steps".into(),
            &format!(
                "has {} captions; needs {want_steps} (nothing shown, then one per step)",
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
            .map(|f| (f.key, f.value, f.unit, f.approximate))
            .collect::<Vec<_>>()
    };
    if figures(a) != figures(b) {
        out.push("estimates.figures: the values differ between languages".into());
    }
    let quotes = |c: &Content| {
        c.layers
            .iter()
            .map(|l| l.quote.is_some())
            .collect::<Vec<_>>()
    };
    if quotes(a) != quotes(b) {
        out.push("layers[].quote: quoted in one language, not in the other".into());
    }
    let counts = [
        ("steps", a.steps.len(), b.steps.len()),
        (
            "isolation.levels",
            a.isolation.levels.len(),
            b.isolation.levels.len(),
        ),
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
