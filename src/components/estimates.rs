//! How many apps: the VM side adds a whole guest OS per app, the container side only bins/libs and
//! the app. Beside it, memory, disk and start time for both, computed in the model from figures
//! in the content file, each with its source.

use yew::prelude::*;

use crate::components::bars::bars;
use crate::components::ContentRef;

use model::stack::MIN_APPS;
use model::view::Msg;

pub struct EstimatesProps {
    pub content: ContentRef,
    pub apps: u8,
    pub on_msg: Callback<Msg>,
}

/// [`MIN_APPS`] and [`MAX_APPS`] as the slider's attributes, written out (no number formatting).
const MIN_APPS_TEXT: &str = "1";
const MAX_APPS_TEXT: &str = "8";

pub fn estimates(props: &EstimatesProps) -> Html {
    let t = &props.content.0.estimates;
    let oninput = props
        .on_msg
        .reform(|e: InputEvent| Msg::Apps(crate::dom::slider_value(&e).unwrap_or(MIN_APPS)));
    let approx = format!(" ({})", t.approximate);
    let sources = t.figures.iter().map(|f| {
        html! {
            <li>
                { &*f.label }{ ": " }<strong>{ f.unit.format(f.value) }</strong>{ " — " }{ &*f.source }
                if f.approximate { <span class="cvm-approx">{ &approx }</span> }
            </li>
        }
    });
    html! {
        <section class="cvm-estimates" aria-label={t.title.to_cow()}>
            <h4 class="cvm-estimates-title">{ &*t.title }</h4>
            // The label names the slider (its first labelable descendant: an <output> here would
            // take the label instead). The count is shown; screen readers hear the slider's value.
            <label class="cvm-estimates-control">
                <span class="cvm-estimates-label">{ &*t.apps }<span aria-hidden="true">{ ": " }<span class="cvm-estimates-count">{ props.apps }</span></span></span>
                <input type="range" class="cvm-estimates-input" min={MIN_APPS_TEXT}
                    max={MAX_APPS_TEXT} step="1" value={props.apps.to_string()} {oninput} />
            </label>
            { bars(props.content, props.apps, &[0, 1, 2], "cvm-bars") }
            <p class="cvm-estimates-assumption">{ &*t.assumption }</p>
            <details class="cvm-sources">
                <summary>{ &*t.sources }</summary>
                <ul>{ for sources }</ul>
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::stack::MAX_APPS;

    #[test]
    fn the_slider_bounds_are_the_models() {
        assert_eq!(MIN_APPS_TEXT, MIN_APPS.to_string());
        assert_eq!(MAX_APPS_TEXT, MAX_APPS.to_string());
    }
}
