// `npm run sizes`: the size habits measured with the compiler's own parser over src/ (tests left out): files over 400
// lines, functions and components over 80 lines, lines over the formatter's width. Prints figures; the width is
// asserted by test/docs/codeSizes.test.ts, since Prettier cannot break a string or a comment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');
const WIDTH = 140;

export interface Sizes {
  files: { file: string; lines: number }[];
  functions: { file: string; name: string; lines: number }[];
  wideLines: { file: string; line: number; width: number }[];
}

function codeFiles(dir: string, withTests = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : codeFiles(full, withTests);
    return /\.(tsx?|mjs)$/.test(name) && (withTests || !/\.test\.tsx?$/.test(name)) ? [full] : [];
  });
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonym)';
}

/** Every function, method and arrow function with its length in lines, outermost and inner alike. */
function functionsIn(file: string, source: ts.SourceFile): Sizes['functions'] {
  const out: Sizes['functions'] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ file, name: nameOf(node), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The sizes of the code under `dir` (src/ by default); `withTests` measures test files too. */
export function measure(dir = join(ROOT, 'src'), { withTests = false } = {}): Sizes {
  const sizes: Sizes = { files: [], functions: [], wideLines: [] };
  for (const full of codeFiles(dir, withTests)) {
    const file = relative(ROOT, full);
    const text = readFileSync(full, 'utf8');
    const lines = text.split('\n');
    sizes.files.push({ file, lines: lines.length });
    lines.forEach((l, i) => l.length > WIDTH && sizes.wideLines.push({ file, line: i + 1, width: l.length }));
    const source = ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true, full.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    sizes.functions.push(...functionsIn(file, source));
  }
  return sizes;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const s = measure();
  const bigFiles = s.files.filter((f) => f.lines > 400).sort((a, b) => b.lines - a.lines);
  const longFunctions = s.functions.filter((f) => f.lines > 80).sort((a, b) => b.lines - a.lines);
  console.log(`Kodfiler i src/: ${s.files.length}, över 400 rader: ${bigFiles.length}`);
  for (const f of bigFiles) console.log(`  ${f.file} ${f.lines}`);
  console.log(`Funktioner över 80 rader: ${longFunctions.length}`);
  for (const f of longFunctions) console.log(`  ${f.file} ${f.name} ${f.lines}`);
  console.log(`Rader över ${WIDTH} tecken: ${s.wideLines.length} (längst ${Math.max(0, ...s.wideLines.map((l) => l.width))})`);
}
