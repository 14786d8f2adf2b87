//! The post's four advantages of containers; picking one shows why in the diagram. A tap anywhere
//! on an advantage picks it; its title is its one button (its click reaches the item).

use yew::prelude::*;

use crate::components::{class_list, pressed, ContentRef};

use model::highlight::Pick;
use model::view::Msg;

pub struct AdvantagesProps {
    pub content: ContentRef,
    pub pick: Option<Pick>,
    pub on_msg: Callback<Msg>,
}

pub fn advantages(props: &AdvantagesProps) -> Html {
    let a = &props.content.0.advantages;
    let items = a.items.iter().map(|item| {
        let pick = Pick::Advantage(item.key);
        let picked = props.pick == Some(pick);
        let onclick = props.on_msg.reform(move |e: MouseEvent| {
            crate::dom::reveal_pick(&e);
            Msg::Pick(pick)
        });
        html! {
            <li CLASS={class_list("cvm-advantage", &[("cvm-advantage--picked", picked)])}
                data-advantage={item.key.slug()} {onclick}>
                <button type="button" class="cvm-advantage-button" aria-pressed={pressed(picked)}>
                    { &*item.title }
                </button>
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
