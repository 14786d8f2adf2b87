//! The root: owns the view (player, selection, apps, hypervisor type, language) and hands props
//! down; every child reports what the reader did as a [`Msg`].

use yew::prelude::*;

use crate::components::{class_list, ContentRef, PickProps};

use crate::baked;
use crate::components::advantages::advantages;
use crate::components::caption::{caption, CaptionProps};
use crate::components::comparison_table::comparison_table;
use crate::components::estimates::{estimates, EstimatesProps};
use crate::components::player::{player, PlayerProps};
use crate::components::segmented_switch::{segmented_switch, Choice, SegmentedSwitchProps};
use crate::components::stack_diagram::{stack_diagram, StackDiagramProps};
use model::config::Config;
use model::content::Content;
use model::hash::Permalink;
use model::lang::Lang;
use model::parts::Part;
use model::picture::Picture;
use model::player::{Action, Motion, Player, STEP_MS};
use model::show::Show;
use model::stack::HypervisorType;
use model::view::{Msg, View};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub config: Config,
    /// The reader asked for reduced motion: start finished, never animate.
    #[prop_or_default]
    pub reduced_motion: bool,
    /// Rendered ahead of time as the no-JavaScript fallback: the controls keep their place but
    /// are hidden.
    #[prop_or_default]
    pub is_static: bool,
    /// What the URL hash asked for when the widget mounted.
    #[prop_or_default]
    pub initial: Permalink,
    /// This widget's key in the URL hash; `None` leaves the URL alone.
    #[prop_or_default]
    pub hash_key: Option<String>,
    /// Debug builds only (`data-cvm-debug-panic`): panic on the first click, to test that the
    /// panic hook brings the static fallback back.
    #[prop_or_default]
    pub debug_panic: bool,
}

impl WidgetProps {
    /// A live widget: `initial` is what the URL hash asked for, `hash_key` this widget's key in it
    /// (`None` leaves the URL alone).
    pub fn live(
        config: Config,
        reduced_motion: bool,
        initial: Permalink,
        hash_key: Option<String>,
    ) -> Self {
        WidgetProps {
            config,
            reduced_motion,
            is_static: false,
            initial,
            hash_key,
            debug_panic: false,
        }
    }

    /// The static fallback: the finished stacks, no autoplay, the controls hidden.
    pub fn fallback(config: Config) -> Self {
        WidgetProps {
            config: Config {
                autoplay: false,
                ..config
            },
            reduced_motion: true,
            is_static: true,
            initial: Permalink::default(),
            hash_key: None,
            debug_panic: false,
        }
    }
}

/// The root. A struct component, not a function one with hooks (yew's hook machinery weighed
/// 2.9 KB gzip in the wasm, 2026-12-07): its state is the view, a message applies to it as the
/// reducer did, and its effects run in `rendered`, in this order, as the hooks' did: the
/// stacks' sighting (once, after the first render), the URL hash (when the permalink changed;
/// the first render writes nothing), the build-up's clock (when the player changed) and the
/// words (when the pick changed). In `rendered` the view is the one just drawn: yew runs an
/// update queued meanwhile (the sighting's first check may queue one) only after.
///
/// Show, then tell: a pick draws its show on the stacks in the tap's own task, and the panels
/// tell it in a task of their own right after (`told`; before the next frame on a fast device).
/// Laying out the new words in the tap's task made it a long task on a phone (scripts/bench).
/// Once told, a new pick is brought into sight with its words (`dom::reveal`). A message is
/// `Some(msg)` from the reader or the clock, `None` to tell the pick.
pub struct Widget {
    view: View,
    /// The pick the panels' words are about, and the pending task that tells the new one.
    told: Option<model::highlight::Pick>,
    tell: Option<gloo::timers::callback::Timeout>,
    root: NodeRef,
    /// The permalink the URL hash was last kept in sync with (the first render writes nothing).
    permalink: Permalink,
    /// The player the clock last started from, and its pending tick (dropped: cancelled).
    player: Player,
    timer: Option<gloo::timers::callback::Timeout>,
}

