/**
 * The playground page: an editor per node (tabs), the data-directory panel, the diagnostics with
 * click-to-line, the ensemble's explain table, the version selector and the permalink. All
 * linting happens here, in the page, with the library bundled for the browser; nothing is sent
 * anywhere (the permalink is the URL fragment, which browsers do not send either).
 */
import { ZK_VERSIONS, VERSION, type ExplainEnsemble } from '../../src/index.js';
import { lintState, type NodeView, type PlaygroundResult } from './lint.js';
import { decodeState, encodeState, exampleState, freshMyid, freshName, type PlaygroundState } from './state.js';

declare global {
  interface Window {
    /** For tests and the benchmark: when the first diagnostics were on screen, and lint times. */
    zklintPlayground?: { firstDiagnosticsMs?: number; firstPaintMs?: number; lintMs: number[]; lints: number; lastFragment?: string };
  }
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground page is missing #${id}`);
  return el as T;
};

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

const editor = $<HTMLTextAreaElement>('config');
const gutter = $<HTMLPreElement>('gutter');
const tabs = $<HTMLElement>('tabs');
const diagList = $<HTMLElement>('diagnostics');
const diagCount = $<HTMLElement>('diagnostic-count');
const explainEl = $<HTMLElement>('explain');
const versionSel = $<HTMLSelectElement>('version');
const ftInput = $<HTMLInputElement>('fault-tolerance');
const dataDirBox = $<HTMLInputElement>('datadir-exists');
const myidBox = $<HTMLInputElement>('myid-present');
const myidText = $<HTMLInputElement>('myid');
const dataDirPath = $<HTMLElement>('datadir-path');
const dataDirNote = $<HTMLElement>('datadir-note');
const permalink = $<HTMLInputElement>('permalink');
const filesEl = $<HTMLElement>('files');
const banner = $<HTMLElement>('banner');

const stats: NonNullable<Window['zklintPlayground']> = { lintMs: [], lints: 0 };
window.zklintPlayground = stats;

let state: PlaygroundState = exampleState();
let result: PlaygroundResult | undefined;

for (const v of ZK_VERSIONS) versionSel.append(h('option', { value: v }, `ZooKeeper ${v}`));
$('zklint-version').textContent = `zklint ${VERSION}`;

function showBanner(text: string | undefined): void {
  banner.hidden = text === undefined;
  banner.textContent = text ?? '';
}

// ---- the editor: a textarea with a line-number gutter ------------------------------------------

function renderGutter(): void {
  const lines = editor.value.split('\n').length;
  const marks = new Map<number, string>();
  const rank = { error: 3, warning: 2, info: 1 } as const;
  for (const d of activeView()?.diagnostics ?? []) {
    if (d.shownFile !== 'zoo.cfg') continue;
    const cur = marks.get(d.line);
    if (!cur || rank[d.severity] > rank[cur as keyof typeof rank]) marks.set(d.line, d.severity);
  }
  gutter.replaceChildren(
    ...Array.from({ length: lines }, (_, i) => {
      const sev = marks.get(i + 1);
      return h('span', sev ? { class: `ln ${sev}`, title: sev } : { class: 'ln' }, `${i + 1}\n`);
    }),
  );
  gutter.scrollTop = editor.scrollTop;
}

/** A diagnostic's column counts bytes read as Latin-1; the textarea counts UTF-16 units. */
function indexInLine(lineText: string, column: number): number {
  const bytes = new TextEncoder().encode(lineText);
  const upto = new TextDecoder().decode(bytes.subarray(0, Math.max(0, column - 1)));
  return Math.min(lineText.length, upto.length);
}

function offsetOf(line: number, column: number): number {
  const lines = editor.value.split('\n');
  let off = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) off += (lines[i] as string).length + 1;
  return off + indexInLine(lines[line - 1] ?? '', column);
}

