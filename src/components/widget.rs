//! The root: owns the player state and hands props down.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::advantages::Advantages;
use crate::components::caption::Caption;
use crate::components::comparison_table::ComparisonTable;
use crate::components::controls::Controls;
use crate::components::stack_diagram::StackDiagram;
use crate::model::builtin;
use crate::model::config::Config;
use crate::model::timeline::{Action, Player, STEP_MS};

#[derive(Properties, PartialEq, Clone, Copy)]
pub struct WidgetProps {
    pub config: Config,
    /// The reader asked for reduced motion: start finished, never animate.
    #[prop_or_default]
    pub reduced_motion: bool,
    /// Rendered ahead of time as the no-JavaScript fallback: the controls keep their place but
    /// are hidden.
    #[prop_or_default]
    pub is_static: bool,
}

/// The player as yew state.
#[derive(PartialEq)]
struct PlayerState(Player);

impl Reducible for PlayerState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(PlayerState(self.0.apply(action)))
    }
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.config.lang;
    let content = use_memo(lang, |&lang| builtin::content(lang));
    let (autoplay, reduced) = (props.config.autoplay, props.reduced_motion);
    let player = use_reducer(move || PlayerState(Player::new(autoplay, reduced)));
    let p = player.0;

    {
        let dispatch = player.dispatcher();
        use_effect_with(p, move |p| {
            let timer = p
                .playing
                .then(|| Timeout::new(STEP_MS, move || dispatch.dispatch(Action::Tick)));
            move || drop(timer)
        });
    }

    let on_action = {
        let dispatch = player.dispatcher();
        Callback::from(move |a: Action| dispatch.dispatch(a))
    };
    let class = classes!(
        "cvm",
        reduced.then_some("cvm--still"),
        props.is_static.then_some("cvm--static")
    );
    html! {
        <section {class} lang={lang.code()} aria-label={content.title.clone()}>
            <h3 class="cvm-title">{ &content.title }</h3>
            <p class="cvm-description">{ &content.description }</p>
            <StackDiagram content={Rc::clone(&content)} level={p.level} />
            <Caption steps={content.steps.clone()} current={p.level} />
            <Controls ui={content.ui.clone()} player={p} {on_action} />
            <ComparisonTable table={content.table.clone()} />
            <Advantages advantages={content.advantages.clone()} />
        </section>
    }
}
