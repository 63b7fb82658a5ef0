// `drill: { every }` in a rule: resolved to minutes, absent when the rule has none.
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/plan/model.js';
import { resolveRule } from '../../src/plan/resolve.js';

describe('rule drill key', () => {
  it('resolves every: 30d to 43,200 minutes, and leaves rules without it alone', () => {
    const rule = resolveRule(
      'daily',
      { schedule: '0 3 * * *', retain: { days: 35 }, drill: { every: '30d' } },
      '123456789012',
    );
    expect(rule.drill).toEqual({ everyMinutes: 30 * 24 * 60 });
    expect(
      resolveRule('daily', { schedule: '0 3 * * *', retain: { days: 35 } }, '123456789012'),
    ).not.toHaveProperty('drill');
    expect(planSchema.shape.rules.element.parse(rule)).toEqual(rule);
  });
});
