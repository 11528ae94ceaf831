import { can } from "@taskgraph/core";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { ArchiveBoardMutation, BoardsQuery, CreateBoardMutation, RenameBoardMutation } from "../../graphql/boards";
import { navigate, workspacePath } from "../../router";
import { NameForm } from "../shared/NameForm";
import { useToast } from "../shared/Toasts";

/** The board the URL names, or the workspace's first open board. */
export function currentBoardId(boards: { id: string; archived: boolean }[], fromUrl: string | undefined): string | null {
  if (fromUrl && boards.some((b) => b.id === fromUrl)) return fromUrl;
  return boards.find((b) => !b.archived)?.id ?? null;
}

/** The sidebar's list of a workspace's boards; admins add, rename and archive them. */
export function BoardSwitcher({ workspaceId, boardId }: { workspaceId: string; boardId?: string }) {
  const [result, refetch] = useQuery({ query: BoardsQuery, variables: { id: workspaceId } });
  const [, createBoard] = useMutation(CreateBoardMutation);
  const [, renameBoard] = useMutation(RenameBoardMutation);
  const [, archiveBoard] = useMutation(ArchiveBoardMutation);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState("");
  const toast = useToast();
  const workspace = result.data?.workspace;
  if (!workspace) return null;
  const boards = workspace.boards;
  const current = currentBoardId(boards, boardId);
  const manage = can(workspace.myRole, "manageBoards");

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await createBoard({ input: { workspaceId, name } });
    if (r.error || !r.data) return toast(`Board not created. ${describeError(r.error)}`);
    setAdding(false);
    setName("");
    refetch({ requestPolicy: "network-only" });
    navigate(workspacePath(workspaceId, undefined, r.data.createBoard.id));
  }

  async function rename(e: FormEvent, id: string) {
    e.preventDefault();
    const r = await renameBoard({ input: { boardId: id, name } });
    if (r.error) return toast(`Not renamed. ${describeError(r.error)}`);
    setRenaming(null);
  }

  async function archive(id: string, title: string) {
    if (!window.confirm(`Archive “${title}”? Its cards stay in the history; an admin can reopen it.`)) return;
    const r = await archiveBoard({ input: { boardId: id } });
    if (r.error) return toast(`Not archived. ${describeError(r.error)}`);
    refetch({ requestPolicy: "network-only" });
    if (id === current) navigate(workspacePath(workspaceId), true);
  }

  return (
    <nav className="board-nav" aria-label="Boards">
      <div className="nav-heading">Boards</div>
      {boards.map((b) =>
        renaming === b.id ? (
          <NameForm
            key={b.id}
            label="Board name"
            value={name}
            onChange={setName}
            onSubmit={(e) => rename(e, b.id)}
            onCancel={() => setRenaming(null)}
            autoFocus
          />
        ) : (
          <div key={b.id} className={`board-link-row${b.id === current ? " active" : ""}`}>
            <a
              href={workspacePath(workspaceId, undefined, b.id)}
              className="board-link"
              aria-current={b.id === current ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(workspacePath(workspaceId, undefined, b.id));
              }}
            >
              # {b.name}
            </a>
            {manage && b.id === current && (
              <span className="board-actions">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Rename ${b.name}`}
                  title="Rename"
                  onClick={() => {
                    setRenaming(b.id);
                    setName(b.name);
                  }}
                >
                  ✎
                </button>
                {boards.length > 1 && (
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={`Archive ${b.name}`}
                    title="Archive"
                    onClick={() => archive(b.id, b.name)}
                  >
                    ⌫
                  </button>
                )}
              </span>
            )}
          </div>
        ),
      )}
      {manage &&
        (adding ? (
          <NameForm
            label="New board name"
            placeholder="Board name"
            value={name}
            onChange={setName}
            onSubmit={create}
            onCancel={() => setAdding(false)}
            autoFocus
          />
        ) : (
          <button
            type="button"
            className="link-btn small"
            onClick={() => {
              setAdding(true);
              setName("");
            }}
          >
            + New board
          </button>
        ))}
    </nav>
  );
}
