/**
 * Compose files: each service running a ZooKeeper image, its environment (`environment` as a map
 * or a list, after `env_file`s, with `${VAR}` interpolation from the `.env` beside the file),
 * hostnames and volumes.
 */
import * as path from 'node:path';
import type { Location } from '../diagnostic.js';
import type { FileSystem } from '../fs.js';
import { interpolate, parseDotEnv, type Env, type EnvVar } from './env.js';
import { parseImage } from './images.js';
import type { ContainerFile, ZkContainer } from './model.js';
import { entries, get, isMap, isScalar, isSeq, items, text, verbatimStart, where, type YamlDoc, type YamlFile } from './yaml.js';

export function isCompose(y: YamlFile): boolean {
  return y.docs.some((d) => isMap(get(d, d.doc.contents, 'services')));
}

function readText(fs: FileSystem, p: string): string | undefined {
  try {
    return Buffer.from(fs.readFile(p, 1 << 20)).toString('utf8');
  } catch {
    return undefined;
  }
}

export function loadCompose(y: YamlFile, fs: FileSystem, cwd: string): ContainerFile {
  const out: ContainerFile = { file: y.file, kind: 'compose', containers: [], workloads: [], pdbs: [], looseConfigs: [], problems: [...y.problems], unknownImages: [] };
  const dir = path.dirname(path.resolve(cwd, y.file));
  const dotEnv = new Map<string, string>();
  const envText = readText(fs, path.join(dir, '.env'));
  if (envText !== undefined) for (const e of parseDotEnv(envText)) dotEnv.set(e.name, e.value);
  const lookup = (n: string) => dotEnv.get(n);

  for (const d of y.docs) {
    for (const [svcName, svc] of entries(d, get(d, d.doc.contents, 'services'))) {
      const s = svc.value;
      const imageNode = get(d, s, 'image');
      const ref = text(d, imageNode);
      if (ref === undefined) continue;
      const refText = 'value' in interpolate(ref, lookup) ? (interpolate(ref, lookup) as { value: string }).value : ref;
      const info = parseImage(refText);
      if (!info) continue;
      const imageAt = where(d, imageNode);
      if (info.kind === 'other') {
        out.unknownImages.push({ name: svcName, ref: refText, at: imageAt });
        continue;
      }
      const env: Env = new Map();
      // env_file first (in order), then environment.
      const envFiles = get(d, s, 'env_file');
      const fileNodes = isSeq(envFiles) ? items(d, envFiles) : envFiles ? [envFiles] : [];
      for (const f of fileNodes) {
        const rel = text(d, f) ?? text(d, get(d, f, 'path'));
        if (rel === undefined) continue;
        const abs = path.resolve(dir, rel);
        const body = readText(fs, abs);
        const shown = path.relative(cwd, abs) || abs;
        if (body === undefined) continue;
        for (const e of parseDotEnv(body)) {
          const at: Location = { file: shown, line: e.line, column: e.column, endLine: e.line, endColumn: e.column + e.value.length };
          env.set(e.name, { name: e.name, value: e.value, at, start: at });
        }
      }
      const envNode = get(d, s, 'environment');
      const setVar = (name: string, raw: string | undefined, valueNode: unknown, keyNode: unknown) => {
        const at = where(d, valueNode ?? keyNode);
        if (raw === undefined) {
          const v = dotEnv.get(name);
          env.set(name, v === undefined ? { name, value: undefined, unknown: `${name} is taken from the shell that runs compose`, at } : { name, value: v, at });
          return;
        }
        const r = interpolate(raw, lookup);
        if ('missing' in r) {
          env.set(name, { name, value: undefined, unknown: `\${${r.missing[0]}} has no value here (it comes from the shell or .env)`, at });
          return;
        }
        const v: EnvVar = { name, value: r.value, at };
        const start = r.value === raw ? verbatimStart(d, valueNode) : undefined;
        if (start) v.start = start;
        env.set(name, v);
      };
      if (isMap(envNode)) {
        for (const [k, e] of entries(d, envNode)) {
          const valueNull = !e.value || (isScalar(e.value) && e.value.value === null);
          setVar(k, valueNull ? undefined : text(d, e.value), valueNull ? undefined : e.value, e.key);
        }
      } else if (isSeq(envNode)) {
        for (const item of items(d, envNode)) {
          const t = text(d, item);
          if (t === undefined) continue;
          const eq = t.indexOf('=');
          const name = eq < 0 ? t : t.slice(0, eq);
          if (eq < 0) {
            setVar(name, undefined, undefined, item);
            continue;
          }
          const raw = t.slice(eq + 1);
          const start = verbatimStart(d, item);
          const r = interpolate(raw, lookup);
          const at = where(d, item);
          if ('missing' in r) env.set(name, { name, value: undefined, unknown: `\${${r.missing[0]}} has no value here (it comes from the shell or .env)`, at });
          else {
            const v: EnvVar = { name, value: r.value, at };
            if (start && r.value === raw) v.start = { ...start, column: start.column + eq + 1 };
            env.set(name, v);
          }
        }
      }
      const hostname = text(d, get(d, s, 'hostname'));
      const containerName = text(d, get(d, s, 'container_name'));
      const hosts = [svcName, ...(hostname ? [hostname] : []), ...(containerName ? [containerName] : [])];
      const c: ZkContainer = { name: svcName, at: where(d, svc.key), hosts, image: { ref: refText, info, at: imageAt }, env, persisted: [] };
      for (const v of items(d, get(d, s, 'volumes'))) {
        let source: string | undefined;
        let target: string | undefined;
        const t = text(d, v);
        if (t !== undefined) {
          const parts = t.split(':');
          if (parts.length >= 2) [source, target] = parts as [string, string];
          else target = parts[0];
        } else {
          source = text(d, get(d, v, 'source'));
          target = text(d, get(d, v, 'target'));
        }
        if (target === undefined) continue;
        const at = where(d, v);
        const bind = source !== undefined && /^[./~]/.test(source);
        const what = source === undefined ? 'an anonymous volume' : bind ? `the bind mount ${source}` : `the named volume ${source}`;
        const mount: ZkContainer['persisted'][number] = { path: target.replace(/\/+$/, '') || '/', at, what };
        if (bind && source !== undefined && !source.startsWith('~')) mount.hostPath = path.resolve(dir, source);
        c.persisted.push(mount);
      }
      out.containers.push(c);
    }
  }
  return out;
}
