import { useContext, useState } from 'react';
import { may } from '../../api/access';
import type { WireFigure } from '../../api/contract';
import type { Figure } from '../../engine/index';
import { navigate } from '../../kit/router';
import { useSession } from '../../kit/session';
import { saveUrval } from '../../kit/urval';
import { formatNumber } from '../../kit/format';
import { FigureSource } from './useReport';

/** A figure that opens the list of exactly the ärenden behind it, so each number can be checked. */
export function FigureLink({ figure, what }: { figure: Figure; what: string }) {
  const resolve = useContext(FigureSource);
  const { user } = useSession();
  const [problem, setProblem] = useState<string>();
  const wire = figure as WireFigure;
  const idCount = wire.idCount ?? figure.arendeIds.length;
  // The processägare reads statistics, not ärenden: her figures open no list.
  if (idCount === 0 || !may(user, 'listAll')) return <span>{formatNumber(figure.count)}</span>;
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
