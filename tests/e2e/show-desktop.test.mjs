// Show, then tell, at 1280 × 800 (a mouse): the checks show.test.mjs runs on a phone.
import { test } from 'node:test';
import { useServers } from './support.mjs';
import { eachShowMovesAndEndsStill, eachShowEndsAtOnce } from './show-support.mjs';

const the = useServers({ site: true });
const DESKTOP = { width: 1280, height: 800 };

test('1280 × 800: each pick\'s show moves, ends still, and keeps the widget\'s height', () => eachShowMovesAndEndsStill(the, DESKTOP));
test('1280 × 800, reduced motion: each show\'s end at once, nothing moves', () => eachShowEndsAtOnce(the, DESKTOP));
