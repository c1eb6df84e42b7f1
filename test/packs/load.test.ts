import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadPacks } from '../../src/knowledge/load.ts';

const SEED = 'knowledge/kerry-putin-moscow-2015';

/** A copy of the seed pack in a temp knowledge folder, with pack.yaml edited by `edit`. */
function brokenCopy(edit: (yaml: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-packs-'));
  cpSync(SEED, join(root, 'seed'), { recursive: true });
  const file = join(root, 'seed', 'pack.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

describe('loading knowledge packs', () => {
  it('loads the seed pack with its 15 paragraphs', () => {
    const { packs, problems } = loadPacks('knowledge');
    expect(problems).toEqual([]);
    const seed = packs.find((p) => p.id === 'kerry-putin-moscow-2015')!;
    expect(seed.paragraphs).toHaveLength(15);
    expect(seed.paragraphs[9]!.text).toMatch(/^During his Moscow trip/);
    expect(seed.data.published).toBe('2015-12-15');
  });

  it('reports a schema problem with the file, the path inside it and what is wrong', () => {
    const root = brokenCopy((y) => y.replace(/kind: person/, 'kind: celebrity'));
    const { packs, problems } = loadPacks(root);
    expect(packs).toEqual([]);
    expect(problems[0]!.file).toMatch(/seed[/\\]pack\.yaml$/);
    expect(problems[0]!.path).toMatch(/^entities\.\d+\.kind$/);
    expect(formatProblem(problems[0]!)).toMatch(/pack\.yaml: entities\.\d+\.kind: /);
  });

  it('rejects a citation of a paragraph the article does not have', () => {
    const root = brokenCopy((y) => y.replace(/paragraphs: \[(\d+)/, 'paragraphs: [99'));
    const { problems } = loadPacks(root);
    expect(problems.map(formatProblem).join('\n')).toContain('¶99 does not exist (the article has 15 paragraphs)');
  });

  it('reports unparsable YAML, a missing pack file and a bad date', () => {
    expect(loadPacks(brokenCopy(() => 'id: [unclosed')).problems[0]!.message).toMatch(/cannot parse/);
    expect(
      loadPacks(brokenCopy((y) => y.replace(/date: '?2015-12-18'?/, 'date: 2015-13-45')))
        .problems.map((p) => p.message)
        .join(),
    ).toMatch(/not a valid date/);
    const empty = mkdtempSync(join(tmpdir(), 'briefbot-packs-'));
    cpSync(join(SEED, 'article.txt'), join(empty, 'x', 'article.txt'), { recursive: true });
    expect(loadPacks(empty).problems[0]!.message).toMatch(/no pack\.yaml/);
  });

  it('refuses two packs with the same id', () => {
    const root = brokenCopy((y) => y);
    cpSync(join(root, 'seed'), join(root, 'twin'), { recursive: true });
    const { packs, problems } = loadPacks(root);
    expect(packs).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/duplicate pack id/);
  });
});
