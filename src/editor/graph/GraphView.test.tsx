// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStateGraph } from '../../engine/index';
import type { ProcessDefinition } from '../../engine/index';
import lexSarah from '../../../machines/lex-sarah.v1.json';
import GraphViewDefault, { GraphView } from './GraphView';

const graph = buildStateGraph((lexSarah as unknown as ProcessDefinition).machine);
const leaves = graph.order.filter((p) => graph.nodes.get(p)!.children.length === 0);

afterEach(cleanup);

const svg = () => screen.getByRole('group', { name: /Tillståndsgraf/ });
const leafButtons = () =>
  within(svg())
    .getAllByRole('button')
    .filter((b) => b.classList.contains('graph-node'));

describe('GraphView', () => {
  it('is the default export too, for React.lazy', () => {
    expect(GraphViewDefault).toBe(GraphView);
  });

  it('renders a figure with a caption and one button per step, titled and with role and mandated badge', () => {
    render(<GraphView graph={graph} />);
    expect(screen.getByRole('figure')).toBeTruthy();
    expect(screen.getByText(/Processen som graf\. Samma innehåll finns i dispositionen bredvid\./)).toBeTruthy();
    const buttons = leafButtons();
    expect(buttons).toHaveLength(leaves.length);
    expect(buttons.map((b) => b.getAttribute('data-path'))).toEqual(leaves);
    const rapport = screen.getByRole('button', { name: 'Rapport, medarbetare, obligatoriskt' });
    expect(rapport.textContent).toContain('Rapport');
    expect(rapport.textContent).toContain('medarbetare');
    expect(rapport.textContent).toContain('Obligatoriskt');
    expect(screen.getByRole('button', { name: 'Registrering, SAS' }).textContent).not.toContain('Obligatoriskt');
    expect(screen.getByRole('button', { name: 'Avslutat, sluttillstånd' }).classList).toContain('is-final');
    // Groups are labelled and selectable too; the parallel one says so.
    expect(screen.getByRole('button', { name: 'Handläggning, parallella spår' })).toBeTruthy();
    for (const b of buttons) {
      expect(b.getAttribute('tabindex')).toBe('0');
      expect(b.getAttribute('aria-pressed')).toBe('false');
    }
    // One arrow per transition with a target, labelled with its event.
    const edges = svg().querySelectorAll('.graph-edge');
    expect(edges).toHaveLength(graph.transitions.filter((t) => t.target).length);
    const done = svg().querySelector('[data-transition="handlaggning → avslut"]')!;
    expect(done.textContent).toContain('klart');
    expect(done.querySelector('path')!.getAttribute('marker-end')).toMatch(/^url\(#graph-arrow-/);
  });

  it('selects by click, Enter and Space, and marks the selected step with aria-pressed', () => {
    const onSelect = vi.fn();
    const { rerender } = render(<GraphView graph={graph} onSelect={onSelect} />);
    const bedomning = screen.getByRole('button', { name: /^Bedömning \(förslag\)/ });
    fireEvent.click(bedomning);
    fireEvent.keyDown(bedomning, { key: 'Enter' });
    fireEvent.keyDown(bedomning, { key: ' ' });
    fireEvent.keyDown(bedomning, { key: 'a' });
    expect(onSelect.mock.calls).toEqual([
      ['handlaggning.utredningsspar.bedomning'],
      ['handlaggning.utredningsspar.bedomning'],
      ['handlaggning.utredningsspar.bedomning'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Handläggning/ }));
    expect(onSelect).toHaveBeenLastCalledWith('handlaggning');

    rerender(<GraphView graph={graph} onSelect={onSelect} selected="handlaggning.utredningsspar.bedomning" />);
    const pressed = within(svg())
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.getAttribute('data-path'))).toEqual(['handlaggning.utredningsspar.bedomning']);
    expect(pressed[0]!.classList).toContain('is-selected');
  });

  it('highlights a counter-example: the right steps and arrows, with a dashed outline class and a "!" marker', () => {
    const highlight = {
      states: ['handlaggning.ivospar.bevakning', 'handlaggning.ivospar.ej_anmalningspliktig'],
      transitions: ['handlaggning.ivospar.bevakning → handlaggning.ivospar.ej_anmalningspliktig', 'rapport → handlaggning'],
    };
    render(<GraphView graph={graph} highlight={highlight} />);
    const marked = leafButtons().filter((b) => b.classList.contains('is-highlighted'));
    expect(marked.map((b) => b.getAttribute('data-path'))).toEqual(highlight.states);
    for (const b of marked) {
      expect(b.getAttribute('aria-label')).toMatch(/, markerat i motexemplet$/);
      expect(b.querySelector('.graph-mark')!.textContent).toBe('!');
    }
    expect(screen.getByRole('button', { name: 'Bevakning av anmälningsplikt, markerat i motexemplet' })).toBeTruthy();
    const edges = [...svg().querySelectorAll('.graph-edge.is-highlighted')].map((e) => e.getAttribute('data-transition'));
    expect(edges.sort()).toEqual([...highlight.transitions].sort());
    for (const e of svg().querySelectorAll('.graph-edge.is-highlighted')) {
      expect(e.querySelector('.graph-mark')!.textContent).toBe('!');
      expect(e.querySelector('path')!.getAttribute('marker-end')).toMatch(/^url\(#graph-arrow-hl-/);
    }
    expect(svg().querySelectorAll('.graph-node:not(.is-highlighted) .graph-mark')).toHaveLength(0);
    expect(screen.getByText(/markerade med streckad ram och ett utropstecken/)).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <GraphView graph={graph} selected="rapport" highlight={{ states: ['avslut'], transitions: ['avslut → avslutad'] }} />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
