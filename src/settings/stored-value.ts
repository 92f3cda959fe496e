import { storage, type WxtStorageItem } from 'wxt/utils/storage';

/** A value kept in `storage.local`, checked by `parse` whenever it is read or written. */
export interface StoredValue<Value> {
  load(): Promise<Value>;
  /** Stores the value after the same checks as loading, so storage only ever holds valid values. */
  save(value: Value): Promise<void>;
  /** Calls back with the parsed value whenever another page (popup, a tab) saves it. */
  watch(callback: (value: Value) => void): () => void;
}

export function storedValue<Value>(
  key: `local:${string}`,
  parse: (raw: unknown) => Value,
): StoredValue<Value> {
  // Defined on first use: defining a WXT storage item reads storage at once, which only works
  // inside the extension (not in unit tests of `parse`).
  let item: WxtStorageItem<unknown, Record<string, never>> | undefined;
  const stored = () => (item ??= storage.defineItem<unknown>(key, { fallback: null }));
  return {
    load: async () => parse(await stored().getValue()),
    save: async (value) => stored().setValue(parse(value)),
    watch: (callback) => stored().watch((raw) => callback(parse(raw))),
  };
}
