//! The post's summary table, as a real table. A tap anywhere on a row picks it (lights up what the
//! row is about in both stacks and explains it in the caption); its header is the row's one
//! button, for the keyboard and screen readers (its click reaches the row, so it picks once).

use yew::prelude::*;

use crate::components::{as_text, class_list, pressed, PickProps};

use model::content::Table;
use model::highlight::Pick;

pub fn comparison_table(props: &PickProps) -> Html {
    let t = &props.content.0.table;
    let rows = t.rows.iter().map(|r| {
        let (picked, onclick) = props.tap(Pick::Row(r.key));
        html! {
            <tr role="row" CLASS={class_list("cvm-table-row", &[("cvm-table-row--picked", picked)])}
                data-row={r.key.slug()} {onclick}>
                <th scope="row" role="rowheader">
                    if as_text(props.is_static) {
                        <span class="cvm-row-button">{ &*r.topic }</span>
                    } else {
                        <button type="button" class="cvm-row-button" aria-pressed={pressed(picked)}>
                            { &*r.topic }
                        </button>
                    }
                </th>
                <td role="cell" class="cvm-table-vm">{ &*r.vm }</td>
                <td role="cell" class="cvm-table-container">{ &*r.container }</td>
            </tr>
        }
    });
    html! {
        <>
            <div class="cvm-table-wrap">
                <table role="table" class="cvm-table cvm-comparison">
                    <caption>{ &*t.caption }</caption>
                    { column_heads(t) }
                    <tbody role="rowgroup">{ for rows }</tbody>
                </table>
            </div>
            <p class="cvm-credit">{ &*props.content.0.post.table_by }</p>
        </>
    }
}

/// The column heads this table and the estimates' share: an empty corner, then the VM and
/// the container column.
pub(crate) fn column_heads(t: &Table) -> Html {
    html! {
        <thead role="rowgroup">
            <tr role="row">
                <td role="cell" class="cvm-table-corner"></td>
                <th scope="col" role="columnheader" class="cvm-table-vm">{ &*t.vm_heading }</th>
                <th scope="col" role="columnheader" class="cvm-table-container">{ &*t.container_heading }</th>
            </tr>
        </thead>
    }
}
