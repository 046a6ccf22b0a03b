// The folder zones of eslint.zones.js, tried on scratch files that are never written: a move or a new import that
// crosses a floor must fail lint with the zone's reason, and the allowed arrows must stay quiet.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The zone errors ESLint reports for `code` as if it were the file at `file`. */
async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('lint zones', { timeout: 60_000 }, () => {
  it.each([
    ['src/kit/scratch.ts', "import { NAVIGATION } from '../shell/navigation';", /client's ground floor/],
    ['src/kit/scratch.ts', "import { CaseView } from '../ui/case/CaseView';", /client's ground floor/],
    [
      'src/ui/case/scratch.ts',
      "import { EditorPages } from '../../editor/ui/EditorPages';",
      /Pages \(src\/ui\/<feature>\) stand on the kit/,
    ],
    [
      'src/ui/case/scratch.ts',
      "export const load = () => import('../../editor/ui/EditorPages');",
      /Pages \(src\/ui\/<feature>\) stand on the kit/,
    ],
    ['src/editor/ui/scratch.ts', "import { CaseView } from '../../ui/case/CaseView';", /The editor sits beside the pages/],
    ['src/engine/scratch.ts', "import { countOf } from '../kit/format';", /bottom floor/],
    ['src/processes/lex-sarah/scratch.ts', "import { ui } from './ui';", /imports no React part/],
    ['src/ui/case/scratch.ts', "import { ui } from '../../processes/lex-sarah/ui';", /Only the composition root/],
    ['src/ui/case/scratch.ts', "import { loadCatalogFromDisk } from '../../../test/support/catalog';", /no test helper/],
  ])('%s refuses %s', async (file, code, reason) => {
    const errors = await zoneErrors(file, `${code}\nexport const used = 1;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
  });

  it.each([
    ['src/shell/scratch.ts', "import { CaseView } from '../ui/case/CaseView';"],
    ['src/ui/case/scratch.ts', "import { countOf } from '../../kit/format';"],
    ['src/editor/ui/scratch.ts', "import { useServices } from '../../kit/services';"],
    ['src/processes/lex-sarah/scratch.tsx', "import { countOf } from '../../kit/format';"],
  ])('%s may %s', async (file, code) => {
    expect(await zoneErrors(file, code)).toEqual([]);
  });
});