function goTo(file: string, line: number, column: number, endLine: number, endColumn: number): void {
  const row = Array.from(filesEl.querySelectorAll<HTMLElement>('.file')).find((r) => r.querySelector<HTMLInputElement>('.file-path')?.value === file);
  const area = row?.querySelector('textarea');
  if (area) {
    const lines = area.value.split('\n');
    let off = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) off += (lines[i] as string).length + 1;
    const start = off + indexInLine(lines[line - 1] ?? '', column);
    area.focus();
    area.setSelectionRange(start, Math.max(start + 1, endLine === line ? off + indexInLine(lines[line - 1] ?? '', endColumn) : start + 1));
    return;
  }
  if (file !== 'zoo.cfg') {
    // A finding on the node's myid file (or data directory): the panel is where that is edited.
    const target = /\/myid$/.test(file) && !myidText.disabled ? myidText : dataDirBox;
    target.focus();
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 800);
    return;
  }
  const start = offsetOf(line, column);
  const end = Math.max(start, offsetOf(endLine, endColumn));
  editor.focus();
  editor.setSelectionRange(start, end === start ? start + 1 : end);
  const lh = parseFloat(getComputedStyle(editor).lineHeight) || 18;
  editor.scrollTop = Math.max(0, (line - 3) * lh);
  renderGutter();
}

// ---- rendering ---------------------------------------------------------------------------------

function activeView(): NodeView | undefined {
  return result?.nodes[state.active];
}

function renderTabs(): void {
  tabs.replaceChildren(
    ...state.nodes.map((n, i) => {
      const v = result?.nodes[i];
      const errors = v?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
      const others = (v?.diagnostics.length ?? 0) - errors;
      const tab = h('button', { class: i === state.active ? 'tab active' : 'tab', 'data-node': n.name, role: 'tab', 'aria-selected': String(i === state.active) }, n.name);
      if (errors) tab.append(h('span', { class: 'badge error', title: `${errors} error(s)` }, String(errors)));
      if (others) tab.append(h('span', { class: 'badge warning', title: `${others} warning(s)/note(s)` }, String(others)));
      tab.addEventListener('click', () => selectNode(i));
      const wrap = h('span', { class: 'tab-wrap' }, tab);
      if (state.nodes.length > 1) {
        const close = h('button', { class: 'tab-close', title: `remove ${n.name}`, 'aria-label': `remove ${n.name}` }, '×');
        close.addEventListener('click', () => removeNode(i));
        wrap.append(close);
      }
      return wrap;
    }),
    (() => {
      const add = h('button', { id: 'add-node', class: 'tab add', title: 'add a node: a copy of this config, its own data directory' }, '+ node');
      add.addEventListener('click', addNode);
      return add;
    })(),
  );
}

function renderPanel(): void {
  const n = state.nodes[state.active];
  const v = activeView();
  if (!n) return;
  dataDirBox.checked = n.dataDir;
  myidBox.checked = n.myid !== null;
  myidBox.disabled = !n.dataDir;
  myidText.disabled = !n.dataDir || n.myid === null;
  if (document.activeElement !== myidText) myidText.value = n.myid ?? '';
  dataDirPath.textContent = v?.dataDirPath ?? '(none)';
  $('myid-path').textContent = v?.myidPath ?? '(none)';
  dataDirNote.textContent = v?.dataDirNote ?? '';
}

/** The node's other files; rebuilt when the node or the list changes, not on every lint (typing keeps focus). */
function renderFiles(): void {
  const n = state.nodes[state.active];
  if (!n) return;
  filesEl.replaceChildren(
    ...n.files.map((f, i) => {
      const pathIn = h('input', { class: 'file-path', type: 'text', spellcheck: 'false', 'aria-label': 'file path on this node' });
      pathIn.value = f.path;
      const text = h('textarea', { rows: '4', spellcheck: 'false', wrap: 'off', 'aria-label': `content of ${f.path}` });
      text.value = f.text;
      const remove = h('button', { type: 'button', class: 'file-remove', title: 'remove this file' }, '×');
      pathIn.addEventListener('input', () => {
        f.path = pathIn.value;
        lintSoon();
      });
      text.addEventListener('input', () => {
        f.text = text.value;
        lintSoon();
      });
      remove.addEventListener('click', () => {
        n.files.splice(i, 1);
        renderFiles();
        lintNow();
      });
      return h('div', { class: 'file' }, pathIn, remove, text);
    }),
  );
}

