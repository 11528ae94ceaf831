// The newest workspace log version each live subscription has applied, so a reconnect resumes with `since`.
const applied = new Map<string, number>();

const key = (field: string, workspaceId: string) => `${field}:${workspaceId}`;

export function noteVersion(field: string, workspaceId: string, version: number) {
  const k = key(field, workspaceId);
  if (version > (applied.get(k) ?? -1)) applied.set(k, version);
}

export function lastVersion(field: string, workspaceId: string): number | undefined {
  return applied.get(key(field, workspaceId));
}

export function resetVersions() {
  applied.clear();
}
