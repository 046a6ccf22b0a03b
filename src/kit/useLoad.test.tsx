// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoad } from './useLoad';

/** A load whose answers the test releases one by one, in any order. */
function controlledLoads() {
  const pending: { value: number; resolve: (v: number) => void }[] = [];
  let next = 0;
  const load = () => new Promise<number>((resolve) => pending.push({ value: ++next, resolve }));
  return { load, pending };
}

describe('useLoad', () => {
  it('resolves reload only once the fresh data is shown', async () => {
    const { load, pending } = controlledLoads();
    const { result } = renderHook(() => useLoad(load, []));
    await waitFor(() => expect(pending).toHaveLength(1));
    act(() => pending[0]!.resolve(1));
    await waitFor(() => expect(result.current.data).toBe(1));

    let done = false;
    let reloaded!: Promise<void>;
    act(() => {
      reloaded = result.current.reload().then(() => void (done = true));
    });
    await waitFor(() => expect(pending).toHaveLength(2));
    await Promise.resolve();
    expect(done).toBe(false);
    await act(async () => {
      pending[1]!.resolve(2);
      await reloaded;
    });
    expect(result.current.data).toBe(2);
  });

  it('a reload overtaken by another (a change pushed by the server) resolves with the newer load', async () => {
    const { load, pending } = controlledLoads();
    const { result } = renderHook(() => useLoad(load, []));
    await waitFor(() => expect(pending).toHaveLength(1));
    act(() => pending[0]!.resolve(1));
    await waitFor(() => expect(result.current.data).toBe(1));

    let first!: Promise<void>;
    act(() => {
      first = result.current.reload();
    });
    await waitFor(() => expect(pending).toHaveLength(2));
    act(() => void result.current.reload());
    await waitFor(() => expect(pending).toHaveLength(3));
    // The overtaken load answers last and is ignored; the newer one's answer is shown and ends both waits.
    await act(async () => {
      pending[2]!.resolve(3);
      await first;
    });
    expect(result.current.data).toBe(3);
    act(() => pending[1]!.resolve(2));
    expect(result.current.data).toBe(3);
  });
});