function renderDiagnostics(): void {
  const v = activeView();
  const list = v?.diagnostics ?? [];
  // Findings on a file of no node would be a playground bug; show them rather than drop them.
  const stray = (result?.other ?? []).map((d) => h('li', { class: `diag ${d.severity}`, 'data-rule': d.ruleId }, `${d.file} ${d.line}:${d.column} ${d.severity} ${d.message} (${d.ruleId})`));
  diagCount.textContent = String(list.length + stray.length);
  if (list.length + stray.length === 0) {
    diagList.replaceChildren(h('li', { class: 'none' }, 'No findings: ZooKeeper would start with this node as configured.'));
    return;
  }
  diagList.replaceChildren(
    ...stray,
    ...list.map((d) => {
      const where = `${d.shownFile === 'zoo.cfg' ? '' : `${d.shownFile} `}${d.line}:${d.column}`;
      const head = h('button', { class: 'goto', title: 'show in the editor' }, h('span', { class: 'where' }, where), h('span', { class: `sev ${d.severity}` }, d.severity), h('span', { class: 'msg' }, d.message));
      head.addEventListener('click', () => goTo(d.shownFile, d.line, d.column, d.endLine, d.endColumn));
      const item = h('li', { class: `diag ${d.severity}`, 'data-rule': d.ruleId, 'data-line': String(d.line), 'data-file': d.shownFile }, head);
      const rule = d.docsUrl ? h('a', { href: d.docsUrl, target: '_blank', rel: 'noopener noreferrer' }, d.ruleId) : h('span', {}, d.ruleId);
      const meta = h('div', { class: 'meta' }, rule);
      if (d.zookeeper) meta.append(` · ZooKeeper: ${d.zookeeper.effect === 'fatal' ? 'refuses to start' : d.zookeeper.effect === 'warning' ? 'warns and starts' : 'starts silently'}${d.zookeeper.says ? `, says "${d.zookeeper.says}"` : ''}`);
      item.append(meta);
      if (d.hint) item.append(h('div', { class: 'hint' }, `fix: ${d.hint}`));
      for (const r of d.related ?? []) {
        const owner = result?.nodes.find((x) => r.file.startsWith(`/nodes/${x.name}/`));
        const shown = owner ? (r.file === owner.file ? 'zoo.cfg' : r.file.slice(`/nodes/${owner.name}`.length)) : r.file;
        const label = `${owner && owner !== v ? `${owner.name}: ` : ''}${shown === 'zoo.cfg' ? '' : `${shown} `}${r.line}:${r.column}${r.message ? ` ${r.message}` : ''}`;
        const rel = h('button', { class: 'related' }, `↳ ${label}`);
        rel.addEventListener('click', () => {
          if (owner && owner !== v) selectNode(result?.nodes.indexOf(owner) ?? 0);
          goTo(shown, r.line, r.column, r.endLine, r.endColumn);
        });
        item.append(rel);
      }
      return item;
    }),
  );
}

