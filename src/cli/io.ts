/** Where the CLI writes: injectable so tests read what a person would see. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Flags that every subcommand understands. */
export interface GlobalFlags {
  json: boolean;
  /** `--now <ISO-8601>`: the clock starts at this instant. */
  now?: Date;
  /** `--speed <n>`: the clock runs n times faster than real time. */
  speed: number;
}

/** Exit codes: 0 ran (found or not), 1 broken knowledge base or failure, 2 usage error. */
export const EXIT = { ok: 0, broken: 1, usage: 2 } as const;
