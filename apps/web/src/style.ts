/**
 * The viewer's one stylesheet, served from the app (no fonts or CDNs, so nothing third-party blocks
 * rendering). Colours meet WCAG 2.1 AA contrast (text ≥ 4.5:1, focus ring ≥ 3:1 on every background);
 * the print rules turn a paragraph's permalink into a clean extract.
 */
export const STYLESHEET = `
:root{--text:#1a1a1a;--muted:#4f4f4f;--bg:#fff;--soft:#f4f6f8;--line:#c9ced4;--link:#0a52a3;--visited:#5b2a86;
--brand:#12355b;--focus:#ffdd00;--ok:#1d6b35;--warn:#7a4a00;--bad:#a01b1b;font-size:106.25%}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.55;color:var(--text);background:var(--bg)}
a{color:var(--link);text-underline-offset:.15em}
a:visited{color:var(--visited)}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 6px var(--focus)}
main:focus{outline:none}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-9999px;top:0;z-index:10;padding:.6rem 1rem;background:var(--focus);color:#0b0c0c;font-weight:600}
.skip:focus{left:1rem;top:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.site-header{background:var(--brand);color:#fff}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:.6rem;padding-bottom:.6rem}
.site-header a,.site-header a:visited{color:#fff}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0;list-style:none}
.site-nav a{text-decoration:none;padding:.2rem 0;border-bottom:3px solid transparent}
.site-nav a[aria-current=page],.site-nav a:hover{border-bottom-color:#fff}
.site-search{margin-left:auto;display:flex;gap:.25rem}
.site-search input{width:12rem}
input,select,button{font:inherit;padding:.35rem .5rem;border:2px solid #5a6470;border-radius:3px;background:#fff;color:var(--text)}
button{background:var(--brand);border-color:var(--brand);color:#fff;font-weight:600;cursor:pointer}
.site-header button{background:#fff;color:var(--brand);border-color:#fff}
.crumbs ol{display:flex;flex-wrap:wrap;gap:.25rem;margin:.9rem 0 0;padding:0;list-style:none;font-size:.9rem}
.crumbs li+li::before{content:"›";margin-right:.35rem;color:var(--muted)}
main{display:block;padding-bottom:3rem}
h1{font-size:1.9rem;line-height:1.2;margin:1rem 0 .75rem}
h2{font-size:1.4rem;line-height:1.25;margin:2rem 0 .6rem}
h3{font-size:1.15rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.4rem 0 .8rem;max-width:46rem}
.eyebrow{margin:1rem 0 0;color:var(--muted);font-weight:600}
.eyebrow+h1{margin-top:.2rem}
.lead{font-size:1.1rem}
.muted{color:var(--muted)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:4px;padding:.8rem 1rem;background:var(--soft)}
.cards h3{margin:0 0 .3rem}
.cards p{margin:.2rem 0}
.list{padding-left:1.2rem}
.list li{margin:.25rem 0}
.plain{list-style:none;padding:0}
.plain li{margin:.35rem 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:.95rem}
caption{text-align:left;font-weight:700;font-size:1.05rem;padding:.3rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .6rem .35rem 0;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid var(--text)}
.tag{display:inline-block;padding:0 .45rem;border:1px solid currentColor;border-radius:1rem;font-size:.85rem;font-weight:600;line-height:1.5;color:var(--brand);background:#fff;margin-right:.3rem}
.tags{display:inline;padding:0;margin:0;list-style:none}
.tags li{display:inline}
.state-overdue{color:var(--bad)}
.state-due-soon,.maybe{color:var(--warn)}
.state-reported,.state-done{color:var(--ok)}
.toc ol{columns:2 22rem;padding-left:0;list-style:none}
.toc ol{margin-top:0}.toc li{margin:0;padding:.12rem 0;break-inside:avoid}
.paragraph{border-top:1px solid var(--line);padding:.6rem 0 .4rem;scroll-margin-top:1rem}
.paragraph:target{border-left:6px solid var(--focus);padding-left:1rem;background:#fffbe0}
.paragraph>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.paragraph>header h3{margin:.6rem 0 .2rem}
.num{display:inline-block;min-width:4.2rem;color:var(--muted)}
.permalink{font-size:.9rem}
.meta{font-size:.95rem;color:var(--muted);margin:.1rem 0 .5rem}
.meta a{color:var(--link)}
.decision{border-left:4px solid var(--brand);padding:.1rem 0 .1rem .8rem;margin:.5rem 0}
.decision p{margin:.2rem 0}
.proposal{color:var(--muted)}
.history{background:var(--soft);padding:.5rem .9rem;border-radius:4px;margin:.5rem 0}
.pager{display:flex;gap:1rem;margin:1rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:flex-end;background:var(--soft);padding:.8rem 1rem;border-radius:4px}
.filters label{display:block;font-weight:600;font-size:.95rem}
.hit{margin:0 0 1.1rem}
.hit p{margin:.15rem 0}
mark{background:#ffe866;color:inherit;padding:0 .1em}
.subscribe{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.subscribe a{display:inline-block;padding:.4rem .8rem;border:2px solid var(--brand);border-radius:3px;font-weight:600;text-decoration:none;color:var(--brand)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);padding:.05rem .3rem;word-break:break-all}
.site-footer{border-top:1px solid var(--line);background:var(--soft);font-size:.9rem;color:var(--muted);padding:1rem 0 2rem}
.print-only{display:none}
@media (max-width:40rem){h1{font-size:1.5rem}.site-search{margin-left:0;width:100%}.site-search input{flex:1}
.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.4rem}.num{min-width:0}
h1,h2,h3{overflow-wrap:anywhere;hyphens:auto}table{font-size:.88rem}th,td{padding:.3rem .4rem .3rem 0;overflow-wrap:anywhere;hyphens:auto}
.filters>div{max-width:100%;min-width:0}select{max-width:100%}}
@media print{
@page{margin:18mm}
body{font:11pt/1.45 Georgia,"Times New Roman",serif;color:#000}
.site-header,.site-footer,.skip,.crumbs,.toc,.permalink,.no-print,form{display:none!important}
.print-only{display:block}
a,a:visited{color:#000;text-decoration:none}
h1{font-size:18pt}h2{font-size:14pt}h3{font-size:12pt}
.paragraph{border:0;background:none;padding:0}
.paragraph:target{border:0;padding:0;background:none}
h2,h3,h4{break-after:avoid}
table,.decision{break-inside:avoid}
main:has(.paragraph:target)>:not(.meeting-head):not(.paragraphs){display:none}
main:has(.paragraph:target) .paragraphs>:not(.paragraph:target){display:none}
}
`
  .trim()
  .replace(/\n/g, '');
