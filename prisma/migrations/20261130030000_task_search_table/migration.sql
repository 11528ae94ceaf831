-- Task search vectors move to their own table, kept by a trigger. Stored vectors make ranking cheap (an indexed
-- expression is re-parsed for every match ts_rank scores), and a side table keeps the tsvector type out of "Task",
-- whose rows the write path reads with raw `SELECT t.*` (Prisma's raw-query driver cannot read tsvector).
-- Same on PostgreSQL and PGlite (plpgsql is built in). Derived data: it is rebuilt below, nothing is lost.
DROP INDEX "Task_search_idx";

CREATE TABLE "TaskSearch" (
    "taskId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "vector" tsvector NOT NULL,
    CONSTRAINT "TaskSearch_pkey" PRIMARY KEY ("taskId"),
    CONSTRAINT "TaskSearch_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "TaskSearch_vector_idx" ON "TaskSearch" USING GIN ("vector");

-- The title weighs more than the description in ts_rank; 'english' stems ("deploying" finds "deploy").
CREATE FUNCTION "task_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TaskSearch" ("taskId", "workspaceId", "vector")
    VALUES (NEW."id", NEW."workspaceId",
        setweight(to_tsvector('english'::regconfig, NEW."title"), 'A') ||
        setweight(to_tsvector('english'::regconfig, NEW."description"), 'B'))
    ON CONFLICT ("taskId") DO UPDATE SET "vector" = EXCLUDED."vector", "workspaceId" = EXCLUDED."workspaceId";
    RETURN NULL;
END
$$;

CREATE TRIGGER "task_search_sync" AFTER INSERT OR UPDATE OF "title", "description", "workspaceId" ON "Task"
    FOR EACH ROW EXECUTE FUNCTION "task_search_sync"();

INSERT INTO "TaskSearch" ("taskId", "workspaceId", "vector")
SELECT "id", "workspaceId",
    setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "description"), 'B')
FROM "Task";
