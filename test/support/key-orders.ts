/**
 * The keys of every plain object in `value`, each in its own order: `toEqual` ignores the order of
 * keys, and a decoder's fast path must not change it.
 */
export function keyOrders(value: unknown): string[][] {
  const orders: string[][] = [];
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== "object" || item === null || item instanceof Uint8Array) continue;
    if (item instanceof Map) pending.push(...item.values());
    else if (Array.isArray(item)) pending.push(...(item as unknown[]));
    else {
      orders.push(Object.keys(item));
      pending.push(...Object.values(item));
    }
  }
  return orders;
}
