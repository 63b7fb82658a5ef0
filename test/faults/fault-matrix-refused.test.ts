// Issue 11 fault matrix, part: AccessDenied, expired credentials and malformed answers: renewed, or a clear failure. See ./matrix.ts.
import { defineFaultMatrix } from './matrix.js';

defineFaultMatrix(['access denied', 'expired credentials', 'malformed answer']);
