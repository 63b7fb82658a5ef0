// Writes schema/backup-plan.schema.json from the zod plan schema (src/plan/model.ts).
// Usage: npm run schema. A test fails when the committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/plan/json-schema.ts', { configFile: false, logLevel: 'silent' });
mkdirSync('schema', { recursive: true });
writeFileSync('schema/backup-plan.schema.json', module.planJsonSchemaText());
console.log('wrote schema/backup-plan.schema.json');
