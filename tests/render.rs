//! The components rendered natively to HTML (yew `ssr`): every layer of both stacks, the caption,
//! the controls and the five table rows are there, and content text is escaped, never markup.
#![cfg(not(target_arch = "wasm32"))]

use container_vs_vm::components::{Widget, WidgetProps};
use container_vs_vm::model::builtin;
use container_vs_vm::model::config::{Config, Lang};

fn render(lang: Lang, autoplay: bool) -> String {
    let props = WidgetProps {
        config: Config { lang, autoplay },
        reduced_motion: false,
    };
    futures_lite(yew::LocalServerRenderer::<Widget>::with_props(props).render())
}

/// A tiny executor: SSR of these components never awaits anything real.
fn futures_lite<F: std::future::Future>(f: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn renders_both_stacks_every_layer_and_the_table() {
    for lang in Lang::ALL {
        let html = render(lang, false);
        let c = builtin::content(lang);
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        // VM: 3 shared + 3 guests x 3; container: 3 shared + 3 guests x 2.
        assert_eq!(
            count(&html, "class=\"cvm-layer "),
            12 + 9,
            "{}",
            lang.code()
        );
        assert_eq!(
            count(&html, "cvm-layer--shown"),
            21,
            "autoplay off shows everything"
        );
        assert_eq!(count(&html, "data-kind=\"guest-os\""), 3);
        assert_eq!(count(&html, "data-kind=\"host-os\""), 2);
        assert_eq!(count(&html, "class=\"cvm-table-row\""), 5);
        assert_eq!(count(&html, "class=\"cvm-guest\""), 6);
        for row in &c.table.rows {
            assert!(html.contains(&row.vm) && html.contains(&row.container));
        }
        assert!(html.contains(c.step(6)), "finished caption");
        assert!(html.contains("aria-live=\"polite\""));
    }
}

#[test]
fn autoplay_starts_from_nothing() {
    let html = render(Lang::Ko, true);
    assert_eq!(count(&html, "cvm-layer--shown"), 0);
    assert!(html.contains(builtin::content(Lang::Ko).step(0)));
}
