//! The two static pictures where both approaches are nested, as they are used together:
//! - Docker Desktop on Windows (WSL2): Hyper-V on the hardware; on it, side by side, Windows in
//!   the root partition (it owns the devices; it is no guest) and the WSL2 utility VM, whose Linux
//!   kernel the Docker engine's containers share.
//! - Containers in a cloud VM: the provider's hardware, its hypervisor, one Ubuntu VM, and in it
//!   the Docker engine and the containers.

use yew::prelude::*;

use crate::components::{layer_label, ContentRef};

use model::picture::Picture;
use model::stack::LayerKind;

pub struct NestedPictureProps {
    pub content: ContentRef,
    /// `Picture::Wsl2` or `Picture::CloudVm` (the post's picture is the stack diagram's).
    pub picture: Picture,
}

fn block(kind: LayerKind, label: &str) -> Html {
    html! {
        <li CLASS={format!("cvm-layer cvm-layer--{} cvm-layer--shown", kind.slug())}
            data-kind={kind.slug()}>
            { layer_label(label) }
        </li>
    }
}

/// The engine and, on it, two containers, each a named group of its bins/libs and its app as in
/// the post's picture.
fn engine_with_containers(content: ContentRef, engine: &str) -> Html {
    let unit = &content.0.ui.container_unit;
    let app = content.0.layer_label(LayerKind::App);
    let bins_libs = content.0.layer_label(LayerKind::BinsLibs);
    let containers = (1..=2).map(|n| {
        html! {
            <li class="cvm-column">
                <ul class="cvm-layers" aria-label={format!("{unit} {n}")}>
                    { block(LayerKind::BinsLibs, bins_libs) }
                    { block(LayerKind::App, &format!("{app} {n}")) }
                </ul>
            </li>
        }
    });
    html! {
        <>
            { block(LayerKind::Engine, engine) }
            <li class="cvm-nested-containers">
                <ul class="cvm-columns cvm-columns--2">{ for containers }</ul>
            </li>
        </>
    }
}

/// The VM that runs the engine: its guest OS, the engine, the containers.
fn vm_with_containers(content: ContentRef, vm: &str, engine: &str) -> Html {
    html! {
        <li class="cvm-column" data-part="vm">
            <ul class="cvm-layers" aria-label={vm.to_string()}>
                { block(LayerKind::GuestOs, vm) }
                { engine_with_containers(content, engine) }
            </ul>
        </li>
    }
}

pub fn nested_picture(props: &NestedPictureProps) -> Html {
    let content = props.content;
    let Some(p) = content.0.pictures.nested(props.picture) else {
        return Html::default();
    };
    // Windows with WSL2: beside the VM, the root partition (Windows itself, drawn in the host
    // OS's colour).
    let root = p.root.as_ref().map(|r| {
        html! {
            <li class="cvm-column" data-part="root">
                <ul class="cvm-layers" aria-label={r.os.to_cow()}>
                    { block(LayerKind::HostOs, &r.os) }
                    { block(LayerKind::App, &r.apps) }
                </ul>
            </li>
        }
    });
    let columns = if root.is_some() {
        "cvm-columns cvm-columns--2"
    } else {
        "cvm-columns cvm-columns--1"
    };
    html! {
        <div CLASS={format!("cvm-stack cvm-nested cvm-nested--{}", props.picture.slug())}
            role="group" aria-label={p.title.to_cow()}>
            <h4 class="cvm-stack-name">{ &*p.title }</h4>
            <div class="cvm-stack-body">
                <ul class="cvm-layers cvm-shared">
                    { block(LayerKind::Hardware, &p.hardware) }
                    { block(LayerKind::Hypervisor, &p.hypervisor) }
                </ul>
                <ul CLASS={columns}>
                    { for root }
                    { vm_with_containers(content, &p.vm, &p.engine) }
                </ul>
            </div>
        </div>
    }
}
