import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../support/codeSizes';

// Prettier keeps code within 140 characters but cannot break a string, a comment or a test title: this names any
// line that is still wider. (Files and functions are measured by `npm run sizes`; the README gives the figures.)
describe('code width', () => {
  it('has no line over 140 characters in src/ or test/', () => {
    const root = join(import.meta.dirname, '..', '..');
    const wide = [
      ...measure(join(root, 'src'), { withTests: true }).wideLines,
      ...measure(join(root, 'test'), { withTests: true }).wideLines,
    ];
    expect(wide.map((l) => `${l.file}:${l.line} (${l.width})`)).toEqual([]);
  });
});
