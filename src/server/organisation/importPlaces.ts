import type { ScopeByName } from './csvRows';
import { nameKey, push } from './importNames';
import type { EnhetFields, OrgSnapshot, PlanSink, ScopeKind } from './importTypes';

export interface KnownVerksamhet {
  id: string;
  namn: string;
}

export interface KnownEnhet {
  id: string;
  namn: string;
  verksamhetId: string;
  stangd: boolean;
  slutDatum?: string;
  /** The values after the import, and the row that set them (when a row of this file did). */
  fields: EnhetFields;
  row?: number;
}

/** The verksamheter and enheter as the plan goes: the organisation's, then those the file's enhet rows add. */
export interface Places {
  verksamheter: Map<string, KnownVerksamhet[]>;
  verksamhetName: Map<string, string>;
  enheter: KnownEnhet[];
  /** The organisation's förvaltning when it has only one (a new verksamhet or a förvaltning role needs it). */
  forvaltning?: { id: string; namn: string };
  forvaltningar: number;
}

export function knownPlaces(org: OrgSnapshot): Places {
  const verksamheter = new Map<string, KnownVerksamhet[]>();
  for (const v of org.verksamheter) push(verksamheter, nameKey(v.namn), { id: v.id, namn: v.namn });
  const enheter: KnownEnhet[] = org.enheter.map((e) => ({
    id: e.id,
    namn: e.namn,
    verksamhetId: e.verksamhetId,
    stangd: e.stangd,
    ...(e.slutDatum ? { slutDatum: e.slutDatum } : {}),
    fields: {
      ...(e.adress ? { adress: e.adress } : {}),
      ...(e.postort ? { postort: e.postort } : {}),
      ...(e.verksamhetsform ? { verksamhetsform: e.verksamhetsform } : {}),
      ...(e.startDatum ? { startDatum: e.startDatum } : {}),
    },
  }));
  const forvaltning = org.forvaltningar.length === 1 ? org.forvaltningar[0] : undefined;
  return {
    verksamheter,
    verksamhetName: new Map(org.verksamheter.map((v) => [v.id, v.namn])),
    enheter,
    ...(forvaltning ? { forvaltning } : {}),
    forvaltningar: org.forvaltningar.length,
  };
}

/** The one verksamhet of this name ('flera' when the organisation has several). */
export function verksamhetOf(places: Places, namn: string): KnownVerksamhet | 'flera' | undefined {
  const found = places.verksamheter.get(nameKey(namn)) ?? [];
  return found.length > 1 ? 'flera' : found[0];
}

export const severalVerksamheter = (namn: string) =>
  `Det finns flera verksamheter som heter "${namn}". Byt namn på en av dem under Verksamheter och enheter först.`;

export interface PlannedScope {
  kind: ScopeKind;
  id: string;
  namn: string;
  stangd?: boolean;
}

/** The place a role row names, existing or added by the file; undefined (with the row's error) when there is none or several. */
export function scopeOf(row: number, scope: ScopeByName, places: Places, sink: PlanSink): PlannedScope | undefined {
  if (scope.kind === 'forvaltning') {
    if (places.forvaltning) return { kind: 'forvaltning', id: places.forvaltning.id, namn: places.forvaltning.namn };
    return void sink.fail(
      row,
      `Organisationen har ${places.forvaltningar} förvaltningar: ge rollen för hela förvaltningen under Personer och ` +
        `roller i stället.`,
    );
  }
  const v = scope.verksamhet ? verksamhetOf(places, scope.verksamhet) : undefined;
  if (v === 'flera') return void sink.fail(row, severalVerksamheter(scope.verksamhet ?? ''));
  if (scope.verksamhet && !v)
    return void sink.fail(
      row,
      `Verksamheten "${scope.verksamhet}" finns inte – varken i organisationen eller som en rad av typen enhet i filen.`,
    );
  if (scope.kind === 'verksamhet') return v && { kind: 'verksamhet', id: v.id, namn: v.namn };
  const found = places.enheter.filter((e) => (!v || e.verksamhetId === v.id) && nameKey(e.namn) === nameKey(scope.enhet));
  if (found.length === 0)
    return void sink.fail(
      row,
      v
        ? `Enheten "${scope.enhet}" finns inte i verksamheten ${v.namn} – varken i organisationen eller i filen.`
        : `Enheten "${scope.enhet}" finns inte – varken i organisationen eller som en rad av typen enhet i filen.`,
    );
  if (found.length > 1)
    return void sink.fail(
      row,
      `Det finns flera enheter som heter "${scope.enhet}" (i ` +
        `${found.map((e) => places.verksamhetName.get(e.verksamhetId) ?? e.verksamhetId).join(' och ')}): fyll i verksamhet på raden.`,
    );
  const e = found[0]!;
  return { kind: 'enhet', id: e.id, namn: e.namn, stangd: e.stangd };
}
