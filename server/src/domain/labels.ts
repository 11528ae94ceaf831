import type { Context } from "../context.js";
import { badInput, conflict, notFound } from "../errors.js";
import type { Label } from "../generated/prisma/client.js";
import { commitChange, type EventDraft, type Tx } from "./changes.js";
import { operationPermission } from "./permissions.js";
import { requiredText } from "./validate.js";

export const labelLimits = { name: 50, perTask: 20, perWorkspace: 200 };
const colorPattern = /^#[0-9a-f]{6}$/;

export function labelName(value: string): string {
  return requiredText(value, "name", labelLimits.name);
}

/** Colours are stored lower-case #rrggbb, so the same colour always reads the same. */
export function labelColor(value: string): string {
  const color = value.trim().toLowerCase();
  if (!colorPattern.test(color)) throw badInput("color must be #rrggbb (six hex digits).", "color");
  return color;
}

const labelState = (l: Label) => ({ name: l.name, color: l.color });

/**
 * The workspace's label with this name, created if there is none; usable inside any change (repository sync,
 * Trello import). When it creates one and `events` is given, it adds the LABEL_CREATED entry to them.
 */
export async function ensureLabel(tx: Tx, workspaceId: string, name: string, color: string, events?: EventDraft[]): Promise<Label> {
  const clean = labelName(name);
  const existing = await tx.label.findUnique({ where: { workspaceId_name: { workspaceId, name: clean } } });
  if (existing) return existing;
  const label = await tx.label.create({ data: { workspaceId, name: clean, color: labelColor(color) } });
  events?.push({ action: "LABEL_CREATED", entityType: "Label", entityId: label.id, metadata: { after: labelState(label) } });
  return label;
}

/** Task label ids as the caller gave them: de-duplicated, bounded, every one a label of the task's workspace. */
export async function checkLabelIds(tx: Tx, workspaceId: string, labelIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(labelIds)];
  if (ids.length > labelLimits.perTask) throw badInput(`A task has at most ${labelLimits.perTask} labels.`, "labelIds", "OUT_OF_RANGE");
  if (ids.length === 0) return ids;
  const found = await tx.label.count({ where: { workspaceId, id: { in: ids } } });
  if (found !== ids.length) throw badInput("labelIds must be labels of this workspace.", "labelIds");
  return ids;
}

async function assertNameFree(tx: Tx, workspaceId: string, name: string, exceptId?: string) {
  const taken = await tx.label.findFirst({
    where: { workspaceId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict("LABEL_NAME_TAKEN", `This workspace already has a label named "${name}".`);
}

export function createLabel(ctx: Context, workspaceId: string, input: { name: string; color: string }): Promise<Label> {
  const name = labelName(input.name);
  const color = labelColor(input.color);
  return commitChange(ctx, workspaceId, operationPermission.createLabel, async (tx) => {
    await assertNameFree(tx, workspaceId, name);
    if ((await tx.label.count({ where: { workspaceId } })) >= labelLimits.perWorkspace) {
      throw badInput(`A workspace has at most ${labelLimits.perWorkspace} labels.`, "name", "OUT_OF_RANGE");
    }
    const label = await tx.label.create({ data: { workspaceId, name, color } });
    return {
      result: label,
      events: [{ action: "LABEL_CREATED", entityType: "Label", entityId: label.id, metadata: { after: labelState(label) } }],
    };
  });
}

/** The label and its workspace, read before the lock so the change knows which workspace to lock. */
async function labelForWrite(ctx: Context, id: string): Promise<Label> {
  const label = await ctx.prisma.label.findUnique({ where: { id } });
  // A label of a workspace you are not in reads exactly like one that does not exist.
  if (!label || !(await ctx.roleIn(label.workspaceId))) throw notFound("Label");
  return label;
}

export async function updateLabel(ctx: Context, id: string, input: { name?: string | null; color?: string | null }): Promise<Label> {
  const name = input.name == null ? undefined : labelName(input.name);
  const color = input.color == null ? undefined : labelColor(input.color);
  const known = await labelForWrite(ctx, id);
  return commitChange(ctx, known.workspaceId, operationPermission.updateLabel, async (tx) => {
    const before = await tx.label.findUnique({ where: { id } });
    if (!before) throw notFound("Label");
    if (name !== undefined && name !== before.name) await assertNameFree(tx, before.workspaceId, name, id);
    const after = await tx.label.update({ where: { id }, data: { name, color } });
    if (after.name === before.name && after.color === before.color) return { result: after, events: [] };
    return {
      result: after,
      events: [
        { action: "LABEL_UPDATED", entityType: "Label", entityId: id, metadata: { before: labelState(before), after: labelState(after) } },
      ],
    };
  });
}

/**
 * Deletes the label. Tasks keep its id in labelIds (their rows and log entries are not rewritten); readers drop
 * ids that name no label, so it disappears from every card at once.
 */
export async function deleteLabel(ctx: Context, id: string): Promise<Label> {
  const known = await labelForWrite(ctx, id);
  return commitChange(ctx, known.workspaceId, operationPermission.deleteLabel, async (tx) => {
    const label = await tx.label.findUnique({ where: { id } });
    if (!label) throw notFound("Label");
    await tx.label.delete({ where: { id } });
    return {
      result: label,
      events: [{ action: "LABEL_DELETED", entityType: "Label", entityId: id, metadata: { before: labelState(label) } }],
    };
  });
}

/** The workspace's labels by id, read once per request: every card's `labels` field shares it. */
export function workspaceLabels(ctx: Context, workspaceId: string): Promise<Map<string, Label>> {
  return ctx.once(`labels:${workspaceId}`, async () => {
    const labels = await ctx.prisma.label.findMany({ where: { workspaceId } });
    return new Map(labels.map((l) => [l.id, l]));
  });
}
