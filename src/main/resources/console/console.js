'use strict';
// The operator console: one page that reads and changes the gateway through the operator API (/manage),
// authenticated by the session cookie; every change repeats the session's CSRF token in X-CSRF-Token.
// Pages are built with DOM calls only (never from HTML strings), so no message text can become markup.
(() => {
  const session = { csrf: null, user: null };
  /** The application's root path (the server may mount it anywhere); every API path is relative to it. */
  const root = document.querySelector('meta[name="gateway-root"]').content;
  let refreshTimer = null;
  let chart = null;
  /** A secret just created, shown once on the page drawn after its creation. */
  let newSecret = null;

  // ---- small helpers -------------------------------------------------------------------------

  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else if (name === 'text') element.textContent = value;
      else if (name === 'className') element.className = value;
      else if (name === 'width') element.style.width = value; // through CSSOM: the page's policy refuses style attributes
      else element.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const view = () => document.getElementById('view');
  const time = (iso) => (iso ? new Date(iso).toLocaleString() : '');
  const badge = (text) => h('span', { className: 'badge ' + text }, text);
  const number = (value, digits) => (value === null || value === undefined ? '' : Number(value).toFixed(digits || 0));

  function toast(message, bad) {
    const note = h('p', { className: bad ? 'bad' : '' }, message);
    document.getElementById('toast').append(note);
    setTimeout(() => note.remove(), bad ? 8000 : 4000);
  }

  class ApiError extends Error {
    constructor(message, status) { super(message); this.status = status; }
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-Token'] = session.csrf || '';
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(root + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (response.status === 401 && !path.startsWith('console/')) {
      showLogin('Your session has ended; log in again.');
    }
    if (!response.ok) {
      const details = json && Array.isArray(json.details) && json.details.length ? ': ' + json.details.join('; ') : '';
      throw new ApiError(((json && json.message) || response.statusText || 'Request failed') + details, response.status);
    }
    return json;
  }

  /** Runs a change, tells the operator how it went, and redraws the current page. */
  async function change(description, action) {
    try {
      const result = await action();
      toast(description);
      await route();
      return result;
    } catch (error) {
      toast(error.message, true);
      return null;
    }
  }

  function labelled(label, input) {
    return h('label', {}, label, input);
  }

  function table(headings, rows, caption) {
    return h('div', { className: 'table-wrap' },
      h('table', {},
        caption ? h('caption', { className: 'muted', text: caption }) : null,
        h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: headings.length, className: 'muted' }, 'None')))));
  }

  function every(seconds, refresh) {
    clearInterval(refreshTimer);
    refreshTimer = setInterval(() => refresh().catch(() => {}), seconds * 1000);
  }

  // ---- session -------------------------------------------------------------------------------

  function showLogin(message) {
    clearInterval(refreshTimer);
    session.csrf = null;
    document.getElementById('nav').hidden = true;
    document.getElementById('logout').hidden = true;
    document.getElementById('who').textContent = '';
    view().replaceChildren();
    document.getElementById('login').hidden = false;
    document.getElementById('login-error').textContent = message || '';
    document.getElementById('login-username').focus();
  }

  function loggedIn(who) {
    session.csrf = who.csrfToken;
    session.user = who.username;
    document.getElementById('login').hidden = true;
    document.getElementById('nav').hidden = false;
    document.getElementById('logout').hidden = false;
    document.getElementById('who').textContent = who.username;
    if (!location.hash || location.hash === '#') location.hash = '#/overview';
    else route();
  }

  async function login(event) {
    event.preventDefault();
    const form = event.target;
    const button = document.getElementById('login-submit');
    button.disabled = true;
    try {
      const response = await fetch(root + 'console/login', {
        method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' },
        body: new URLSearchParams({ username: form.username.value, password: form.password.value }),
      });
      const json = await response.json().catch(() => null);
      if (!response.ok) {
        document.getElementById('login-error').textContent = (json && json.message) || 'Login failed';
        return;
      }
      form.password.value = '';
      loggedIn(json);
    } finally {
      button.disabled = false;
    }
  }

  async function logout() {
    await fetch(root + 'console/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': session.csrf || '' } });
    location.hash = '';
    showLogin('Logged out.');
  }

  // ---- overview ------------------------------------------------------------------------------

  const SERIES = [
    { label: 'Accepted', statuses: ['ACCEPTED'], stroke: '#4a86d8' },
    { label: 'Submitted', statuses: ['SUBMITTED'], stroke: '#7b61c4' },
    { label: 'Delivered', statuses: ['DELIVERED'], stroke: '#2e9e55' },
    { label: 'Failed', statuses: ['FAILED', 'UNDELIVERED', 'REJECTED'], stroke: '#d9534f' },
    { label: 'Expired', statuses: ['EXPIRED'], stroke: '#c9a227' },
  ];

  async function overview() {
    const figures = h('dl', { className: 'cards', id: 'figures' });
    const chartBox = h('div', { id: 'chart', className: 'panel', role: 'img', 'aria-label': 'Messages per minute over the last hour, by status' });
    view().replaceChildren(h('h1', {}, 'Overview'), figures, h('h2', {}, 'Messages per minute, last hour'), chartBox,
      h('h2', {}, 'Last hour by status'), h('dl', { className: 'cards', id: 'totals' }));
    chart = null;
    const refresh = async () => {
      const data = await api('GET', 'manage/overview');
      const card = (id, label, value) => h('div', { className: 'card' }, h('dt', {}, label), h('dd', { id }, String(value)));
      figures.replaceChildren(
        card('queue-depth', 'Queued for a provider', data.queueDepth),
        card('queue-oldest', 'Oldest queued', data.oldestQueuedSeconds + ' s'),
        card('receipts-unmatched', 'Receipts unmatched', data.receiptsUnmatched),
        card('webhooks-pending', 'Webhooks pending', data.webhooksPending),
        card('webhooks-dead', 'Webhook dead letters', data.webhooksDead));
      const totals = document.getElementById('totals');
      if (totals) {
        totals.replaceChildren(...SERIES.map((series) => card('total-' + series.label.toLowerCase(), series.label,
          data.minutes.reduce((sum, minute) => sum + series.statuses.reduce((s, status) => s + (minute.reached[status] || 0), 0), 0))));
      }
      drawChart(chartBox, data.minutes);
    };
    await refresh();
    every(5, refresh);
  }

  function drawChart(box, minutes) {
    if (!window.uPlot) return;
    const xs = minutes.map((minute) => Date.parse(minute.start) / 1000);
    const ys = SERIES.map((series) => minutes.map((minute) => series.statuses.reduce((s, status) => s + (minute.reached[status] || 0), 0)));
    const data = [xs, ...ys];
    const width = Math.max(280, box.clientWidth - 24);
    if (chart && chart.root.isConnected) {
      chart.setData(data);
      return;
    }
    box.replaceChildren();
    chart = new window.uPlot({
      width, height: 240,
      series: [{}, ...SERIES.map((series) => ({ label: series.label, stroke: series.stroke, width: 2 }))],
      axes: [{}, { label: 'per minute' }],
      scales: { x: { time: true } },
    }, data, box);
  }

  // ---- providers -----------------------------------------------------------------------------

  async function providers() {
    const list = h('div');
    const editor = h('div');
    view().replaceChildren(h('h1', {}, 'Providers'),
      h('p', { className: 'muted' }, 'State, pace, window and latency are those of the instance serving this page; each instance paces itself at the throughput limit.'),
      list, editor);
    const refresh = async () => {
      if (editor.childElementCount) return; // keep the table still while a form is open
      const all = await api('GET', 'manage/providers');
      list.replaceChildren(table(['Provider', 'Type', 'State', 'Parts/s (limit)', 'Window', 'Submit latency', 'Not taken', ''],
        all.map((provider) => {
          const f = provider.figures || {};
          return h('tr', { id: 'provider-' + provider.name },
            h('th', { scope: 'row' }, provider.name),
            h('td', {}, provider.type),
            h('td', { className: 'state' }, badge(provider.state)),
            h('td', {}, number(f.partsPerSecondLastMinute, 1) + ' (' + provider.throughput + ')'),
            h('td', {}, f.windowSize ? f.windowInUse + ' / ' + f.windowSize : '–'),
            h('td', {}, f.submitsLastFiveMinutes ? number(f.averageSubmitMillis, 1) + ' ms' : '–'),
            h('td', {}, f.submitsLastFiveMinutes ? number(100 * f.notTakenShare, 1) + ' %' : '–'),
            h('td', { className: 'actions' },
              provider.enabled
                ? h('button', { type: 'button', className: 'danger', onclick: () => change('Provider ' + provider.name + ' disabled',
                  () => api('DELETE', 'manage/providers/' + encodeURIComponent(provider.name))) }, 'Disable')
                : h('button', { type: 'button', onclick: () => change('Provider ' + provider.name + ' enabled',
                  () => api('POST', 'manage/providers/' + encodeURIComponent(provider.name) + '/enable')) }, 'Enable'),
              h('button', { type: 'button', onclick: () => editProvider(editor, provider) }, 'Edit')));
        })));
    };
    await refresh();
    every(5, refresh);
  }

  function editProvider(editor, provider) {
    const settings = Object.entries(provider.settings || {}).map(([key, value]) => key + '=' + value).join('\n');
    const form = h('form', { className: 'panel stack', id: 'provider-form' },
      h('h2', {}, 'Edit ' + provider.name),
      labelled('Priority (lower first)', h('input', { name: 'priority', type: 'number', value: provider.priority })),
      labelled('Throughput (parts per second, per instance)', h('input', { name: 'throughput', type: 'number', min: 1, value: provider.throughput })),
      labelled('Prefixes (comma separated, + for all)', h('input', { name: 'prefixes', value: (provider.prefixes || []).join(', ') })),
      labelled('Settings (key=value per line; leave ******** to keep a secret)', h('textarea', { name: 'settings', rows: 8, cols: 50 }, settings)),
      h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Save'),
        h('button', { type: 'button', onclick: () => { editor.replaceChildren(); route(); } }, 'Cancel')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const parsed = {};
      for (const line of form.settings.value.split('\n')) {
        const at = line.indexOf('=');
        if (at > 0) parsed[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
      const body = {
        type: provider.type, enabled: provider.enabled, priority: Number(form.priority.value), throughput: Number(form.throughput.value),
        prefixes: form.prefixes.value.split(',').map((p) => p.trim()).filter(Boolean), settings: parsed,
      };
      editor.replaceChildren();
      await change('Provider ' + provider.name + ' saved', () => api('PUT', 'manage/providers/' + encodeURIComponent(provider.name), body));
    });
    editor.replaceChildren(form);
    form.priority.focus();
  }

  // ---- campaigns -----------------------------------------------------------------------------

  function progressBar(campaign) {
    const p = campaign.progress;
    const total = Math.max(1, p.total);
    // Recipients and messages are counted by two statements: take whichever saw more of a release in between.
    const released = Math.min(p.total, Math.max(p.total - p.pending - p.cancelled - p.invalid, p.queued + p.sent + p.failed + p.optedOut));
    const segment = (cls, value, label) => (value > 0 ? h('span', { className: cls, width: (100 * value / total) + '%', title: label + ': ' + value }) : null);
    return h('div', {},
      h('div', { className: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': p.total, 'aria-valuenow': released,
        'aria-label': 'Recipients released' },
        segment('seg-delivered', p.delivered, 'delivered'),
        segment('seg-sent', p.sent - p.delivered - Math.min(p.failed, p.sent - p.delivered), 'sent'),
        segment('seg-queued', p.queued, 'queued'),
        segment('seg-failed', p.failed, 'failed'),
        segment('seg-optedout', p.optedOut, 'opted out'),
        segment('seg-invalid', p.invalid, 'invalid'),
        segment('seg-cancelled', p.cancelled, 'cancelled')),
      h('small', { className: 'muted counts' }, released + ' of ' + p.total + ' released · ' + p.sent + ' sent · ' + p.delivered + ' delivered · '
        + p.failed + ' failed · ' + p.optedOut + ' opted out · ' + p.invalid + ' invalid'));
  }

  async function campaigns() {
    const list = h('div');
    view().replaceChildren(h('h1', {}, 'Campaigns'), list);
    const act = (campaign, verb) => change('Campaign ' + (campaign.name || campaign.id) + ': ' + verb,
      () => api('POST', 'manage/campaigns/' + campaign.id + '/' + verb));
    const refresh = async () => {
      const all = await api('GET', 'manage/campaigns');
      list.replaceChildren(table(['Campaign', 'Account', 'Status', 'Schedule', 'Progress', ''], all.map((campaign) => h('tr', { id: 'campaign-' + campaign.id },
        h('th', { scope: 'row' }, campaign.name || campaign.id, h('br'), h('small', { className: 'muted' }, campaign.id)),
        h('td', {}, campaign.account),
        h('td', { className: 'status' }, badge(campaign.status), campaign.pauseReason ? h('div', { className: 'muted' }, campaign.pauseReason) : null),
        h('td', {}, campaign.scheduledAt ? time(campaign.scheduledAt) : 'at once', campaign.startedAt ? h('div', { className: 'muted' }, 'started ' + time(campaign.startedAt)) : null),
        h('td', {}, progressBar(campaign)),
        h('td', { className: 'actions' },
          ['SCHEDULED', 'RUNNING'].includes(campaign.status) ? h('button', { type: 'button', onclick: () => act(campaign, 'pause') }, 'Pause') : null,
          campaign.status === 'PAUSED' ? h('button', { type: 'button', onclick: () => act(campaign, 'resume') }, 'Resume') : null,
          ['SCHEDULED', 'RUNNING', 'PAUSED'].includes(campaign.status)
            ? h('button', { type: 'button', className: 'danger', onclick: () => { if (confirm('Cancel this campaign?')) act(campaign, 'cancel'); } }, 'Cancel')
            : null)))));
    };
    await refresh();
    every(3, refresh);
  }

  // ---- messages ------------------------------------------------------------------------------

  const STATUSES = ['SCHEDULED', 'ACCEPTED', 'QUEUED', 'SUBMITTED', 'UNCERTAIN', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'EXPIRED', 'REJECTED',
    'CANCELLED', 'UNKNOWN'];

  function queryOf(hash) {
    const at = hash.indexOf('?');
    return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  }

  async function messages(query) {
    const input = (name, label, type) => labelled(label, h('input', { name, type: type || 'text', value: query.get(name) || '' }));
    const status = h('select', { name: 'status' }, h('option', { value: '' }, 'any'),
      STATUSES.map((s) => h('option', { value: s, selected: query.get('status') === s }, s)));
    const form = h('form', { className: 'inline', role: 'search', id: 'message-search' },
      input('id', 'Message id'), input('destination', 'Destination'), input('account', 'Account'), labelled('Status', status),
      input('from', 'From', 'datetime-local'), input('until', 'Until', 'datetime-local'), h('button', { type: 'submit' }, 'Search'));
    const results = h('div', { id: 'message-results' });
    view().replaceChildren(h('h1', {}, 'Messages'), form, results);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const name of ['id', 'destination', 'account', 'status', 'from', 'until']) {
        if (form[name].value) next.set(name, form[name].value);
      }
      location.hash = '#/messages?' + next.toString();
    });
    const search = new URLSearchParams();
    for (const name of ['id', 'destination', 'account', 'status', 'afterTime', 'afterId']) {
      if (query.get(name)) search.set(name, query.get(name));
    }
    for (const name of ['from', 'until']) {
      if (query.get(name)) search.set(name, new Date(query.get(name)).toISOString());
    }
    try {
      const page = await api('GET', 'manage/messages?' + search.toString());
      results.replaceChildren(table(['Accepted', 'Message', 'Account', 'Destination', 'Status', 'Provider'], page.messages.map((m) => h('tr', {},
        h('td', {}, time(m.createdAt)),
        h('td', {}, h('a', { href: '#/message/' + m.id }, m.id)),
        h('td', {}, m.owner),
        h('td', {}, m.destination),
        h('td', {}, badge(m.status)),
        h('td', {}, m.provider || '')))),
      page.next ? h('p', {}, h('a', { href: '#/messages?' + withMark(query, page.next), id: 'next-page' }, 'Older messages')) : null);
    } catch (error) {
      results.replaceChildren(h('p', { className: 'error', role: 'alert' }, error.message));
    }
  }

  function withMark(query, mark) {
    const next = new URLSearchParams(query);
    next.set('afterTime', mark.createdAt);
    next.set('afterId', mark.id);
    return next.toString();
  }

  async function message(id) {
    const detail = await api('GET', 'manage/messages/' + encodeURIComponent(id));
    const m = detail.message;
    const field = (label, value) => (value === null || value === undefined || value === '' ? [] : [h('dt', {}, label), h('dd', {}, String(value))]);
    view().replaceChildren(
      h('h1', {}, 'Message ', h('small', { className: 'muted' }, m.id)),
      h('dl', { className: 'fields' },
        field('Status', m.status), field('Integer id', m.numericId), field('Account', m.owner), field('Sent by', m.sender),
        field('Destination', m.destination), field('Originator', m.originator), field('Encoding', m.encoding), field('Segments', m.segments),
        field('Provider', m.provider), field('Error', [m.errorCode, m.errorDetail].filter(Boolean).join(': ')),
        field('Reference', m.reference && m.reference.service ? [m.reference.service, m.reference.action, m.reference.key].filter(Boolean).join(' / ') : ''),
        field('Client reference', m.clientReference), field('Scheduled for', time(m.scheduledAt)), field('Accepted', time(m.createdAt)),
        field('Submitted', time(m.submittedAt)), field('Done', time(m.doneAt))),
      h('h2', {}, 'Text'),
      m.text === null || m.text === undefined ? h('p', { className: 'muted' }, 'Not stored (the account does not keep message bodies).') : h('pre', { className: 'text', id: 'message-text' }, m.text),
      h('h2', {}, 'Status history'),
      h('ol', { className: 'timeline', id: 'timeline' }, (m.history || []).map((step) => h('li', {},
        badge(step.status), ' ', h('time', { datetime: step.at }, time(step.at)), step.detail ? h('div', { className: 'muted' }, step.detail) : null))),
      h('h2', {}, 'Parts'),
      table(['Part', 'Provider', 'Provider id', 'Status', 'Error', 'Submitted', 'Done'], detail.parts.map((p) => h('tr', {},
        h('td', {}, p.number), h('td', {}, p.provider), h('td', {}, p.providerMessageId || ''), h('td', {}, badge(p.status)),
        h('td', {}, p.errorCode || ''), h('td', {}, time(p.submittedAt)), h('td', {}, time(p.doneAt))))),
      h('h2', {}, 'Webhook notifications'),
      table(['Created', 'URL', 'State', 'Attempts', 'Last answer'], detail.webhooks.map((w) => h('tr', {},
        h('td', {}, time(w.createdAt)), h('td', {}, w.url), h('td', {}, badge(w.state)), h('td', {}, w.attempts),
        h('td', {}, [w.lastStatus, w.lastError].filter((v) => v !== null && v !== undefined).join(' '))))));
  }

  // ---- tenants -------------------------------------------------------------------------------

  function formOf(fields, submitLabel, onSubmit, id) {
    const form = h('form', { className: 'inline', id }, fields, h('button', { type: 'submit' }, submitLabel));
    form.addEventListener('submit', (event) => { event.preventDefault(); onSubmit(form); });
    return form;
  }

  async function tenants() {
    const [lras, accounts, watchlist] = await Promise.all([api('GET', 'manage/lras'), api('GET', 'manage/accounts'), api('GET', 'manage/watchlist')]);
    view().replaceChildren(
      h('h1', {}, 'Tenants'),
      h('h2', {}, 'Accounts'),
      table(['Account', 'Roles', 'LRA', 'Enabled', ''], accounts.map((a) => h('tr', { id: 'account-' + a.username },
        h('th', { scope: 'row' }, h('a', { href: '#/account/' + encodeURIComponent(a.username) }, a.username)),
        h('td', {}, a.roles.join(', ')), h('td', {}, a.lra === null ? '' : a.lra), h('td', {}, a.enabled ? 'yes' : 'no'),
        h('td', { className: 'actions' }, h('button', { type: 'button', className: a.enabled ? 'danger' : '',
          onclick: () => change('Account ' + a.username + (a.enabled ? ' disabled' : ' enabled'),
            () => api('PATCH', 'manage/accounts/' + encodeURIComponent(a.username), { enabled: !a.enabled })) }, a.enabled ? 'Disable' : 'Enable'))))),
      formOf([labelled('Username', h('input', { name: 'username', required: true })),
        labelled('Password (8+)', h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true })),
        labelled('LRA', h('select', { name: 'lra' }, h('option', { value: '' }, 'none (ADMIN only)'), lras.map((l) => h('option', { value: l.id }, l.id + ' ' + l.name)))),
        labelled('Operator', h('input', { name: 'admin', type: 'checkbox' }))], 'Open account', (form) => change('Account opened',
        () => api('POST', 'manage/accounts', { username: form.username.value, password: form.password.value,
          lra: form.lra.value ? Number(form.lra.value) : null, roles: form.admin.checked ? ['ADMIN'] : ['USER'] })), 'account-form'),
      h('h2', {}, 'LRAs'),
      table(['Id', 'Name', 'Created'], lras.map((l) => h('tr', {}, h('td', {}, l.id), h('td', {}, l.name), h('td', {}, time(l.createdAt))))),
      formOf([labelled('Id', h('input', { name: 'id', type: 'number', required: true })), labelled('Name', h('input', { name: 'name', required: true }))],
        'Add LRA', (form) => change('LRA added', () => api('POST', 'manage/lras', { id: Number(form.id.value), name: form.name.value })), 'lra-form'),
      h('h2', {}, 'Watchlist'),
      table(['Number', 'Match', 'Reason', 'Added', ''], watchlist.map((w) => h('tr', {}, h('td', {}, w.number), h('td', {}, w.match),
        h('td', {}, w.reason || ''), h('td', {}, time(w.createdAt)),
        h('td', {}, h('button', { type: 'button', className: 'danger', onclick: () => change('Removed from the watchlist',
          () => api('DELETE', 'manage/watchlist/' + w.id)) }, 'Remove'))))),
      formOf([labelled('Number', h('input', { name: 'number', required: true, placeholder: '+39340...' })),
        labelled('Match', h('select', { name: 'match' }, h('option', {}, 'EXACT'), h('option', {}, 'PREFIX'))),
        labelled('Reason', h('input', { name: 'reason' }))], 'Add to watchlist', (form) => change('Added to the watchlist',
        () => api('POST', 'manage/watchlist', { number: form.number.value, match: form.match.value, reason: form.reason.value || null })), 'watchlist-form'));
  }

  const PERMISSIONS = ['create:SingleSMS', 'read:Message', 'delete:Message', 'create:Campaign', 'read:Campaign', 'delete:Campaign',
    'read:Optout', 'create:Optout', 'delete:Optout'];
  const PLATFORM_ROLES = ['Owner', 'Admin', 'Developer', 'CallsSMS', 'Supervisor', 'Support', 'Accountant'];

  /** A secret shown once, right after it was created: the gateway does not keep it and cannot show it again. */
  function secretNotice() {
    const secret = newSecret;
    newSecret = null;
    return secret ? h('div', { className: 'secret', role: 'alert', id: 'new-secret' }, h('strong', {}, secret.title + ' (shown only now): '),
      h('code', { id: 'new-secret-value' }, secret.value)) : null;
  }

  async function account(username) {
    const base = 'manage/accounts/' + encodeURIComponent(username);
    const [a, keys, services, numbers, optouts] = await Promise.all([api('GET', base), api('GET', base + '/api-keys'),
      api('GET', base + '/service-accounts'), api('GET', base + '/phone-numbers'), api('GET', base + '/optouts')]);
    const list = (values) => (values || []).join(', ');
    const splitList = (value) => value.split(',').map((v) => v.trim()).filter(Boolean);
    view().replaceChildren(
      h('h1', {}, 'Account ', a.username),
      secretNotice(),
      formOf([
        labelled('Roles', h('input', { name: 'roles', value: list(a.roles) })),
        labelled('Default originator', h('input', { name: 'originator', value: a.originator || '' })),
        labelled('Allowed originators', h('input', { name: 'allowedOriginators', value: list(a.allowedOriginators) })),
        labelled('Reference services', h('input', { name: 'referenceServices', value: list(a.referenceServices) })),
        labelled('Webhook URL', h('input', { name: 'webhookUrl', type: 'url', value: a.webhookUrl || '', size: 40 })),
        labelled('Links allowed', h('input', { name: 'allowUrls', type: 'checkbox', checked: a.allowUrls }))], 'Save account', (form) => {
        const body = { roles: splitList(form.roles.value), allowUrls: form.allowUrls.checked, version: a.version,
          allowedOriginators: splitList(form.allowedOriginators.value) };
        if (form.originator.value) body.originator = form.originator.value;
        if (form.referenceServices.value) body.referenceServices = splitList(form.referenceServices.value);
        if (form.webhookUrl.value) body.webhookUrl = form.webhookUrl.value;
        change('Account saved', () => api('PATCH', base, body));
      }, 'account-settings'),
      h('h2', {}, 'API keys'),
      table(['Name', 'Prefix', 'Permissions', 'Created', 'Last used', 'Revoked', ''], keys.map((k) => h('tr', { id: 'key-' + k.id },
        h('td', {}, k.name), h('td', {}, h('code', {}, k.prefix)), h('td', {}, k.permissions.join(', ')), h('td', {}, time(k.createdAt)),
        h('td', {}, time(k.lastUsedAt)), h('td', { className: 'revoked' }, time(k.revokedAt)),
        h('td', {}, k.revokedAt ? null : h('button', { type: 'button', className: 'danger', onclick: () => change('API key revoked',
          () => api('DELETE', base + '/api-keys/' + encodeURIComponent(k.id))) }, 'Revoke'))))),
      formOf([labelled('Name', h('input', { name: 'name', required: true })),
        h('fieldset', {}, h('legend', {}, 'Permissions'), PERMISSIONS.map((p) => h('label', {}, h('input', { type: 'checkbox', name: 'permission', value: p }), ' ' + p)))],
      'Create API key', (form) => {
        const permissions = [...form.querySelectorAll('input[name=permission]:checked')].map((c) => c.value);
        change('API key created', async () => {
          const created = await api('POST', base + '/api-keys', { name: form.name.value, permissions });
          newSecret = { title: 'API key ' + created.name, value: created.secret };
        });
      }, 'api-key-form'),
      h('h2', {}, 'Platform service accounts'),
      table(['Key id', 'Roles', 'Description', 'Created', 'Revoked', ''], services.map((s) => h('tr', {},
        h('td', {}, h('code', {}, s.keyId)), h('td', {}, s.roles.join(', ')), h('td', {}, s.description || ''), h('td', {}, time(s.createdAt)),
        h('td', {}, time(s.revokedAt)), h('td', {}, s.revokedAt ? null : h('button', { type: 'button', className: 'danger',
          onclick: () => change('Service account revoked', () => api('DELETE', base + '/service-accounts/' + encodeURIComponent(s.keyId))) }, 'Revoke'))))),
      formOf([h('fieldset', {}, h('legend', {}, 'Roles'), PLATFORM_ROLES.map((r) => h('label', {}, h('input', { type: 'checkbox', name: 'role', value: r }), ' ' + r))),
        labelled('Description', h('input', { name: 'description' }))], 'Create service account', (form) => {
        const roles = [...form.querySelectorAll('input[name=role]:checked')].map((c) => c.value);
        change('Service account created', async () => {
          const created = await api('POST', base + '/service-accounts', { roles, description: form.description.value || null });
          newSecret = { title: 'credentials.json', value: JSON.stringify(created) };
        });
      }, 'service-account-form'),
      h('h2', {}, 'Phone numbers'),
      table(['Number', 'SMS supported', 'SMS enabled', 'Added', ''], numbers.map((n) => h('tr', {}, h('td', {}, n.number),
        h('td', {}, n.smsSupported ? 'yes' : 'no'), h('td', {}, n.smsEnabled ? 'yes' : 'no'), h('td', {}, time(n.createdAt)),
        h('td', { className: 'actions' },
          n.smsSupported ? h('button', { type: 'button', onclick: () => change('Number changed',
            () => api('PATCH', base + '/phone-numbers/' + encodeURIComponent(n.number), { smsEnabled: !n.smsEnabled })) }, n.smsEnabled ? 'Disable SMS' : 'Enable SMS') : null,
          h('button', { type: 'button', className: 'danger', onclick: () => change('Number removed',
            () => api('DELETE', base + '/phone-numbers/' + encodeURIComponent(n.number))) }, 'Remove'))))),
      formOf([labelled('Number', h('input', { name: 'number', required: true })),
        labelled('SMS supported', h('input', { name: 'smsSupported', type: 'checkbox', checked: true }))], 'Add number',
      (form) => change('Number added', () => api('POST', base + '/phone-numbers', { number: form.number.value, smsSupported: form.smsSupported.checked })), 'number-form'),
      h('h2', {}, 'Opt-outs'),
      table(['Number', 'Source', 'Since', ''], optouts.map((o) => h('tr', {}, h('td', {}, o.number), h('td', {}, o.source), h('td', {}, time(o.createdAt)),
        h('td', {}, h('button', { type: 'button', className: 'danger', onclick: () => change('Opt-out removed',
          () => api('DELETE', base + '/optouts/' + encodeURIComponent(o.number))) }, 'Remove'))))));
  }

  // ---- dead letters --------------------------------------------------------------------------

  async function deadLetters() {
    const dead = await api('GET', 'manage/webhooks/dead');
    view().replaceChildren(h('h1', {}, 'Webhook dead letters'),
      h('p', { className: 'muted' }, 'Notifications given up after every attempt. Redelivery queues one again with the full schedule of retries.'),
      table(['Created', 'Message', 'URL', 'Attempts', 'Last answer', ''], dead.map((w) => h('tr', { id: 'dead-' + w.id },
        h('td', {}, time(w.createdAt)), h('td', {}, h('a', { href: '#/message/' + w.messageId }, w.messageId)), h('td', {}, w.url),
        h('td', {}, w.attempts), h('td', {}, [w.lastStatus, w.lastError].filter((v) => v !== null && v !== undefined).join(' ')),
        h('td', {}, h('button', { type: 'button', onclick: () => change('Queued for redelivery',
          () => api('POST', 'manage/webhooks/dead/' + encodeURIComponent(w.id) + '/redeliver')) }, 'Redeliver'))))));
  }

  // ---- routing -------------------------------------------------------------------------------

  async function route() {
    if (!session.csrf) return;
    clearInterval(refreshTimer);
    const hash = location.hash || '#/overview';
    const path = hash.split('?')[0];
    for (const link of document.querySelectorAll('nav a')) {
      const section = link.getAttribute('href');
      const current = path === section || (section === '#/messages' && path.startsWith('#/message/')) || (section === '#/tenants' && path.startsWith('#/account/'));
      if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
    try {
      if (path === '#/providers') await providers();
      else if (path === '#/campaigns') await campaigns();
      else if (path === '#/messages') await messages(queryOf(hash));
      else if (path.startsWith('#/message/')) await message(decodeURIComponent(path.slice('#/message/'.length)));
      else if (path === '#/tenants') await tenants();
      else if (path.startsWith('#/account/')) await account(decodeURIComponent(path.slice('#/account/'.length)));
      else if (path === '#/dead-letters') await deadLetters();
      else await overview();
    } catch (error) {
      if (error.status !== 401) view().replaceChildren(h('p', { className: 'error', role: 'alert' }, error.message));
    }
  }

  document.getElementById('login-form').addEventListener('submit', login);
  document.getElementById('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  fetch(root + 'console/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json().then(loggedIn) : showLogin()))
    .catch(() => showLogin('The gateway cannot be reached.'));
})();
