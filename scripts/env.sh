# Sourced by the scripts: the tools scripts/setup installed come first on PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$root/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
cd "$root"

# The shipped wasm-bindgen glue: minified, starting with V8's compile hint (Chrome 136+; other
# engines read a comment), so its functions compile while the module loads instead of one by one
# while the widget mounts. scripts/release uses it; scripts/bench puts the baseline's glue
# through the same step.
minify_glue() {
  esbuild --minify --format=esm --log-level=warning --banner:js='//# allFunctionsCalledOnLoad' \
    "$1" --outfile="$2"
}
