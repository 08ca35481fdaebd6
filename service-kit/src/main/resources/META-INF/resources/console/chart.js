// A simple inline SVG bar chart: groups (e.g. months) of bars (e.g. applications, admissions, ...).
// A null value (a count of 1 to 4, suppressed) is drawn as a stub labelled "<5".

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#3366aa', '#55a868', '#8172b2', '#c44e52', '#937860', '#da8bc3'];

function node(name, attrs = {}, text) {
  const n = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

export function barChart(groups, series, { height = 220, bar = 12, gap = 18 } = {}) {
  const max = Math.max(1, ...groups.flatMap(g => series.map(s => g.values[s] ?? 0)));
  const plot = height - 40;
  const groupWidth = series.length * bar + gap;
  const width = Math.max(480, 40 + groups.length * groupWidth + 10);
  const svg = node('svg', { width, height: height + 20 * Math.ceil(series.length / 3), role: 'img',
    'aria-label': 'statistics chart' });
  svg.appendChild(node('line', { x1: 35, y1: 10, x2: 35, y2: 10 + plot, stroke: '#999' }));
  svg.appendChild(node('text', { x: 2, y: 14 }, String(max)));
  svg.appendChild(node('text', { x: 2, y: 10 + plot }, '0'));
  groups.forEach((g, gi) => {
    const x0 = 40 + gi * groupWidth;
    series.forEach((s, si) => {
      const v = g.values[s];
      const h = v == null ? 2 : Math.round((v / max) * plot);
      const x = x0 + si * bar;
      const rect = node('rect', { x, y: 10 + plot - h, width: bar - 2, height: h, fill: COLOURS[si % COLOURS.length] });
      rect.appendChild(node('title', {}, `${g.label} ${s}: ${v == null ? '<5' : v}`));
      svg.appendChild(rect);
      if (v == null) svg.appendChild(node('text', { x, y: 6 + plot }, '<5'));
    });
    svg.appendChild(node('text', { x: x0, y: 24 + plot }, g.label));
  });
  series.forEach((s, si) => {
    const x = 40 + (si % 3) * 150;
    const y = height + 4 + 16 * Math.floor(si / 3);
    svg.appendChild(node('rect', { x, y: y - 9, width: 10, height: 10, fill: COLOURS[si % COLOURS.length] }));
    svg.appendChild(node('text', { x: x + 14, y }, s));
  });
  return svg;
}
