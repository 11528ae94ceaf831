import { createHash } from "node:crypto";
import type { CodeTag, FoundTodo } from "./parse-todos.js";
import { normalizeTitle } from "./parse-todos.js";

/** What Task.codeRef holds: where the comment is, and the identity the next sync matches it by. */
export interface CodeRef {
  /** repositoryKey of the repository it came from. */
  repo: string;
  path: string;
  line: number;
  tag: CodeTag;
  reference: string | null;
  titleKey: string;
  /** Its position among TODOs of the same tag and title in that file (0, 1, …). */
  ordinal: number;
  commitSha: string;
  /** The description as last imported (a hash): a user's edit of the task is kept until the comment changes. */
  bodyHash: string;
  present: boolean;
}

/** A TODO of the synced tree, with its identity. */
export interface Occurrence extends FoundTodo {
  path: string;
  titleKey: string;
  ordinal: number;
}

export interface KnownTask {
  id: string;
  status: string;
  deleted: boolean;
  codeRef: CodeRef;
}

export interface SyncPlan {
  create: Occurrence[];
  /** Matched tasks whose comment moved, changed its body or came back; unchanged ones are left out. */
  update: { task: KnownTask; occurrence: Occurrence; codeRef: CodeRef; reopen: boolean; description: string | null }[];
  close: KnownTask[];
}

/** GITHUB: github:<api host>/<owner/name>; LOCAL_GIT: local:<realpath>. Relinking the same repository adopts its tasks. */
export const repositoryKey = (provider: "GITHUB" | "LOCAL_GIT", where: string) =>
  provider === "GITHUB" ? `github:${where.toLowerCase()}` : `local:${where}`;

export const bodyHash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 16);

/** Numbers identical TODOs (same tag and title) within each file in line order. */
export function occurrencesOf(path: string, todos: FoundTodo[]): Occurrence[] {
  const seen = new Map<string, number>();
  return todos.map((todo) => {
    const titleKey = normalizeTitle(todo.title);
    const group = `${todo.tag}\0${titleKey}`;
    const ordinal = seen.get(group) ?? 0;
    seen.set(group, ordinal + 1);
    return { ...todo, path, titleKey, ordinal };
  });
}

const exactKey = (path: string, tag: string, titleKey: string, ordinal: number) => `${path}\0${tag}\0${titleKey}\0${ordinal}`;
const titleGroup = (tag: string, titleKey: string) => `${tag}\0${titleKey}`;

/**
 * Matches the tree's TODOs to the tasks earlier syncs made: first by (path, tag, title, ordinal), then leftover
 * removed and added TODOs of the same tag and title are paired across files as moves (renames), preferring
 * tasks still present. Whatever is left is new (create) or gone (close). Deleted tasks stay matched and
 * untouched: the user removed them on purpose.
 */
export function planSync(known: KnownTask[], found: Occurrence[], repo: string, commitSha: string): SyncPlan {
  const plan: SyncPlan = { create: [], update: [], close: [] };
  const byKey = new Map<string, KnownTask>();
  for (const task of known) {
    const ref = task.codeRef;
    byKey.set(exactKey(ref.path, ref.tag, ref.titleKey, ref.ordinal), task);
  }
  const matched = new Set<string>();
  const leftover: Occurrence[] = [];
  const pair = (task: KnownTask, occurrence: Occurrence) => {
    matched.add(task.id);
    if (task.deleted) return;
    const before = task.codeRef;
    const moved = before.path !== occurrence.path || before.line !== occurrence.line || before.ordinal !== occurrence.ordinal;
    const hash = bodyHash(occurrence.description);
    const redescribed = hash !== before.bodyHash;
    const reopen = !before.present;
    if (!moved && !redescribed && !reopen && before.reference === occurrence.reference) return;
    const codeRef: CodeRef = {
      repo,
      path: occurrence.path,
      line: occurrence.line,
      tag: occurrence.tag,
      reference: occurrence.reference,
      titleKey: occurrence.titleKey,
      ordinal: occurrence.ordinal,
      commitSha: moved || reopen ? commitSha : before.commitSha,
      bodyHash: hash,
      present: true,
    };
    plan.update.push({ task, occurrence, codeRef, reopen, description: redescribed ? occurrence.description : null });
  };
  for (const occurrence of found) {
    const task = byKey.get(exactKey(occurrence.path, occurrence.tag, occurrence.titleKey, occurrence.ordinal));
    if (task && !matched.has(task.id)) pair(task, occurrence);
    else leftover.push(occurrence);
  }
  // Moves and renames: the same tag and title, gone from one place and new in another.
  const candidates = new Map<string, KnownTask[]>();
  const unmatched = known
    .filter((t) => !matched.has(t.id))
    .sort(
      (a, b) =>
        Number(b.codeRef.present) - Number(a.codeRef.present) ||
        a.codeRef.path.localeCompare(b.codeRef.path) ||
        a.codeRef.ordinal - b.codeRef.ordinal,
    );
  for (const task of unmatched) {
    const group = titleGroup(task.codeRef.tag, task.codeRef.titleKey);
    candidates.set(group, [...(candidates.get(group) ?? []), task]);
  }
  for (const occurrence of leftover) {
    const task = candidates.get(titleGroup(occurrence.tag, occurrence.titleKey))?.shift();
    if (task) pair(task, occurrence);
    else plan.create.push(occurrence);
  }
  for (const task of known) if (!matched.has(task.id) && !task.deleted && task.codeRef.present) plan.close.push(task);
  return plan;
}
