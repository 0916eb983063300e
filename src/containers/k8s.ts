/**
 * Kubernetes manifests (one or many documents, as `helm template` prints them): Pods,
 * StatefulSets, Deployments and ReplicaSets running a ZooKeeper image, one node per replica; env
 * with `valueFrom` where the manifests say the value (ConfigMaps, the pod's own name), `$(VAR)`
 * expansion; ConfigMaps holding zoo.cfg; anti-affinity and PodDisruptionBudgets.
 */
import type { Node } from 'yaml';
import type { Location } from '../diagnostic.js';
import { expandK8s, type Env, type EnvVar } from './env.js';
import { parseImage } from './images.js';
import type { ContainerFile, LabelSelector, ProvidedConfig, Workload, ZkContainer } from './model.js';
import { entries, get, isMap, isScalar, items, text, verbatimStart, where, type YamlDoc, type YamlFile } from './yaml.js';

const WORKLOADS = new Set(['Pod', 'StatefulSet', 'Deployment', 'ReplicaSet']);

export function isKubernetes(y: YamlFile): boolean {
  return y.docs.some((d) => text(d, get(d, d.doc.contents, 'kind')) !== undefined && text(d, get(d, d.doc.contents, 'apiVersion')) !== undefined);
}

interface CmEntry {
  d: YamlDoc;
  node: Node | undefined;
  value: string;
}

function labelsOf(d: YamlDoc, n: unknown): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, e] of entries(d, n)) {
    const v = text(d, e.value);
    if (v !== undefined) m.set(k, v);
  }
  return m;
}

export function selectorOf(d: YamlDoc, n: unknown): LabelSelector {
  const sel: LabelSelector = { matchLabels: labelsOf(d, get(d, n, 'matchLabels')), matchIn: new Map(), other: 0 };
  for (const e of items(d, get(d, n, 'matchExpressions'))) {
    const key = text(d, get(d, e, 'key'));
    const op = text(d, get(d, e, 'operator'));
    if (key !== undefined && op === 'In') sel.matchIn.set(key, items(d, get(d, e, 'values')).map((v) => text(d, v) ?? ''));
    else sel.other++;
  }
  return sel;
}

/** Where line N of a ConfigMap value is: literal blocks line by line, other styles at the value. */
export function scalarLines(d: YamlDoc, node: Node | undefined): (line: number) => Location {
  const at = where(d, node);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return () => at;
  const src = d.file.text;
  const headerEnd = src.indexOf('\n', node.range[0]);
  if (headerEnd < 0) return () => at;
  const body = src.slice(headerEnd + 1, node.range[1]).split('\n');
  const first = body.find((l) => l.trim() !== '') ?? '';
  const indent = first.length - first.trimStart().length;
  const headerLine = at.line;
  return (line: number) => {
    const l = headerLine + line;
    const len = (body[line - 1] ?? '').length;
    return { file: at.file, line: l, column: indent + 1, endLine: l, endColumn: Math.max(indent + 1, len + 1) };
  };
}

/** The node labels Kubernetes sets to a node's zone (the second is the deprecated name). */
const ZONE_LABELS = ['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'];

/**
 * The single zone a pod spec pins its pods to, from `nodeSelector` or from a required node affinity
 * in which every term (terms are ORed) allows one and the same zone with `In`. Anything looser
 * (several zones, `NotIn`, preferred affinity only) leaves the zone unknown: zklint never guesses
 * where the scheduler puts a pod.
 */
