/**
 * Compiled packs (issue 12): a pack validated once is read back from its compiled form
 * while its bytes stay the same; a changed pack, a corrupt cache or none at all only means
 * compiling again, and tidying keeps exactly the packs of the last load.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledPacksFor, compiledPacksIn } from '../../src/knowledge/compiled-packs.ts';
import { compiledReadingsIn } from '../../src/knowledge/compiled-readings.ts';
import { readPackParts } from '../../src/knowledge/reading-index.ts';
import { createKnowledgeHolder } from '../../src/knowledge/holder.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const SEED = new URL('../../knowledge/', import.meta.url).pathname;
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'compiled-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A knowledge folder holding a copy of the seed pack, and an empty cache folder. */
function setup() {
  const root = temp();
  cpSync(SEED, root, { recursive: true });
  const [packDir] = readdirSync(root).map((d) => join(root, d));
  return { root, packDir: packDir!, cacheDir: join(temp(), 'compiled') };
}

describe('compiled packs', () => {
  it('reads a pack back from its compiled form while its bytes are unchanged', () => {
    const { root, packDir, cacheDir } = setup();
    const compiled = compiledPacksIn(cacheDir);
    const first = loadPack(packDir, { root, compiled });
    expect(first.pack).toBeDefined();
    const [file] = readdirSync(cacheDir);
    expect(file).toBe(`${first.compiled}.json`);
    // Proof the compiled form is what the second load reads: edit it, not the pack.
    const stored = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8'));
    writeFileSync(join(cacheDir, file!), JSON.stringify({ ...stored, title: 'From the compiled form' }));
    expect(loadPack(packDir, { root, compiled }).pack!.data.title).toBe('From the compiled form');
  });

  it('compiles a changed pack again, and shrugs off a corrupt compiled form', () => {
    const { root, packDir, cacheDir } = setup();
    const compiled = compiledPacksIn(cacheDir);
    const first = loadPack(packDir, { root, compiled });
    writeFileSync(join(cacheDir, `${first.compiled}.json`), '{ not json');
    expect(loadPack(packDir, { root, compiled }).pack!.data.title).toBe(first.pack!.data.title);
    const yaml = join(packDir, 'pack.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title: .*$/m, 'title: A new title'));
    const changed = loadPack(packDir, { root, compiled });
    expect(changed.compiled).not.toBe(first.compiled);
    expect(changed.pack!.data.title).toBe('A new title');
  });

  it('reports a broken pack as before, and keeps no compiled form of it', () => {
    const { root, packDir, cacheDir } = setup();
    writeFileSync(join(packDir, 'pack.yaml'), 'id: [unclosed');
    const loaded = loadPack(packDir, { root, compiled: compiledPacksIn(cacheDir) });
    expect(loaded.pack).toBeUndefined();
    expect(loaded.problems[0]!.message).toMatch(/cannot parse/);
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it('keeps only the packs of the last load when the holder reloads', () => {
    const { root, packDir, cacheDir } = setup();
    const compiled = compiledPacksIn(cacheDir);
    const holder = createKnowledgeHolder(root, { compiled });
    const yaml = join(packDir, 'pack.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title: .*$/m, 'title: Edited'));
    holder.reload();
    expect(holder.current().packs[0]!.data.title).toBe('Edited');
    // One compiled pack, its one compiled reading and the merged index: the old ones are gone.
    expect(
      readdirSync(cacheDir)
        .map((f) => f.replace(/^[0-9a-f]+/, ''))
        .sort(),
    ).toEqual(['.index.bin', '.json', '.reading.bin']);
  });

  it('gives each knowledge folder its own place beside the database', () => {
    const base = temp();
    const a = compiledPacksFor({ DATABASE_PATH: join(base, 'bot.db'), KNOWLEDGE_DIR: join(base, 'a') });
    const b = compiledPacksFor({ DATABASE_PATH: join(base, 'bot.db'), KNOWLEDGE_DIR: join(base, 'b') });
    const data = { id: 'x' } as never;
    a.put('k', data);
    b.keepOnly(new Set());
    expect(a.get('k')).toEqual(data);
    expect(readdirSync(join(base, 'compiled'))).toHaveLength(1);
  });
});

describe('articles, read for their paragraphs on first use', () => {
  it('give the paragraphs of the article as loaded, and none (no crash) once it is gone', () => {
    const { root, packDir } = setup();
    const pack = loadPack(packDir, { root }).pack!;
    const again = loadPack(packDir, { root }).pack!;
    const article = readFileSync(join(packDir, 'article.txt'), 'utf8');
    expect(pack.paragraphs.map((p) => p.text).join(' ')).toContain('Kerry');
    expect(pack.paragraphs.length).toBeGreaterThan(5);
    expect(pack.articleHash).toBe(again.articleHash);
    rmSync(join(packDir, 'article.txt'));
    expect(again.paragraphs).toEqual([]);
    expect(pack.paragraphs.length).toBeGreaterThan(5);
    writeFileSync(join(packDir, 'article.txt'), article.replace('Kerry', 'Kerry,'));
    expect(loadPack(packDir, { root }).pack!.articleHash).not.toBe(pack.articleHash);
  });
});

describe('reading for answers, on first use', () => {
  it('a holder that does not read eagerly still answers when asked', () => {
    const { root } = setup();
    const holder = createKnowledgeHolder(root, { readEagerly: false });
    expect(holder.current().findTopics('Kerry')[0]?.type).toBe('entity');
    const reading = holder.current().reading!;
    expect(reading.bm25.size).toBeGreaterThan(10);
    expect(holder.current().reading).toBe(reading);
  });
});

describe('compiled readings', () => {
  it('give back exactly what reading the pack gives, linked to the pack again', () => {
    const { root, packDir, cacheDir } = setup();
    const pack = loadPack(packDir, { root }).pack!;
    const fresh = readPackParts(pack);
    const readings = compiledReadingsIn(cacheDir);
    expect(readings.get(pack)).toBeUndefined();
    readings.put(pack, fresh);
    const back = readings.get(pack)!;
    expect(back.all()).toHaveLength(fresh.readings.length);
    back.all().forEach((r, i) => {
      expect(r.sentence).toEqual(fresh.readings[i]!.sentence);
      expect(r.pack).toBe(pack);
      expect({ ...r, pack: undefined }).toEqual({ ...fresh.readings[i]!, pack: undefined });
    });
    expect(back.events.map((e) => [e.event, [...e.keys]])).toEqual(fresh.events.map((e) => [e.event, [...e.keys]]));
    expect(back.terms).toEqual(fresh.terms);
    expect(back.docTerms()).toEqual(fresh.readings.map((r) => r.terms));
    // One sentence read back on its own is the same reading, and stays the same object.
    expect(back.at(3)).toBe(back.all()[3]);
    expect(back.at(back.count)).toBeUndefined();
  });

  it('are read anew when their file goes while the pack is held (tidied after a reload)', () => {
    const { root, packDir, cacheDir } = setup();
    const pack = loadPack(packDir, { root }).pack!;
    const readings = compiledReadingsIn(cacheDir);
    const fresh = readPackParts(pack);
    readings.put(pack, fresh);
    const held = readings.get(pack)!;
    const first = held.at(0)!;
    rmSync(join(cacheDir, `${readings.keyOf(pack)}.bin`));
    expect(held.at(0)).toBe(first);
    expect(held.at(5)!.terms).toEqual(fresh.readings[5]!.terms);
    expect(held.all().map((r) => r.sentence.text)).toEqual(fresh.readings.map((r) => r.sentence.text));
    expect(held.docTerms()).toEqual(fresh.readings.map((r) => r.terms));
  });

  it('are no reading when their file is cut short or is not one', () => {
    const { root, packDir, cacheDir } = setup();
    const pack = loadPack(packDir, { root }).pack!;
    const readings = compiledReadingsIn(cacheDir);
    readings.put(pack, readPackParts(pack));
    const file = join(cacheDir, `${readings.keyOf(pack)}.bin`);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    expect(readings.get(pack)).toBeUndefined();
    writeFileSync(file, 'not a reading');
    expect(readings.get(pack)).toBeUndefined();
  });

  it('are read again when the article changes, and a restart reads none of an unchanged pack', () => {
    const { root, packDir, cacheDir } = setup();
    const compiled = compiledPacksIn(cacheDir);
    createKnowledgeHolder(root, { compiled });
    const files = readdirSync(cacheDir).sort();
    expect(files.filter((f) => f.endsWith('.reading.bin'))).toHaveLength(1);
    // A restart: the same files, nothing new written, the same answers' material.
    const again = createKnowledgeHolder(root, { compiled });
    expect(readdirSync(cacheDir).sort()).toEqual(files);
    expect(again.current().reading!.bm25.size).toBeGreaterThan(10);
    const article = join(packDir, 'article.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Kerry', 'Kerry,'));
    again.reload();
    const after = readdirSync(cacheDir).filter((f) => f.endsWith('.reading.bin'));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(files.filter((f) => f.endsWith('.reading.bin')));
  });
});
