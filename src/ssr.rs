//! Native only: the widget rendered to static HTML with the same components (yew `ssr`), for the
//! fallback inside the Jekyll include, and the include itself filled in from its template.

use std::future::Future;
use std::task::{Context, Poll, Waker};

use crate::components::{Widget, WidgetProps};
use crate::model::config::{Config, Lang};

/// All of the widget's styles, in the order index.html links them (see `build.rs`).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Polls a future that never waits on anything real (server rendering of these components).
pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// The widget as a live one renders it, for the given props.
pub fn render(props: WidgetProps) -> String {
    block_on(
        yew::LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The static fallback of a box configured so: the finished stacks, the caption, the table, the
/// advantages (those of them its `data-parts` names); the controls keep their place but are hidden
/// (they would do nothing without the wasm).
pub fn render_static(config: Config) -> String {
    render(WidgetProps {
        config: Config {
            autoplay: false,
            ..config
        },
        reduced_motion: true,
        is_static: true,
        initial: Default::default(),
        hash_key: None,
        debug_panic: false,
    })
}

/// The include's fallback holds every part: Liquid cannot render components, so the include hides
/// the parts its `parts` leaves out (`data-cvm-fallback-parts`, the shipped CSS).
fn every_part(lang: Lang) -> Config {
    Config {
        lang,
        ..Config::default()
    }
}

/// Fills the include template: `{{CVM_FALLBACK_KO}}`, `{{CVM_FALLBACK_EN}}`, and each
/// `{{NAME}}` of `values` (the version, the subresource-integrity hashes). Fails naming the marker
/// if the template lacks one.
pub fn fill_include(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = template.to_string();
    let mut fills = vec![
        (
            "{{CVM_FALLBACK_KO}}".to_string(),
            render_static(every_part(Lang::Ko)),
        ),
        (
            "{{CVM_FALLBACK_EN}}".to_string(),
            render_static(every_part(Lang::En)),
        ),
    ];
    fills.extend(
        values
            .iter()
            .map(|(k, v)| (format!("{{{{{k}}}}}"), v.to_string())),
    );
    for (marker, value) in fills {
        if !out.contains(marker.as_str()) {
            return Err(format!("the include template has no {marker}"));
        }
        out = out.replace(marker.as_str(), &value);
    }
    Ok(out)
}

/// Puts the static fallback into every empty `<div data-cvm …></div>` of a page (the trunk demo
/// page, after each build), configured by its attributes as the live widget will be (language,
/// parts), so the demo page loads like the blog: the finished widget first, the live one in the
/// same box after.
pub fn fill_page(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16_000);
    let mut rest = html;
    while let Some(start) = rest.find("<div data-cvm") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        out.push_str(&rest[..open_end]);
        let tag = &rest[start..open_end];
        rest = &rest[open_end..];
        if rest.trim_start().starts_with("</div>") {
            let attr = |name: &str| {
                let value = tag.split(&format!(" {name}=\"")).nth(1)?;
                value.split('"').next().map(str::to_string)
            };
            let (config, _) = Config::from_attributes(attr, None);
            out.push_str(&render_static(config));
        }
    }
    out.push_str(rest);
    out
}
