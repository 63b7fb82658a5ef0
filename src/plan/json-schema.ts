// The published JSON Schema for plan files, generated from the same zod schema that validates them.
import { z } from 'zod';
import { planFileSchema } from './model.js';

/** The schema as the committed file holds it (stable key order, trailing newline). */
export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(planFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
