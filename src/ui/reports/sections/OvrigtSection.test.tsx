// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OvrigtSection } from './OvrigtSection';

afterEach(cleanup);

const ovriga = {
  title: 'Avvikelser i Övrigt – vad gällde de?',
  rows: [
    { arendeId: 'a1', beskrivning: 'Matleveransen kom fel' },
    { arendeId: 'a2', beskrivning: 'Nyckeln saknades' },
    { arendeId: 'a3', beskrivning: 'matleveransen  kom fel ' },
    { arendeId: 'a4', beskrivning: 'Matleveransen kom fel' },
  ],
};

describe('what "Övrigt" was about', () => {
  it('says a recurring text once, with how many said it, most said first', () => {
    render(<OvrigtSection id="avvikelse-ovrigt" ovriga={ovriga} mayView={() => true} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Matleveransen kom fel (3 gånger)', 'Nyckeln saknades']);
    expect(screen.getByRole('heading', { name: ovriga.title })).toBeTruthy();
    expect(screen.queryByText(/också ord med stor bokstav/)).toBeNull();
  });

  it('tells one who cannot read some of the ärenden that more is hidden there', () => {
    render(<OvrigtSection id="avvikelse-ovrigt" ovriga={ovriga} mayView={(id) => id !== 'a2'} />);
    expect(screen.getByText(/också ord med stor bokstav/)).toBeTruthy();
  });
});
