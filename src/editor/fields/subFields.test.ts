import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import type { EditResult } from './fieldTypes';
import { addSubField, addSubOption, containerOf, containersOf, partsOf, removeSubField } from './subFields';
import { deepFreeze, drafts, shippedForm } from '../../../test/support/testForms';

const ok = (r: EditResult): FormSpec => {
  if (!r.ok) throw new Error(r.message);
  return deepFreeze(r.form);
};

describe('groups and lists of rows', () => {
  it('shows what a law-bound group holds, its conditions included', () => {
    const utredning = shippedForm('lex-sarah-utredning');
    const group = containerOf(utredning, 'tidigareHandelser')!;
    expect(group.kind).toBe('group');
    const parts = partsOf(group);
    expect(parts.map((p) => p.label)).toEqual([
      'Har liknande händelser inträffat tidigare?',
      'Varför har det hänt igen?',
      'Risk för att det händer igen',
    ]);
    expect(parts[1]).toMatchObject({ required: true, shownWhen: { field: 'harHantForut', values: ['ja'] } });
    expect(containersOf(utredning).map((c) => c.name)).toContain('tidigareHandelser');
  });

  it('shows that the participant list already offers Brukarrepresentant, and takes a local column', () => {
    const original = deepFreeze(shippedForm('riskanalys-deltagare'));
    const list = containerOf(original, 'deltagare')!;
    expect(list.kind).toBe('list');
    const funktion = partsOf(list).find((p) => p.name === 'funktion');
    expect(funktion?.type === 'choice' && funktion.options?.map((o) => o.label)).toContain('Brukarrepresentant');

    const added = ok(addSubField(original, 'deltagare', { ...drafts.text, name: 'organisation', label: 'Organisation' }));
    const parts = partsOf(containerOf(added, 'deltagare')!);
    expect(parts.map((p) => p.name)).toEqual([...partsOf(list).map((p) => p.name), 'organisation']);
    const rowRequired = (f: FormSpec) => containerOf(f, 'deltagare')!.inner.schema.required;
    expect(rowRequired(added)).toEqual(rowRequired(original));
    expect(JSON.stringify(added.ui)).toContain('organisation');
  });

  it('removes a local column, never a part the form came with, and refuses a field that is no group', () => {
    const original = deepFreeze(shippedForm('riskanalys-deltagare'));
    const added = ok(addSubField(original, 'deltagare', { ...drafts.text, name: 'organisation', label: 'Organisation' }));
    expect(ok(removeSubField(added, 'deltagare', 'organisation', original)).schema).toEqual(original.schema);
    const refused = removeSubField(added, 'deltagare', 'namn', original);
    expect(refused.ok ? '' : refused.message).toMatch(/"Namn" hör till "Deltagare" som formuläret kom med/);
    const notGroup = addSubField(original, 'skyddsombudDeltar', drafts.text);
    expect(notGroup.ok ? '' : notGroup.message).toMatch(/är ingen grupp eller lista med rader/);
    const taken = addSubField(original, 'deltagare', { ...drafts.text, name: 'namn', label: 'Namn igen' });
    expect(taken.ok ? '' : taken.message).toMatch(/används redan/);
  });
});

describe('an alternative added to a choice inside a list', () => {
  it('keeps the law-bound alternatives and adds the local one; refuses an empty or taken one', () => {
    const original = deepFreeze(shippedForm('riskanalys-deltagare'));
    const added = ok(addSubOption(original, 'deltagare', 'funktion', 'Anhörigrepresentant'));
    const funktion = partsOf(containerOf(added, 'deltagare')!).find((p) => p.name === 'funktion')!;
    const before = partsOf(containerOf(original, 'deltagare')!).find((p) => p.name === 'funktion')!;
    expect(funktion.type === 'choice' && funktion.options?.map((o) => o.label)).toEqual([
      ...(before.type === 'choice' ? (before.options ?? []).map((o) => o.label) : []),
      'Anhörigrepresentant',
    ]);
    const taken = addSubOption(original, 'deltagare', 'funktion', 'brukarrepresentant');
    expect(taken.ok ? '' : taken.message).toBe('"Funktion" har redan alternativet "brukarrepresentant".');
    const empty = addSubOption(original, 'deltagare', 'funktion', ' ');
    expect(empty.ok ? '' : empty.message).toBe('Skriv texten för det nya alternativet i "Funktion".');
    const notChoice = addSubOption(original, 'deltagare', 'namn', 'X');
    expect(notChoice.ok).toBe(false);
  });
});
