//! The preset for the post author's own machine (the post lists WSL and Docker): the hardware,
//! Hyper-V straight on it, and side by side on Hyper-V the Windows partition and the WSL2 Linux
//! VM, in which the Docker engine runs the containers. Both approaches, nested.

use yew::prelude::*;

use crate::components::{layer_label, ContentRef};

use crate::model::stack::LayerKind;

pub struct AuthorMachineProps {
    pub content: ContentRef,
}

fn block(kind: LayerKind, label: &str) -> Html {
    html! {
        <li class={format!("cvm-layer cvm-layer--{} cvm-layer--shown", kind.slug())}
            data-kind={kind.slug()}>
            { layer_label(label) }
        </li>
    }
}

pub fn author_machine(props: &AuthorMachineProps) -> Html {
    let a = &props.content.0.author;
    let container = &props.content.0.ui.container_unit;
    let (app, _) = props.content.0.layer(LayerKind::App);
    let (bins_libs, _) = props.content.0.layer(LayerKind::BinsLibs);
    // As in the post's picture: each container a named group of its app and its bins/libs.
    let containers = (1..=2).map(|n| {
        html! {
            <li class="cvm-guest">
                <ul class="cvm-layers" aria-label={format!("{container} {n}")}>
                    { block(LayerKind::BinsLibs, bins_libs) }
                    { block(LayerKind::App, &format!("{app} {n}")) }
                </ul>
            </li>
        }
    });
    html! {
        <div class="cvm-stack cvm-author" role="group" aria-label={a.title.clone()}>
            <h4 class="cvm-stack-name">{ &*a.title }</h4>
            <div class="cvm-stack-body">
                <ul class="cvm-layers cvm-shared">
                    { block(LayerKind::Hardware, &a.hardware) }
                    { block(LayerKind::Hypervisor, &a.hypervisor) }
                </ul>
                <ul class="cvm-guests cvm-guests--2 cvm-author-partitions">
                    <li class="cvm-guest" data-partition="windows">
                        <ul class="cvm-layers" aria-label={a.windows.clone()}>
                            { block(LayerKind::GuestOs, &a.windows) }
                            { block(LayerKind::App, &a.windows_apps) }
                        </ul>
                    </li>
                    <li class="cvm-guest" data-partition="wsl2">
                        <ul class="cvm-layers" aria-label={a.linux.clone()}>
                            { block(LayerKind::GuestOs, &a.linux) }
                            { block(LayerKind::Engine, &a.engine) }
                            <li class="cvm-author-containers">
                                <ul class="cvm-guests cvm-guests--2">{ for containers }</ul>
                            </li>
                        </ul>
                    </li>
                </ul>
            </div>
        </div>
    }
}
