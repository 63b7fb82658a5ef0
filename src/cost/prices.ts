// The price table `simulate` and `review` estimate monthly cost from: USD per GB-month per storage
// class and region, with its source and date (src/cost/prices.json; `--prices FILE` gives another).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import bundled from './prices.json' with { type: 'json' };

const classPrices = z.strictObject({ WARM: z.number().nonnegative(), COLD: z.number().nonnegative() });
const priceTableSchema = z.object({
  source: z.string().min(1),
  date: z.string().min(1),
  currency: z.string().min(1),
  unit: z.literal('GB-month'),
  default: classPrices,
  regions: z.record(z.string(), classPrices),
});
export type PriceTable = z.infer<typeof priceTableSchema>;
export type StorageClass = 'WARM' | 'COLD';

export const BUNDLED_PRICES: PriceTable = priceTableSchema.parse(bundled);

/** Reads a price table file; the message names the file and what is wrong. */
export function loadPriceTable(file: string): PriceTable {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = priceTableSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${file}: invalid price table: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Price per GB-month of a storage class in a region (the table's default where the region is missing). */
export function pricePerGbMonth(table: PriceTable, region: string, storageClass: StorageClass): number {
  return (table.regions[region] ?? table.default)[storageClass];
}
