const { existsSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/** After all suites: the reliability figures, one table, then the file is removed. */
module.exports = async () => {
  const file = join(tmpdir(), `loket-figures-${process.env.LOKET_FIGURES_RUN}.jsonl`);
  if (!existsSync(file)) return;
  const figures = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  rmSync(file, { force: true });
  const lines = figures.map(
    (figure) => `  ${figure.suite.padEnd(14)} ${figure.name.padEnd(46)} ${String(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`,
  );
  process.stdout.write(`\nReliability figures (${new Date().toISOString().slice(0, 10)})\n${lines.join('\n')}\n`);
};