function explainTable(x: ExplainEnsemble): HTMLElement {
  const files = new Set(x.servers.flatMap((s) => s.files));
  const said = (s: ExplainEnsemble['servers'][number]) =>
    s.files.length === files.size && files.size > 1 ? 'all' : s.files.map((f) => f.replace(/^\/nodes\/([^/]+)\/zoo\.cfg$/, '$1')).join(', ');
  const head = ['id', 'host', 'quorum:election', 'client', 'role', 'group/weight', 'zone', 'node', 'said by'];
  const rows = x.servers.map((s) => [s.id, s.host, `${s.quorumPort}:${s.electionPort ?? '-'}`, s.client ?? '-', s.role, s.group !== null ? `${s.group}/${s.weight}` : '-', s.zone ?? '-', s.node ?? '-', said(s)]);
  const table = h('table', { class: 'explain-table' }, h('thead', {}, h('tr', {}, ...head.map((c) => h('th', {}, c)))), h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))));
  const lines: string[] = [];
  if (x.memberships > 1) lines.push(`the nodes hold ${x.memberships} different server lists; shown: the most widely held one`);
  if (!x.quorum) lines.push('standalone: no quorum; survives no failure');
  else {
    lines.push(`quorum: ${x.quorum.rule} (${x.quorum.kind}; ${x.quorum.voters} voter${x.quorum.voters === 1 ? '' : 's'}, ${x.quorum.observers} observer${x.quorum.observers === 1 ? '' : 's'})`);
    lines.push(`survives: ${x.survives} failure${x.survives === 1 ? '' : 's'}`);
    lines.push(`smallest breaking sets: ${x.smallestBreakingSets.map((s) => `{${s.join(', ')}}`).join(' ') || '-'}`);
  }
  const title = `${/^ensemble\b/i.test(x.name) ? x.name.replace(/^e/, 'E') : `Ensemble ${x.name}`} — ${x.nodes.length} node${x.nodes.length === 1 ? '' : 's'}: ${x.nodes.map((n) => `${n.name} (id ${n.id ?? '?'}${n.id ? `, from ${n.idFrom}` : ''})`).join(', ')}`;
  return h('div', { class: 'ensemble' }, h('h3', {}, title), table, h('ul', { class: 'summary' }, ...lines.map((l) => h('li', {}, l))));
}

function renderExplain(): void {
  const list = result?.ensembles ?? [];
  explainEl.replaceChildren(...(list.length ? list.map(explainTable) : [h('p', {}, 'No ensemble: no readable config.')]));
}

function render(): void {
  renderTabs();
  renderPanel();
  renderGutter();
  renderDiagnostics();
  renderExplain();
}

// ---- state changes -----------------------------------------------------------------------------

function lintNow(): void {
  const t0 = performance.now();
  try {
    result = lintState(state);
    showBanner(undefined);
  } catch (e) {
    // The library never throws for bad config; this would be a playground bug: say so plainly.
    showBanner(`zklint could not lint this state: ${(e as Error).message}`);
  }
  stats.lintMs.push(performance.now() - t0);
  stats.lints++;
  render();
  if (stats.firstDiagnosticsMs === undefined) {
    stats.firstDiagnosticsMs = performance.now();
    document.documentElement.dataset.ready = '1';
    // The frame after this one has painted them.
    requestAnimationFrame(() => setTimeout(() => (stats.firstPaintMs = performance.now()), 0));
  }
  schedulePermalink();
}

// `data-pending` on <html> is 1 while a lint or a permalink update is still to come (tests wait for 0).
let lintTimer: ReturnType<typeof setTimeout> | undefined;
let linkTimer: ReturnType<typeof setTimeout> | undefined;
let linkSeq = 0;
let linkWriting = false;
function markPending(): void {
  document.documentElement.dataset.pending = lintTimer !== undefined || linkTimer !== undefined || linkWriting ? '1' : '0';
}

function lintSoon(): void {
  clearTimeout(lintTimer);
  lintTimer = setTimeout(() => {
    lintTimer = undefined;
    lintNow();
  }, 120);
  markPending();
}

function schedulePermalink(): void {
  clearTimeout(linkTimer);
  linkTimer = setTimeout(async () => {
    linkTimer = undefined;
    const seq = ++linkSeq;
    linkWriting = true;
    try {
      const frag = await encodeState(state);
      if (seq !== linkSeq) return;
      history.replaceState(null, '', `#${frag}`);
      permalink.value = location.href;
      stats.lastFragment = frag;
    } finally {
      if (seq === linkSeq) linkWriting = false;
      markPending();
    }
  }, 150);
  markPending();
}

function loadEditor(): void {
  const n = state.nodes[state.active];
  editor.value = n?.config ?? '';
  editor.scrollTop = 0;
}

function selectNode(i: number): void {
  state.active = i;
  loadEditor();
  renderFiles();
  render();
  schedulePermalink();
}

