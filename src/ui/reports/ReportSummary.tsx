import type { Kvalitetsberattelse } from '../../engine/index';
import { formatNumber } from '../../kit/format';
import { href } from '../../kit/router';
import { FigureLink } from './FigureLink';
import { utskriftKey } from './useReport';
import type { ReportChoice } from './useReport';

/** The period's count of ärenden (announced when it arrives), with the printable kvalitetsberättelse for a whole year. */
export function ReportSummary({ report, choice: c }: { report: Kvalitetsberattelse; choice: ReportChoice }) {
  const grund = report.datumgrund;
  return (
    <p role="status">
      {report.period.label}:{' '}
      <FigureLink
        figure={report.arenden}
        what={`Alla ärenden ${grund === 'rapportdatum' ? 'rapporterade' : 'med händelse'} ${report.period.label}`}
      />{' '}
      {grund === 'rapportdatum' ? 'ärenden rapporterade under perioden' : 'ärenden med händelsedatum under perioden'}
      {report.utanRapport.count > 0 && <> ({formatNumber(report.utanRapport.count)} öppnade men aldrig rapporterade räknas inte)</>}.{' '}
      {c.kind === 'year' && (
        <a className="no-print" href={href({ page: 'rapporter', utskrift: utskriftKey(c) })}>
          Kvalitetsberättelse {c.year} (utskrift)
        </a>
      )}
    </p>
  );
}
