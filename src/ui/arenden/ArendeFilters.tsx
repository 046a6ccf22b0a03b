import { useMemo } from 'react';
import { useServices } from '../../kit/services';
import { processTitle } from '../../kit/labels';
import { useLoad } from '../../kit/useLoad';
import { kategorierOf } from './listFilters';
import type { Filters } from './listFilters';

/** The list's filters: text, process, läge, enhet, kategori, dates and "Bara försenade". */
export function ArendeFilters({ f, set }: { f: Filters; set<K extends keyof Filters>(key: K, value: Filters[K]): void }) {
  const { backend, org, catalog, formsLoaded } = useServices();
  // The kategorier are read from the forms, which load after the first rows: the choices appear once they are in.
  const { data: formsIn } = useLoad(() => (formsLoaded ?? Promise.resolve()).then(() => true), [formsLoaded]);
  const kategorier = useMemo(() => (formsIn ? kategorierOf(catalog, f.process) : []), [catalog, f.process, formsIn]);
  return (
    <form className="filters" role="search" aria-label="Filtrera ärenden" onSubmit={(e) => e.preventDefault()}>
      <p>
        <label htmlFor="sok">Sök i rubrik eller ärendenummer</label>
        <input id="sok" type="search" value={f.search} onChange={(e) => set('search', e.target.value)} />
      </p>
      <p>
        <label htmlFor="f-process">Process</label>
        <select
          id="f-process"
          value={f.process}
          onChange={(e) => {
            set('process', e.target.value);
            // A kategori the new process does not have would filter unseen.
            if (formsIn && f.kategori && !kategorierOf(catalog, e.target.value).some((k) => k.value === f.kategori)) set('kategori', '');
          }}
        >
          <option value="">Alla</option>
          {backend.registry.catalog.packs.types
            .map((k) => [k, processTitle(backend.registry, k)] as const)
            .map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
        </select>
      </p>
      <p>
        <label htmlFor="f-status">Läge</label>
        <select id="f-status" value={f.status} onChange={(e) => set('status', e.target.value)}>
          <option value="">Alla</option>
          <option value="open">Pågående</option>
          <option value="closed">Avslutade</option>
        </select>
      </p>
      <p>
        <label htmlFor="f-enhet">Enhet</label>
        <select id="f-enhet" value={f.enhet} onChange={(e) => set('enhet', e.target.value)}>
          <option value="">Alla</option>
          {org.enheter.map((e) => (
            <option key={e.id} value={e.id}>
              {e.namn}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="f-kategori">Kategori</label>
        <select id="f-kategori" value={f.kategori} onChange={(e) => set('kategori', e.target.value)}>
          <option value="">Alla</option>
          {kategorier.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="f-from">Skapad från</label>
        <input id="f-from" type="date" value={f.from} onChange={(e) => set('from', e.target.value)} />
      </p>
      <p>
        <label htmlFor="f-to">Skapad till</label>
        <input id="f-to" type="date" value={f.to} onChange={(e) => set('to', e.target.value)} />
      </p>
      <p className="checkbox">
        <input id="f-overdue" type="checkbox" checked={f.overdue} onChange={(e) => set('overdue', e.target.checked)} />
        <label htmlFor="f-overdue">Bara försenade</label>
      </p>
    </form>
  );
}
