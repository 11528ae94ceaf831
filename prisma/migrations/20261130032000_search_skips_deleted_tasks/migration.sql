-- Deleted tasks leave "TaskSearch" (and come back when restored), so search counts and ranks its matches without
-- looking up every matching task's row to see whether it is deleted.
CREATE OR REPLACE FUNCTION "task_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."deletedAt" IS NOT NULL THEN
        DELETE FROM "TaskSearch" WHERE "taskId" = NEW."id";
        RETURN NULL;
    END IF;
    INSERT INTO "TaskSearch" ("taskId", "workspaceId", "vector")
    VALUES (NEW."id", NEW."workspaceId", "task_search_vector"(NEW."id"))
    ON CONFLICT ("taskId") DO UPDATE SET "vector" = EXCLUDED."vector", "workspaceId" = EXCLUDED."workspaceId";
    RETURN NULL;
END
$$;

DROP TRIGGER "task_search_sync" ON "Task";
CREATE TRIGGER "task_search_sync" AFTER INSERT OR UPDATE OF "title", "description", "workspaceId", "deletedAt" ON "Task"
    FOR EACH ROW EXECUTE FUNCTION "task_search_sync"();

DELETE FROM "TaskSearch" s USING "Task" t WHERE t."id" = s."taskId" AND t."deletedAt" IS NOT NULL;
