import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** Every name core's main entry exports, values and types, as the compiler sees them. */
function exportedNames(): string[] {
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(INDEX);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${INDEX}`);
  return checker
    .getExportsOfModule(module)
    .map((s) => s.name)
    .sort();
}

it('keeps the public API small: every export of the main entry, listed', () => {
  const names = exportedNames();
  // The entry exported 224 names before the query layer; a new export must be added here on purpose.
  expect(names.length).toBeLessThan(224);
  expect(names).toMatchSnapshot();
}, 120_000);
