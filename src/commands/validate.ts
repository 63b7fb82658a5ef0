import { notImplemented } from './not-implemented.js';
import type { Command } from './registry.js';

export const validateCommand: Command = notImplemented('validate');
