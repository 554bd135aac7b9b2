/**
 * The site's one stylesheet, served as /static/site.<hash>.css. Kept as a string so the bundle
 * carries it. System fonts, no images; dark mode through prefers-color-scheme; a print layout
 * without the forms. Colours were chosen for at least 4.5:1 contrast on both backgrounds.
 */
export const SITE_CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0a58ca;--code-bg:#f3f4f6;--warn-bg:#fff4e5;--warn-fg:#7a3e00;--warn-line:#e8a33d;--ok:#1a7f37;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9ba7b4;--line:#30363d;--accent:#6cb6ff;--code-bg:#161b22;--warn-bg:#2b1d0b;--warn-fg:#f2c078;--warn-line:#9e6a03;--ok:#56d364}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR","Apple SD Gothic Neo",sans-serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem}
.skip:focus{left:.5rem}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
header.site{border-bottom:1px solid var(--line)}
header.site .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding-top:.6rem;padding-bottom:.6rem}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--fg)}
nav.lang a{font-size:.95rem}
main{padding:1rem 0 2rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;padding-top:.4rem;border-top:1px solid var(--line)}
h3{font-size:1.02rem;margin:1rem 0 .4rem}
p,ul,ol{margin:.4rem 0}
.summary{color:var(--muted);margin-top:0}
.muted{color:var(--muted)}
.warning{background:var(--warn-bg);color:var(--warn-fg);border-left:4px solid var(--warn-line);padding:.1rem .4rem}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
code{background:var(--code-bg);padding:.05rem .3rem;border-radius:4px;overflow-wrap:anywhere}
.cmd{margin:.4rem 0 .9rem}
.cmd p{margin:.2rem 0}
.cmd-row{display:flex;gap:.4rem;align-items:flex-start}
pre{flex:1;min-width:0;margin:0;background:var(--code-bg);padding:.55rem .7rem;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}
pre code{background:none;padding:0}
button,.button{font:inherit;font-size:.9rem;padding:.35rem .8rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);cursor:pointer;min-height:2.2rem}
button:hover{border-color:var(--accent)}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0 1rem}
form.search label{flex-basis:100%;font-weight:600}
form.search input{flex:1;min-width:12rem;font:inherit;padding:.45rem .6rem;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg)}
.hint{font-size:.9rem;color:var(--muted);flex-basis:100%;margin:0}
ul.grid{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.4rem}
ul.grid a{display:block;padding:.45rem .6rem;border:1px solid var(--line);border-radius:6px;text-decoration:none}
ul.grid a:hover{border-color:var(--accent)}
ul.grid .num{font-weight:700;margin-right:.4rem;color:var(--fg)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
th{font-weight:600}
dl.fields{margin:.4rem 0}
dl.fields dt{font-weight:600;margin-top:.6rem}
dl.fields dd{margin:.1rem 0 0 1rem}
ul.lines{padding-left:1.2rem}
ul.lines li.plain{list-style:none;margin-left:-1.2rem}
ul.lines li.sub{list-style:none}
nav.os ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
nav.os a{display:inline-block;padding:.3rem .7rem;border:1px solid var(--line);border-radius:999px;text-decoration:none}
nav.os a[aria-current]{background:var(--accent);color:var(--bg);border-color:var(--accent)}
form.feedback{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--line)}
form.feedback fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
form.feedback legend{font-weight:600;margin-bottom:.4rem;padding:0}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}
.data{color:var(--muted);font-size:.9rem}
@media (max-width:30rem){h1{font-size:1.35rem}.wrap{padding:0 .75rem}}
@media print{header.site nav,form,.copy,nav.os,.skip{display:none!important}body{font-size:11pt;color:#000;background:#fff}a{color:#000}pre{white-space:pre-wrap;border:1px solid #999}h2{break-after:avoid}.cmd{break-inside:avoid}}
`.trim();
