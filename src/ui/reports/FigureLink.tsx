import type { Figure } from '../../engine/index';
import { navigate } from '../app/router';
import { saveUrval } from '../app/urval';
import { formatNumber } from '../format';

/** A figure that opens the list of exactly the ärenden behind it, so each number can be checked. */
export function FigureLink({ figure, what }: { figure: Figure; what: string }) {
  if (figure.arendeIds.length === 0) return <span>{formatNumber(figure.count)}</span>;
  return (
    <button
      type="button"
      className="figure-link"
      aria-label={`${formatNumber(figure.count)} – visa de ${formatNumber(figure.arendeIds.length)} ärendena bakom: ${what}`}
      onClick={() => navigate({ page: 'arenden', urval: saveUrval({ title: what, arendeIds: figure.arendeIds }) })}
    >
      {formatNumber(figure.count)}
    </button>
  );
}
