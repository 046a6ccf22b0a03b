import type { Kvalitetsberattelse } from '../../engine/index';
import { kvalitetsberattelseTables } from '../../engine/index';
import { downloadCsv } from './downloadCsv';
import { useServices } from '../../kit/services';

/** Downloads one of the kvalitetsberättelse's tables as CSV, named by period (and datumgrund when not händelsedatum). */
export function CsvButton({ report, id, title }: { report: Kvalitetsberattelse; id: string; title: string }) {
  const { packs } = useServices();
  return (
    <button
      type="button"
      className="no-print"
      onClick={() => {
        const t = kvalitetsberattelseTables(report, packs).find((x) => x.id === id);
        if (t)
          downloadCsv(
            `${id}-${report.period.label.replace(/\s+/g, '-')}${report.datumgrund === 'rapportdatum' ? '-rapportdatum' : ''}`,
            t.table,
          );
      }}
    >
      Ladda ner {title} som CSV
    </button>
  );
}
