import type { EnhetRow, PersonRow } from './csvRows';
import { enhetDatesProblem } from './enhetDates';
import { nameKey, push, shown } from './importNames';
import { severalVerksamheter, verksamhetOf } from './importPlaces';
import type { KnownEnhet, KnownVerksamhet, Places } from './importPlaces';
import type { EnhetFields, NewId, OrgSnapshot, PlanSink } from './importTypes';

const ENHET_LABELS: Record<keyof EnhetFields, string> = {
  adress: 'adress',
  postort: 'postort',
  verksamhetsform: 'verksamhetsform',
  startDatum: 'startdatum',
};

const formOf = (value: string | undefined) => (value === 'sol' ? 'SoL' : value === 'lss' ? 'LSS' : value);

/** The file's enhet rows (with the verksamheter they name) added to `places` and planned, before any person row. */
export function planEnheter(rows: readonly (EnhetRow | PersonRow)[], places: Places, org: OrgSnapshot, newId: NewId, sink: PlanSink): void {
  for (const r of rows) if (r.typ === 'enhet') planEnhet(r, places, org, newId, sink);
}

/** The row's verksamhet: known by name, or added when the organisation has only one förvaltning to put it in. */
function verksamhetFor(r: EnhetRow, places: Places, newId: NewId, sink: PlanSink): KnownVerksamhet | undefined {
  const v = verksamhetOf(places, r.verksamhet);
  if (v === 'flera') return void sink.fail(r.row, severalVerksamheter(r.verksamhet));
  if (v) return v;
  const forvaltning = places.forvaltning;
  if (!forvaltning)
    return void sink.fail(
      r.row,
      `Verksamheten "${r.verksamhet}" finns inte, och organisationen har ${places.forvaltningar} förvaltningar: lägg ` +
        `till verksamheten under Verksamheter och enheter först.`,
    );
  const added = { id: newId('verksamhet', r.verksamhet), namn: r.verksamhet };
  push(places.verksamheter, nameKey(added.namn), added);
  places.verksamhetName.set(added.id, added.namn);
  if (!r.invalid) {
    sink.ops.push({
      op: 'verksamhet',
      row: r.row,
      id: added.id,
      namn: added.namn,
      forvaltningId: forvaltning.id,
      forvaltning: forvaltning.namn,
    });
    sink.item(r.row, 'verksamhet', 'ny', `${added.namn} (${forvaltning.namn})`);
  }
  return added;
}

function planEnhet(r: EnhetRow, places: Places, org: OrgSnapshot, newId: NewId, sink: PlanSink): void {
  const v = verksamhetFor(r, places, newId, sink);
  if (!v) return;
  const wanted: EnhetFields = {
    ...(r.adress ? { adress: r.adress } : {}),
    ...(r.postort ? { postort: r.postort } : {}),
    ...(r.verksamhetsform ? { verksamhetsform: r.verksamhetsform } : {}),
    ...(r.startDatum ? { startDatum: r.startDatum } : {}),
  };
  const same = places.enheter.filter((e) => e.verksamhetId === v.id && nameKey(e.namn) === nameKey(r.enhet));
  if (r.invalid) {
    // Known by name, so rows that give roles there are not refused as well; nothing is planned for it.
    if (same.length === 0)
      places.enheter.push({ id: newId('enhet', r.enhet), namn: r.enhet, verksamhetId: v.id, stangd: false, fields: wanted, row: r.row });
    return;
  }
  if (same.length > 1)
    return sink.fail(
      r.row,
      `Det finns flera enheter som heter "${r.enhet}" i verksamheten ${v.namn}. Byt namn på en av dem under Verksamheter och ` +
        `enheter först.`,
    );
  const e = same[0];
  if (e) return planKnownEnhet(r, e, v, wanted, org, sink);
  const id = newId('enhet', r.enhet);
  places.enheter.push({ id, namn: r.enhet, verksamhetId: v.id, stangd: false, fields: wanted, row: r.row });
  sink.ops.push({
    op: 'enhet',
    row: r.row,
    id,
    isNew: true,
    namn: r.enhet,
    verksamhetId: v.id,
    verksamhet: v.namn,
    fields: wanted,
    changed: [],
  });
  sink.item(r.row, 'enhet', 'ny', `${r.enhet} (${v.namn})`);
}

/** A row for an enhet that exists (or an earlier row added): unchanged, changed, or in contradiction with the file. */
function planKnownEnhet(r: EnhetRow, e: KnownEnhet, v: KnownVerksamhet, wanted: EnhetFields, org: OrgSnapshot, sink: PlanSink): void {
  const label = `${e.namn} (${v.namn})`;
  const changed = (Object.keys(wanted) as (keyof EnhetFields)[]).filter((k) => wanted[k] !== e.fields[k]);
  if (e.row !== undefined) {
    // A second row for an enhet this file already describes: the same, or a contradiction.
    if (changed.length > 0)
      sink.fail(r.row, `Enheten ${label} finns redan på rad ${e.row} med en annan ${changed.map((k) => ENHET_LABELS[k]).join(', ')}.`);
    else sink.item(r.row, 'enhet', 'oforandrad', `${label}, samma som rad ${e.row}`);
    return;
  }
  e.row = r.row;
  const dates = wanted.startDatum
    ? enhetDatesProblem({ startDatum: wanted.startDatum, slutDatum: e.slutDatum, earliestArende: org.earliestArende?.get(e.id) })
    : undefined;
  if (dates) return sink.fail(r.row, `Enheten ${label}: ${dates}`);
  if (changed.length === 0) return sink.item(r.row, 'enhet', 'oforandrad', label);
  const before = e.fields;
  e.fields = { ...e.fields, ...wanted };
  sink.ops.push({
    op: 'enhet',
    row: r.row,
    id: e.id,
    isNew: false,
    namn: e.namn,
    verksamhetId: e.verksamhetId,
    verksamhet: v.namn,
    fields: e.fields,
    changed: changed.map((k) => ENHET_LABELS[k]),
  });
  const changes = changed.map((k) => `${ENHET_LABELS[k]} ${shown(formOf(before[k]))} → ${shown(formOf(wanted[k]))}`);
  sink.item(r.row, 'enhet', 'andrad', `${label}: ${changes.join(', ')}`);
}
