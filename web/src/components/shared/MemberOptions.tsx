import type { BoardWorkspace } from "../board/boardModel";

/** One <option> per workspace member, for the assignee pickers. */
export function MemberOptions({ members }: { members: BoardWorkspace["members"] }) {
  return (
    <>
      {members.map((m) => (
        <option key={m.user.id} value={m.user.id}>
          {m.user.name}
        </option>
      ))}
    </>
  );
}
