// `backup`: start the due backups and copies of every plan; see src/backup/run.ts.
import { runBackup } from '../backup/run.js';
import type { Command } from './registry.js';

export const backupCommand: Command = (inputs, host) => runBackup(inputs, host);
