import { Command } from "cmdk";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { SearchQuery } from "../../graphql/insights";
import { STATUS_LABEL } from "../../model/displayNames";
import { navigate, workspacePath } from "../../router";

/** Words the query matched, marked; the server sends plain text segments, never HTML. */
function Highlighted({ segments }: { segments: { text: string; match: boolean }[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their order
          <mark key={i}>{s.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Ctrl+K / Cmd+K: find a card by its title, description or comments and jump to it (the board opens it).
 * The server ranks and highlights (search query); cmdk only draws the list and handles the keys.
 */
export function CommandPalette({ workspaceId }: { workspaceId: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 120);
  const [result] = useQuery({
    query: SearchQuery,
    variables: { workspaceId, query, first: 12 },
    pause: !open || !query,
    requestPolicy: "network-only",
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    const onOpen = () => setOpen(true);
    window.addEventListener("keydown", onKey);
    window.addEventListener("taskgraph:search", onOpen);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("taskgraph:search", onOpen);
    };
  }, []);

  function jump(taskId: string, boardId: string) {
    setOpen(false);
    setText("");
    navigate(`${workspacePath(workspaceId, undefined, boardId)}?task=${encodeURIComponent(taskId)}`);
  }

  const hits = query ? (result.data?.search.edges ?? []) : [];
  return (
    <Command.Dialog
      open={open}
      onOpenChange={setOpen}
      label="Search tasks"
      shouldFilter={false}
      className="palette"
      overlayClassName="palette-overlay"
    >
      <Command.Input value={text} onValueChange={setText} placeholder="Search cards by title, description or comment…" />
      <Command.List>
        {query && !result.fetching && hits.length === 0 && <Command.Empty>No cards match “{query}”.</Command.Empty>}
        {result.fetching && hits.length === 0 && <Command.Loading>Searching…</Command.Loading>}
        {hits.map(({ node }) => (
          <Command.Item
            key={node.task.id}
            value={node.task.id}
            onSelect={() => jump(node.task.id, node.task.board.id)}
            className="palette-item"
          >
            <span className="palette-title">
              <Highlighted segments={node.title} />
            </span>
            <span className="muted small">{STATUS_LABEL[node.task.status]}</span>
            {node.snippet.length > 0 && (
              <span className="palette-snippet small">
                {node.snippetSource === "COMMENT" ? "💬 " : ""}
                <Highlighted segments={node.snippet} />
              </span>
            )}
          </Command.Item>
        ))}
      </Command.List>
      {query && result.data && (
        <div className="palette-footer muted small">
          {result.data.search.totalCount.toLocaleString()}
          {result.data.search.totalCountIsExact ? "" : "+"} matching cards · ↑↓ to choose · Enter to open
        </div>
      )}
    </Command.Dialog>
  );
}
