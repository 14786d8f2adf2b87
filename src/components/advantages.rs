//! The post's four advantages of containers.

use yew::prelude::*;

use crate::model::content::Advantages as AdvantagesText;

#[derive(Properties, PartialEq)]
pub struct AdvantagesProps {
    pub advantages: AdvantagesText,
}

#[component]
pub fn Advantages(props: &AdvantagesProps) -> Html {
    let a = &props.advantages;
    html! {
        <section class="cvm-advantages" aria-label={a.title.clone()}>
            <h4 class="cvm-advantages-title">{ &a.title }</h4>
            <ol class="cvm-advantages-list">
                { for a.items.iter().map(|item| html! {
                    <li><strong>{ &item.title }</strong>{ " " }{ &item.text }</li>
                }) }
            </ol>
        </section>
    }
}
