/**
 * A `helm template` output of `docs` documents for the container benchmark: ZooKeeper releases
 * (ConfigMap with a start script, headless Service, client Service, StatefulSet of 3 with
 * anti-affinity and a PodDisruptionBudget: 5 documents each, one namespace per release) making up
 * about half, the rest other applications' Deployments, Services and ConfigMaps.
 */
export function helmTemplate(docs = 500) {
  const out = [];
  const zkReleases = Math.floor(docs / 10);
  for (let r = 0; r < zkReleases; r++) {
    const ns = `team-${r}`;
    const name = `zk${r}`;
    const servers = [0, 1, 2].map((o) => `server.${o + 1}=${name}-${o}.${name}-hs.${ns}.svc.cluster.local:2888:3888;2181`).join(' ');
    out.push(`# Source: zookeeper/templates/scripts-configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-scripts
  namespace: ${ns}
  labels: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }
data:
  start.sh: |
    #!/bin/bash
    HOSTNAME="$(hostname -s)"
    export ZOO_MY_ID=$((\${HOSTNAME##*-} + 1))
    exec /docker-entrypoint.sh zkServer.sh start-foreground`);
    for (const [svc, extra] of [[`${name}-hs`, '  clusterIP: None\n'], [name, '']]) {
      out.push(`# Source: zookeeper/templates/svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: ${svc}
  namespace: ${ns}
spec:
${extra}  selector: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }
  ports:
    - { name: client, port: 2181 }
    - { name: follower, port: 2888 }
    - { name: election, port: 3888 }`);
    }
    out.push(`# Source: zookeeper/templates/statefulset.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  serviceName: ${name}-hs
  replicas: 3
  selector:
    matchLabels: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }
  template:
    metadata:
      labels: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchLabels: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }
              topologyKey: kubernetes.io/hostname
      containers:
        - name: zookeeper
          image: zookeeper:3.9.3
          command: ["/scripts/start.sh"]
          env:
            - name: ZOO_SERVERS
              value: ${servers}
            - name: ZOO_AUTOPURGE_PURGEINTERVAL
              value: "24"
            - name: ZOO_4LW_COMMANDS_WHITELIST
              value: srvr,mntr,ruok
          volumeMounts:
            - { name: scripts, mountPath: /scripts }
            - { name: data, mountPath: /data }
      volumes:
        - name: scripts
          configMap: { name: ${name}-scripts, defaultMode: 0755 }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 8Gi } } }`);
    out.push(`# Source: zookeeper/templates/pdb.yaml
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app.kubernetes.io/name: zookeeper, app.kubernetes.io/instance: ${name} }`);
  }
  for (let i = 0; out.length < docs; i++) {
    const kind = i % 3;
    if (kind === 0)
      out.push(`# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  replicas: 2
  selector: { matchLabels: { app: web-${i} } }
  template:
    metadata: { labels: { app: web-${i} } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          env:
            - { name: ZK_CONNECT, value: "zk0.team-0:2181" }`);
    else if (kind === 1) out.push(`# Source: web/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\nspec:\n  selector: { app: web-${i} }\n  ports: [{ port: 80 }]`);
    else out.push(`# Source: web/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-${i}\ndata:\n  nginx.conf: |\n    server { listen 80; }`);
  }
  return `---\n${out.join('\n---\n')}\n`;
}
