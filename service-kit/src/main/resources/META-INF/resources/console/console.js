// The Refugio operations console: one static page, no build step, no third-party code.
// Signs in with a pasted operations JWT (sessionStorage only); every call carries it as a bearer token.
// Polls the five services every few seconds; a panel whose endpoint is missing says "not available".
import { parse, sum, groupSum } from './prometheus.js';
import { barChart } from './chart.js';

const TOKEN_KEY = 'refugio.console.token';
const TOPIC_OF = {
  'registration-service': 'registration.events',
  'interview-service': 'interview.events',
  'decision-service': 'decision.events',
  'documents-service': 'documents.events',
  'appeals-service': 'appeals.events',
};

let config = { services: [], pollSeconds: 5 };
let timer = null;
const previousPublished = new Map(); // service -> {total, at}
const typedReplayTypes = new Map(); // dead letter id -> type typed by the operator
let lastDeadLetters = '';
let lastSites = '';

const $ = id => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else if (k === 'className') n.className = v;
    else n.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null) continue;
    n.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

const na = (text = 'n/a') => el('span', { className: 'na' }, text);
const num = v => (v === null || v === undefined ? na() : String(Math.round(v * 100) / 100));
const token = () => sessionStorage.getItem(TOKEN_KEY);
const service = name => config.services.find(s => s.name === name);

function status(text, error = false) {
  const s = $('status');
  s.textContent = text;
  s.className = error ? 'error' : '';
}

