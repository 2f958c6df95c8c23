/** The card's stylesheet (inside its shadow root; `all: initial` keeps page styles out). */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #1d4ed8; --quote: #f6f8fa;
  box-sizing: border-box; position: fixed; z-index: 2147483647; width: min(380px, calc(100vw - 16px));
  max-height: min(460px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; text-transform: none;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #1c2128; --fg: #e6edf3; --muted: #9aa5b1; --line: #3d444d; --accent: #79b8ff; --quote: #262c36; box-shadow: 0 8px 28px rgba(0,0,0,.5); }
}
header { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; margin: 0; font-size: 15px; line-height: 1.3; font-weight: 650; outline: none; }
.vi { margin: 2px 0 0; color: var(--muted); font-style: italic; }
.description, .summary { margin: 6px 0 8px; }
.claim-text { margin: 6px 0 0; color: var(--muted); font-style: italic; }
.facts { list-style: none; margin: 0; padding: 0; }
.fact { border-top: 1px solid var(--line); padding: 8px 0; }
.statement { margin: 0 0 4px; }
.date { display: inline-block; margin-right: 6px; padding: 0 5px; border-radius: 4px; background: var(--quote); color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.excerpt { margin: 4px 0; padding: 4px 8px; border-left: 3px solid var(--accent); background: var(--quote); font-family: Georgia, "Times New Roman", serif; font-size: 13px; }
.also, .why { margin: 2px 0 0; color: var(--muted); font-size: 12px; }
button { font: inherit; color: var(--accent); background: none; border: 0; padding: 2px 0; cursor: pointer; text-align: left; }
button:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.cite { font-size: 12px; }
.close { color: var(--muted); font-size: 18px; line-height: 1; padding: 0 4px; }
footer { display: flex; flex-wrap: wrap; gap: 4px 14px; border-top: 1px solid var(--line); padding-top: 8px; margin-top: 4px; }
footer .mute, footer .pause { color: var(--muted); font-size: 12px; }
.verdict-same .title { color: #1a7f37; }
.verdict-differs .title { color: #b35900; }
@media (prefers-color-scheme: dark) { .verdict-same .title { color: #56d364; } .verdict-differs .title { color: #f0a35e; } }
`;
