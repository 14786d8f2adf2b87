//! The panel under the diagram: what just appeared while the stacks build up, or what the picked
//! layer, row or advantage means. A widget without the diagram (`data-parts`) has one under the
//! table and one under the advantages instead, each explaining its own pick.
//!
//! While the stacks build up, every step's text sits in the same grid cell and only the current
//! one is visible, so the panel is as tall as the longest step at any width and the autoplay never
//! moves anything. A pick (the reader's own input) shows one text, as tall as it is: a short answer
//! first, the rest (the widget's longer explanation, the post's sentence, the isolation spectrum)
//! under a closed "more" disclosure. Screen readers get the short answer from a polite live region.

use yew::prelude::*;

use crate::components::bars::bars;
use crate::components::{class_list, ContentRef};

use model::content::Content;
use model::highlight::Pick;
use model::parts::Part;
use model::player::LAST_STEP;
use model::show::Show;
use model::stack::{LayerKind, Stack};
use model::view::{Msg, View};

pub struct CaptionProps {
    pub content: ContentRef,
    pub view: View,
    /// The part this panel stands under and explains: the diagram (the build-up, the picked
    /// layer, row or advantage, the nested pictures), or, in a box without the diagram, the table
    /// (the picked row) or the advantages (the picked advantage).
    pub explains: Part,
    pub on_msg: Callback<Msg>,
}

/// One explanation: a title, the short answer, and what goes under "more".
#[derive(Clone, Copy)]
struct Answer {
    title: &'static str,
    short: &'static str,
    more: &'static str,
    quote: Option<&'static str>,
    spectrum: bool,
}

fn answer(title: &'static str, short: &'static str, more: &'static str) -> Answer {
    Answer {
        title,
        short,
        more,
        quote: None,
        spectrum: false,
    }
}

/// What the panel says now, other than a build-up step: the pick's answer (if this panel explains
/// it), or, in the diagram's panel, the nested picture's. `None`: a build-up step (the diagram's
/// panel) or nothing (the others).
fn current(c: &'static Content, view: &View, explains: Part) -> Option<Answer> {
    let row = |key| {
        c.table.rows.iter().find(|r| r.key == key).map(|r| Answer {
            spectrum: r.key == model::highlight::RowKey::Isolation,
            ..answer(&r.topic, &r.short, &r.more)
        })
    };
    let advantage = |key| {
        c.advantages
            .items
            .iter()
            .find(|a| a.key == key)
            .map(|a| answer(&a.title, &a.short, &a.more))
    };
    match (explains, view.pick) {
        (Part::Table, Some(Pick::Row(r))) => row(r),
        (Part::Advantages, Some(Pick::Advantage(a))) => advantage(a),
        (Part::Diagram, Some(Pick::Row(r))) => row(r),
        (Part::Diagram, Some(Pick::Advantage(a))) => advantage(a),
        (Part::Diagram, Some(Pick::Layer(b))) => {
            c.layers.iter().find(|l| l.kind == b.kind).map(|l| Answer {
                quote: l.quote.as_deref(),
                ..answer(&l.label, &l.short, &l.more)
            })
        }
        (Part::Diagram, None) => c
            .pictures
            .nested(view.picture)
            .map(|p| answer("", &p.short, &p.more)),
        _ => None,
    }
}

pub fn caption(props: &CaptionProps) -> Html {
    let c = props.content.0;
    let view = props.view;
    let now = current(c, &view, props.explains);
    let building = props.explains == Part::Diagram && now.is_none();
    let step = usize::from(view.player.step.min(LAST_STEP));
    // The build-up's last step ends with the hint.
    let step_text = |i: usize| {
        let text = c.steps.get(i).map_or("", |s| &**s);
        if i == usize::from(LAST_STEP) {
            format!("{text} {}", c.ui.hint)
        } else {
            text.to_string()
        }
    };
    // What the live region says: the short answer (its title first), or the step.
    let live = match now {
        Some(a) if a.title.is_empty() => a.short.to_string(),
        Some(a) => format!("{}: {}", a.title, a.short),
        None if building => step_text(step),
        None => String::new(),
    };
    let body = match now {
        Some(a) => html! {
            // Keyed by what it explains: a new pick starts with "more" closed.
            <div class="cvm-caption-answer" key={format!("{}{}", a.title, a.short.len())}>
                <p class="cvm-caption-short">
                    if !a.title.is_empty() { <strong class="cvm-caption-title">{ a.title }</strong>{ " " } }
                    { a.short }
                </p>
                if props.explains == Part::Diagram { { path(props.content, &view) } }
                <details class="cvm-more">
                    <summary class="cvm-more-summary">{ &*c.ui.more }</summary>
                    <p>{ a.more }</p>
                    if let Some(q) = a.quote { { " " }{ quote(q, &c.post.quote_by) } }
                    if a.spectrum { { " " }{ spectrum(c) } }
                </details>
            </div>
        },
        None if building => {
            let steps = (0..c.steps.len()).map(|i| {
                let class = class_list(
                    "cvm-caption-text",
                    &[
                        ("cvm-caption-text--current", i == step),
                        ("cvm-caption-text--finished", i == usize::from(LAST_STEP)),
                    ],
                );
                html! { <p CLASS={class}>{ step_text(i) }</p> }
            });
            html! { <div class="cvm-caption-stack" aria-hidden="true">{ for steps }</div> }
        }
        None => html! {},
    };
    let clear = props.on_msg.reform(|e: MouseEvent| {
        crate::dom::refocus_before_clear(&e);
        Msg::Clear
    });
    // Only the panel that explains the pick offers to clear it.
    let idle = view.pick.is_none() || now.is_none();
    let class = class_list(
        "cvm-caption",
        &[
            ("cvm-caption--table", props.explains == Part::Table),
            (
                "cvm-caption--advantages",
                props.explains == Part::Advantages,
            ),
            ("cvm-caption--idle", now.is_none() && !building),
        ],
    );
    html! {
        <div CLASS={class}>
            <p class="cvm-visually-hidden" aria-live="polite">{ live }</p>
            // (Its own element: a keyed child may not stand among unkeyed ones.)
            <div class="cvm-caption-body">{ body }</div>
            if !idle {
                <button type="button" class="cvm-button cvm-caption-clear" onclick={clear}>
                    { &*c.ui.clear }
                </button>
            }
        </div>
    }
}

