/**
 * A progress bar with an ETA for long CLI jobs (`briefbot index`). On a terminal it
 * redraws one line on stderr at most ten times a second; elsewhere (CI, a pipe) it stays
 * silent, so logs hold only the summary the command prints at the end.
 */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

export function progressBar(
  total: number,
  stream: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
  now: () => number = () => Date.now(),
): Progress {
  const started = now();
  let count = 0;
  let drawn = 0;
  const draw = (label = '') => {
    const share = total === 0 ? 1 : count / total;
    const width = 24;
    const filled = Math.round(share * width);
    const elapsed = now() - started;
    const eta = count === 0 ? '?' : clock(((total - count) * elapsed) / count);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    stream.write(
      `\r[${bar}] ${count}/${total} ${Math.floor(share * 100)}% ETA ${eta} ${label.slice(0, 30).padEnd(30)}`,
    );
  };
  return {
    tick(label) {
      count++;
      if (!stream.isTTY) return;
      if (now() - drawn >= 100 || count === total) {
        drawn = now();
        draw(label);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/** Milliseconds as m:ss (or h:mm:ss). */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}
