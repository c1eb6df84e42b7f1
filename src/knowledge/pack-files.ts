/**
 * Reading the files a pack names, as untrusted input: every file must resolve (symbolic
 * links followed) inside its own folder, be a regular file, fit a size cap and be UTF-8
 * text, so a pack can never make the bot quote `.env` or `/etc/passwd`, hang on a FIFO or
 * eat the memory (load.ts). Problems are thrown as `FileProblem`s, worded for the person
 * who fixes the pack.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const OUT_OF_KNOWLEDGE = 'outside the knowledge folder: refused';
const OUT_OF_PACK = 'outside the pack folder: refused';

/** A problem with a file the pack names: its message is what the person reads. */
export class FileProblem extends Error {}

/**
 * Reads `name` from the pack folder `realDir`: it must stay inside the folder once symbolic
 * links are followed, be a regular file (not a FIFO that would block, not a device), fit
 * `maxBytes` and be UTF-8 text without NUL bytes.
 */
export function readText(realDir: string, name: string, maxBytes: number): string {
  const label = `"${clip(name)}"`;
  if (name === '' || isAbsolute(name) || !inside(realDir, resolve(realDir, name))) {
    throw new FileProblem(`${label} must name a file inside the pack folder`);
  }
  const real = realOf(join(realDir, name), label);
  if (!inside(realDir, real)) throw new FileProblem(`${label} is a symbolic link that leads ${OUT_OF_PACK}`);
  const bytes = readCapped(real, label, maxBytes);
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(`${label} is not UTF-8 text (a binary file?)`);
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * Reads a regular file of at most `maxBytes` through one descriptor, so a file swapped
 * after the checks (for a link, a FIFO, a bigger file) is still caught: not following a
 * final link, not blocking on a FIFO, checked with fstat, and never reading past the cap.
 */
function readCapped(path: string, label: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileProblem(`${label} is not a regular file`);
    const tooBig = (size: number) =>
      new FileProblem(`${label} is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`);
    if (stat.size > maxBytes) throw tooBig(stat.size);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > maxBytes) throw tooBig(length);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** `realpath`, with "not found" and "broken link" told apart. */
export function realOf(path: string, label: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new FileProblem(exists(path, true) ? `${label} is a broken symbolic link` : `${label} not found`);
    }
    if (code === 'ELOOP') throw new FileProblem(`${label} is a symbolic link loop`);
    throw error;
  }
}

/** Whether `path` exists; with `orLink`, a symbolic link counts even when it leads nowhere. */
export function exists(path: string, orLink = false): boolean {
  try {
    (orLink ? lstatSync : statSync)(path);
    return true;
  } catch {
    return false;
  }
}

/** True when `path` is strictly inside `dir` (both real paths). */
export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function describe(error: unknown): string {
  if (error instanceof FileProblem) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** One line, no control characters, at most 200 characters: a message never spans lines. */
export function oneLine(text: string): string {
  const line = text
    .split('\n')[0]!
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A name from a pack, shown in a message: control characters blanked, at most 80 characters. */
function clip(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, 80);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
