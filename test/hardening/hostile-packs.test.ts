/**
 * A table of hostile pack and file shapes: traversal, symbolic links in and out, binary,
 * oversize, alias bombs, wrong types, duplicate ids. Each sits in a knowledge folder beside
 * a good pack; each must be refused with its one-line message (or, for the harmless
 * shapes, load), and the good pack must load whatever happens beside it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadPacks } from '../../src/knowledge/load.ts';
import { recordFigures } from './figures.ts';
import { MINI, type Shape } from './hostile-shape-kit.ts';
import { CONTENT_SHAPES } from './hostile-shapes-content.ts';
import { FILE_SHAPES } from './hostile-shapes-files.ts';

/** The table, in its order: paths and files first, then contents, parsing and types. */
const SHAPES: Shape[] = [...FILE_SHAPES, ...CONTENT_SHAPES];

const roots: string[] = [];
let handled = 0;
afterAll(() => {
  roots.forEach((r) => rmSync(r, { recursive: true, force: true }));
  recordFigures('hostile-shapes', { shapes: SHAPES.length, handled });
});

describe('hostile pack and file shapes', () => {
  it(`the table holds at least 40 shapes (${SHAPES.length})`, () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const root = mkdtempSync(join(tmpdir(), 'briefbot-hostile-'));
    const outside = mkdtempSync(join(tmpdir(), 'briefbot-outside-'));
    roots.push(root, outside);
    writeFileSync(join(outside, 'secret.txt'), 'SLACK_BOT_TOKEN=xoxb-secret-value\n');
    cpSync(MINI, join(outside, 'pack'), { recursive: true });
    cpSync(MINI, join(root, 'good'), { recursive: true });
    shape.setup(join(root, 'bad'), root, outside);

    const { packs, problems } = loadPacks(root);
    const lines = problems.map(formatProblem);
    // The good pack beside it always loads.
    expect(packs.map((p) => p.id)).toContain('riverton-bridge');
    // No pack ever holds the text of a file outside its folder.
    expect(packs.flatMap((p) => p.paragraphs.map((q) => q.text)).join('\n')).not.toMatch(/xoxb-secret|root:x:0:0/);
    for (const line of lines) expect(line).not.toContain('\n');
    if (shape.expected === null) {
      expect(lines).toEqual([]);
      expect(packs.map((p) => p.id)).toContain('hostile');
    } else {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(shape.expected);
      expect(packs.map((p) => p.id)).not.toContain('hostile');
    }
    handled++;
  });
});
