import type { Cache, FieldArgs } from "@urql/exchange-graphcache";

// Generated fragment types omit __typename, which the cache needs to key what we write.
export const entity = <T>(data: T) => data as never;

/** The keys of a workspace's cached list field, or null when it was never loaded. */
export function cachedEdges(cache: Cache, workspaceId: string, field: string, args?: FieldArgs) {
  const list = cache.resolve({ __typename: "Workspace", id: workspaceId }, field, args) as string | null;
  if (!list) return null;
  return { list, edges: (cache.resolve(list, "edges") as string[] | null) ?? [] };
}
