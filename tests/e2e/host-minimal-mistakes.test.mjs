// The widget in a minimal-mistakes-like page: see hosts.mjs.
import { hostSuite } from './hosts.mjs';

hostSuite('minimal-mistakes');
