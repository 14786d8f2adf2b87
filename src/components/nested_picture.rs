//! The two static pictures where both approaches are nested, as they are used together:
//! - Docker Desktop on Windows (WSL2): Hyper-V on the hardware; on it, side by side, Windows in
//!   the root partition (it owns the devices; it is no guest) and the WSL2 utility VM, whose Linux
//!   kernel the Docker engine's containers share.
//! - Containers in a cloud VM: the provider's hardware, its hypervisor, one Ubuntu VM, and in it
//!   the Docker engine and the containers.

use yew::prelude::*;

use crate::components::layer::show_classes;
use crate::components::{class_list, layer_label, ContentRef};

use model::diagram::BlockId;
use model::highlight::boundaries_lit;
use model::show::Show;
use model::stack::{LayerKind, Stack, StackKind};
use model::view::View;

pub struct NestedPictureProps {
    pub content: ContentRef,
    /// On `Picture::Wsl2` or `Picture::CloudVm` (the post's picture is the stack diagram's).
    pub view: View,
}

/// The pick's show on the picture's containers (model::stack::Stack::nested): a block it reaches
/// is lit and takes its marker; a bins/libs may take another name.
#[derive(Clone, Copy)]
struct Marks<'a> {
    content: ContentRef,
    show: Option<Show>,
    reach: &'a [(u8, BlockId)],
}

impl Marks<'_> {
    fn block(self, kind: LayerKind, app: Option<u8>, label: &str) -> Html {
        let id = BlockId {
            stack: StackKind::Container,
            kind,
            app,
        };
        let shows = &self.content.0.shows;
        let name = self
            .show
            .and_then(|s| s.name(id, &shows.systems, &shows.userlands));
        let hop = self.show.and_then(|s| s.hop(self.reach, id));
        let mut class = format!("cvm-layer cvm-layer--{} cvm-layer--shown", kind.slug());
        if hop.is_some() {
            class.push_str(" cvm-layer--lit");
        }
        show_classes(&mut class, hop, name.is_some());
        html! {
            <li CLASS={class} data-kind={kind.slug()}>
                { layer_label(name.map_or(label, |n| &**n)) }
            </li>
        }
    }
}

/// The engine and, on it, two containers, each a named group of its bins/libs and its app as in
/// the post's picture.
fn engine_with_containers(content: ContentRef, m: Marks, engine: &str) -> Html {
    let unit = &content.0.ui.container_unit;
    let app = content.0.layer_label(LayerKind::App);
    let bins_libs = content.0.layer_label(LayerKind::BinsLibs);
    let containers = (0..2).map(|g| {
        html! {
            <li class="cvm-column">
                <ul class="cvm-layers" aria-label={format!("{unit} {}", g + 1)}>
                    { m.block(LayerKind::BinsLibs, Some(g), bins_libs) }
                    { m.block(LayerKind::App, Some(g), &format!("{app} {}", g + 1)) }
                </ul>
            </li>
        }
    });
    html! {
        <>
            { m.block(LayerKind::Engine, None, engine) }
            <li class="cvm-nested-containers">
                <ul class="cvm-columns cvm-columns--2">{ for containers }</ul>
            </li>
        </>
    }
}

/// The VM that runs the engine: its guest OS, the engine, the containers.
fn vm_with_containers(content: ContentRef, m: Marks, vm: &str, engine: &str) -> Html {
    html! {
        <li class="cvm-column" data-part="vm">
            <ul class="cvm-layers" aria-label={vm.to_string()}>
                { m.block(LayerKind::GuestOs, None, vm) }
                { engine_with_containers(content, m, engine) }
            </ul>
        </li>
    }
}

pub fn nested_picture(props: &NestedPictureProps) -> Html {
    let content = props.content;
    let picture = props.view.picture;
    let (Some(p), Some(stack)) = (content.0.pictures.nested(picture), Stack::nested(picture))
    else {
        return Html::default();
    };
    let show = Show::of(props.view.pick);
    let reach = show.map_or_else(Vec::new, |s| s.reach(&stack));
    let m = Marks {
        content,
        show,
        reach: &reach,
    };
    // Windows with WSL2: beside the VM, the root partition (Windows itself, drawn in the host
    // OS's colour).
    let root = p.root.as_ref().map(|r| {
        html! {
            <li class="cvm-column" data-part="root">
                <ul class="cvm-layers" aria-label={r.os.to_cow()}>
                    { m.block(LayerKind::HostOs, None, &r.os) }
                    // Windows's own apps are no container's: never on a show's path.
                    <li class="cvm-layer cvm-layer--app cvm-layer--shown" data-kind="app">{ layer_label(&r.apps) }</li>
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
        <div CLASS={class_list(format!("cvm-stack cvm-nested cvm-nested--{}", picture.slug()),
            &[("cvm-stack--bounded", boundaries_lit(props.view.pick, StackKind::Container))])}
            role="group" aria-label={p.title.to_cow()}>
            <h4 class="cvm-stack-name">{ &*p.title }</h4>
            // Keyed by the replays: a replayed show is drawn anew, and its CSS runs again.
            <div class="cvm-stack-body" key={props.view.replays}>
                <ul class="cvm-layers cvm-shared">
                    { m.block(LayerKind::Hardware, None, &p.hardware) }
                    { m.block(LayerKind::Hypervisor, None, &p.hypervisor) }
                </ul>
                <ul CLASS={columns}>
                    { for root }
                    { vm_with_containers(content, m, &p.vm, &p.engine) }
                </ul>
            </div>
        </div>
    }
}
