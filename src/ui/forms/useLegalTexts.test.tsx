// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { useLegalText } from './useLegalTexts';

afterEach(cleanup);

function Help({ text }: { text: string }) {
  return <p>{useLegalText(text)}</p>;
}

describe("a step's help naming a legal reference (issue 25, item 5)", () => {
  it('is worded from the table for the signed-in, and left as written without one', () => {
    renderSignedIn(<Help text="Utredningens innehåll: {lagrum:lex-sarah-utredning}" />, { userId: 'user:erik', backend: testBackend({}) });
    expect(screen.getByText('Utredningens innehåll: SOSFS 2011:5, 5 kap.')).toBeTruthy();
    cleanup();
    render(<Help text="Se {lagrum:lex-sarah-utredning}" />);
    expect(screen.getByText('Se {lagrum:lex-sarah-utredning}')).toBeTruthy();
  });
});
