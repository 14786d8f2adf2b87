//! The post's four advantages of containers; picking one shows why in the diagram. A tap anywhere
//! on an advantage picks it; its title is its one button (its click reaches the item).

use yew::prelude::*;

use crate::components::{as_text, class_list, pressed, PickProps};

use model::highlight::Pick;

pub fn advantages(props: &PickProps) -> Html {
    let a = &props.content.0.advantages;
    let items = a.items.iter().map(|item| {
        let (picked, onclick) = props.tap(Pick::Advantage(item.key));
        html! {
            <li CLASS={class_list("cvm-advantage", &[("cvm-advantage--picked", picked)])}
                data-advantage={item.key.slug()} {onclick}>
                if as_text(props.is_static) {
                    <span class="cvm-advantage-button">{ &*item.title }</span>
                } else {
                    <button type="button" class="cvm-advantage-button" aria-pressed={pressed(picked)}>
                        { &*item.title }
                    </button>
                }
                { " " }{ &*item.text }
            </li>
        }
    });
    html! {
        <section class="cvm-advantages" aria-label={a.title.to_cow()}>
            <h4 class="cvm-advantages-title">{ &*a.title }</h4>
            <ol class="cvm-advantages-list">{ for items }</ol>
            <p class="cvm-credit">{ &*props.content.0.post.advantages_by }</p>
        </section>
    }
}
