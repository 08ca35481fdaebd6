// Parses the Prometheus text format (what every service answers at /q/metrics) into samples.
// Only what the console needs: name, labels, value; comments and malformed lines are skipped.

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+([^\s]+)(\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parse(text) {
  const samples = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const labels = {};
    if (m[3]) {
      for (const l of m[3].matchAll(LABEL)) {
        labels[l[1]] = l[2].replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
      }
    }
    const value = Number(m[4]);
    if (!Number.isNaN(value)) samples.push({ name: m[1], labels, value });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels match `where` (a function), or null when there is none. */
export function sum(samples, name, where = () => true) {
  let found = false;
  let total = 0;
  for (const s of samples) {
    if (s.name === name && where(s.labels)) {
      found = true;
      total += s.value;
    }
  }
  return found ? total : null;
}

/** Sums of `name` grouped by the values of `keys` (e.g. ['group', 'topic']). */
export function groupSum(samples, name, keys) {
  const groups = new Map();
  for (const s of samples) {
    if (s.name !== name) continue;
    const key = keys.map(k => s.labels[k] ?? '').join('\u0000');
    const g = groups.get(key) ?? { labels: Object.fromEntries(keys.map(k => [k, s.labels[k] ?? ''])), value: 0 };
    g.value += s.value;
    groups.set(key, g);
  }
  return [...groups.values()];
}
