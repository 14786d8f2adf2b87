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
    let p = &content.0.pictures;
    let (title, base, upper) = match props.picture {
        Picture::CloudVm => {
            let c = &p.cloud_vm;
            let vm = html! {
                <ul class="cvm-columns cvm-columns--1">
                    { vm_with_containers(content, &c.vm, &c.engine) }
                </ul>
            };
            (&c.title, [&c.hardware, &c.hypervisor], vm)
        }
        _ => {
            let w = &p.wsl2;
            let partitions = html! {
                <ul class="cvm-columns cvm-columns--2">
                    // The root partition: Windows itself, drawn in the host OS's colour.
                    <li class="cvm-column" data-part="root">
                        <ul class="cvm-layers" aria-label={w.root.to_cow()}>
                            { block(LayerKind::HostOs, &w.root) }
                            { block(LayerKind::App, &w.root_apps) }
                        </ul>
                    </li>
                    { vm_with_containers(content, &w.utility_vm, &w.engine) }
                </ul>
            };
            (&w.title, [&w.hardware, &w.hypervisor], partitions)
        }
    };
    html! {
        <div CLASS={format!("cvm-stack cvm-nested cvm-nested--{}", props.picture.slug())}
            role="group" aria-label={title.to_cow()}>
            <h4 class="cvm-stack-name">{ &**title }</h4>
            <div class="cvm-stack-body">
                <ul class="cvm-layers cvm-shared">
                    { block(LayerKind::Hardware, base[0]) }
                    { block(LayerKind::Hypervisor, base[1]) }
                </ul>
                { upper }
            </div>
        </div>
    }
}
