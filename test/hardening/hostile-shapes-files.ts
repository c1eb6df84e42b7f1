/**
 * Hostile shapes, first half: the paths a pack names (traversal, absolute, sibling, empty,
 * control characters) and the files and folders it is made of (symbolic links out, in,
 * dangling and looping, FIFOs, folders where files belong). Read by hostile-packs.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pack, withArticle, yaml, type Shape } from './hostile-shape-kit.ts';

export const FILE_SHAPES: Shape[] = [
  // Paths the pack names
  {
    name: 'article: ../../.env',
    setup: (b) => pack(b, withArticle('../../.env')),
    expected: /bad\/pack\.yaml: article: "\.\.\/\.\.\/\.env" must name a file inside the pack folder$/,
  },
  {
    name: 'article: /etc/passwd',
    setup: (b) => pack(b, withArticle('/etc/passwd')),
    expected: /article: "\/etc\/passwd" must name a file inside the pack folder$/,
  },
  {
    name: "article: a sibling pack's file",
    setup: (b) => pack(b, withArticle('../good/article.txt')),
    expected: /must name a file inside the pack folder$/,
  },
  {
    name: 'article: . (the folder itself)',
    setup: (b) => pack(b, withArticle('.')),
    expected: /article: "\." must name a file inside the pack folder$/,
  },
  {
    name: 'article: empty name',
    setup: (b) => pack(b, withArticle('')),
    expected: /article: "" must name a file inside the pack folder$/,
  },
  {
    name: 'article: a sub-folder',
    setup: (b) => (pack(b, withArticle('sub')), mkdirSync(join(b, 'sub'))),
    expected: /article: "sub" is not a regular file$/,
  },
  {
    name: 'article: a name with a newline and control characters',
    setup: (b) => pack(b, withArticle('x\n\u0007y.txt')),
    expected: /article: "x {2}y\.txt" not found$/,
  },
  {
    name: 'article: missing file',
    setup: (b) => pack(b, withArticle('gone.txt')),
    expected: /article: "gone\.txt" not found$/,
  },
  { name: 'article: ./article.txt (harmless)', setup: (b) => pack(b, withArticle('./article.txt')), expected: null },
  {
    name: 'article: sub/../article.txt (harmless)',
    setup: (b) => pack(b, withArticle('sub/../article.txt')),
    expected: null,
  },
  // Symbolic links, out and in
  {
    name: 'article symlink to /etc/passwd',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('/etc/passwd', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a symbolic link that leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink to a file outside the root',
    setup: (b, _r, o) => (
      pack(b, yaml()),
      rmSync(join(b, 'article.txt')),
      symlinkSync(join(o, 'secret.txt'), join(b, 'article.txt'))
    ),
    expected: /leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink to the good pack (another folder)',
    setup: (b, r) => (
      pack(b, yaml()),
      rmSync(join(b, 'article.txt')),
      symlinkSync(join(r, 'good', 'article.txt'), join(b, 'article.txt'))
    ),
    expected: /leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink inside its folder (harmless)',
    setup: (b) => (pack(b, withArticle('link.txt')), symlinkSync('article.txt', join(b, 'link.txt'))),
    expected: null,
  },
  {
    name: 'article dangling symlink',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('nowhere.txt', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a broken symbolic link$/,
  },
  {
    name: 'article symlink loop',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('article.txt', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a symbolic link loop$/,
  },
  {
    name: 'article is a FIFO (would block a read)',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), execFileSync('mkfifo', [join(b, 'article.txt')])),
    expected: /article: "article\.txt" is not a regular file$/,
  },
  {
    name: 'pack.yaml symlink to /etc/passwd',
    setup: (b) => (mkdirSync(b), symlinkSync('/etc/passwd', join(b, 'pack.yaml'))),
    expected: /bad\/pack\.yaml: "pack\.yaml" is a symbolic link that leads outside the pack folder: refused$/,
  },
  {
    name: 'pack.yaml dangling symlink',
    setup: (b) => (mkdirSync(b), symlinkSync('missing.yaml', join(b, 'pack.yaml'))),
    expected: /bad\/pack\.yaml: "pack\.yaml" is a broken symbolic link$/,
  },
  {
    name: 'pack.yaml is a folder',
    setup: (b) => mkdirSync(join(b, 'pack.yaml'), { recursive: true }),
    expected: /bad\/pack\.yaml: "pack\.yaml" is not a regular file$/,
  },
  {
    name: 'pack folder: symlink out of the knowledge folder',
    setup: (b, _r, o) => symlinkSync(join(o, 'pack'), b),
    expected: /bad: symbolic link that leads outside the knowledge folder: refused$/,
  },
  {
    name: 'pack folder: dangling symlink',
    setup: (b, r) => symlinkSync(join(r, 'nothing-here'), b),
    expected: /bad: this entry is a broken symbolic link$/,
  },
  {
    name: 'pack folder: symlink to /',
    setup: (b) => symlinkSync('/', b),
    expected: /bad: symbolic link that leads outside the knowledge folder: refused$/,
  },
  {
    name: 'pack folder: symlink to a hidden folder inside (harmless)',
    setup: (b, r) => (pack(join(r, '.store', 'p'), yaml()), symlinkSync(join(r, '.store', 'p'), b)),
    expected: null,
  },
  {
    name: 'a plain file in the knowledge folder (ignored)',
    setup: (b, r) => (pack(b, yaml()), writeFileSync(join(r, 'README.md'), '# notes\n')),
    expected: null,
  },
  {
    name: 'an empty folder',
    setup: (b) => mkdirSync(b),
    expected: /bad: no pack\.yaml or pack\.yml or pack\.json in this folder$/,
  },
];
