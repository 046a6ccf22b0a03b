import type { Datumgrund } from '../../engine/index';
import { DATUMGRUND_LABELS, DATUMGRUNDER } from '../../engine/index';
import { useServices } from '../../kit/services';
import { PeriodFields } from './PeriodFields';
import type { SetChoice } from './PeriodFields';
import type { ReportChoice } from './useReport';

/** The report's choices: period, the date ärenden count by, verksamhet or enhet, and how many periods to compare. */
export function ReportFilters({ c, set, years }: { c: ReportChoice; set: SetChoice; years: readonly number[] }) {
  const { org } = useServices();
  return (
    <form className="filters" aria-label="Välj period och urval" onSubmit={(e) => e.preventDefault()}>
      <PeriodFields c={c} set={set} years={years} />
      <p>
        <label htmlFor="r-datum">Räkna ärendena efter</label>
        <select
          id="r-datum"
          aria-describedby="r-datum-hint"
          value={c.datumgrund}
          onChange={(e) => set('datumgrund', e.target.value as Datumgrund)}
        >
          {DATUMGRUNDER.map((d) => (
            <option key={d} value={d}>
              {DATUMGRUND_LABELS[d]}
            </option>
          ))}
        </select>
        <span id="r-datum-hint" className="hint">
          {' '}
          {c.datumgrund === 'rapportdatum'
            ? 'Dagen rapporten lämnades in.'
            : 'Dagen händelsen inträffade, också om den rapporterades senare. Riskanalyser räknas efter rapportdatum.'}
        </span>
      </p>
      <p>
        <label htmlFor="r-urval">Verksamhet eller enhet</label>
        <select id="r-urval" value={c.urval} onChange={(e) => set('urval', e.target.value)}>
          <option value="">Hela förvaltningen</option>
          {org.verksamheter.map((v) => (
            <optgroup key={v.id} label={v.namn}>
              <option value={`v:${v.id}`}>Hela {v.namn}</option>
              {org.enheter
                .filter((e) => e.verksamhetId === v.id)
                .map((e) => (
                  <option key={e.id} value={`e:${e.id}`}>
                    {e.namn}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="r-jamfor">Jämför med tidigare</label>
        <select id="r-jamfor" value={c.jamforelser} onChange={(e) => set('jamforelser', Number(e.target.value))}>
          {[1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'period' : 'perioder'} bakåt
            </option>
          ))}
        </select>
      </p>
    </form>
  );
}
