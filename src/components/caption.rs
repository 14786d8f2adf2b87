//! The panel under the diagram: what just appeared while the stacks build up, or what the picked
//! layer, row or advantage means. A widget without the diagram (`data-parts`) has one under the
//! table and one under the advantages instead, each explaining its own pick.
//!
//! Every text it can show sits in the same grid cell and only the current one is visible, so the
//! panel is as tall as the longest text at any width and never changes height (nothing below the
//! widget moves). Screen readers get the current text from a polite live region instead.

use yew::prelude::*;

use crate::components::{class_list, ContentRef};

use model::content::Content;
use model::highlight::{AdvantageKey, Pick, RowKey};
use model::picture::Picture;
use model::stack::LayerKind;
use model::timeline::LAST_STEP;
use model::view::{Msg, View};

pub struct CaptionProps {
    pub content: ContentRef,
    pub view: View,
    pub explains: Explains,
    pub on_msg: Callback<Msg>,
}

/// One text the panel can show: a title (none for the build-up's steps), the widget's own text,
/// a sentence of the post quoted after it, and for the isolation row the isolation spectrum.
#[derive(Clone, Copy)]
struct Entry {
    /// What it explains: the panel shows the entry whose `explains` is the view's.
    explains: Said,
    title: &'static str,
    text: &'static str,
    quote: Option<&'static str>,
    spectrum: bool,
}

/// What one text of the panel is about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    Step(usize),
    Layer(LayerKind),
    Row(RowKey),
    Advantage(AdvantageKey),
    Picture(Picture),
}

fn entry(explains: Said, title: &'static str, text: &'static str) -> Entry {
    Entry {
        explains,
        title,
        text,
        quote: None,
        spectrum: false,
    }
}

/// What a caption panel explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Explains {
    /// Under the diagram: the build-up, the picked layer, row or advantage, the nested pictures.
    Diagram,
    /// Under the table, in a widget without the diagram: the picked row.
    Table,
    /// Under the advantages, in a widget without the diagram: the picked advantage.
    Advantages,
}

/// Every text the panel can show, and the index of the current one (`None`: nothing for this
/// panel to say). The finished build-up (`LAST_STEP`) is followed by the hint; the last two
/// explain the nested pictures.
fn texts(c: &'static Content, view: &View, explains: Explains) -> (Vec<Entry>, Option<usize>) {
    let rows = c.table.rows.iter().map(|r| Entry {
        spectrum: r.key == RowKey::Isolation,
        ..entry(Said::Row(r.key), &r.topic, &r.explain)
    });
    let advantages = c
        .advantages
        .items
        .iter()
        .map(|a| entry(Said::Advantage(a.key), &a.title, &a.why));
    let (all, wanted): (Vec<Entry>, Option<Said>) = match explains {
        Explains::Table => (
            rows.collect(),
            match view.pick {
                Some(Pick::Row(r)) => Some(Said::Row(r)),
                _ => None,
            },
        ),
        Explains::Advantages => (
            advantages.collect(),
            match view.pick {
                Some(Pick::Advantage(a)) => Some(Said::Advantage(a)),
                _ => None,
            },
        ),
        Explains::Diagram => {
            let mut all: Vec<Entry> = c
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| entry(Said::Step(i), "", s))
                .collect();
            all.extend(c.layers.iter().map(|l| Entry {
                quote: l.quote.as_deref(),
                ..entry(Said::Layer(l.kind), &l.label, &l.detail)
            }));
            all.extend(rows);
            all.extend(advantages);
            all.push(entry(
                Said::Picture(Picture::Wsl2),
                "",
                &c.pictures.wsl2.caption,
            ));
            all.push(entry(
                Said::Picture(Picture::CloudVm),
                "",
                &c.pictures.cloud_vm.caption,
            ));
            let wanted = match view.pick {
                None => match view.picture {
                    Picture::Post => Said::Step(usize::from(view.player.step.min(LAST_STEP))),
                    picture => Said::Picture(picture),
                },
                Some(Pick::Layer(b)) => Said::Layer(b.kind),
                Some(Pick::Row(r)) => Said::Row(r),
                Some(Pick::Advantage(a)) => Said::Advantage(a),
            };
            (all, Some(wanted))
        }
    };
    let current = wanted.and_then(|w| all.iter().position(|e| e.explains == w));
    (all, current)
}

pub fn caption(props: &CaptionProps) -> Html {
    let c = props.content.0;
    let (all, current) = texts(c, &props.view, props.explains);
    // The build-up's last step and its hint exist only under the diagram.
    let finished = match props.explains {
        Explains::Diagram => usize::from(LAST_STEP),
        _ => usize::MAX,
    };
    let hint = |i: usize| if i == finished { &*c.ui.hint } else { "" };
    // What the live region says: the current text as shown (its parts in reading order).
    let live = current.map_or(String::new(), |current| {
        let e = all[current];
        let mut live = match (e.title, hint(current)) {
            ("", "") => e.text.to_string(),
            ("", hint) => format!("{} {hint}", e.text),
            (title, _) => format!("{title}: {}", e.text),
        };
        if let Some(q) = e.quote {
            live += &format!(" {q} {}", c.post.quote_by);
        }
        if e.spectrum {
            live += &format!(" {}", c.isolation.title);
            for l in c.isolation.levels.iter() {
                live += &format!(" {} {}", l.name, l.text);
            }
        }
        live
    });
    let items = all.iter().enumerate().map(|(i, e)| {
        let class = class_list(
            "cvm-caption-text",
            &[
                ("cvm-caption-text--current", Some(i) == current),
                ("cvm-caption-text--finished", i == finished),
            ],
        );
        html! {
            <div CLASS={class}>
                <p>
                    if !e.title.is_empty() { <strong class="cvm-caption-title">{ e.title }</strong>{ " " } }
                    { e.text }
                    if i == finished { { " " }{ hint(i) } }
                </p>
                if let Some(q) = e.quote { { " " }{ quote(q, &c.post.quote_by) } }
                if e.spectrum { { " " }{ spectrum(c) } }
            </div>
        }
    });
    let clear = props.on_msg.reform(|e: MouseEvent| {
        crate::components::refocus_before_clear(&e);
        Msg::Clear
    });
    // Only the panel that explains the pick offers to clear it.
    let idle = props.view.pick.is_none() || current.is_none();
    let clear_class = class_list(
        "cvm-button cvm-caption-clear",
        &[("cvm-caption-clear--idle", idle)],
    );
    let class = class_list(
        "cvm-caption",
        &[
            ("cvm-caption--table", props.explains == Explains::Table),
            (
                "cvm-caption--advantages",
                props.explains == Explains::Advantages,
            ),
            ("cvm-caption--idle", current.is_none()),
        ],
    );
    html! {
        <div CLASS={class}>
            <p class="cvm-visually-hidden" aria-live="polite">{ live }</p>
            <div class="cvm-caption-stack" aria-hidden="true">{ for items }</div>
            <button type="button" CLASS={clear_class} onclick={clear}
                disabled={idle}>
                { &*c.ui.clear }
            </button>
        </div>
    }
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
