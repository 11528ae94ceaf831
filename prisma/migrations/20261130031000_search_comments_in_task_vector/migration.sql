-- A task's stored search vector also holds its comments (weight C), kept by triggers on both tables: search then
-- reads one GIN index and ranks stored vectors only. (Comments matched through an expression index had
-- to_tsvector run per comment whenever the planner, with no statistics on PGlite, chose to scan.)
DROP INDEX "Comment_body_search_idx";

CREATE FUNCTION "task_search_vector"(task_id TEXT) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, t."title"), 'A')
        || setweight(to_tsvector('english'::regconfig, t."description"), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce((
               SELECT string_agg(c."body", ' ' ORDER BY c."createdAt") FROM "Comment" c
               WHERE c."taskId" = t."id" AND c."deletedAt" IS NULL), '')), 'C')
    FROM "Task" t WHERE t."id" = task_id
$$;

CREATE OR REPLACE FUNCTION "task_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TaskSearch" ("taskId", "workspaceId", "vector")
    VALUES (NEW."id", NEW."workspaceId", "task_search_vector"(NEW."id"))
    ON CONFLICT ("taskId") DO UPDATE SET "vector" = EXCLUDED."vector", "workspaceId" = EXCLUDED."workspaceId";
    RETURN NULL;
END
$$;

CREATE FUNCTION "comment_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    task_id TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN task_id := OLD."taskId"; ELSE task_id := NEW."taskId"; END IF;
    UPDATE "TaskSearch" SET "vector" = "task_search_vector"(task_id) WHERE "taskId" = task_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER "comment_search_sync" AFTER INSERT OR DELETE OR UPDATE OF "body", "deletedAt" ON "Comment"
    FOR EACH ROW EXECUTE FUNCTION "comment_search_sync"();

UPDATE "TaskSearch" s SET "vector" = "task_search_vector"(s."taskId");
