import { describe, expect, it } from "vitest";
import { createGroupCommitter, type Settled } from "./group-commit.js";

/** A committer whose batches finish only when the test says so, recording what each batch held. */
function controlled(maxBatch: number) {
  const batches: { key: string; jobs: number[]; finish: (settled?: Settled<number>[]) => void; fail: (error: unknown) => void }[] = [];
  const committer = createGroupCommitter<number, number>(
    (key, jobs) =>
      new Promise((resolve, reject) =>
        batches.push({ key, jobs, finish: (settled) => resolve(settled ?? jobs.map((j) => ({ ok: true, value: j * 10 }))), fail: reject }),
      ),
    maxBatch,
    0,
  );
  return { committer, batches };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("createGroupCommitter", () => {
  it("an uncontended job commits at once, alone; jobs that arrive meanwhile go together in the next batch", async () => {
    const { committer, batches } = controlled(50);
    const first = committer.submit("w", 1);
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1]]);
    const later = [2, 3, 4].map((j) => committer.submit("w", j));
    await tick();
    expect(batches).toHaveLength(1);
    batches[0]!.finish();
    expect(await first).toBe(10);
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2, 3, 4]]);
    batches[1]!.finish();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it("a batch holds at most maxBatch jobs; each job is answered with its own outcome", async () => {
    const { committer, batches } = controlled(2);
    const blocker = committer.submit("w", 0);
    await tick();
    const jobs = [1, 2, 3].map((j) =>
      committer.submit("w", j).then(
        (v) => ({ v }),
        (e: unknown) => ({ e }),
      ),
    );
    batches[0]!.finish();
    await blocker;
    await tick();
    expect(batches[1]!.jobs).toEqual([1, 2]);
    batches[1]!.finish([
      { ok: true, value: 10 },
      { ok: false, error: "refused" },
    ]);
    await tick();
    expect(batches[2]!.jobs).toEqual([3]);
    batches[2]!.finish();
    expect(await Promise.all(jobs)).toEqual([{ v: 10 }, { e: "refused" }, { v: 30 }]);
  });

  it("a failed transaction rejects every job of its batch; other keys are not held up", async () => {
    const { committer, batches } = controlled(50);
    const a = committer.submit("a", 1);
    const b = committer.submit("b", 2);
    await tick();
    expect(batches.map((x) => x.key)).toEqual(["a", "b"]);
    batches[0]!.fail(new Error("lock timeout"));
    await expect(a).rejects.toThrow("lock timeout");
    batches[1]!.finish();
    expect(await b).toBe(20);
  });
});
