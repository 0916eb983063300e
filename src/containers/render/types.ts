/** What an image's entrypoint writes at container start, line by line, with where each line came from. */
import type { ZkVersion } from '../../model/version.js';
import type { EnvVar } from '../env.js';

export type ImageKind = 'official' | 'bitnami' | 'confluent';

export interface RenderedLine {
  text: string;
  /** The variable whose value made this line (absent: the image's own text or default). */
  from?: EnvVar;
  /** Index in `text` where `from.value[valueOffset]` appears, when the value is copied verbatim. */
  offset?: number;
  /** Index in `from.value` of the copied part (a word of a word-split value). */
  valueOffset?: number;
}

/** Something the image itself does about the env (before ZooKeeper reads anything). */
export interface ImageFinding {
  /** Container rule id. */
  rule: string;
  messageId: string;
  args: Record<string, string | number>;
  /** The variable responsible (absent: the image reference). */
  var?: EnvVar;
}

export interface Rendered {
  image: ImageKind;
  zk: ZkVersion;
  /** The path of zoo.cfg inside the container. */
  configPath: string;
  /** dataDir inside the container (where myid goes). */
  dataDir: string;
  lines: RenderedLine[];
  /** The myid file as written (text without the newline), undefined when the image writes none. */
  myid?: { text: string; from?: EnvVar };
  /** The variable the myid comes from, when zklint cannot know its value. */
  myidUnknown?: EnvVar;
  /** Variables read into zoo.cfg that zklint cannot know: the render is not checked. */
  unknown: EnvVar[];
  findings: ImageFinding[];
}

export interface RenderInput {
  env: ReadonlyMap<string, EnvVar>;
  zk: ZkVersion;
  /** A myid that a start script computes (a StatefulSet ordinal), overriding the image's default. */
  myid?: { text: string; from?: EnvVar };
}

/** The value of a variable as the script sees it; undefined when unset. Records unknown reads. */
export function reader(input: RenderInput, unknown: EnvVar[]) {
  return (name: string): EnvVar | undefined => {
    const v = input.env.get(name);
    if (v && v.value === undefined && !unknown.includes(v)) unknown.push(v);
    return v && v.value !== undefined ? v : undefined;
  };
}

export function renderedText(r: Rendered): string {
  return r.lines.map((l) => `${l.text}\n`).join('');
}
