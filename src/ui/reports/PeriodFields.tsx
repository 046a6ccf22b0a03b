import type { ReportChoice } from './useReport';

export type SetChoice = <K extends keyof ReportChoice>(k: K, v: ReportChoice[K]) => void;

/** The period of the report: a whole year, a half, a quarter or dates of one's own. */
export function PeriodFields({ c, set, years }: { c: ReportChoice; set: SetChoice; years: readonly number[] }) {
  return (
    <>
      <p>
        <label htmlFor="r-typ">Period</label>
        <select id="r-typ" value={c.kind} onChange={(e) => set('kind', e.target.value as ReportChoice['kind'])}>
          <option value="year">Helår</option>
          <option value="half">Halvår</option>
          <option value="quarter">Kvartal</option>
          <option value="custom">Egna datum</option>
        </select>
      </p>
      {c.kind !== 'custom' && (
        <p>
          <label htmlFor="r-ar">År</label>
          <select id="r-ar" value={c.year} onChange={(e) => set('year', Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </p>
      )}
      {c.kind === 'half' && (
        <p>
          <label htmlFor="r-halvar">Halvår</label>
          <select id="r-halvar" value={c.half} onChange={(e) => set('half', Number(e.target.value) as 1 | 2)}>
            <option value={1}>Första (jan–jun)</option>
            <option value={2}>Andra (jul–dec)</option>
          </select>
        </p>
      )}
      {c.kind === 'quarter' && (
        <p>
          <label htmlFor="r-kvartal">Kvartal</label>
          <select id="r-kvartal" value={c.quarter} onChange={(e) => set('quarter', Number(e.target.value) as 1 | 2 | 3 | 4)}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                Kvartal {q}
              </option>
            ))}
          </select>
        </p>
      )}
      {c.kind === 'custom' && (
        <>
          <p>
            <label htmlFor="r-fran">Från</label>
            <input id="r-fran" type="date" value={c.from} onChange={(e) => set('from', e.target.value)} />
          </p>
          <p>
            <label htmlFor="r-till">Till och med</label>
            <input id="r-till" type="date" value={c.to} onChange={(e) => set('to', e.target.value)} />
          </p>
        </>
      )}
    </>
  );
}
