// container-vs-vm loader: fetches the widget's wasm only when a [data-cvm] box comes near the
// screen, then mounts every box on the page. Until then, and if anything fails (no WebAssembly,
// a 404, a corrupt file, a glue or wasm that does not match its integrity hash), the static fallback
// inside each box stays as it is.
//
// A tap (or Enter / Space) on the fallback's layer, row or advantage is kept, as a facade keeps a
// click on a video's poster: loading starts at once if it has not, the item shows it is being
// answered, and the widget mounts with it picked (data-cvm-tap, read by src/dom/mount.rs). Only
// this script makes those items buttons: without JavaScript they are text.
const here = new URL('.', import.meta.url);
const version = new URL(import.meta.url).search;
const boxes = document.querySelectorAll('[data-cvm]');
let started = false;

function start() {
  if (started) return;
  started = true;
  if (typeof WebAssembly !== 'object') return;
  // The include states the hashes of the glue and the wasm; the browser refuses bytes that do not
  // match them.
  const integrity = boxes[0].getAttribute('data-cvm-wasm-integrity') || undefined;
  const wasm = new URL('container-vs-vm_bg.wasm' + version, here);
  const glue = new URL('container-vs-vm.js' + version, here).href;
  // The wasm is fetched once the glue is there, so its bytes go straight into compiling. Starting
  // both at once would save a round trip on a slow network, but the static fallback is on screen
  // meanwhile, and the bytes would then wait for the glue (tried: the bench read ~25 ms worse).
  checked(glue, boxes[0].getAttribute('data-cvm-js-integrity'))
    .then(() => import(glue))
    .then((m) => m.default({ module_or_path: fetch(wasm, { integrity }) }))
    .catch((e) => {
      boxes.forEach(disarm);
      console.warn('container-vs-vm: showing the static version;', e);
    });
}

// What the reader picks from in a fallback, and the pick each one is (the URL hash's form).
const ITEM = '.cvm--static :is(.cvm-layer, tr[data-row], li[data-advantage])';
const LABEL = '.cvm--static :is(.cvm-layer, .cvm-row-button, .cvm-advantage-button)';
const pickOf = ({ dataset: d }) => d.block ? `layer:${d.block}` : d.row ? `row:${d.row}` : `advantage:${d.advantage}`;
const labelOf = (item) => item.matches(LABEL) ? item : item.querySelector(LABEL);

function tap(box, e) {
  // Armed until the widget mounts, or the load or the wasm fails (then the fallback is text).
  const item = box.hasAttribute('data-cvm-armed') && !box.hasAttribute('data-cvm-mounted')
    && e.target.closest?.(ITEM);
  if (!item || !box.contains(item)) return;
  if (e.type === 'keydown') {
    if ((e.key !== 'Enter' && e.key !== ' ') || !e.target.matches(LABEL)) return;
    e.preventDefault();
  }
  box.querySelector('[data-cvm-pending]')?.removeAttribute('data-cvm-pending');
  labelOf(item)?.setAttribute('data-cvm-pending', '');
  box.setAttribute('data-cvm-tap', pickOf(item));
  start();
}

function arm(box) {
  box.setAttribute('data-cvm-armed', '');
  box.querySelectorAll(LABEL).forEach((l) => { l.setAttribute('role', 'button'); l.tabIndex = 0; });
  box.addEventListener('click', (e) => tap(box, e));
  box.addEventListener('keydown', (e) => tap(box, e));
}

// The load failed: the fallback is text again, nothing pending.
function disarm(box) {
  box.removeAttribute('data-cvm-armed');
  box.removeAttribute('data-cvm-tap');
  box.querySelectorAll(LABEL).forEach((l) => {
    l.removeAttribute('role');
    l.removeAttribute('tabindex');
    l.removeAttribute('data-cvm-pending');
  });
}

// import() has no integrity option, but a module preloaded with one is what import() then gets:
// a glue that does not match its hash fails here and is never run. (Browsers without
// modulepreload import it unchecked, as before.)
function checked(href, integrity) {
  const link = document.createElement('link');
  if (!integrity || !link.relList.supports('modulepreload')) return Promise.resolve();
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.href = href;
    link.integrity = integrity;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load or does not match its integrity`));
    document.head.appendChild(link);
  });
}

if (typeof WebAssembly === 'object') boxes.forEach(arm);

if (boxes.length && 'IntersectionObserver' in window) {
  const io = new IntersectionObserver((entries) => {
    // Tells the wasm which boxes are near, so it need not measure them (a forced layout).
    for (const e of entries) e.target.setAttribute('data-cvm-near', String(e.isIntersecting));
    if (entries.some((e) => e.isIntersecting)) {
      io.disconnect();
      start();
    }
  }, { rootMargin: '600px 0px' });
  boxes.forEach((b) => io.observe(b));
} else if (boxes.length) {
  start();
}
