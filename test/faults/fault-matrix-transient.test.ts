// Issue 11 fault matrix, part: throttling, 5xx bursts and timed-out calls: retried, or retry-later. See ./matrix.ts.
import { defineFaultMatrix } from './matrix.js';

defineFaultMatrix(['throttling', '5xx burst', 'timeout']);
