// container-vs-vm loader: fetches the widget's wasm only when a [data-cvm] box comes near the
// screen, then mounts every box on the page. Until then, and if anything fails (no WebAssembly,
// a 404, a corrupt file, a wasm that does not match its integrity hash), the static fallback
// inside each box stays as it is.
const here = new URL('.', import.meta.url);
const version = new URL(import.meta.url).search;
const boxes = document.querySelectorAll('[data-cvm]');
let started = false;

function start() {
  if (started) return;
  started = true;
  if (typeof WebAssembly !== 'object') return;
  // The include states the wasm's hash; fetch() refuses bytes that do not match it.
  const integrity = boxes[0].getAttribute('data-cvm-wasm-integrity') || undefined;
  const wasm = new URL('container-vs-vm_bg.wasm' + version, here);
  // The wasm download starts at once, alongside the glue's import, not after it.
  const bytes = fetch(wasm, { integrity });
  bytes.catch(() => {}); // a failure is reported once, below, when init awaits it
  import(new URL('container-vs-vm.js' + version, here).href)
    .then((m) => m.default({ module_or_path: bytes }))
    .catch((e) => console.warn('container-vs-vm: showing the static version;', e));
}

if (boxes.length && 'IntersectionObserver' in window) {
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      io.disconnect();
      start();
    }
  }, { rootMargin: '600px 0px' });
  boxes.forEach((b) => io.observe(b));
} else if (boxes.length) {
  start();
}
