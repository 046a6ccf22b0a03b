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
  const request = useContext(FigureSource);
  const { user } = useSession();
  const [problem, setProblem] = useState<string>();
  const wire = figure as WireFigure;
  const idCount = wire.idCount ?? figure.arendeIds.length;
  // The processägare reads statistics, not ärenden: her figures open no list.
  if (idCount === 0 || !may(user, 'listAll')) return <span>{formatNumber(figure.count)}</span>;
  const open = () => {
    try {
      // On the server the figure travels as its reference: the list resolves and pages it there, not 200,000 ids.
      const urval =
        wire.ref !== undefined && request
          ? { title: what, count: idCount, figure: { request, ref: wire.ref } }
          : { title: what, count: idCount, arendeIds: figure.arendeIds };
      navigate({ page: 'arenden', urval: saveUrval(urval) });
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
        onClick={open}
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
