/** The report's only stylesheet, inlined: system fonts only, nothing fetched. */
export const REPORT_CSS = `
:root {
  --ink: #1b2430; --muted: #5b6675; --line: #d9dee5; --panel: #f6f8fa; --accent: #0b3d62;
  --pass: #2e7d32; --fail: #c62828; --error: #e65100; --skip: #757575; --manual: #1565c0;
  --pass-bg: #e8f5e9; --fail-bg: #fdecea; --error-bg: #fff3e0; --skip-bg: #f1f1f1; --manual-bg: #e3f0fc;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #eef1f5;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
}
.page { max-width: 1040px; margin: 0 auto; background: #fff; box-shadow: 0 0 0 1px var(--line); }
code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
code { overflow-wrap: break-word; }
code.korrelasjonsid, td.num { white-space: nowrap; }
table.documents { margin-top: 10px; font-size: 12.5px; }
a { color: var(--accent); }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h2 { font-size: 20px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); margin: 0 0 14px; }
h3 { font-size: 16px; margin: 22px 0 10px; color: var(--accent); }
h4 { font-size: 14.5px; }
p { margin: 6px 0; }
.muted { color: var(--muted); fill: var(--muted); }

.report-header { background: var(--accent); color: #fff; padding: 28px 36px 24px; }
.report-header .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 11.5px; opacity: .8; }
.report-header h1 { font-size: 27px; margin: 4px 0 4px; }
.report-header .subtitle { opacity: .88; margin: 0 0 18px; }
.header-grid { display: flex; gap: 18px; align-items: stretch; flex-wrap: wrap; }
.verdict { flex: 1 1 300px; border-radius: 8px; padding: 14px 18px; background: #fff; color: var(--ink); border-left: 8px solid; }
.verdict-pass { border-color: var(--pass); } .verdict-fail { border-color: var(--fail); } .verdict-error { border-color: var(--error); }
.verdict-pass-unattested, .verdict-pass-partial { border-color: var(--error); }
.verdict-pass-unattested .value, .verdict-pass-partial .value { color: var(--ink); font-size: 20px; }
.demonstration { margin: 12px 0; padding: 10px 16px; border: 2px dashed var(--error); border-radius: 8px; background: #fff; color: var(--ink); }
.demonstration strong { font-size: 18px; } .demonstration p { margin: 4px 0 0; }
.verdict .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.verdict .value { display: block; font-size: 24px; font-weight: 700; }
.verdict-pass .value { color: var(--pass); } .verdict-fail .value { color: var(--fail); } .verdict-error .value { color: var(--error); }
.verdict .warning { color: var(--error); font-weight: 600; }
.donut-card { background: #fff; border-radius: 8px; padding: 6px 10px; display: flex; align-items: center; }
.key-facts { flex: 1 1 260px; background: rgba(255,255,255,.1); border-radius: 8px; padding: 12px 16px; margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; align-content: center; }
.key-facts dt { opacity: .75; } .key-facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.donut-total { font-size: 26px; font-weight: 700; fill: var(--ink); }
.donut-caption { font-size: 11px; fill: var(--muted); }

nav.toc { padding: 10px 36px; border-bottom: 1px solid var(--line); background: var(--panel); font-size: 13px; }
nav.toc ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
nav.toc a { text-decoration: none; }
main { padding: 8px 36px 24px; }
main > section { margin: 26px 0 0; }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 14px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; background: #fff; }
.card h3 { margin: 0 0 8px; font-size: 14px; color: var(--accent); text-transform: uppercase; letter-spacing: .05em; }
dl.facts { display: grid; grid-template-columns: minmax(130px, 36%) minmax(0, 1fr); gap: 3px 12px; margin: 0; }
dl.facts dt { color: var(--muted); overflow-wrap: anywhere; } dl.facts dd, dl.facts dd code { margin: 0; overflow-wrap: anywhere; }

table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; font-size: 12.5px; color: #39424e; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.totals td { font-weight: 700; border-top: 2px solid var(--ink); }
td.zero { color: #b6bdc6; }

.chart-wrap { overflow-x: auto; margin: 4px 0 10px; }
.section-chart { max-width: 100%; height: auto; font-size: 12px; }
.section-chart .bar-label, .section-chart .bar-total, .legend-item text { fill: var(--ink); font-size: 12px; }
.section-chart .seg-count { fill: #fff; font-size: 11px; font-weight: 700; }

.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 700; white-space: nowrap; }
.badge-pass { background: var(--pass-bg); color: var(--pass); } .badge-fail { background: var(--fail-bg); color: var(--fail); }
.badge-error { background: var(--error-bg); color: var(--error); } .badge-skip { background: var(--skip-bg); color: var(--skip); }
.badge-manual { background: var(--manual-bg); color: var(--manual); }
.badge-unfinished, .badge-unattested { background: var(--error-bg); color: var(--error); }
.severity { font-size: 12px; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; white-space: nowrap; }
.severity-required { color: var(--ink); border-color: #9aa4b1; }

.check { border: 1px solid var(--line); border-left: 5px solid var(--skip); border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid-page; }
.check.status-pass { border-left-color: var(--pass); } .check.status-fail { border-left-color: var(--fail); }
.check.status-error { border-left-color: var(--error); } .check.status-manual { border-left-color: var(--manual); }
.check-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; }
.check-head h4 { flex: 1 1 260px; }
.check-id { color: var(--muted); }
.check-meta { color: var(--muted); font-size: 12.5px; }
.field-label { font-weight: 600; color: #39424e; }
.unfinished { color: var(--error); font-weight: 600; }
.findings td:first-child code { color: var(--fail); font-weight: 600; }
.findings tr.finding-warning td:first-child code { color: var(--error); }
.findings tr.finding-info td:first-child code { color: var(--muted); }
.evidence td, .evidence th { font-size: 12.5px; }
.http-status { font-weight: 700; } .http-2xx { color: var(--pass); } .http-4xx { color: var(--fail); } .http-5xx { color: var(--error); }
tr.exchange-details td { border-bottom: 1px solid var(--line); padding-top: 0; }
details { margin: 2px 0; }
details summary { cursor: pointer; color: var(--accent); font-size: 12.5px; }
details .headers td { font-size: 12px; padding: 2px 8px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; margin: 4px 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 420px; overflow: auto; }
.hint { color: var(--muted); font-size: 12.5px; font-style: italic; }

ul.coverage { list-style: none; padding: 0; margin: 8px 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 4px 10px; }
ul.coverage li { font-size: 12px; padding: 2px 6px; border-radius: 4px; display: flex; gap: 6px; align-items: baseline; }
ul.coverage li.exercised { background: var(--pass-bg); }
ul.coverage li.not-exercised { background: var(--panel); color: var(--muted); }
ul.coverage li.outside { background: var(--manual-bg); }
ul.coverage code, code.path, .findings td code, code.check-id { overflow-wrap: anywhere; }
table.attestations td:nth-child(5) { white-space: nowrap; }
ul.coverage .mark { font-weight: 700; width: 1em; flex: none; }
ul.coverage li.exercised .mark { color: var(--pass); }
.coverage-bar { height: 10px; background: #e3e7ed; border-radius: 5px; overflow: hidden; max-width: 480px; margin: 6px 0; }
.coverage-bar span { display: block; height: 100%; background: var(--pass); }
.legend-inline { font-size: 12px; color: var(--muted); }

.change-list li { margin: 2px 0; }
.signoff-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 24px; margin-top: 12px; }
.signoff { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
.signoff h3 { margin: 0 0 12px; font-size: 14px; }
.signoff .line { display: flex; align-items: flex-end; gap: 8px; margin: 16px 0 0; }
.signoff .line span { flex: none; width: 70px; color: var(--muted); font-size: 12.5px; }
.signoff .line i { flex: 1; border-bottom: 1px solid var(--ink); height: 1.4em; }
.signoff .line.signature i { height: 3em; }
footer.report-footer { padding: 12px 36px 20px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }

@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { background: #fff; }
  .page { max-width: none; box-shadow: none; zoom: 0.8; }
  nav.toc { display: none; }
  .report-header { -webkit-print-color-adjust: exact; print-color-adjust: exact; padding: 16px 18px; }
  main { padding: 0 2px; }
  footer.report-footer { padding: 8px 2px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid-page; }
  h3, h4 { break-after: avoid-page; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px; }
  dl.facts { grid-template-columns: 40% minmax(0, 1fr); }
  .card, .signoff, .section-chart, table.section-table { break-inside: avoid-page; }
  .check-head, .field-label { break-after: avoid-page; }
  tr { break-inside: avoid-page; }
  details > :not(summary) { display: none; }
  details summary { list-style: none; color: var(--muted); }
  pre { max-height: none; }
  #sign-off { break-before: page; }
}
`;
