//! The post's summary table, as a real table.

use yew::prelude::*;

use crate::model::content::Table;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub table: Table,
}

#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let t = &props.table;
    let rows = t.rows.iter().map(|r| {
        html! {
            <tr class="cvm-table-row">
                <th scope="row">{ &r.topic }</th>
                <td class="cvm-table-vm">{ &r.vm }</td>
                <td class="cvm-table-container">{ &r.container }</td>
            </tr>
        }
    });
    html! {
        <div class="cvm-table-wrap">
            <table class="cvm-table">
                <caption>{ &t.caption }</caption>
                <thead>
                    <tr>
                        <td class="cvm-table-corner"></td>
                        <th scope="col" class="cvm-table-vm">{ &t.vm_heading }</th>
                        <th scope="col" class="cvm-table-container">{ &t.container_heading }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
