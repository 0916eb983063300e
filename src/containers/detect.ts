/** Cheap tests on text, with no dependencies: is this YAML about ZooKeeper containers? (CLI discovery, stdin.) */

/** A compose file or manifest naming a ZooKeeper image, or a ConfigMap holding a zoo.cfg. */
export const MENTIONS_ZOOKEEPER = /^\s*-?\s*image\s*:\s*["']?[^\s"'#]*zookeeper|^\s*["']?zoo\.cfg["']?\s*:/im;

/** Compose or Kubernetes YAML rather than a properties file: a `services:` map, or `apiVersion:` with `kind:`. */
export function looksLikeContainerYaml(text: string): boolean {
  return /^services\s*:/m.test(text) || (/^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text));
}

/** A file name that is YAML. */
export const YAML_FILE = /\.ya?ml$/i;
