import type { WireOf } from '../../api/contract';

/**
 * Report figures carry the ids of the ärenden behind them; on the wire each becomes its count and a
 * reference (its path in the report), which the server resolves again when someone opens the figure.
 */
type Json = unknown;

function isFigure(v: Json): v is { count: number; arendeIds: readonly string[] } {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as { count?: unknown }).count === 'number' &&
    Array.isArray((v as { arendeIds?: unknown }).arendeIds)
  );
}

/** A copy with every figure's ids replaced by `ref` and `idCount`: the value's wire type (`WireOf`). */
export function withFigureRefs<T>(value: T): WireOf<T> {
  // The walk is untyped JSON; its result has the shape WireOf describes, figure by figure.
  return refs(value, '') as WireOf<T>;
}

function refs(value: Json, path: string): Json {
  // Plain loops, no entries/fromEntries: a year's report at 100,000 ärenden holds tens of thousands of values.
  if (Array.isArray(value)) {
    const out: Json[] = new Array<Json>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = refs(value[i], `${path}/${i}`);
    return out;
  }
  if (!value || typeof value !== 'object') return value;
  if (isFigure(value)) return { ...value, arendeIds: [], ref: path, idCount: value.arendeIds.length };
  const out: Record<string, Json> = {};
  for (const k of Object.keys(value)) out[k] = refs((value as Record<string, Json>)[k], `${path}/${k}`);
  return out;
}

/** The ids of the figure at `ref` in a freshly computed report, or undefined when there is none. */
export function figureAt(report: Json, ref: string): readonly string[] | undefined {
  let at: Json = report;
  for (const part of ref.split('/').slice(1)) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string, Json>)[part];
  }
  return isFigure(at) ? at.arendeIds : undefined;
}