/// The pick's show in words, in its order (model::show): the path on each side, as the marker
/// crosses it on the stacks, for a screen reader and for print; or its bars, with their figures.
fn path(content: ContentRef, view: &View) -> Html {
    let c = content.0;
    let Some(show) = Show::of(view.pick) else {
        return Html::default();
    };
    let lead = html! { <strong>{ &**c.shows.lead(show) }</strong> };
    // Keyed by the replays, as the stacks are: a replayed show's bars wipe in again.
    let bars = |which, class| {
        html! {
            <div class="cvm-caption-path" key={view.replays}>
                { lead.clone() }{ bars(content, view.apps, which, class) }
            </div>
        }
    };
    match show {
        Show::Resources => return bars(&[0, 1], "cvm-bars cvm-bars--show"),
        Show::StartRace => return bars(&[2], "cvm-bars cvm-bars--race"),
        _ => {}
    }
    let names = &c.shows;
    // In a nested picture, its blocks' own words (`WSL2 유틸리티 VM(리눅스 커널)`).
    let nested = c.pictures.nested(view.picture);
    let label = |kind| {
        let own = nested.and_then(|p| match kind {
            LayerKind::Hardware => Some(&p.hardware),
            LayerKind::Hypervisor => Some(&p.hypervisor),
            LayerKind::GuestOs => Some(&p.vm),
            LayerKind::Engine => Some(&p.engine),
            LayerKind::HostOs => p.root.as_ref().map(|r| &r.os),
            _ => None,
        });
        own.map_or_else(|| c.layer_label(kind), |t| &**t)
    };
    // `VM: 앱 1 → 게스트 OS 1`, a step's blocks joined by commas (`앱 2, 앱 3`); a side the show
    // does not reach has no line.
    let line = |stack, unit: &str| {
        let mut out = String::new();
        let mut at = None;
        for (step, b) in show.reach(stack) {
            let joint = match at {
                None => ": ",
                Some(s) if s == step => ", ",
                _ => " → ",
            };
            if at.is_none() {
                out.push_str(unit);
            }
            out.push_str(joint);
            at = Some(step);
            if let Some(name) = show.name(b, &names.systems, &names.userlands) {
                // Without the zero-width space that lets the name break in its block.
                out.extend(name.chars().filter(|&c| c != '\u{200B}'));
                continue;
            }
            // A block of one VM or container carries its number (`게스트 OS 1`).
            out.push_str(label(b.kind));
            if let Some(n) = b.app {
                out.push(' ');
                out.push(char::from(b'1' + n));
            }
        }
        (!out.is_empty()).then(|| html! { <><br/>{ out }</> })
    };
    let lines = match Stack::nested(view.picture) {
        Some(containers) => html! { <>{ line(&containers, &c.ui.container_unit) }</> },
        None => {
            let diagram = view.diagram();
            html! { <>{ line(&diagram.vm, &c.ui.vm_unit) }{ line(&diagram.container, &c.ui.container_unit) }</> }
        }
    };
    // Scalability: the same image lands on three servers, one after another (styles/caption.css).
    let servers = (show == Show::Scale).then(|| {
        let server = |n| html! { <li class="cvm-server">{ format!("{} {n}", names.server) }</li> };
        html! { <ol class="cvm-servers" key={view.replays}>{ server(1) }{ server(2) }{ server(3) }</ol> }
    });
    html! { <><p class="cvm-caption-path">{ lead }{ lines }</p>{ for servers }</> }
}

/// A sentence of the post, marked as the post's: a quote, then whose words they are.
fn quote(text: &str, by: &str) -> Html {
    html! {
        <figure class="cvm-quote">
            <blockquote class="cvm-quote-text"><p>{ text }</p></blockquote>
            { " " }<figcaption class="cvm-quote-by">{ by }</figcaption>
        </figure>
    }
}

/// With the isolation row: from a shared kernel to a VM boundary per container.
fn spectrum(c: &Content) -> Html {
    let levels = c.isolation.levels.iter().map(|l| {
        html! {
            <li class="cvm-spectrum-level">
                { " " }<strong class="cvm-spectrum-name">{ &*l.name }</strong>{ " " }{ &*l.text }
            </li>
        }
    });
    html! {
        <div class="cvm-spectrum">
            <p class="cvm-spectrum-title">{ &*c.isolation.title }</p>
            { " " }<ol class="cvm-spectrum-levels">{ for levels }</ol>
        </div>
    }
}