impl Component for Widget {
    type Message = Option<Msg>;
    type Properties = WidgetProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let (config, reduced) = (props.config, props.reduced_motion);
        // Without the diagram there is nothing to build up.
        let autoplay = config.autoplay && config.parts.shows(Part::Diagram);
        let start = View::new(config.lang, Player::new(Motion { autoplay, reduced }));
        let view = start.restored(&props.initial);
        Widget {
            view,
            told: view.pick,
            tell: None,
            root: NodeRef::default(),
            permalink: view.permalink(),
            player: view.player,
            timer: None,
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, msg: Option<Msg>) -> bool {
        match msg {
            Some(msg) => self.view = self.view.apply(msg),
            None => self.told = self.view.pick,
        }
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        let view = self.view;
        // The render that told a new pick: bring it into sight (not a pick let go, not the first
        // render: the loader's `after_render` brings a pick restored from the URL).
        if self.tell.is_some() && view.pick.is_some() && view.pick == self.told {
            if let Some(root) = self.root.cast::<web_sys::Element>() {
                crate::dom::reveal(root);
            }
        }
        if first_render {
            let link = ctx.link().clone();
            crate::dom::watch_stacks(self.root.get(), move || {
                link.send_message(Some(Msg::Player(Action::InView)))
            });
        }
        let permalink = view.permalink();
        if permalink != self.permalink {
            self.permalink = permalink;
            if let Some(key) = &ctx.props().hash_key {
                crate::dom::write_hash(key, &permalink);
            }
        }
        if first_render || view.player != self.player {
            self.player = view.player;
            // A pause, a seek or the widget going cancels the pending tick.
            self.timer = None;
            if view.player.playing {
                let link = ctx.link().clone();
                self.timer = Some(gloo::timers::callback::Timeout::new(STEP_MS, move || {
                    link.send_message(Some(Msg::Player(Action::Tick)))
                }));
            }
        }
        if view.pick == self.told {
            self.tell = None;
        } else if self.tell.is_none() {
            let link = ctx.link().clone();
            self.tell = Some(gloo::timers::callback::Timeout::new(0, move || {
                link.send_message(None)
            }));
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let (config, reduced) = (props.config, props.reduced_motion);
        let shows = |part| config.parts.shows(part);
        let view = self.view;
        // What the panels tell: the pick told so far, in today's view.
        let told = View {
            pick: self.told,
            ..view
        };
        let content = ContentRef(baked::content(view.lang));
        let root = self.root.clone();
        let on_msg = {
            let link = ctx.link().clone();
            let debug_panic = props.debug_panic;
            Callback::from(move |m: Msg| {
                if debug_panic {
                    panic!("forced by data-cvm-debug-panic");
                }
                link.send_message(Some(m))
            })
        };
        let onkeydown = {
            let on_msg = on_msg.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Escape" {
                    crate::dom::refocus_before_clear(&e);
                    on_msg.emit(Msg::Clear);
                }
            })
        };
        let class = class_list(
            "cvm",
            &[
                ("cvm--still", reduced),
                ("cvm--static", props.is_static),
                ("cvm--picked", view.dims()),
                ("cvm--nested", view.picture.is_nested()),
                ("cvm--show", Show::of(view.pick).is_some()),
            ],
        );
        // The table and the advantages: what the reader picks from, and, in a box without the
        // diagram, the panel that explains the pick right under it (nothing lights up out of sight).
        let picks = PickProps {
            content,
            pick: view.pick,
            is_static: props.is_static,
            on_msg: on_msg.clone(),
        };
        let explained_here = |explains| {
            if shows(Part::Diagram) {
                Html::default()
            } else {
                caption(&CaptionProps {
                    content,
                    view: told,
                    explains,
                    on_msg: on_msg.clone(),
                })
            }
        };
        html! {
            <section CLASS={class} lang={view.lang.slug()} aria-label={content.title.to_cow()} ref={root} {onkeydown}>
                <div class="cvm-head">
                    <h3 class="cvm-title">{ &*content.0.title }</h3>
                    { segmented_switch(&SegmentedSwitchProps { label: &content.0.ui.language,
                        class: "cvm-language", choices: language_choices(view.lang), on_msg: on_msg.clone() }) }
                </div>
                <p class="cvm-description">{ &*content.0.description }</p>
                if shows(Part::Diagram) {
                    <div class="cvm-part cvm-part--diagram">
                    { segmented_switch(&SegmentedSwitchProps { label: &content.0.pictures.switch,
                        class: "cvm-picture", choices: picture_choices(content.0, view), on_msg: on_msg.clone() }) }
                    { stack_diagram(&StackDiagramProps { content, view, is_static: props.is_static, on_msg: on_msg.clone() }) }
                    { caption(&CaptionProps { content, view: told, explains: Part::Diagram, on_msg: on_msg.clone() }) }
                    { player(&PlayerProps { content, player: view.player, on_msg: on_msg.clone() }) }
                    </div>
                }
                if shows(Part::Table) {
                    <div class="cvm-part cvm-part--table">
                    { comparison_table(&picks) }{ explained_here(Part::Table) }
                    </div>
                }
                if shows(Part::Advantages) {
                    <div class="cvm-part cvm-part--advantages">
                    { advantages(&picks) }{ explained_here(Part::Advantages) }
                    </div>
                }
                if shows(Part::Estimates) {
                    <div class="cvm-part cvm-part--estimates">
                    { estimates(&EstimatesProps { content, apps: view.apps, on_msg }) }
                    </div>
                }
            </section>
        }
    }
}

fn choice(label: &'static str, msg: Msg, value: &'static str, pressed: bool) -> Choice {
    Choice {
        label,
        msg,
        value,
        pressed,
        lang: None,
    }
}

/// 한국어 / English: each language by its own name (its content file's `name`), in its language.
fn language_choices(current: Lang) -> Vec<Choice> {
    Lang::ALL
        .iter()
        .map(|&l| Choice {
            lang: Some(l.slug()),
            ..choice(
                &baked::content(l).name,
                Msg::Lang(l),
                l.slug(),
                l == current,
            )
        })
        .collect()
}

/// The pictures, in one row: the post's with a type 2 hypervisor (on a host OS, as the post
/// draws it), the post's with a type 1 (on the hardware, as Docker's own figure draws it), and the
/// two nested ones. One switch instead of a picture switch and a hypervisor switch: a row less
/// above the stacks on a phone.
fn picture_choices(c: &'static Content, view: View) -> Vec<Choice> {
    let p = &c.pictures;
    // A hypervisor type draws the post's picture with it (`Msg::Hypervisor`).
    let on_post = view.picture == Picture::Post;
    let post_with = |label, value, h| {
        choice(
            label,
            Msg::Hypervisor(h),
            value,
            on_post && view.hypervisor == h,
        )
    };
    let mut choices = vec![
        post_with(&*p.post, Picture::Post.slug(), HypervisorType::Type2),
        post_with(&*c.ui.type1, "type-1", HypervisorType::Type1),
    ];
    for n in p.nested.iter() {
        choices.push(choice(
            &n.choice,
            Msg::Picture(n.picture),
            n.picture.slug(),
            view.picture == n.picture,
        ));
    }
    choices
}
