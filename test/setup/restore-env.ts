// The fast project runs test files one after another in shared workers (isolate: false), so a file
// must not leave its changes to process.env (endpoints, credentials, stubbed limits) to the next one.
// Vitest runs this before every test file, isolated or not.
import { afterAll } from 'vitest';

const saved = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});
