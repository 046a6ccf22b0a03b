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
  return refs(value, undefined) as WireOf<T>;
}

/** Where a value sits, from its parent: spelt out (`/a/0/b`) only for a figure, not for each of a list's many cells. */
interface At {
  up: At | undefined;
  key: string;
}

function pathOf(at: At | undefined): string {
  let path = '';
  for (let a = at; a; a = a.up) path = `/${a.key}${path}`;
  return path;
}

/** The value with its figures as references; a part without figures is the same object, not a copy (a year's list rows). */
function refs(value: Json, at: At | undefined): Json {
  // Plain loops, no entries/fromEntries: a year's report at 100,000 ärenden holds tens of thousands of values.
  if (Array.isArray(value)) {
    let out: Json[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const r = refs(value[i], { up: at, key: String(i) });
      if (!out && r !== value[i]) out = value.slice(0, i);
      if (out) out.push(r);
    }
    return out ?? value;
  }
  if (!value || typeof value !== 'object') return value;
  if (isFigure(value)) return { ...value, arendeIds: [], ref: pathOf(at), idCount: value.arendeIds.length };
  const object = value as Record<string, Json>;
  let out: Record<string, Json> | undefined;
  for (const k of Object.keys(object)) {
    const r = refs(object[k], { up: at, key: k });
    if (!out && r !== object[k]) out = { ...object };
    if (out) out[k] = r;
  }
  return out ?? value;
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
