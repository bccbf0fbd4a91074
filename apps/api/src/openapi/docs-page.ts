/** A self-contained page that lists the operations of /openapi.json (no external scripts). */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smsledger API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h2{margin-top:2rem}.op{border:1px solid #d0d7de;border-radius:6px;margin:.6rem 0;padding:.6rem .9rem}
.m{font-weight:700;text-transform:uppercase;margin-right:.5rem}.get{color:#0969da}.post{color:#1a7f37}.patch{color:#9a6700}.delete{color:#cf222e}
code{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}details pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:12px}</style></head>
<body><h1>smsledger API</h1><p>OpenAPI 3.1 document: <a href="/openapi.json"><code>/openapi.json</code></a>. Send <code>Authorization: Bearer &lt;key&gt;</code>.</p>
<div id="ops">Loading…</div>
<script>
fetch("/openapi.json").then(r => r.json()).then(doc => {
  const root = document.getElementById("ops"); root.textContent = "";
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const div = document.createElement("div"); div.className = "op";
    const head = document.createElement("div");
    head.innerHTML = '<span class="m ' + method + '">' + method + '</span><code></code> ';
    head.querySelector("code").textContent = path;
    head.append(op.summary || "");
    div.append(head);
    const details = document.createElement("details"); const summary = document.createElement("summary");
    summary.textContent = "responses: " + Object.keys(op.responses || {}).join(", ");
    const pre = document.createElement("pre"); pre.textContent = JSON.stringify(op, null, 2);
    details.append(summary, pre); div.append(details); root.append(div);
  }
}).catch(e => { document.getElementById("ops").textContent = "Could not load /openapi.json: " + e; });
</script></body></html>`;
