-- The first `cap` tasks of a workspace whose stored search vector matches (search.ts counts and ranks them).
-- Always through the GIN index: for a LIMIT the planner prefers a sequential scan that stops at the cap, which
-- for a word on a few percent of the board reads tens of thousands of rows; the GIN index finds every match
-- first, and the heap is read only up to the cap. A function's SET applies while it runs (it is never inlined).
CREATE FUNCTION "task_search_matches"(workspace_id TEXT, query tsquery, cap INTEGER)
RETURNS TABLE ("taskId" TEXT, vector tsvector) LANGUAGE sql STABLE SET enable_seqscan = off AS $$
    SELECT s."taskId", s.vector FROM "TaskSearch" s
    WHERE s."workspaceId" = workspace_id AND s.vector @@ query
    LIMIT cap
$$;