/** Calls a service; resolves to {ok, status, body} and never rejects (a network failure is status 0). */
async function call(serviceName, path, { method = 'GET', body, accept = 'application/json' } = {}) {
  const s = service(serviceName);
  if (!s) return { ok: false, status: 0 };
  const headers = { Accept: accept, Authorization: `Bearer ${token()}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const r = await fetch(s.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit' });
    const text = await r.text();
    let parsed = text;
    if ((r.headers.get('content-type') || '').includes('json') && text) {
      try { parsed = JSON.parse(text); } catch { /* keep the text */ }
    }
    if (r.status === 401) status('The token was refused (expired or not valid): sign in again', true);
    return { ok: r.ok, status: r.status, body: parsed };
  } catch (e) {
    return { ok: false, status: 0, error: String(e) };
  }
}

function unavailable(r) {
  if (r.status === 403) return na('not allowed for this token');
  if (r.status === 401) return na('not signed in');
  return na(r.status ? `not available (HTTP ${r.status})` : 'not available');
}

function replace(container, ...children) {
  container.replaceChildren(...children);
}

// ---- metrics: event rate per topic, consumer lag, outbox, open dead letters

async function refreshMetrics() {
  const rows = [];
  const lagRows = [];
  await Promise.all(config.services.map(async s => {
    const r = await call(s.name, '/q/metrics', { accept: 'text/plain' });
    const samples = r.ok && typeof r.body === 'string' ? parse(r.body) : null;
    const value = name => (samples ? sum(samples, name) : null);
    const published = value('refugio_events_published_total');
    let rate = null;
    const now = Date.now();
    const before = previousPublished.get(s.name);
    if (published !== null && before) rate = ((published - before.total) / ((now - before.at) / 1000)) * 60;
    if (published !== null) previousPublished.set(s.name, { total: published, at: now });
    rows.push({ order: config.services.indexOf(s), tr: el('tr', { 'data-service': s.name },
      el('td', {}, s.name), el('td', {}, TOPIC_OF[s.name] ?? ''),
      el('td', { className: 'num' }, published === null ? na() : rate === null ? na('measuring…') : num(rate)),
      el('td', { className: 'num' }, num(value('refugio_outbox_pending'))),
      el('td', { className: 'num' }, num(value('refugio_outbox_oldest_age_seconds'))),
      el('td', { className: 'num' }, num(value('refugio_dead_letters_open')))) });
    const lags = samples ? groupSum(samples, 'refugio_kafka_consumer_lag', ['group', 'topic']) : [];
    if (lags.length === 0) {
      lagRows.push({ order: config.services.indexOf(s), tr: el('tr', {}, el('td', {}, s.name),
        el('td', { colspan: 3 }, samples ? na() : unavailable(r))) });
    }
    for (const l of lags) {
      lagRows.push({ order: config.services.indexOf(s), tr: el('tr', {}, el('td', {}, s.name),
        el('td', {}, l.labels.group), el('td', {}, l.labels.topic), el('td', { className: 'num' }, num(l.value))) });
    }
  }));
  const byOrder = (a, b) => a.order - b.order;
  replace($('topics').tBodies[0], ...rows.sort(byOrder).map(r => r.tr));
  replace($('lag').tBodies[0], ...lagRows.sort(byOrder).map(r => r.tr));
}

// ---- dead letters of every service

async function refreshDeadLetters() {
  const results = await Promise.all(config.services.map(async s =>
    ({ service: s.name, r: await call(s.name, '/api/v1/operations/dead-letters?state=OPEN&page=0&size=100') })));
  const key = JSON.stringify(results.map(x => [x.service, x.r.status, x.r.ok ? x.r.body.items : null]));
  if (key === lastDeadLetters) return;
  lastDeadLetters = key;
  const rows = [];
  for (const { service: name, r } of results) {
    if (!r.ok) {
      rows.push(el('tr', { 'data-service': name }, el('td', {}, name), el('td', { colspan: 8 }, unavailable(r))));
      continue;
    }
    for (const d of r.body.items) rows.push(deadLetterRow(name, d));
  }
  if (rows.length === 0) rows.push(el('tr', {}, el('td', { colspan: 9 }, na('none open'))));
  replace($('dead-letters').tBodies[0], ...rows);
}

function deadLetterRow(name, d) {
  const type = el('input', { className: 'replay-type', size: 24, placeholder: 'e.g. ApplicationRegistered',
    'aria-label': `event type to replay ${d.id} as`, list: 'event-types' });
  type.value = typedReplayTypes.get(d.id) ?? '';
  type.addEventListener('input', () => typedReplayTypes.set(d.id, type.value));
  return el('tr', { 'data-id': d.id, 'data-service': name, 'data-case-id': d.caseId ?? '' },
    el('td', {}, name), el('td', {}, d.consumer), el('td', {}, `${d.topic}/${d.partition}@${d.offset}`),
    el('td', {}, d.eventType ?? na('none')), el('td', {}, d.caseId ?? na('unknown')), el('td', {}, d.reason),
    el('td', {}, d.receivedAt), el('td', {}, type),
    el('td', {},
      el('button', { className: 'detail', onclick: () => showDetail(name, d.id) }, 'Details'), ' ',
      el('button', { className: 'replay', onclick: () => replay(name, d.id, type.value.trim()) }, 'Replay'), ' ',
      el('button', { className: 'discard', onclick: () => discard(name, d.id) }, 'Discard')));
}

async function showDetail(name, id) {
  const r = await call(name, `/api/v1/operations/dead-letters/${id}`);
  const pre = $('dead-letter-detail');
  pre.hidden = false;
  pre.textContent = r.ok ? JSON.stringify(r.body, null, 2) : `Details not available (HTTP ${r.status})`;
}

function problemText(r) {
  return r.body && typeof r.body === 'object' ? (r.body.detail || r.body.title) : `HTTP ${r.status}`;
}

async function replay(name, id, type) {
  const body = type ? { type } : {};
  const r = await call(name, `/api/v1/operations/dead-letters/${id}/replay`, { method: 'POST', body });
  if (r.ok) {
    status(`Dead letter ${id} replayed: ${r.body.outcome}`);
    typedReplayTypes.delete(id);
  } else {
    status(`Replay of ${id} refused: ${problemText(r)}`, true);
  }
  lastDeadLetters = '';
  await refreshDeadLetters();
}

async function discard(name, id) {
  const reason = window.prompt('Why is this dead letter discarded? (required)');
  if (reason === null) return;
  if (!reason.trim()) {
    status('A dead letter is discarded only with a reason', true);
    return;
  }
  const r = await call(name, `/api/v1/operations/dead-letters/${id}/discard`, { method: 'POST', body: { reason } });
  status(r.ok ? `Dead letter ${id} discarded` : `Discard of ${id} refused: ${problemText(r)}`, !r.ok);
  lastDeadLetters = '';
  await refreshDeadLetters();
}

// ---- stuck cases, waiting list, statistics

function table(headers, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c ?? na()))))));
}

async function refreshStuckCases() {
  const r = await call('registration-service', '/api/v1/operations/stuck-cases?page=0&size=50');
  if (!r.ok || typeof r.body !== 'object') return replace($('stuck-cases'), unavailable(r));
  const items = r.body.items ?? [];
  replace($('stuck-cases'), el('p', {}, `${r.body.total ?? items.length} member(s) waiting longer than their service level`),
    table(['case', 'member', 'stage', 'waiting for', 'since', 'held by', 'service level'],
      items.map(i => [i.caseNumber ?? i.caseId, i.memberId, i.stage, i.waitingFor, i.since, i.heldBy, i.serviceLevel])));
}

async function refreshSites() {
  const r = await call('interview-service', '/api/v1/sites');
  const select = $('site');
  if (!r.ok || !Array.isArray(r.body)) {
    if (lastSites !== 'n/a') {
      lastSites = 'n/a';
      replace(select);
    }
    return;
  }
  const key = JSON.stringify(r.body.map(s => s.code));
  if (key === lastSites) return;
  lastSites = key;
  const chosen = select.value;
  replace(select, ...r.body.map(s => el('option', { value: s.code }, s.name ? `${s.name} (${s.code})` : s.code)));
  if (chosen) select.value = chosen;
}

async function refreshWaitingList() {
  const site = $('site').value;
  if (!site) {
    return replace($('waiting-list'), lastSites === 'n/a' ? na('not available') : na('no site'));
  }
  const r = await call('interview-service', `/api/v1/waiting-list?site=${encodeURIComponent(site)}&page=0&size=50`);
  if (!r.ok || typeof r.body !== 'object') return replace($('waiting-list'), unavailable(r));
  replace($('waiting-list'), el('p', {}, `${r.body.waiting} case(s) waiting; ${r.body.bookedFromList} booked from the list so far`),
    table(['position', 'case', 'priority', 'since', 'interviews needed'],
      (r.body.items ?? []).map(i => [i.position, i.caseNumber ?? i.caseId, i.priority, i.since, i.interviewsNeeded])));
}

async function refreshStatistics() {
  const r = await call('registration-service', '/api/v1/statistics');
  if (!r.ok || typeof r.body !== 'object') return replace($('statistics'), unavailable(r));
  const series = ['applications', 'admissions', 'recognitions', 'rejections', 'finalRejections'];
  const months = (r.body.monthly ?? []).map(m => ({ label: m.month, values: m }));
  replace($('statistics'), el('p', {}, `At ${r.body.at}; counts of 1 to 4 are suppressed (<${r.body.suppressedBelow ?? 5})`),
    months.length ? barChart(months, series) : na('no months yet'));
}

// ---- polling, sign-in

async function refresh() {
  const jobs = [refreshMetrics(), refreshDeadLetters(), refreshStuckCases(), refreshStatistics(),
    refreshSites().then(refreshWaitingList)];
  const results = await Promise.allSettled(jobs);
  const failed = results.filter(r => r.status === 'rejected');
  if (failed.length) console.warn('console refresh', failed.map(f => f.reason));
  $('console').dataset.refreshedAt = new Date().toISOString();
}

function showSignedIn(signedIn) {
  $('sign-in-panel').hidden = signedIn;
  $('console').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  if (timer) clearInterval(timer);
  timer = null;
  if (signedIn) {
    refresh();
    timer = setInterval(refresh, Math.max(1, config.pollSeconds) * 1000);
  }
}

async function start() {
  try {
    const r = await fetch('config.json', { cache: 'no-store' });
    config = await r.json();
  } catch (e) {
    status('Console configuration not available', true);
  }
  $('sign-in').addEventListener('submit', e => {
    e.preventDefault();
    const t = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!t) return;
    sessionStorage.setItem(TOKEN_KEY, t);
    $('token').value = '';
    status('Signed in');
    showSignedIn(true);
  });
  $('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    lastDeadLetters = '';
    status('Signed out');
    showSignedIn(false);
  });
  $('site').addEventListener('change', refreshWaitingList);
  const types = el('datalist', { id: 'event-types' }, (config.eventTypes ?? []).map(t => el('option', { value: t })));
  document.body.appendChild(types);
  showSignedIn(!!token());
}

start();
