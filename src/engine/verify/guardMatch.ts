import type { NamedRef } from '../model/NamedRef';

/** A wanted param `{ max: n }` / `{ min: n }` bounds a number (a stricter threshold is lawful); any other must be equal. */
function paramMatches(actual: unknown, wanted: unknown): boolean {
  const bound = wanted && typeof wanted === 'object' && !Array.isArray(wanted) ? (wanted as { max?: unknown; min?: unknown }) : undefined;
  if (bound && Object.keys(bound).every((k) => k === 'max' || k === 'min'))
    return (
      typeof actual === 'number' &&
      (typeof bound.max !== 'number' || actual <= bound.max) &&
      (typeof bound.min !== 'number' || actual >= bound.min)
    );
  return JSON.stringify(actual) === JSON.stringify(wanted);
}

/** A guard the skeleton requires is present: same type, and each param it names matches (bounds as bounds). */
export function guardMatches(actual: NamedRef, wanted: NamedRef): boolean {
  return actual.type === wanted.type && Object.entries(wanted.params ?? {}).every(([k, v]) => paramMatches(actual.params?.[k], v));
}

/** How a wanted guard is named in a message: its type, and the bound of a threshold the law fixes. */
export function guardName(wanted: NamedRef): string {
  const bounds = Object.entries(wanted.params ?? {}).flatMap(([k, v]) => {
    const bound = v as { max?: unknown; min?: unknown } | undefined;
    if (typeof bound?.max === 'number') return [`${k} högst ${bound.max}`];
    if (typeof bound?.min === 'number') return [`${k} minst ${bound.min}`];
    return [];
  });
  return bounds.length ? `${wanted.type} (${bounds.join(', ')})` : wanted.type;
}
