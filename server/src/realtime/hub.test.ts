import { describe, expect, it } from "vitest";
import { createHub, type Lane } from "./hub.js";

interface Event {
  version: number;
}

/** A bus listener the test drives: what it sends, the hub hears; `fail` makes its next read throw. */
function channel() {
  const pending: Event[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let returned = false;
  const iterator: AsyncIterator<Event> = {
    async next() {
      for (;;) {
        if (failure) throw failure;
        if (returned) return { value: undefined, done: true };
        const event = pending.shift();
        if (event) return { value: event, done: false };
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return() {
      returned = true;
      wake?.();
      return { value: undefined, done: true };
    },
  };
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    iterator,
    send: (...events: Event[]) => {
      pending.push(...events);
      poke();
    },
    fail: (error: Error) => {
      failure = error;
      poke();
    },
    get returned() {
      return returned;
    },
  };
}

function hubOver() {
  const listeners: ReturnType<typeof channel>[] = [];
  const idle: string[] = [];
  const hub = createHub<Event>(
    () => {
      const listener = channel();
      listeners.push(listener);
      return listener.iterator;
    },
    () => {},
    (workspaceId) => idle.push(workspaceId),
  );
  return { hub, listeners, idle };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("hub", () => {
  it("hands every subscriber the very same events in order from one listener; the last to leave releases it", async () => {
    const { hub, listeners, idle } = hubOver();
    const a = hub.subscribe("w");
    const b = hub.subscribe("w");
    expect(listeners).toHaveLength(1);
    const events = [{ version: 1 }, { version: 2 }];
    listeners[0]!.send(...events);
    for (const subscriber of [a, b]) {
      expect((await subscriber.next()).value).toBe(events[0]);
      expect((await subscriber.next()).value).toBe(events[1]);
    }
    await a.return!();
    expect(listeners[0]!.returned).toBe(false);
    await b.return!();
    expect(listeners[0]!.returned).toBe(true);
    expect(idle).toEqual(["w"]);
    expect(hub.listening("w")).toBe(false);
    hub.subscribe("w");
    expect(listeners).toHaveLength(2);
  });

  it("an idle subscriber whose lane takes an event is not woken with it; one whose lane declines reads it", async () => {
    const { hub, listeners } = hubOver();
    const taking = hub.subscribe("w");
    const declining = hub.subscribe("w");
    const taken: number[] = [];
    taking.lane = {
      prepare: () => undefined,
      deliver: (event) => {
        taken.push(event.version);
        return true;
      },
    };
    declining.lane = { prepare: () => undefined, deliver: () => false };
    const takingRead = taking.next();
    const decliningRead = declining.next();
    listeners[0]!.send({ version: 1 });
    expect((await decliningRead).value).toEqual({ version: 1 });
    expect(taken).toEqual([1]);
    // The taking subscriber's read is still waiting: the next event it cannot take at once goes there.
    taking.lane = undefined;
    listeners[0]!.send({ version: 2 });
    expect((await takingRead).value).toEqual({ version: 2 });
  });

  it("waits for lanes' preparations before handing an event out, once for all of them", async () => {
    const { hub, listeners } = hubOver();
    const delivered: string[] = [];
    let ready = false;
    const lane = (name: string): Lane<Event> => ({
      prepare: () =>
        new Promise((resolve) =>
          setTimeout(() => {
            ready = true;
            resolve(undefined);
          }, 50),
        ),
      deliver: () => {
        delivered.push(`${name}:${ready}`);
        return true;
      },
    });
    const subscribers = ["a", "b"].map((name) => {
      const subscriber = hub.subscribe("w");
      subscriber.lane = lane(name);
      void subscriber.next();
      return subscriber;
    });
    listeners[0]!.send({ version: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(delivered).toEqual(["a:true", "b:true"]);
    for (const subscriber of subscribers) await subscriber.return!();
  });

  it("a preparation that never settles holds an event back for a bounded time only", async () => {
    const { hub, listeners } = hubOver();
    const subscriber = hub.subscribe("w");
    subscriber.lane = { prepare: () => new Promise(() => {}), deliver: () => false };
    const read = subscriber.next();
    const sent = Date.now();
    listeners[0]!.send({ version: 1 });
    expect((await read).value).toEqual({ version: 1 });
    expect(Date.now() - sent).toBeLessThan(3_000);
  });

  it("a lane that throws costs only its own fast path: that subscriber and the others still get every event", async () => {
    const { hub, listeners } = hubOver();
    const broken = hub.subscribe("w");
    const other = hub.subscribe("w");
    broken.lane = {
      prepare: () => {
        throw new Error("prepare broke");
      },
      deliver: () => {
        throw new Error("deliver broke");
      },
    };
    const brokenRead = broken.next();
    const otherRead = other.next();
    listeners[0]!.send({ version: 1 }, { version: 2 });
    expect((await brokenRead).value).toEqual({ version: 1 });
    expect((await otherRead).value).toEqual({ version: 1 });
    expect((await broken.next()).value).toEqual({ version: 2 });
    expect((await other.next()).value).toEqual({ version: 2 });
  });

  it("a failing listener fails each subscriber's read with its error once queued events are read; the next subscriber listens anew", async () => {
    const { hub, listeners, idle } = hubOver();
    const waiting = hub.subscribe("w");
    const behind = hub.subscribe("w");
    const waitingRead = waiting.next();
    listeners[0]!.send({ version: 1 });
    await settle();
    listeners[0]!.fail(new Error("bus down"));
    expect((await waitingRead).value).toEqual({ version: 1 });
    await expect(waiting.next()).rejects.toThrow("bus down");
    expect((await waiting.next()).done).toBe(true);
    // `behind` had not read: it gets the event it was sent, then the error.
    expect((await behind.next()).value).toEqual({ version: 1 });
    await expect(behind.next()).rejects.toThrow("bus down");
    expect(idle).toEqual(["w"]);
    hub.subscribe("w");
    expect(listeners).toHaveLength(2);
  });

  it("head reads the workspace's version once for all who ask, and follows the events it hears", async () => {
    const { hub, listeners } = hubOver();
    hub.subscribe("w");
    let loads = 0;
    const load = async () => {
      loads++;
      return 5;
    };
    expect(await Promise.all([hub.head("w", load), hub.head("w", load)])).toEqual([5, 5]);
    listeners[0]!.send({ version: 7 });
    await settle();
    expect(await hub.head("w", load)).toBe(7);
    expect(loads).toBe(1);
    // A workspace no one here watches is read each time.
    expect(await hub.head("other", load)).toBe(5);
    expect(loads).toBe(2);
  });
});
