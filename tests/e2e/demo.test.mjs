// The demo page built by `trunk build --release` (dist/), in headless Chromium: the widget mounts
// where the post's picture was, shows both stacks, the caption, the controls and the table, with no
// console errors and nothing wider than the phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';

const the = useServers({ demo: true });

for (const width of [360, 1280]) {
  test(`demo page at ${width}px: mounted, complete, no errors, no overflow`, async () => {
    const page = await open(the.browser, { width, reducedMotion: 'reduce' });
    await page.goto(the.demo.url + '/');
    await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
    const facts = await page.evaluate(() => {
      const q = (s) => document.querySelectorAll('.cvm-live ' + s).length;
      return {
        layers: q('.cvm-layer--shown'),
        rows: q('tr.cvm-table-row'),
        caption: document.querySelector('.cvm-live .cvm-caption [aria-live]').textContent,
        buttons: q('.cvm-player button'),
        pageWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        widgetRight: document.querySelector('.cvm-live section.cvm').getBoundingClientRect().right,
      };
    });
    assert.equal(facts.layers, 21, 'reduced motion: every layer shown at once');
    assert.equal(facts.rows, 5);
    assert.equal(facts.buttons, 4);
    assert.match(facts.caption, /앱까지/);
    // Against the device width: a phone zooms out to fit a wider page, and its innerWidth grows.
    assert.equal(facts.viewport, width);
    assert.ok(facts.pageWidth <= width, `page scrolls sideways: ${facts.pageWidth} > ${width}`);
    assert.ok(facts.widgetRight <= width);
    // Nothing inside a layer block is cut off: labels fit their boxes.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.cvm-live .cvm-layer')]
        .filter((l) => l.scrollWidth > l.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1)
        .map((l) => l.textContent));
    assert.deepEqual(clipped, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('autoplay builds the stacks up from the hardware and stops complete', async () => {
  const page = await open(the.browser, { width: 360 });
  await page.goto(the.demo.url + '/');
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
  const level = () => page.getAttribute('.cvm-live .cvm-diagram', 'data-step');
  assert.ok(Number(await level()) <= 1, 'starts from nothing');
  // Every frame, what is animating and which properties: only transform and opacity may move
  // (the compositor runs those; anything else is layout or paint on every frame).
  await page.evaluate(() => {
    const seen = (window.__animated = new Set());
    const sample = () => {
      for (const a of document.getAnimations()) {
        if (a.transitionProperty) seen.add(a.transitionProperty);
        else for (const k of a.effect?.getKeyframes?.() ?? []) {
          for (const p of Object.keys(k)) if (!['offset', 'easing', 'composite', 'computedOffset'].includes(p)) seen.add(p);
        }
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.waitForFunction(() => document.querySelector('.cvm-live .cvm-diagram').dataset.step === '6', null, { timeout: 15000 });
  assert.equal(await page.locator('.cvm-live .cvm-layer--shown').count(), 21);
  assert.equal(await page.locator('.cvm-live .cvm-button--play').count(), 1, 'stopped: the button offers play again');
  // Then what a reader does: more apps (new blocks come in), a row, the other hypervisor type.
  await page.locator('.cvm-live .cvm-estimates-input').fill('6');
  await page.locator('.cvm-live .cvm-row-button').first().click();
  await page.locator('.cvm-live .cvm-picture button[data-value="type-1"]').click();
  await page.waitForTimeout(600);
  const animated = await page.evaluate(() => [...window.__animated].sort());
  assert.ok(animated.length > 0, 'the build-up animates something');
  assert.deepEqual(animated.filter((p) => p !== 'opacity' && p !== 'transform'), [], `animated: ${animated}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('keyboard only: Tab reaches the diagram, arrows reach every layer, Enter picks, Tab reaches every row, Escape clears', async () => {
  const page = await open(the.browser, { width: 1280, reducedMotion: 'reduce' });
  await page.goto(the.demo.url + '/');
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { block: e?.dataset?.block ?? null, row: e?.closest('tr')?.dataset?.row ?? null, pressed: e?.getAttribute('aria-pressed') };
  });
  // Tab from the top of the page until the diagram's single tab stop has the focus.
  let f;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    f = await focused();
    if (f.block) break;
  }
  assert.equal(f.block, 'vm.hardware', 'the diagram is one tab stop, starting at the hardware');
  const visited = new Set();
  const visit = async (key) => {
    if (key) await page.keyboard.press(key);
    const now = await focused();
    if (!visited.has(now.block)) {
      await page.keyboard.press('Enter');
      assert.equal((await focused()).pressed, 'true', `Enter picks ${now.block}`);
      assert.match(await page.textContent('.cvm-live .cvm-caption [aria-live]'), /:/);
      visited.add(now.block);
    }
    return now.block;
  };
  await visit(null);
  for (let i = 0; i < 8; i++) await visit('ArrowUp');
  // Snake across the columns: right into the next app's app, down its own layers and back up.
  for (let col = 0; col < 12; col++) {
    const before = (await focused()).block;
    const here = await visit('ArrowRight');
    if (here === before) break;
    const own = here.startsWith('vm.') ? 2 : 1;
    for (let i = 0; i < own; i++) await visit('ArrowDown');
    for (let i = 0; i < own; i++) await page.keyboard.press('ArrowUp');
  }
  for (let i = 0; i < 8; i++) await visit('ArrowDown');
  const all = await page.$$eval('.cvm-live .cvm-layer', (ls) => ls.map((l) => l.dataset.block));
  assert.deepEqual([...visited].sort(), [...all].sort(), 'every layer reached and picked');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.cvm-live .cvm-layer[aria-pressed="true"]').count(), 0, 'Escape clears');
  // Tab on to the table: every row header is a button that Enter picks.
  const rows = [];
  for (let i = 0; i < 40 && rows.length < 5; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (now.row && !rows.includes(now.row)) {
      await page.keyboard.press('Enter');
      assert.equal((await focused()).pressed, 'true', `Enter picks row ${now.row}`);
      assert.ok((await page.locator('.cvm-live .cvm-layer--lit').count()) > 0 || now.row === 'isolation');
      rows.push(now.row);
    }
  }
  assert.deepEqual(rows, ['virtualization', 'resources', 'workloads', 'performance', 'isolation']);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.cvm-live .cvm-row-button[aria-pressed="true"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Found by a review: places where the keyboard focus fell to the page, or the widget said or
// showed something that was no longer true.
test('focus never falls to the page: clearing with the button or Escape on it, stepping back below the tab stop', async () => {
  const page = await open(the.browser, { width: 1280, reducedMotion: 'reduce' });
  await page.goto(the.demo.url + '/#cvm1=lang:en');
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
  const active = () => page.evaluate(() => {
    const e = document.activeElement;
    return e === document.body ? 'BODY' : (e.dataset.block ?? e.className);
  });
  // Pick the host OS from the keyboard, Tab to "clear selection", press Enter.
  await page.focus('.cvm-live .cvm-layer[data-block="vm.host-os"]');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10 && !(await active()).includes('cvm-caption-clear'); i++) await page.keyboard.press('Tab');
  assert.match(await active(), /cvm-caption-clear/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.cvm-live [aria-pressed="true"].cvm-layer').count(), 0, 'cleared');
  assert.equal(await active(), 'vm.host-os', 'focus back on the diagram, not on the page');
  // The same with Escape while "clear selection" has the focus (a row picked this time).
  await page.click('.cvm-live .cvm-row-button >> nth=4');
  await page.focus('.cvm-live .cvm-caption-clear');
  await page.keyboard.press('Escape');
  assert.notEqual(await active(), 'BODY');
  // Level 3: the arrow keys stay on built blocks, and the diagram keeps a tab stop that takes focus.
  await page.fill('.cvm-live .cvm-scrubber-input', '3');
  await page.focus('.cvm-live .cvm-layer[data-block="vm.hypervisor"]');
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), 'vm.hypervisor', 'no move onto a block not built yet');
  const stops = await page.$$eval('.cvm-live .cvm-layer[tabindex="0"]', (ls) => ls.map((l) => ({ block: l.dataset.block, disabled: l.disabled })));
  assert.deepEqual(stops, [{ block: 'vm.hypervisor', disabled: false }]);
  // A cursor on an app, then two steps back: the tab stop moves to a block still there.
  await page.fill('.cvm-live .cvm-scrubber-input', '6');
  await page.focus('.cvm-live .cvm-layer[data-block="vm.app.3"]');
  await page.keyboard.press('ArrowLeft');
  await page.click('.cvm-live .cvm-button--back');
  await page.click('.cvm-live .cvm-button--back');
  const stop = await page.$$eval('.cvm-live .cvm-layer[tabindex="0"]', (ls) => ls.map((l) => !l.disabled));
  assert.deepEqual(stop, [true], 'one tab stop, on a block that can take the focus');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a pick lets go when the build-up replays; hidden blocks are out of the accessibility tree; a pick is said once', async () => {
  const page = await open(the.browser, { width: 1280 });
  // `focus:` is the hash key links shared before the pick had its own name: it still opens.
  await page.goto(the.demo.url + '/#cvm1=lang:en;focus:layer:vm.host-os');
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
  assert.equal(await page.getAttribute('.cvm-live .cvm-layer[data-block="vm.host-os"]', 'aria-pressed'), 'true',
    'an old focus: link picks its layer');
  const cdp = await page.context().newCDPSession(page);
  const buttons = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && n.role?.value === 'button').map((n) => n.name?.value);
  // Said once: the name is the label; "pressed" is the state.
  assert.ok((await buttons()).includes('Host OS'), 'the picked layer is named by its label alone');
  await page.click('.cvm-live .cvm-button--replay');
  await page.waitForFunction(() => document.querySelector('.cvm-live .cvm-diagram').dataset.step === '2');
  const r = await page.evaluate(() => ({
    pressed: document.querySelectorAll('.cvm-live .cvm-diagram [aria-pressed="true"], .cvm-live .cvm-row-button[aria-pressed="true"]').length,
    lit: document.querySelectorAll('.cvm-live .cvm-layer--lit').length,
    picked: document.querySelector('.cvm-live section.cvm').classList.contains('cvm--picked'),
    caption: document.querySelector('.cvm-live .cvm-caption [aria-live]').textContent,
  }));
  assert.deepEqual({ ...r, caption: undefined }, { pressed: 0, lit: 0, picked: false, caption: undefined });
  assert.match(r.caption, /^Host OS: the operating system installed/, 'the caption follows the build-up');
  // At level 2 only the hardware and the host OS are built: nothing else is read out.
  await page.click('.cvm-live .cvm-button--pause').catch(() => {});
  await page.fill('.cvm-live .cvm-scrubber-input', '2');
  const names = await buttons();
  for (const hidden of ['Guest OS', 'Bins/Libs', 'App 1', 'Hypervisor']) assert.ok(!names.includes(hidden), `${hidden} is not read out at level 2`);
  const lists = (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && n.role?.value === 'list').map((n) => n.name?.value);
  assert.ok(!lists.includes('VM 1') && !lists.includes('Container 1'), `no empty app list is read out: ${lists}`);
  assert.ok(names.includes('Hardware') && names.includes('Host OS'));
  await page.context().close();
});

for (const [picture, lang, words] of [
  ['wsl2', 'ko', /글쓴이의 구성은 아니다/], ['wsl2', 'en', /not the post author's/],
  ['cloud-vm', 'ko', /함께 쓰인다/], ['cloud-vm', 'en', /used together/],
]) {
  test(`the ${picture} picture (${lang}): restored from the URL hash, nested stacks, its own caption, no player; a row shows there`, async () => {
    const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
    await page.goto(the.demo.url + `/#cvm1=lang:${lang};picture:${picture}`);
    await page.waitForSelector(`[data-cvm] .cvm-live .cvm-nested--${picture}`);
    const state = () => page.evaluate(() => ({
      nested: !!document.querySelector('.cvm-live .cvm-nested'),
      pressed: document.querySelector('.cvm-live .cvm-picture [aria-pressed="true"]').dataset.value,
      // The containers stand inside the VM that runs their engine.
      containersInVm: document.querySelectorAll('.cvm-live .cvm-nested [data-part="vm"] .cvm-nested-containers .cvm-column').length,
      controls: document.querySelector('.cvm-live .cvm-player').checkVisibility({ visibilityProperty: true }) ? 'visible' : 'hidden',
      caption: document.querySelector('.cvm-live .cvm-caption [aria-live]').textContent,
      // A nested picture's caption is its short answer (the rest waits under "more").
      shown: document.querySelector('.cvm-live .cvm-caption-short').textContent,
    }));
    let s = await state();
    assert.equal(s.pressed, picture);
    assert.equal(s.containersInVm, 2);
    assert.equal(s.controls, 'hidden');
    assert.match(s.caption, words);
    assert.equal(s.caption, s.shown);
    await page.click('.cvm-live .cvm-row-button >> nth=4');
    s = await state();
    assert.equal(s.nested, true, 'a row shows on the nested picture');
    assert.equal(s.pressed, picture);
    // The isolation row: the flaw reaches app 1, the VM's kernel and the other container.
    assert.equal(await page.locator('.cvm-live .cvm-nested .cvm-layer--lit').count(), 3);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("a link shared before there were three pictures (preset:author) opens the WSL2 picture", async () => {
  const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
  await page.goto(the.demo.url + '/#cvm1=preset:author');
  await page.waitForSelector('[data-cvm] .cvm-live .cvm-nested--wsl2');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the isolation row shows the isolation spectrum: a shared kernel, a user-space kernel, a microVM per container', async () => {
  for (const lang of ['ko', 'en']) {
    const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
    await page.goto(the.demo.url + `/#cvm1=lang:${lang}`);
    await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
    // Under the isolation row's "more": shown once the reader opens it.
    const spectrum = () => page.evaluate(() => {
      const s = document.querySelector('.cvm-live .cvm-caption .cvm-more .cvm-spectrum');
      return s && s.checkVisibility()
        ? [...s.querySelectorAll('.cvm-spectrum-name')].map((n) => n.textContent) : [];
    });
    assert.deepEqual(await spectrum(), [], 'not before the row is picked');
    await page.click('.cvm-live .cvm-row-button >> nth=4');
    assert.deepEqual(await spectrum(), [], 'not before "more" is opened');
    await page.click('.cvm-live .cvm-more-summary');
    const names = await spectrum();
    assert.equal(names.length, 3, `${lang}: ${names}`);
    assert.match(names[0], /runc/);
    assert.match(names[1], /gVisor/);
    assert.match(names[2], /Kata Containers/);
    // Firecracker is one of the VMMs Kata can use, named in its level's text.
    assert.match(await page.textContent('.cvm-live .cvm-spectrum-level >> nth=2'), /Firecracker/);
    assert.match(await page.textContent('.cvm-live .cvm-caption .cvm-more'), /CVE-2015-3456/);
    await page.context().close();
  }
});

test('every figure the estimates show carries its unit, in both languages', async () => {
  for (const lang of ['ko', 'en']) {
    const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
    await page.goto(the.demo.url + `/#cvm1=lang:${lang}`);
    await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
    await page.click('.cvm-live .cvm-sources summary');
    const r = await page.evaluate(() => ({
      figures: [...document.querySelectorAll('.cvm-live .cvm-sources li strong')].map((e) => e.textContent),
      // The bars' figures, after their side's name (`VM ≈ 3.0 GB`).
      cells: [...document.querySelectorAll('.cvm-live .cvm-estimates .cvm-bar')].map((e) => e.textContent.replace(/^\S+ /, '')),
      assumption: document.querySelector('.cvm-live .cvm-estimates-assumption')?.textContent ?? '',
    }));
    // One per figure of the content file (the VM monitor's was dropped: no document states it).
    assert.equal(r.figures.length, 8);
    assert.equal(r.cells.length, 6, `${lang}: memory, disk and start time on both sides`);
    for (const f of [...r.figures, ...r.cells]) {
      assert.match(f, /^(≈ )?\d+(\.\d)? (MB|GB|ms|s)$/, `${lang}: "${f}" has no unit`);
    }
    assert.ok(r.figures.includes('9 s'), `${lang}: the VM boot is shown as 9 s: ${r.figures}`);
    assert.match(r.assumption, /copy-on-write/);
    await page.context().close();
  }
});

test('arrow keys follow the layout: side by side on a phone, three apps to a row; one above the other at 200 % text', async () => {
  const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
  await page.goto(the.demo.url + '/#cvm1=apps:4');
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
  const active = () => page.evaluate(() => document.activeElement.dataset.block);
  const from = async (block, key) => {
    await page.focus(`.cvm-live .cvm-layer[data-block="${block}"]`);
    await page.keyboard.press(key);
    return active();
  };
  // A phone: both stacks side by side, the fourth VM in a row below the first three.
  assert.equal(await from('vm.hardware', 'ArrowRight'), 'container.hardware', 'right crosses to the container stack');
  assert.equal(await from('vm.app.3', 'ArrowRight'), 'container.app.1', 'the end of the VM row is next to the containers');
  assert.equal(await from('vm.app.4', 'ArrowUp'), 'vm.guest-os.1', 'the fourth VM stands below the first');
  // Text at 200 %: the stacks one above the other.
  await page.evaluate(() => new Promise((done) => {
    document.documentElement.style.fontSize = '200%';
    requestAnimationFrame(() => requestAnimationFrame(done));
  }));
  assert.equal(await from('vm.hardware', 'ArrowRight'), 'vm.hardware', 'right does not jump to the stack below');
  assert.equal(await from('vm.hardware', 'ArrowDown'), 'container.app.1', 'down goes on into the container stack below');
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), 'vm.hardware', 'and up comes back');
  // Part-way through the build-up: down goes to the highest container block already built.
  await page.fill('.cvm-live .cvm-scrubber-input', '3');
  assert.equal(await from('vm.hardware', 'ArrowDown'), 'container.engine', 'down reaches the container stack while it builds');
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), 'vm.hardware');
  await page.context().close();
});

test('on a phone, picking a row or an advantage far below brings the caption and the diagram into sight', async () => {
  // From a nested picture too, where the pick shows on the nested picture's blocks.
  for (const [what, sel, hash] of [['row', '.cvm-live .cvm-row-button >> nth=4', ''], ['advantage', '.cvm-live .cvm-advantage-button >> nth=3', ''],
    ["row from the WSL2 picture", '.cvm-live .cvm-row-button >> nth=4', '#cvm1=picture:wsl2']]) {
    const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
    await page.goto(the.demo.url + '/' + hash);
    await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
    // The row or advantage at the top of the screen: the diagram above it, out of sight.
    await page.locator(sel).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    const inSight = (s) => page.evaluate((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    }, s);
    assert.equal(await inSight('.cvm-live .cvm-diagram'), false, `${what}: the stacks start out of sight`);
    await page.locator(sel).tap();
    await page.waitForTimeout(300);
    assert.equal(await inSight('.cvm-live .cvm-caption-short'), true, `${what}: the caption's short answer comes into sight`);
    assert.equal(await inSight('.cvm-live .cvm-diagram'), true, `${what}: and both stacks`);
    const litInSight = await page.evaluate(() => [...document.querySelectorAll('.cvm-live .cvm-layer--lit')]
      .some((l) => { const r = l.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }));
    assert.ok(litInSight, `${what}: a lit block is on screen`);
    // Un-picking does not scroll: what the reader tapped stays where it is on screen (the
    // caption above it gets shorter; the browser's scroll anchoring keeps the tapped row in place).
    await page.locator(sel).scrollIntoViewIfNeeded();
    const y = (await page.locator(sel).boundingBox()).y;
    await page.locator(sel).tap();
    await page.waitForTimeout(300);
    const after = (await page.locator(sel).boundingBox()).y;
    assert.ok(Math.abs(after - y) <= 1, `${what}: un-picking stays put (${y} -> ${after})`);
    await page.context().close();
  }
});
