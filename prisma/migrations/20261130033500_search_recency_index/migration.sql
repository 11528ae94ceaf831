-- Search (search.ts): when a query matches more tasks than it ranks exactly, it ranks the most recently updated
-- matches, found by walking this index newest first (it stops once it has enough). Partial, like "TaskSearch":
-- deleted tasks are never searched. Not in schema.prisma (Prisma cannot express a partial index).
CREATE INDEX "Task_search_recency_idx" ON "Task" ("workspaceId", "updatedAt" DESC) WHERE "deletedAt" IS NULL;
