import { describe, expect, it, vi } from "vitest";
import type { SearchResponse } from "@/lib/search";
import { createSearchController, type SearchControllerOptions } from "./search-controller";

const answer = (query: string, total: number): SearchResponse => ({ query, total }) as unknown as SearchResponse;

/** A fake `fetch`: every call waits until the test answers (or aborts) it. */
function fakeFetch() {
  const calls: { url: string; signal: AbortSignal; resolve: (r: SearchResponse, status?: number) => void }[] = [];
  const fetch = vi.fn(
    (url: string, init: { signal: AbortSignal }) =>
      new Promise<Response>((resolve, reject) => {
        init.signal.addEventListener("abort", () =>
          reject(Object.assign(new Error("aborted"), { name: "AbortError" })),
        );
        calls.push({
          url,
          signal: init.signal,
          resolve: (r, status = 200) => resolve(new Response(JSON.stringify(r), { status })),
        });
      }),
  );
  return { fetch, calls };
}

/** Fake timers the test fires by hand. */
function fakeTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    timers: {
      setTimeout: (fn: () => void) => {
        pending.set(next, fn);
        return next++;
      },
      clearTimeout: (id: unknown) => pending.delete(id as number),
    },
    pending,
    fireAll() {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(extra: Partial<SearchControllerOptions> = {}) {
  const f = fakeFetch();
  const t = fakeTimers();
  const initial = { qs: "?q=dan", result: answer("dan", 3) };
  const onError = vi.fn();
  const controller = createSearchController({ initial, fetch: f.fetch, timers: t.timers, onError, ...extra });
  return { ...f, ...t, controller, initial, onError };
}

describe("search controller", () => {
  it("starts with the server-rendered results, cached under their address", () => {
    const { controller, initial, fetch } = setup();
    expect(controller.view()).toEqual({ shown: initial, loading: false, awaiting: false });
    controller.show("?q=dan");
    expect(fetch).not.toHaveBeenCalled();
    expect(controller.view().shown.result).toBe(initial.result);
  });

  it("fetches an address it has not seen and shows the answer; the empty state asks for '?'", async () => {
    const { controller, calls } = setup();
    const seen = vi.fn();
    controller.subscribe(seen);
    controller.show("?q=dan+van");
    controller.show("");
    expect(calls.map((c) => c.url)).toEqual(["/api/search?q=dan+van", "/api/search?"]);
    calls[1]?.resolve(answer("", 9));
    await settle();
    expect(controller.view().shown).toEqual({ qs: "", result: answer("", 9) });
    expect(seen).toHaveBeenCalled();
  });

  it("keeps one request in flight: a new address aborts the old one, the same address joins it", async () => {
    const { controller, calls, fetch, onError } = setup();
    controller.prefetch("?q=d"); // typed, before render
    controller.show("?q=d"); // rendered: the same request
    expect(fetch).toHaveBeenCalledTimes(1);
    controller.prefetch("?q=da");
    expect(calls[0]?.signal.aborted).toBe(true);
    controller.show("?q=da");
    expect(fetch).toHaveBeenCalledTimes(2);
    calls[1]?.resolve(answer("da", 2));
    await settle();
    expect(controller.view().shown.qs).toBe("?q=da");
    expect(onError).not.toHaveBeenCalled(); // an aborted request is no error
  });

  it("answers from the cache without a request (Back, Forward, a filter ticked again)", async () => {
    const { controller, calls, fetch } = setup();
    controller.show("?q=van");
    calls[0]?.resolve(answer("van", 5));
    await settle();
    controller.show("?q=dan");
    controller.show("?q=van");
    controller.prefetch("?q=van");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(controller.view().shown.result).toEqual(answer("van", 5));
  });

  it("an answer for a search no longer shown is cached but not shown", async () => {
    const { controller, calls, fetch } = setup();
    controller.show("?q=van");
    controller.show("?q=dan"); // cached: shown at once; the request goes on
    expect(calls[0]?.signal.aborted).toBe(false);
    calls[0]?.resolve(answer("van", 5));
    await settle();
    expect(controller.view().shown.qs).toBe("?q=dan");
    controller.show("?q=van");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(controller.view().shown.qs).toBe("?q=van");
  });

  it("shows the spinner only when an answer takes longer than the delay", async () => {
    const { controller, calls, pending, fireAll } = setup();
    controller.show("?q=fast");
    calls[0]?.resolve(answer("fast", 1));
    await settle();
    expect(pending.size).toBe(0); // the answer came first: the timer is cleared
    expect(controller.view().loading).toBe(false);

    controller.show("?q=slow");
    fireAll();
    expect(controller.view().loading).toBe(true);
    calls[1]?.resolve(answer("slow", 1));
    await settle();
    expect(controller.view().loading).toBe(false);
  });

  it("a cached answer ends the spinner of a request it supersedes", () => {
    const { controller, fireAll } = setup();
    controller.show("?q=slow");
    fireAll();
    expect(controller.view().loading).toBe(true);
    controller.show("?q=dan");
    expect(controller.view().loading).toBe(false);
  });

  it("a lone letter that finds nothing keeps the previous results and says it awaits more", async () => {
    const { controller, calls, initial } = setup();
    controller.show("?q=x", { lone: true });
    calls[0]?.resolve(answer("x", 0));
    await settle();
    expect(controller.view()).toMatchObject({ shown: initial, awaiting: true });
    // A lone letter that does find something is shown.
    controller.show("?q=t", { lone: true });
    calls[1]?.resolve(answer("t", 4));
    await settle();
    expect(controller.view()).toMatchObject({ shown: { qs: "?q=t" }, awaiting: false });
    // Nothing found for a real query is shown as such.
    controller.show("?q=xyz");
    calls[2]?.resolve(answer("xyz", 0));
    await settle();
    expect(controller.view()).toMatchObject({ shown: { qs: "?q=xyz" }, awaiting: false });
  });

  it("reports failures, keeps what it shows, and asks again next time", async () => {
    const { controller, calls, onError, initial } = setup();
    controller.show("?q=van");
    calls[0]?.resolve(answer("van", 1), 500);
    await settle();
    expect(onError).toHaveBeenCalledWith(new Error("HTTP 500"));
    expect(controller.view().shown).toBe(initial);
    controller.show("?q=van");
    expect(calls).toHaveLength(2);
  });

  it("starts the cache afresh past its bound", async () => {
    const { controller, calls, fetch } = setup({ maxCached: 2 });
    for (const [i, qs] of ["?q=a1", "?q=a2", "?q=a3"].entries()) {
      controller.show(qs);
      calls[i]?.resolve(answer(qs, 1));
      await settle();
    }
    // initial + a1 + a2 made 3 > 2 entries when a3 arrived: cleared, then a3 kept
    controller.show("?q=a3");
    expect(fetch).toHaveBeenCalledTimes(3);
    controller.show("?q=dan");
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it("stop aborts the request in flight and ignores its answer", async () => {
    const { controller, calls, pending, initial } = setup();
    controller.show("?q=van");
    controller.stop();
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(pending.size).toBe(0);
    await settle();
    expect(controller.view().shown).toBe(initial);
  });

  it("keeps the same view object until something changes", () => {
    const { controller } = setup();
    const before = controller.view();
    controller.prefetch("?q=van");
    expect(controller.view()).toBe(before);
  });
});
