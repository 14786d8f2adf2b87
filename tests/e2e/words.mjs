// The words of an element that were split across lines: a word (between spaces, hyphens,
// zero-width spaces, slashes and brackets, where lines may break) whose letters lie on more than one line. Every text counts,
// the caption's not-yet-current ones too (they are laid out); not the visually hidden ones, which
// are 1 px wide on purpose. Run in the page: `page.evaluate(splitWords, selector)`.
export function splitWords(selector) {
  const out = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('.cvm-visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      for (const m of t.data.matchAll(/[^\s\-\u200b–—/()]+/g)) {
        const r = document.createRange();
        r.setStart(t, m.index);
        r.setEnd(t, m.index + m[0].length);
        if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}