function addNode(): void {
  const cur = state.nodes[state.active];
  if (!cur || state.nodes.length >= 16) return;
  state.nodes.push({ name: freshName(state), config: cur.config, dataDir: true, myid: freshMyid(state), files: cur.files.map((f) => ({ ...f })) });
  state.active = state.nodes.length - 1;
  loadEditor();
  renderFiles();
  lintNow();
}

function removeNode(i: number): void {
  if (state.nodes.length < 2) return;
  state.nodes.splice(i, 1);
  if (state.active >= state.nodes.length || state.active > i) state.active = Math.max(0, state.active - 1);
  loadEditor();
  renderFiles();
  lintNow();
}

editor.addEventListener('input', () => {
  const n = state.nodes[state.active];
  if (n) n.config = editor.value;
  renderGutter();
  lintSoon();
});
editor.addEventListener('scroll', () => {
  gutter.scrollTop = editor.scrollTop;
});
editor.addEventListener('keydown', (e) => {
  // Tab inserts a tab (a config may use one as a separator) rather than leaving the editor.
  if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    editor.setRangeText('\t', editor.selectionStart, editor.selectionEnd, 'end');
    editor.dispatchEvent(new Event('input'));
  }
});
versionSel.addEventListener('change', () => {
  state.version = versionSel.value as PlaygroundState['version'];
  lintNow();
});
ftInput.addEventListener('input', () => {
  const t = ftInput.value.trim();
  const n = Number(t);
  state.faultTolerance = t === '' || !Number.isInteger(n) || n < 0 ? null : Math.min(n, 100);
  lintSoon();
});
dataDirBox.addEventListener('change', () => {
  const n = state.nodes[state.active];
  if (n) n.dataDir = dataDirBox.checked;
  lintNow();
});
myidBox.addEventListener('change', () => {
  const n = state.nodes[state.active];
  if (!n) return;
  n.myid = myidBox.checked ? myidText.value || freshMyid(state) : null;
  if (myidBox.checked) myidText.value = n.myid ?? '';
  lintNow();
});
myidText.addEventListener('input', () => {
  const n = state.nodes[state.active];
  if (n && n.myid !== null) n.myid = myidText.value;
  lintSoon();
});
$('add-file').addEventListener('click', () => {
  const n = state.nodes[state.active];
  if (!n || n.files.length >= 32) return;
  const dyn = /^[ \t\f]*dynamicConfigFile[ \t\f]*[=: \t\f][ \t\f]*(\/\S+)[ \t\f]*$/m.exec(n.config)?.[1];
  const path = dyn && !n.files.some((f) => f.path === dyn) ? dyn : `/tmp/file${n.files.length + 1}`;
  n.files.push({ path, text: '' });
  renderFiles();
  filesEl.querySelector<HTMLTextAreaElement>('.file:last-child textarea')?.focus();
  lintNow();
});
$('reset').addEventListener('click', () => {
  state = exampleState();
  syncControls();
  lintNow();
});
$('copy-permalink').addEventListener('click', async () => {
  permalink.select();
  try {
    await navigator.clipboard.writeText(permalink.value);
    $('copy-permalink').textContent = 'Copied';
  } catch {
    // No clipboard access (a file:// page, say): the link is selected for Ctrl+C.
    $('copy-permalink').textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => ($('copy-permalink').textContent = 'Copy permalink'), 1500);
});

function syncControls(): void {
  versionSel.value = state.version;
  ftInput.value = state.faultTolerance === null ? '' : String(state.faultTolerance);
  loadEditor();
  renderFiles();
}

async function openFromFragment(): Promise<void> {
  if (location.hash.length > 1) {
    try {
      state = await decodeState(location.hash);
    } catch (e) {
      state = exampleState();
      syncControls();
      lintNow();
      showBanner(`${(e as Error).message}. Showing the example instead.`);
      return;
    }
  } else state = exampleState();
  syncControls();
  lintNow();
}

window.addEventListener('hashchange', () => {
  // Our own updates use replaceState (no event); this is a link pasted into the address bar.
  if (location.hash.slice(1) !== stats.lastFragment) void openFromFragment();
});

void openFromFragment();
