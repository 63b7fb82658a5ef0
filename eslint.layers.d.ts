// Types of eslint.layers.js for the test that runs its rules (test/lint/layers.test.ts).
import type { Linter } from 'eslint';

export declare const RUNS: string[];
export declare const LOWER: string[];
export declare const SIMULATOR_USERS: string[];
export declare const layers: Linter.Config[];