function zoneOf(d: YamlDoc, podSpec: unknown): { value: string; at: Location } | undefined {
  for (const label of ZONE_LABELS) {
    const n = get(d, podSpec, 'nodeSelector', label);
    const v = text(d, n);
    if (v !== undefined && v !== '') return { value: v, at: where(d, n) };
  }
  const terms = items(d, get(d, podSpec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  let found: { value: string; at: Location } | undefined;
  for (const t of terms) {
    let inTerm: { value: string; at: Location } | undefined;
    for (const e of items(d, get(d, t, 'matchExpressions'))) {
      const key = text(d, get(d, e, 'key'));
      if (key === undefined || !ZONE_LABELS.includes(key) || text(d, get(d, e, 'operator')) !== 'In') continue;
      const values = items(d, get(d, e, 'values'));
      const v = values.length === 1 ? text(d, values[0]) : undefined;
      if (v !== undefined && v !== '') inTerm = { value: v, at: where(d, values[0]) };
    }
    // A term without a one-zone rule lets pods go anywhere; two terms naming different zones too.
    if (!inTerm || (found && found.value !== inTerm.value)) return undefined;
    found ??= inTerm;
  }
  return found;
}

export function loadKubernetes(y: YamlFile): ContainerFile {
  const out: ContainerFile = { file: y.file, kind: 'kubernetes', containers: [], workloads: [], pdbs: [], looseConfigs: [], problems: [...y.problems], unknownImages: [] };
  const configMaps = new Map<string, Map<string, CmEntry>>();
  const usedConfigs = new Set<string>();
  for (const d of y.docs) {
    const root = d.doc.contents;
    const kind = text(d, get(d, root, 'kind'));
    const ns = text(d, get(d, root, 'metadata', 'namespace')) ?? 'default';
    const name = text(d, get(d, root, 'metadata', 'name')) ?? '';
    if (kind === 'ConfigMap') {
      const data = new Map<string, CmEntry>();
      for (const [k, e] of entries(d, get(d, root, 'data'))) data.set(k, { d, node: e.value, value: text(d, e.value) ?? '' });
      configMaps.set(`${ns}/${name}`, data);
    } else if (kind === 'PodDisruptionBudget') {
      const spec = get(d, root, 'spec');
      const pdb: ContainerFile['pdbs'][number] = { name, namespace: ns, at: where(d, get(d, root, 'metadata', 'name') ?? root), selector: selectorOf(d, get(d, spec, 'selector')) };
      for (const k of ['minAvailable', 'maxUnavailable'] as const) {
        const n = get(d, spec, k);
        const v = text(d, n);
        if (v !== undefined) pdb[k] = { value: v, at: where(d, n) };
      }
      out.pdbs.push(pdb);
    }
  }
  for (const d of y.docs) {
    const root = d.doc.contents;
    const kind = text(d, get(d, root, 'kind'));
    if (kind === undefined || !WORKLOADS.has(kind)) continue;
    const ns = text(d, get(d, root, 'metadata', 'namespace')) ?? 'default';
    const name = text(d, get(d, root, 'metadata', 'name')) ?? kind.toLowerCase();
    const template = kind === 'Pod' ? root : get(d, root, 'spec', 'template');
    const podSpec = get(d, template, 'spec');
    const replicasNode = kind === 'Pod' ? undefined : get(d, root, 'spec', 'replicas');
    const replicas = replicasNode ? Number(text(d, replicasNode)) : 1;
    const w: Workload = {
      kind,
      name,
      namespace: ns,
      at: where(d, get(d, root, 'metadata', 'name') ?? root),
      podLabels: labelsOf(d, get(d, template, 'metadata', 'labels')),
      antiAffinity: [],
    };
    if (replicasNode) w.replicas = { n: replicas, at: where(d, replicasNode) };
    const anti = get(d, podSpec, 'affinity', 'podAntiAffinity');
    for (const t of items(d, get(d, anti, 'requiredDuringSchedulingIgnoredDuringExecution')))
      w.antiAffinity.push({ selector: selectorOf(d, get(d, t, 'labelSelector')), at: where(d, get(d, t, 'labelSelector') ?? t), required: true, topologyKey: text(d, get(d, t, 'topologyKey')) ?? '' });
    for (const p of items(d, get(d, anti, 'preferredDuringSchedulingIgnoredDuringExecution'))) {
      const t = get(d, p, 'podAffinityTerm');
      w.antiAffinity.push({ selector: selectorOf(d, get(d, t, 'labelSelector')), at: where(d, get(d, t, 'labelSelector') ?? t), required: false, topologyKey: text(d, get(d, t, 'topologyKey')) ?? '' });
    }
    const zone = zoneOf(d, podSpec);
    if (zone) w.zone = zone;
    // Volumes: name → ConfigMap, and PVC templates.
    const volumes = new Map<string, { cm?: string; items?: Map<string, string> }>();
    for (const v of items(d, get(d, podSpec, 'volumes'))) {
      const vn = text(d, get(d, v, 'name'));
      const cm = text(d, get(d, v, 'configMap', 'name'));
      if (vn === undefined) continue;
      const its = new Map<string, string>();
      for (const it of items(d, get(d, v, 'configMap', 'items'))) its.set(text(d, get(d, it, 'key')) ?? '', text(d, get(d, it, 'path')) ?? '');
      volumes.set(vn, cm !== undefined ? { cm, ...(its.size ? { items: its } : {}) } : {});
    }
    const claims = new Set(items(d, get(d, root, 'spec', 'volumeClaimTemplates')).map((t) => text(d, get(d, t, 'metadata', 'name')) ?? ''));
    const serviceName = text(d, get(d, root, 'spec', 'serviceName'));
    let zkHere = false;
    for (const cont of items(d, get(d, podSpec, 'containers'))) {
      const imageNode = get(d, cont, 'image');
      const ref = text(d, imageNode);
      if (ref === undefined) continue;
      const info = parseImage(ref);
      if (!info) continue;
      zkHere = true;
      const imageAt = where(d, imageNode);
      // Files mounted from ConfigMaps: container path → the ConfigMap entry.
      const mounted = new Map<string, { entry: CmEntry; at: Location; cm: string; key: string }>();
      const persisted: ZkContainer['persisted'] = [];
      for (const m of items(d, get(d, cont, 'volumeMounts'))) {
        const vn = text(d, get(d, m, 'name')) ?? '';
        const mountPath = (text(d, get(d, m, 'mountPath')) ?? '').replace(/\/+$/, '');
        const subPath = text(d, get(d, m, 'subPath'));
        const vol = volumes.get(vn);
        const at = where(d, m);
        if (claims.has(vn)) persisted.push({ path: mountPath, at, what: `the volume claim ${vn}` });
        if (!vol?.cm) continue;
        const data = configMaps.get(`${ns}/${vol.cm}`);
        if (!data) continue;
        for (const [key, entry] of data) {
          const fileName = vol.items ? vol.items.get(key) : key;
          if (fileName === undefined) continue;
          if (subPath !== undefined) {
            if (subPath === fileName) mounted.set(mountPath, { entry, at, cm: vol.cm, key });
          } else mounted.set(`${mountPath}/${fileName}`, { entry, at, cm: vol.cm, key });
        }
      }
      const scripts = [text(d, get(d, cont, 'command')), ...items(d, get(d, cont, 'command')).map((n) => text(d, n)), ...items(d, get(d, cont, 'args')).map((n) => text(d, n))]
        .filter((t): t is string => t !== undefined)
        .join('\n');
      const n = kind === 'StatefulSet' ? Math.max(0, Number.isFinite(replicas) ? replicas : 1) : kind === 'Pod' ? 1 : Math.max(0, Number.isFinite(replicas) ? replicas : 1);
      for (let ord = 0; ord < n; ord++) {
        const podName = kind === 'StatefulSet' ? `${name}-${ord}` : kind === 'Pod' ? name : undefined;
        const nodeName = podName ?? `${name} (replica ${ord + 1})`;
        const opaque: NonNullable<ZkContainer['opaqueEnv']> = [];
        const env = podEnv(d, cont, configMaps, ns, podName, kind === 'StatefulSet', opaque);
        const hosts = podName ? [podName] : [name];
        if (podName && serviceName) hosts.push(`${podName}.${serviceName}`, `${podName}.${serviceName}.${ns}`, `${podName}.${serviceName}.${ns}.svc`, `${podName}.${serviceName}.${ns}.svc.cluster.local`);
        const c: ZkContainer = { name: nodeName, at: w.at, hosts, image: { ref, info, at: imageAt }, env, persisted, workload: w, ordinal: ord };
        if (opaque.length > 0) c.opaqueEnv = opaque;
        const derived = kind === 'StatefulSet' ? ordinalMyid(d, cont, scripts, [...mounted.values()], ord) : undefined;
        if (derived) c.myid = derived;
        const cfg = [...mounted].find(([p]) => p.endsWith('/zoo.cfg'));
        if (cfg) {
          const [p, m] = cfg;
          usedConfigs.add(`${ns}/${m.cm}/${m.key}`);
          c.provided = { text: m.entry.value, lineAt: scalarLines(m.entry.d, m.entry.node), at: where(m.entry.d, m.entry.node), what: `ConfigMap ${m.cm} (${m.key}, mounted at ${p})` };
        }
        if (info.kind === 'other') {
          if (ord === 0) out.unknownImages.push({ name: nodeName, ref, at: imageAt });
          if (!c.provided) continue;
        }
        out.containers.push(c);
      }
    }
    if (zkHere) out.workloads.push(w);
  }
  for (const [id, data] of configMaps) {
    for (const [key, entry] of data) {
      if (!/(^|\.)zoo\.cfg$|^zookeeper\.properties$/.test(key) || usedConfigs.has(`${id}/${key}`)) continue;
      const provided: ProvidedConfig = { text: entry.value, lineAt: scalarLines(entry.d, entry.node), at: where(entry.d, entry.node), what: `ConfigMap ${id.split('/')[1]} (${key})` };
      out.looseConfigs.push({ name: `${id.split('/')[1]}/${key}`, provided });
    }
  }
  return out;
}

function podEnv(
  d: YamlDoc,
  cont: unknown,
  configMaps: Map<string, Map<string, CmEntry>>,
  ns: string,
  podName: string | undefined,
  sts: boolean,
  opaque: NonNullable<ZkContainer['opaqueEnv']>,
): Env {
  const env: Env = new Map();
  for (const ef of items(d, get(d, cont, 'envFrom'))) {
    const prefix = text(d, get(d, ef, 'prefix')) ?? '';
    const cm = text(d, get(d, ef, 'configMapRef', 'name'));
    const at = where(d, ef);
    const secret = text(d, get(d, ef, 'secretRef', 'name'));
    if (secret !== undefined) opaque.push({ what: `Secret ${secret}`, at });
    if (cm !== undefined) {
      const data = configMaps.get(`${ns}/${cm}`);
      if (!data) opaque.push({ what: `ConfigMap ${cm} (not in these manifests)`, at });
      for (const [k, e] of data ?? []) {
        const v: EnvVar = { name: prefix + k, value: e.value, at: where(e.d, e.node) };
        const start = verbatimStart(e.d, e.node);
        if (start) v.start = start;
        env.set(prefix + k, v);
      }
    }
  }
  for (const e of items(d, get(d, cont, 'env'))) {
    const name = text(d, get(d, e, 'name'));
    if (name === undefined) continue;
    const valueNode = get(d, e, 'value');
    const from = get(d, e, 'valueFrom');
    if (from && isMap(from)) {
      const at = where(d, from);
      const field = text(d, get(d, from, 'fieldRef', 'fieldPath'));
      const cmName = text(d, get(d, from, 'configMapKeyRef', 'name'));
      const cmKey = text(d, get(d, from, 'configMapKeyRef', 'key'));
      const secret = text(d, get(d, from, 'secretKeyRef', 'name'));
      if (field === 'metadata.name' || (sts && field === "metadata.labels['statefulset.kubernetes.io/pod-name']")) {
        env.set(name, podName !== undefined ? { name, value: podName, at } : { name, value: undefined, unknown: 'the pod name is random for this kind of workload', at });
      } else if (field === 'metadata.namespace') env.set(name, { name, value: ns, at });
      else if (cmName !== undefined && cmKey !== undefined) {
        const entry = configMaps.get(`${ns}/${cmName}`)?.get(cmKey);
        env.set(name, entry ? { name, value: entry.value, at: where(entry.d, entry.node), ...(verbatimStart(entry.d, entry.node) ? { start: verbatimStart(entry.d, entry.node) as Location } : {}) } : { name, value: undefined, unknown: `ConfigMap ${cmName} (key ${cmKey}) is not in these manifests`, at });
      } else if (secret !== undefined) env.set(name, { name, value: undefined, unknown: `it comes from Secret ${secret}`, at });
      else env.set(name, { name, value: undefined, unknown: field ? `it comes from the pod field ${field}` : 'it comes from a source zklint does not read', at });
      continue;
    }
    const raw = valueNode ? (text(d, valueNode) ?? '') : '';
    const x = expandK8s(raw, env);
    const at = where(d, valueNode ?? e);
    if (x.unknownFrom) {
      env.set(name, { name, value: undefined, unknown: `it uses $(${x.unknownFrom}), whose value is unknown`, at });
      continue;
    }
    const v: EnvVar = { name, value: x.value, at };
    const start = x.value === raw ? verbatimStart(d, valueNode) : undefined;
    if (start) v.start = start;
    env.set(name, v);
  }
  return env;
}

/**
 * A StatefulSet whose start script derives the server id from the pod's ordinal (the hostname's
 * `-N` suffix) plus an offset: `$((ORD + 1))`, `$((${HOSTNAME##*-}+1))`. Looks in the container's
 * command and args and in scripts mounted from ConfigMaps.
 */
function ordinalMyid(d: YamlDoc, cont: unknown, scripts: string, mounted: Array<{ entry: CmEntry }>, ord: number): ZkContainer['myid'] {
  const re = /(ZOO_MY_ID|ZOO_SERVER_ID|ZOOKEEPER_SERVER_ID|MY_ID|myid)\W[^\n]*?\$\(\(\s*(?:\$\{HOSTNAME##\*-\}|\$?\{?ORD(?:INAL)?\}?|\$?\{?[A-Z_]*INDEX\}?)\s*\+\s*(\d+)\s*\)\)/;
  const sources: Array<{ body: string; at: Location }> = [{ body: scripts, at: where(d, get(d, cont, 'command') ?? get(d, cont, 'args') ?? cont) }];
  for (const m of mounted) sources.push({ body: m.entry.value, at: where(m.entry.d, m.entry.node) });
  for (const s of sources) {
    if (!/HOSTNAME|hostname/.test(s.body)) continue;
    const m = re.exec(s.body);
    if (!m) continue;
    const text = String(ord + Number(m[2]));
    return { text, from: { name: m[1] as string, value: text, at: s.at } };
  }
  return undefined;
}
