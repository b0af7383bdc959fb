(() => {
  "use strict";
  // id -> marks, built once per document section on first use (one pass over its marks)
  const indexes = new WeakMap();
  let lit = [];
  let chosen = null;
  function marksOf(section) {
    let index = indexes.get(section);
    if (!index) {
      index = new Map();
      for (const m of section.querySelectorAll("mark[data-id]")) {
        const id = m.dataset.id;
        const list = index.get(id);
        if (list) list.push(m); else index.set(id, [m]);
      }
      indexes.set(section, index);
    }
    return index;
  }
  let stops = [];  // the first mark of each annotation, in reading order
  let turn = 0;
  function show(el) {
    const section = el.closest("section.doc");
    if (!section) return;
    if (el === chosen && stops.length > 1) {
      // clicked again: on to the next mention, in reading order
      turn = (turn + 1) % stops.length;
      reveal(stops[turn]);
      return;
    }
    turn = 0;
    for (const m of lit) m.classList.remove("hit");
    lit = [];
    stops = [];
    const index = marksOf(section);
    for (const id of el.dataset.ids.split(" ")) {
      const marks = index.get(id) || [];
      for (const m of marks) { m.classList.add("hit"); lit.push(m); }
      if (marks.length) stops.push(marks[0]);
    }
    stops.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (chosen) chosen.classList.remove("on");
    chosen = el;
    el.classList.add("on");
    if (stops.length) reveal(stops[0]);
  }
  function reveal(mark) {
    // blocks laid out on the way in change height (content-visibility): aim again once settled
    mark.scrollIntoView({block: "center"});
    requestAnimationFrame(() => requestAnimationFrame(() => mark.scrollIntoView({block: "center"})));
  }
  function fill(details) {
    const t = details.querySelector(":scope > template");
    if (t) t.replaceWith(t.content);
  }
  document.addEventListener("click", (e) => {
    const el = e.target.closest("[data-ids]");
    if (el) show(el);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const el = e.target.closest && e.target.closest("[data-ids]");
    if (el) { e.preventDefault(); show(el); }
  });
  document.addEventListener("toggle", (e) => {
    if (e.target.tagName === "DETAILS" && e.target.open) fill(e.target);
  }, true);
  window.addEventListener("beforeprint", () => {
    for (const d of document.querySelectorAll("details")) { fill(d); d.open = true; }
  });
  for (const d of document.querySelectorAll("details[open]")) fill(d);
})();
