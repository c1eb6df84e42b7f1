/**
 * Hostile shapes, second half: what a pack's files hold (binary, encodings, over the size
 * caps), what its parser is fed (alias bombs, syntax errors, several documents, deep
 * nesting) and wrong types or broken references in a pack that parses. Read by
 * hostile-packs.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOAD_LIMITS } from '../../src/knowledge/load.ts';
import { ARTICLE, GOOD_YAML, pack, yaml, type Shape } from './hostile-shape-kit.ts';

const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
for (let i = 1; i < 12; i++)
  bomb.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]`,
  );

export const CONTENT_SHAPES: Shape[] = [
  // Content: binary, encodings, size
  {
    name: 'article: binary (PNG header)',
    setup: (b) => pack(b, yaml(), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    expected: /article: "article\.txt" is not UTF-8 text \(a binary file\?\)$/,
  },
  {
    name: 'article: NUL bytes in text',
    setup: (b) => pack(b, yaml(), `${ARTICLE}\u0000tail`),
    expected: /is not UTF-8 text/,
  },
  {
    name: 'article: Latin-1, not UTF-8',
    setup: (b) => pack(b, yaml(), Buffer.from(`${ARTICLE} caf\xe9\n`, 'latin1')),
    expected: /article: "article\.txt" is not UTF-8 text/,
  },
  {
    name: 'article: over the size cap',
    setup: (b) => pack(b, yaml(), `${ARTICLE}\n\n${'word '.repeat(LOAD_LIMITS.articleBytes / 5)}`),
    expected: /article: "article\.txt" is 1\.0 MB; the limit is 1\.0 MB$/,
  },
  {
    name: 'article: UTF-8 with a byte-order mark (harmless)',
    setup: (b) => pack(b, yaml(), `\uFEFF${ARTICLE}`),
    expected: null,
  },
  {
    name: 'pack.yaml: over the size cap',
    setup: (b) => pack(b, `${yaml()}\n# ${'x'.repeat(LOAD_LIMITS.packBytes)}\n`),
    expected: /bad\/pack\.yaml: "pack\.yaml" is 2\.0 MB; the limit is 2\.0 MB$/,
  },
  {
    name: 'pack.yaml: binary',
    setup: (b) => pack(b, Buffer.from([0xff, 0xfe, 0, 0x41, 0x42])),
    expected: /"pack\.yaml" is not UTF-8 text/,
  },
  // Parsing
  {
    name: 'pack.yaml: alias bomb (billion laughs)',
    setup: (b) => pack(b, `${bomb.join('\n')}\n`),
    expected: /bad\/pack\.yaml: cannot parse: .*alias/i,
  },
  {
    name: 'pack.yaml: syntax error',
    setup: (b) => pack(b, 'id: [unclosed\n'),
    expected: /bad\/pack\.yaml: cannot parse: /,
  },
  {
    name: 'pack.yaml: two documents',
    setup: (b) => pack(b, `${yaml()}\n---\nid: other\n`),
    expected: /cannot parse: expected a single document in the stream/i,
  },
  {
    name: 'pack.yaml: duplicate keys',
    setup: (b) => pack(b, `${yaml()}\ntitle: again\n`),
    expected: /cannot parse: duplicated mapping key \(\d+:\d+\)$/,
  },
  {
    name: 'pack.yaml: empty',
    setup: (b) => pack(b, ''),
    expected: /bad\/pack\.yaml: cannot parse: expected a document, but the input is empty$/,
  },
  {
    name: 'pack.yaml: deep nesting',
    setup: (b) => pack(b, `${'['.repeat(5000)}${']'.repeat(5000)}\n`),
    expected: /bad\/pack\.yaml: (cannot parse: .*|Invalid input: expected object, received array)$/,
  },
  {
    name: 'pack.json: invalid JSON',
    setup: (b) => (mkdirSync(b), writeFileSync(join(b, 'pack.json'), '{"id": ')),
    expected: /bad\/pack\.json: cannot parse: /,
  },
  {
    name: 'pack.json: a list, not an object',
    setup: (b) => (mkdirSync(b), writeFileSync(join(b, 'pack.json'), '[1, 2]')),
    expected: /bad\/pack\.json: Invalid input: expected object, received array$/,
  },
  {
    name: 'pack.yaml: a __proto__ key (harmless)',
    setup: (b) =>
      pack(
        b,
        yaml((y) => `${y}__proto__: { id: evil, polluted: true }\n`),
      ),
    expected: null,
  },
  // Wrong types and broken references
  {
    name: 'entities is a string',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^entities:$/m, 'entities: nobody\nx-entities:')),
      ),
    expected: /bad\/pack\.yaml: entities: Invalid input: expected array, received string$/,
  },
  {
    name: 'published is a number',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^published: .*$/m, 'published: 20240306')),
      ),
    expected: /published: Invalid input: expected string, received number$/,
  },
  {
    name: 'id is not a slug',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^id: hostile$/m, 'id: "../../etc"')),
      ),
    expected: /bad\/pack\.yaml: id: must be a lowercase slug such as "john-kerry"$/,
  },
  {
    name: 'an unknown entity kind',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('kind: person', 'kind: wizard')),
      ),
    expected: /entities\.0\.kind: Invalid option: expected one of/,
  },
  {
    name: 'a timezone that is not IANA',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('timezone: Europe/London', 'timezone: Mars/Olympus')),
      ),
    expected: /timezone: must be an IANA timezone such as "Europe\/Moscow"$/,
  },
  {
    name: 'a date that does not match its precision',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('date: 2024-04', 'date: 2024-13')),
      ),
    expected: /events\.1\.date: "2024-13" is not a valid date of precision "month"$/,
  },
  {
    name: 'a paragraph the article does not have',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('paragraphs: [1, 4]', 'paragraphs: [1, 99]')),
      ),
    expected: /entities\.1\.paragraphs\.1: ¶99 does not exist \(the article has \d+ paragraphs\)$/,
  },
  {
    name: 'duplicate entity id',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('id: riverton-bridge\n', 'id: riverton\n')),
      ),
    expected: /entities\.2\.id: duplicate id "riverton"$/,
  },
  {
    name: 'an unknown participant',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('participants: [ana-lopez]', 'participants: [nobody]')),
      ),
    expected: /events\.0\.participants\.0: unknown entity "nobody"$/,
  },
  {
    name: 'duplicate pack id (a copy of the good pack)',
    setup: (_b, r) => pack(join(r, 'zz-copy'), GOOD_YAML),
    expected: /zz-copy: id: duplicate pack id "riverton-bridge" \(also in .*good\)$/,
  },
];
