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

/// The static fallback: the finished stacks, the caption, the table, the advantages; the controls
/// keep their place but are hidden (they would do nothing without the wasm).
pub fn render_static(lang: Lang) -> String {
    render(WidgetProps {
        config: Config {
            lang,
            autoplay: false,
        },
        reduced_motion: true,
        is_static: true,
        initial: Default::default(),
        hash_key: None,
        debug_panic: false,
    })
}

/// Fills the include template: `{{CVM_FALLBACK_KO}}`, `{{CVM_FALLBACK_EN}}`, and each
/// `{{NAME}}` of `values` (the version, the subresource-integrity hashes). Fails naming the marker
/// if the template lacks one.
pub fn fill_include(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = template.to_string();
    let mut fills = vec![
        ("{{CVM_FALLBACK_KO}}".to_string(), render_static(Lang::Ko)),
        ("{{CVM_FALLBACK_EN}}".to_string(), render_static(Lang::En)),
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
/// page, after each build), in the language its `data-lang` names (Korean otherwise), so the demo
/// page loads like the blog: the finished widget first, the live one in the same box after.
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
            let lang = tag
                .split("data-lang=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .and_then(Lang::parse)
                .unwrap_or_default();
            out.push_str(&render_static(lang));
        }
    }
    out.push_str(rest);
    out
}
