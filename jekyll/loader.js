// container-vs-vm loader: fetches the widget's wasm only when a [data-cvm] box comes near the
// screen, then mounts every box on the page. Until then, and if anything fails (no WebAssembly,
// a 404, a corrupt file, a glue or wasm that does not match its integrity hash), the static fallback
// inside each box stays as it is.
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
    .catch((e) => console.warn('container-vs-vm: showing the static version;', e));
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
