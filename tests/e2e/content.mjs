// The widget's words as the author wrote them (content/<lang>.toml), for the tests to look for
// instead of copies that an edit of the words would break. The path a show writes is built as
// the caption builds it (components/caption.rs): `VM: App 1 → Bins/Libs 1`, a step's blocks
// joined by commas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { parse } = require('../../scripts/node_modules/smol-toml');

const read = (lang) => parse(readFileSync(new URL(`../../content/${lang}.toml`, import.meta.url), 'utf8'));
export const EN = read('en');

/** A layer's label (`kind` as in content: `guest_os`), with its app's number if given. */
export const label = (kind, app) => {
  const l = EN.layers.find((x) => x.kind === kind);
  if (!l) throw new Error(`content/en.toml: no layer ${kind}`);
  return app ? `${l.label} ${app}` : l.label;
};
/** The stacks' units as the path writes them (`VM`, `Container`). */
export const { vm_unit: VM, container_unit: CT } = EN.ui;
/** App `g`, bins/libs `g`: the blocks of one VM or container. */
export const app = (g) => label('app', g);
export const bins = (g) => label('bins_libs', g);
/** A nested picture's own words (`wsl2`, `cloud-vm`). */
export const nestedPicture = (picture) => EN.pictures.nested.find((n) => n.picture === picture);
/** A name a show writes, as the caption writes it: without the zero-width space it breaks at. */
export const plain = (name) => name.replaceAll('\u200b', '');
/** A path line: `unit: step → step`, a step one name or several (`[a, b]`, joined by commas). */
export const path = (unit, ...steps) =>
  `${unit}: ${steps.map((s) => (Array.isArray(s) ? s.join(', ') : s)).join(' → ')}`;
/** The numbers 1..n of the apps, each as `make(g)`. */
export const each = (n, make) => Array.from({ length: n }, (_, i) => make(i + 1));
