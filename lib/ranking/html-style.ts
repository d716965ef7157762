/** The 体检报告's own style: A4 on screen and on paper, the charts' sizes, colours kept in print. */
export const PAGE_CSS = `
@page { size: A4; margin: 12mm 12mm 14mm; }
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d5dbe3; --head: #eef2f6; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 186mm; padding: 8mm 0; color: var(--ink); font: 10pt/1.45 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid var(--ink); padding-bottom: 1mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
.nb-sub, .nb-note, footer { color: var(--muted); margin: 0 0 2mm; }
footer { margin-top: 6mm; font-size: 8.5pt; }
a { color: inherit; text-decoration: none; }
code { font: 8pt ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.nb-figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2mm; margin: 0 0 3mm; }
.nb-figures div { border: 1px solid var(--line); border-radius: 2mm; padding: 1.5mm 2mm; }
.nb-figures dt { color: var(--muted); font-size: 8.5pt; }
.nb-figures dd { margin: 0; font-size: 14pt; font-weight: 700; }
table { border-collapse: collapse; width: 100%; }
.nb-levels th, .nb-levels td, .nb-list th, .nb-list td, .nb-ranking th, .nb-ranking td { border: 1px solid var(--line); padding: 0.6mm 1.5mm; text-align: left; }
.nb-levels td, .nb-ranking td.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: var(--head); font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.nb-charts { margin-top: 5mm; }
.nb-chart { margin: 0 0 5mm; break-inside: avoid; display: flow-root; }
.nb-chart figcaption { font-weight: 600; margin-bottom: 2mm; }
.nb-chart caption { display: none; }
.nb-chart .charts-css.bar { --labels-size: 62mm; height: auto; }
.nb-common.charts-css.bar { --labels-size: 80mm; }
.nb-chart .charts-css.bar tbody tr { height: 6.5mm; }
.nb-chart .charts-css.bar tbody th { font-weight: 400; font-size: 8.5pt; line-height: 1.15; flex-direction: row; align-items: center; justify-content: flex-start; gap: 2mm; white-space: nowrap; overflow: hidden; }
.nb-chart .charts-css.bar tbody th small, .nb-chart .charts-css.bar tbody th code { color: var(--muted); font-size: 7.5pt; }
.nb-bands td .data { color: #fff; font-size: 7.5pt; padding: 0 1mm; }
.nb-common { --color: #4a6fa5; }
.nb-common td .data { font-size: 8pt; padding-left: 1mm; }
.nb-legend { display: flex; gap: 4mm; list-style: none; margin: 2mm 0 0 62mm; padding: 0; font-size: 8pt; color: var(--muted); }
.nb-legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
.nb-lists { margin-top: 2mm; }
.nb-list { break-inside: avoid; margin-bottom: 4mm; }
.nb-list td.n { text-align: right; font-variant-numeric: tabular-nums; }
.nb-ranking { font-size: 8.5pt; }
.nb-ranking th, .nb-ranking td, .nb-list th, .nb-list td { white-space: nowrap; }
.nb-ranking td:nth-child(2) { white-space: normal; width: 100%; }
.nb-list td:first-child, .nb-list td:last-child { white-space: normal; }
.nb-ranking tr.v-fail td:nth-child(5) { color: #b71c1c; font-weight: 700; }
.nb-ranking tr.v-pass td:nth-child(5) { color: #1b5e20; }
@media screen { body { padding: 10mm; box-shadow: 0 0 0 1px var(--line); margin-top: 4mm; margin-bottom: 4mm; } }
@media print { body { padding: 0; max-width: none; } a[href]::after { content: none; } }
`;
