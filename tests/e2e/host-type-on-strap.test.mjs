// The widget in a type-on-strap-like page: see hosts.mjs.
import { hostSuite } from './hosts.mjs';

hostSuite('type-on-strap');
