/**
 * Ends every run with one plain line, `vitest: N passed, N failed, N skipped`, the closing
 * line that CI reads to tell "ran and passed" from "ran no test". Vitest's own summary is
 * coloured and split across lines, so it does not count there.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = (state: 'passed' | 'failed' | 'skipped') =>
      modules.reduce((n, m) => n + [...m.children.allTests(state)].length, 0);
    const failedModules = modules.filter(
      (m) => m.state() === 'failed' && [...m.children.allTests()].length === 0,
    ).length;
    process.stdout.write(
      `\nvitest: ${count('passed')} passed, ${count('failed') + failedModules} failed, ${count('skipped')} skipped\n`,
    );
  }
}
