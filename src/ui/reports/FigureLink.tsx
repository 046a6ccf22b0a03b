import { useContext, useState } from 'react';
import type { WireFigure } from '../../api/contract';
import type { Figure } from '../../engine/index';
import { navigate } from '../app/router';
import { saveUrval } from '../app/urval';
import { formatNumber } from '../format';
import { FigureSource } from './useReport';

/** A figure that opens the list of exactly the ärenden behind it, so each number can be checked. */
export function FigureLink({ figure, what }: { figure: Figure; what: string }) {
  const resolve = useContext(FigureSource);
  const [problem, setProblem] = useState<string>();
  const wire = figure as WireFigure;
  const idCount = wire.idCount ?? figure.arendeIds.length;
  if (idCount === 0) return <span>{formatNumber(figure.count)}</span>;
  const open = async () => {
    try {
      const ids = wire.ref !== undefined ? await resolve(wire.ref) : figure.arendeIds;
      navigate({ page: 'arenden', urval: saveUrval({ title: what, arendeIds: ids }) });
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <>
      <button
        type="button"
        className="figure-link"
        aria-label={`${formatNumber(figure.count)} – visa de ${formatNumber(idCount)} ärendena bakom: ${what}`}
        onClick={() => void open()}
      >
        {formatNumber(figure.count)}
      </button>
      {problem && (
        <span role="alert" className="rejection">
          {problem}
        </span>
      )}
    </>
  );
}
