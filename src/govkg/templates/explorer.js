// govkg graph explorer. Everything from documents is data: it reaches the page only through
// textContent and DOM nodes, never through innerHTML.
(function () {
  "use strict";
  const timings = { start: performance.now() };
  const payload = JSON.parse(document.getElementById("govkg-data").textContent);
  timings.parsed = performance.now();
  const G = payload.graph;
  const byId = new Map(G.nodes.map((n) => [n.id, n]));
  const classOf = new Map(G.classes.map((c) => [c.name, c]));
  const state = { classes: new Set(G.classes.map((c) => c.name)), doc: "", neighbourhood: false, selected: null };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // the sentence with every occurrence of the given terms marked, built from text nodes
  function highlighted(sentence, terms) {
    const span = el("span", null, "sentence");
    const wanted = terms.filter((t) => t && sentence.includes(t)).sort((a, b) => b.length - a.length);
    let rest = sentence;
    while (rest.length) {
      let at = -1, term = null;
      for (const t of wanted) {
        const i = rest.indexOf(t);
        if (i >= 0 && (at < 0 || i < at)) { at = i; term = t; }
      }
      if (at < 0) { span.appendChild(document.createTextNode(rest)); break; }
      if (at > 0) span.appendChild(document.createTextNode(rest.slice(0, at)));
      span.appendChild(el("mark", term));
      rest = rest.slice(at + term.length);
    }
    return span;
  }

  const nodes = new vis.DataSet(payload.vis.nodes);
  const edges = new vis.DataSet(payload.vis.edges.map((e, i) => Object.assign({ id: i }, e)));
  const container = document.getElementById("network");
  timings.datasets = performance.now();
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  timings.network = performance.now();
  window.govkg = { network: network, nodes: nodes, edges: edges, graph: G, firstDraw: null, timings: timings };
  network.once("afterDrawing", () => { window.govkg.firstDraw = timings.drawn = performance.now(); });

  // large graphs start without labels; they are added once the view is close enough to read them
  let labelled = !payload.big;
  function addLabels() {
    if (labelled || network.getScale() < 0.4) return;
    labelled = true;
    nodes.update(G.nodes.map((n) => ({ id: n.id, label: n.label })));
  }
  network.on("zoom", addLabels);
  network.on("afterDrawing", () => { if (!labelled) setTimeout(addLabels, 0); });

  // ------------------------------------------------------------------ hover: class, label, aliases
  const tip = el("div", null, "tooltip");
  tip.hidden = true;
  container.appendChild(tip);
  network.on("hoverNode", (params) => {
    const n = byId.get(params.node);
    tip.replaceChildren(el("strong", n.label), el("div", ((classOf.get(n.cls) || {}).zh || "") + " · " + n.cls));
    if (n.aliases.length) tip.appendChild(el("div", "别名: " + n.aliases.join("、")));
    tip.style.left = params.pointer.DOM.x + 14 + "px";
    tip.style.top = params.pointer.DOM.y + 14 + "px";
    tip.hidden = false;
  });
  network.on("blurNode", () => { tip.hidden = true; });

  // ------------------------------------------------------------------ legend and filters
  const legend = document.getElementById("legend");
  for (const c of G.classes) {
    if (!c.count) continue;
    const label = el("label");
    const box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.cls = c.name;
    box.addEventListener("change", () => {
      if (box.checked) state.classes.add(c.name); else state.classes.delete(c.name);
      applyFilters();
    });
    const swatch = el("span", null, "swatch");
    swatch.style.background = c.color;
    label.append(box, swatch, el("span", c.zh + " " + c.name + " (" + c.count + ")"));
    legend.appendChild(label);
  }
  const docFilter = document.getElementById("doc-filter");
  G.docs.forEach((name, i) => { const o = el("option", name); o.value = String(i); docFilter.appendChild(o); });
  docFilter.addEventListener("change", () => { state.doc = docFilter.value; applyFilters(); });
  document.getElementById("neighbourhood").addEventListener("change", (ev) => {
    state.neighbourhood = ev.target.checked; applyFilters();
  });
  const physics = document.getElementById("physics");
  physics.checked = !payload.big;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));

  function neighbours(id) {
    const out = new Set([id]);
    for (const other of network.getConnectedNodes(id)) out.add(other);
    return out;
  }

  function applyFilters() {
    const near = state.neighbourhood && state.selected !== null ? neighbours(state.selected) : null;
    const doc = state.doc === "" ? null : Number(state.doc);
    const updates = [];
    for (const n of G.nodes) {
      const visible = state.classes.has(n.cls) && (doc === null || n.docs.includes(doc)) && (!near || near.has(n.id));
      updates.push({ id: n.id, hidden: !visible });
    }
    nodes.update(updates);
    status();
  }

  function status() {
    const shown = nodes.get({ filter: (n) => !n.hidden }).length;
    document.getElementById("status").textContent = shown + " / " + G.nodes.length + " 节点 nodes · " + G.edges.length + " 关系 relations";
  }

  // ------------------------------------------------------------------ side panel
  const panel = document.getElementById("panel");
  function show(id) {
    const n = byId.get(id);
    state.selected = id;
    panel.replaceChildren();
    const c = classOf.get(n.cls) || { color: "#999", zh: n.cls };
    const badge = el("span", c.zh + " " + n.cls, "cls");
    badge.style.background = c.color;
    panel.append(badge, el("h2", n.label));
    if (n.aliases.length) panel.appendChild(el("div", "别名 aliases: " + n.aliases.join("、"), "aliases"));
    if (n.metric) {
      const t = el("table");
      for (const [k, v] of [["数值 value", n.metric.value], ["单位 unit", n.metric.unit], ["比较 comparator", n.metric.comparator],
                            ["周期 period", n.metric.period], ["适用于 group", n.metric.group], ["计量 measure", n.metric.measure]]) {
        if (!v) continue;
        const tr = el("tr"); tr.append(el("td", k), el("td", v)); t.appendChild(tr);
      }
      panel.append(el("h3", "指标 metric"), t);
    }
    if (n.date) panel.appendChild(el("div", "日期 date: " + n.date));
    const related = edges.get({ filter: (e) => e.from === id || e.to === id });
    if (related.length) {
      panel.appendChild(el("h3", "关系 relations"));
      const ul = el("ul");
      const info = new Map(G.edges.map((e, i) => [i, e]));
      for (const e of related) {
        const data = info.get(e.id);
        const outgoing = e.from === id;
        const other = byId.get(outgoing ? e.to : e.from);
        const li = el("li");
        const link = el("a", other.label);
        link.addEventListener("click", () => select(other.id));
        li.append(el("span", outgoing ? "→ " + data.label + " " : "← " + data.label + " "), link);
        for (const [doc, sentence] of data.says) {
          if (!sentence) continue;
          li.append(highlighted(sentence, [n.label, other.label, ...n.aliases, ...other.aliases]), el("span", G.docs[doc] || "", "doc"));
        }
        ul.appendChild(li);
      }
      panel.appendChild(ul);
    }
    if (n.mentions.length) {
      panel.appendChild(el("h3", "原文 mentions"));
      const ul = el("ul");
      for (const [doc, sentence, surface] of n.mentions) {
        const li = el("li");
        li.append(highlighted(sentence || surface, [surface]), el("span", G.docs[doc] || "", "doc"));
        ul.appendChild(li);
      }
      panel.appendChild(ul);
    }
    if (state.neighbourhood) applyFilters();
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    show(id);
  }
  network.on("click", (params) => { if (params.nodes.length) show(params.nodes[0]); });

  // ------------------------------------------------------------------ search
  const search = document.getElementById("search");
  const results = document.getElementById("results");
  function matches(q) {
    const exact = [], partial = [];
    for (const n of G.nodes) {
      const names = [n.label, ...n.aliases];
      if (names.includes(q)) exact.push(n);
      else if (names.some((s) => s.includes(q))) partial.push(n);
    }
    return exact.concat(partial).slice(0, 20);
  }
  search.addEventListener("input", () => {
    const q = search.value.trim();
    results.replaceChildren();
    results.hidden = !q;
    if (!q) return;
    for (const n of matches(q)) {
      const li = el("li", n.label + "  ·  " + ((classOf.get(n.cls) || {}).zh || n.cls));
      li.addEventListener("click", () => { results.hidden = true; select(n.id); });
      results.appendChild(li);
    }
  });
  search.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    const found = matches(search.value.trim());
    results.hidden = true;
    if (found.length) select(found[0].id);
  });
  status();
})();
