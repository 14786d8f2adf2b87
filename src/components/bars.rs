//! Bars drawn to one scale from the estimates' figures: memory and disk (the resources row's show,
//! and under the estimates' table) and start time (the fast-setup advantage's race). The VM side
//! is one part per VM; the container side one shared base (where there is one) and a thin part per
//! app. An SVG's rects take their widths from attributes, which a strict CSP allows (a style
//! attribute it would not).

use yew::prelude::*;

use crate::components::ContentRef;

use model::estimates::{bars as figures_bars, format_mb, format_ms};

/// The bars of metrics `which` (0 memory, 1 disk, 2 start) for `apps` apps. `class` says how they
/// appear: drawn at once, wiped in (`cvm-bars--show`) or wiped in slowly (`cvm-bars--race`).
pub fn bars(content: ContentRef, apps: u8, which: &[usize], class: &'static str) -> Html {
    let c = content.0;
    let t = &c.estimates;
    let all = figures_bars(&t.figures, apps);
    let names = [&t.memory, &t.disk, &t.start];
    let mut out = Vec::new();
    for &i in which {
        let (vm, container) = all[i];
        let max = vm.total().max(container.total()).max(1);
        out.push(html! { <p class="cvm-bars-name">{ &**names[i] }</p> });
        for (who, bar, class) in [
            (&c.ui.vm_unit, vm, "cvm-bar cvm-bar--vm"),
            (
                &c.ui.container_unit,
                container,
                "cvm-bar cvm-bar--container",
            ),
        ] {
            // Widths in thousandths of the longer bar; a shared base in a group of its own.
            let w = |v: u32| (v.saturating_mul(1000) / max).to_string();
            let mut rects = Vec::new();
            for k in 0..bar.parts {
                rects.push(html! { <rect x={w(bar.base + k * bar.part)} width={w(bar.part)} height="1" /> });
            }
            if bar.base > 0 {
                rects.push(html! { <g><rect width={w(bar.base)} height="1" /></g> });
            }
            let total = bar.total();
            let figure = if i == 2 {
                format_ms(total)
            } else {
                format_mb(total)
            };
            out.push(html! {
                <div CLASS={class}>
                    { format!("{} ≈ {figure}", &**who) }
                    <svg viewBox="0 0 1000 1" preserveAspectRatio="none" aria-hidden="true">{ rects }</svg>
                </div>
            });
        }
    }
    html! { <div CLASS={class}>{ out }</div> }
}
