import type { Transaction } from "../platform/transaction";
import { documentPropertiesHandle } from "./service-handles";

/**
 * Document properties an operation may change, read before its first write
 * and put back by a rollback. Only these keys: others (rows an edit trigger
 * parks without the lock) may change meanwhile and must stay.
 */
export function captureProperties(tx: Transaction, keys: readonly string[]): void {
  const store = documentPropertiesHandle();
  const before = new Map(keys.map((key) => [key, tx.read(() => store.getProperty(key))] as const));
  tx.onRollback(() => {
    for (const [key, value] of before) {
      if (value === null) store.deleteProperty(key);
      else store.setProperty(key, value);
    }
  });
}
