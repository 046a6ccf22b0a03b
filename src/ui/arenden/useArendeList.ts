import { useEffect, useState } from 'react';
import type { ListQuery } from '../../api/contract';
import type { ArendeSummary } from '../../engine/index';
import { usableRows } from '../../kit/listRows';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

/** The ärenden a query finds, a page at a time, with their total; re-read when someone changes an ärende. */
export function useArendeList(query: ListQuery) {
  const { backend, subscribe } = useServices();
  const [tick, setTick] = useState(0);
  // The rows come first; the count (every matching ärende) arrives on its own.
  const { data: first, error } = useLoad(() => backend.list(query), [backend, query, tick]);
  const { data: counted } = useLoad(() => backend.list({ ...query, limit: 1 }, true), [backend, query, tick]);
  const [more, setMore] = useState<{ rows: ArendeSummary[]; next?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(undefined), [first]);
  useEffect(() => subscribe(() => setTick((t) => t + 1)), [subscribe]);
  const { rows, broken } = usableRows([...(first?.rows ?? []), ...(more?.rows ?? [])]);
  const next = more ? more.next : first?.next;
  const showMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const page = await backend.list({ ...query, after: next });
      setMore((m) => ({ rows: [...(m?.rows ?? []), ...page.rows], ...(page.next ? { next: page.next } : {}) }));
    } finally {
      setLoadingMore(false);
    }
  };
  return { rows, broken, first, error, total: counted?.total, next, loadingMore, showMore };
}
