-- Flow analytics read a workspace's log by time.
CREATE INDEX "Event_workspaceId_createdAt_idx" ON "Event"("workspaceId", "createdAt");

-- Search matches comments too (search.ts): the same expression as the query, so the planner uses this index.
CREATE INDEX "Comment_body_search_idx" ON "Comment" USING GIN (to_tsvector('english'::regconfig, "body"));

-- The task search vector becomes an indexed expression instead of a generated column: a tsvector column breaks
-- every raw `SELECT t.*` (Prisma's raw-query driver cannot deserialize tsvector), and the write path reads tasks
-- that way. search.ts queries this exact expression, so the planner uses the index. Derived data: nothing is lost.
DROP INDEX "Task_searchVector_idx";
ALTER TABLE "Task" DROP COLUMN "searchVector";
CREATE INDEX "Task_search_idx" ON "Task" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, "description"), 'B')
));
