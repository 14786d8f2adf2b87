# Sourced by the scripts: the tools scripts/setup installed come first on PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$root/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
cd "$root"


# The release wasm's toolchain and flags (README "Size"): a pinned, dated nightly rebuilds std for
# size, and a panic aborts at once (no panic message formatting in the wasm). Only the release wasm
# (scripts/release, scripts/bench for the widget and its baseline) is built this way; clippy, the
# tests and the SSR fallback use stable. Its own target dir, so neither build invalidates the other.
RELEASE_TOOLCHAIN=nightly-2026-05-19
release_env=(
  RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
  CARGO_TARGET_DIR="$root/target/release-wasm"
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  "RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort"
)
# CVM_RELEASE_VARS names them for Trunk's post-build hook, which runs the (host, stable) embed
# tool without them.
release_wasm() {
  env "${release_env[@]}" CVM_RELEASE_VARS="${release_env[*]%%=*}" "$@"
}
