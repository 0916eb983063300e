/** What zklint learns from a compose file or Kubernetes manifests: the ZooKeeper containers and what surrounds them. */
import type { Location } from '../diagnostic.js';
import type { Env, EnvVar } from './env.js';
import type { ImageInfo } from './images.js';
import type { YamlProblem } from './yaml.js';
import type { Rendered } from './render/types.js';

/** A config file provided to the container (bind mount, ConfigMap) instead of one rendered from env. */
export interface ProvidedConfig {
  text: string;
  /** Where config line N (1-based) is in the user's files. */
  lineAt(line: number): Location;
  /** The mount or ConfigMap key that provides it. */
  at: Location;
  what: string;
}

export interface ZkContainer {
  /** As shown in messages: the compose service, or the pod name (`zk-0`). */
  name: string;
  /** Where it is declared: the compose service's key, the workload's name. */
  at?: Location;
  /** Names other containers reach it by. */
  hosts: string[];
  image: { ref: string; info: ImageInfo; at: Location };
  env: Env;
  /** A myid computed by a start script (a StatefulSet ordinal), with where that script is. */
  myid?: { text: string; from?: EnvVar };
  provided?: ProvidedConfig;
  /** Container paths kept across restarts (named volumes, bind mounts, PVCs). */
  persisted: Array<{ path: string; at: Location; what: string; hostPath?: string }>;
  workload?: Workload;
  ordinal?: number;
  /** `envFrom` sources whose keys zklint cannot see (a Secret, a ConfigMap not in these files). */
  opaqueEnv?: Array<{ what: string; at: Location }>;
}

export interface LabelSelector {
  matchLabels: Map<string, string>;
  /** `In` expressions: key → allowed values (others are not checked). */
  matchIn: Map<string, string[]>;
  /** Expressions zklint does not evaluate (NotIn, Exists, DoesNotExist). */
  other: number;
}

export interface Workload {
  kind: string;
  name: string;
  namespace: string;
  at: Location;
  replicas?: { n: number; at: Location };
  podLabels: Map<string, string>;
  antiAffinity: Array<{ selector: LabelSelector; at: Location; required: boolean; topologyKey: string }>;
  /**
   * The one zone every pod is pinned to: a `nodeSelector` on a zone label, or a required node
   * affinity whose every term allows exactly that zone. Undefined when pods may land in any zone.
   */
  zone?: { value: string; at: Location };
}

export interface Pdb {
  name: string;
  namespace: string;
  at: Location;
  selector: LabelSelector;
  minAvailable?: { value: string; at: Location };
  maxUnavailable?: { value: string; at: Location };
}

export interface ContainerFile {
  file: string;
  kind: 'compose' | 'kubernetes';
  containers: ZkContainer[];
  workloads: Workload[];
  pdbs: Pdb[];
  /** Config files found outside any container (a ConfigMap's zoo.cfg nothing mounts). */
  looseConfigs: Array<{ name: string; provided: ProvidedConfig }>;
  problems: YamlProblem[];
  /** Images that look like ZooKeeper but whose entrypoint zklint does not know. */
  unknownImages: Array<{ name: string; ref: string; at: Location }>;
}

export function selects(sel: LabelSelector, labels: ReadonlyMap<string, string>): boolean {
  for (const [k, v] of sel.matchLabels) if (labels.get(k) !== v) return false;
  for (const [k, vs] of sel.matchIn) if (!vs.includes(labels.get(k) as string)) return false;
  return true;
}

/** One container as an ensemble node: what it is and what its image renders (container rules read it). */
export interface ContainerFacts {
  container: ZkContainer;
  /** What the entrypoint writes; undefined when the config is provided (ConfigMap, bind mount). */
  rendered?: Rendered;
  /** The file it comes from. */
  file: ContainerFile;
}

/** Every ZooKeeper container of one compose file or manifest stream. */
export interface ContainerView {
  file: ContainerFile;
  nodes: ContainerFacts[];
}
