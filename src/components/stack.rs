//! One stack: its name, the shared layers at the bottom and one outlined column per app above.

use yew::prelude::*;

use crate::components::{class_list, ContentRef};

use crate::components::layer::{layer, LayerProps};
use model::diagram::{self, BlockId};
use model::highlight::boundaries_lit;
use model::show::Show;
use model::stack::{self, LayerKind, StackKind};
use model::view::{Msg, View};

pub struct StackProps {
    pub content: ContentRef,
    pub stack: stack::Stack,
    pub view: View,
    pub is_static: bool,
    pub on_msg: Callback<Msg>,
}

pub fn stack(props: &StackProps) -> Html {
    let StackProps {
        content,
        stack,
        view,
        is_static,
        on_msg,
    } = props;
    let ui = &content.0.ui;
    let (name, unit) = match stack.kind {
        StackKind::Vm => (&ui.vm, &ui.vm_unit),
        StackKind::Container => (&ui.container, &ui.container_unit),
    };
    let tab_stop = view.tab_stop();
    // The pick's show: the blocks its marker reaches, step by step, where it rests, the names it
    // writes on them.
    let show = Show::of(view.pick);
    let reach = show.map_or_else(Vec::new, |s| s.reach(stack));
    let hop = |id| show?.hop(&reach, id);
    let shows = &content.0.shows;
    let block = |kind: LayerKind, app: Option<u8>| {
        let id = BlockId {
            stack: stack.kind,
            kind,
            app,
        };
        let label = content.0.layer_label(kind);
        // Apps are told apart by number; the other per-app layers are copies of one another.
        let name = show.and_then(|s| s.name(id, &shows.systems, &shows.userlands));
        let label = match (name, app) {
            (Some(name), _) => AttrValue::Static(name),
            (_, Some(g)) if kind == LayerKind::App => AttrValue::from(format!("{label} {}", g + 1)),
            _ => AttrValue::Static(label),
        };
        html! {
            { layer(&LayerProps { id, label, shown: view.draws(id), pick: view.pick,
                tab_stop: id == tab_stop, hop: hop(id), named: name.is_some(), is_static: *is_static, on_msg: on_msg.clone() }) }
        }
    };
    let shared = stack.shared.iter().map(|&k| block(k, None));
    // A app none of whose blocks is built yet would be read as an empty list.
    let column_hidden = (!stack.per_app.iter().any(|&k| view.player.shows(k))).then_some("true");
    let apps = (0..stack.apps).map(|g| {
        let label = format!("{unit} {}", g + 1);
        html! {
            <li class="cvm-column" aria-hidden={column_hidden}>
                <ul class="cvm-layers" aria-label={label}>
                    { for stack.per_app.iter().map(|&k| block(k, Some(g))) }
                </ul>
            </li>
        }
    });
    let class = class_list(
        format!("cvm-stack cvm-stack--{}", stack.kind.slug()),
        &[("cvm-stack--bounded", boundaries_lit(view.pick, stack.kind))],
    );
    html! {
        <div CLASS={class} role="group" aria-label={&**name}>
            <h4 class="cvm-stack-name">{ &**name }</h4>
            // Keyed by the replays: a replayed show is drawn anew, and its CSS runs again.
            <div class="cvm-stack-body" key={view.replays}>
                <ul class="cvm-layers cvm-shared">{ for shared }</ul>
                <ul CLASS={format!("cvm-columns cvm-columns--{}", diagram::columns(stack))}>{ for apps }</ul>
            </div>
        </div>
    }
}
