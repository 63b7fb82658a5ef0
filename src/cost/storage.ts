// The storage model `simulate` and `review` share: how much a resource's recovery points occupy, by
// storage class, and what that costs a month. Backups are incremental: the oldest point of a resource
// in a vault is a full copy, every later one a changed fraction. Sizes are an assumption where AWS is
// not asked (the plans do not say how big their resources are); every output states it.
import { pricePerGbMonth, type PriceTable, type StorageClass } from './prices.js';

/** Changed fraction of a resource per incremental backup. */
export const DEFAULT_CHANGE_RATE = 0.05;
/** GiB assumed for a resource whose size is not known (a synthesized world, a review). */
export const DEFAULT_RESOURCE_GIB = 10;
/** Resources assumed behind one tag selector (a synthesized world, a review). */
export const RESOURCES_PER_SELECTOR = 3;

export type StorageByClass = Record<StorageClass, number>;

/** Storage of one resource's points in one vault: the oldest full, every later one a changed fraction. */
export function storageOf(
  points: readonly { created: Date; storageClass: StorageClass }[],
  sizeGiB: number,
  changeRate: number,
): StorageByClass {
  const byClass: StorageByClass = { WARM: 0, COLD: 0 };
  const sorted = [...points].sort((a, b) => a.created.getTime() - b.created.getTime());
  sorted.forEach((p, i) => (byClass[p.storageClass] += i === 0 ? sizeGiB : sizeGiB * changeRate));
  return byClass;
}

/** Monthly cost of `storage` held in `region`, at the table's prices. */
export function monthlyCost(storage: StorageByClass, prices: PriceTable, region: string): number {
  return (
    storage.WARM * pricePerGbMonth(prices, region, 'WARM') +
    storage.COLD * pricePerGbMonth(prices, region, 'COLD')
  );
}

/** The incremental assumption, in the words every output states it with. */
export function storageAssumption(changeRate: number): string {
  return `storage: the oldest point of each resource and vault is a full copy of the resource, every later one ${Math.round(changeRate * 10_000) / 100}% of it (incremental backups)`;
}

/** The price table, in the words every output names it with. */
export function pricesAssumption(prices: PriceTable): string {
  return `prices: ${prices.source}, ${prices.date}, ${prices.currency} per ${prices.unit}`;
}
