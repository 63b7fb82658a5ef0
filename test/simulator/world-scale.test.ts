// The simulator at the scale the load-style tests use: 20,000 points seeded, 5,000 listed across
// pages and 500 deleted through the SDK (a slow test; world.test.ts runs the same cases small).
import { scaleSuite } from './world-scale.js';

scaleSuite({ seeded: 20_000, listed: 5_000, deleted: 500 });
