// The five services' workloads: hardened, probed, bounded, disruption-safe, autoscaled, scraped, isolated.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allowed, labelsMatch } from "../lib/network.mjs";
import { SERVICES } from "../lib/project.mjs";
import { ofKind, overlays, render } from "../lib/render.mjs";

const DATABASES = Object.fromEntries(SERVICES.map((s) => [s, `${s.replace(/-service$/, "")}-db`]));

/**
 * The NetworkPolicy the Strimzi cluster operator writes for the Kafka pods (STRIMZI_NETWORK_POLICY_GENERATION, on by
 * default): each listener's port open to its networkPolicyPeers, or to everyone when it names none.
 */
function strimziGeneratedPolicies(objects) {
  return ofKind(objects, "Kafka").map((k) => ({
    metadata: { name: `${k.metadata.name}-network-policy-kafka`, namespace: k.metadata.namespace },
    spec: {
      podSelector: { matchLabels: { "strimzi.io/cluster": k.metadata.name, "strimzi.io/kind": "Kafka", "strimzi.io/name": `${k.metadata.name}-kafka` } },
      policyTypes: ["Ingress"],
      ingress: (k.spec.kafka.listeners ?? []).map((l) => ({ ports: [{ port: l.port, protocol: "TCP" }], ...(l.networkPolicyPeers ? { from: l.networkPolicyPeers } : {}) })),
    },
  }));
}

function workload(objects, service) {
  const deployment = ofKind(objects, "Deployment").find((d) => d.metadata.name === service);
  assert.ok(deployment, `no Deployment ${service}`);
  const pod = deployment.spec.template;
  const container = pod.spec.containers.find((c) => (c.ports ?? []).some((p) => p.containerPort === 8080)) ?? pod.spec.containers[0];
  return { deployment, pod, container };
}

for (const overlay of overlays()) {
  test(`everyServiceRunsNonRootReadOnlyWithProbesAndLimits: ${overlay}`, () => {
    const objects = render(overlay);
    for (const service of SERVICES) {
      const { deployment, pod, container } = workload(objects, service);
      const where = `${overlay} ${service}`;
      assert.equal(pod.metadata.labels["app.kubernetes.io/name"], service, `${where}: pod label app.kubernetes.io/name`);
      assert.equal(pod.metadata.labels["app.kubernetes.io/part-of"], "refugio", `${where}: pod label part-of`);
      assert.ok(labelsMatch(deployment.spec.selector, pod.metadata.labels), `${where}: selector does not select its pods`);
      const podSc = pod.spec.securityContext ?? {};
      const sc = container.securityContext ?? {};
      assert.equal(sc.runAsNonRoot ?? podSc.runAsNonRoot, true, `${where}: runAsNonRoot`);
      assert.equal(sc.runAsUser ?? podSc.runAsUser ?? 185, 185, `${where}: runs as user 185 (the image's user)`);
      assert.equal(sc.readOnlyRootFilesystem, true, `${where}: readOnlyRootFilesystem`);
      assert.equal(sc.allowPrivilegeEscalation, false, `${where}: allowPrivilegeEscalation`);
      assert.ok((sc.capabilities?.drop ?? []).includes("ALL"), `${where}: drops all capabilities`);
      const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      assert.ok(tmp, `${where}: a writable /tmp`);
      assert.ok((pod.spec.volumes ?? []).find((v) => v.name === tmp.name)?.emptyDir, `${where}: /tmp is an emptyDir`);
      const port = (container.ports ?? []).find((p) => p.containerPort === 8080);
      assert.equal(port?.name, "http", `${where}: container port 8080 named http`);
      for (const [probe, path] of [["startupProbe", "/q/health/started"], ["readinessProbe", "/q/health/ready"], ["livenessProbe", "/q/health/live"]]) {
        const p = container[probe]?.httpGet;
        assert.equal(p?.path, path, `${where}: ${probe} on ${path}`);
        assert.ok(p.port === "http" || p.port === 8080, `${where}: ${probe} on port http`);
      }
      for (const kind of ["requests", "limits"]) {
        for (const r of ["cpu", "memory"]) {
          if (kind === "limits" && r === "cpu") continue; // a CPU limit is a choice, not a requirement
          assert.ok(container.resources?.[kind]?.[r], `${where}: resources.${kind}.${r}`);
        }
      }
      assert.ok(container.resources.limits.memory, `${where}: memory limit`);
    }
  });

  test(`everyServiceHasAPodDisruptionBudgetAnAutoscalerAPodMonitorAndNetworkPolicies: ${overlay}`, () => {
    const objects = render(overlay);
    const policies = ofKind(objects, "NetworkPolicy");
    assert.ok(policies.some((p) => Object.keys(p.spec.podSelector ?? {}).every((k) => Object.keys(p.spec.podSelector[k] ?? {}).length === 0)
      && ["Ingress", "Egress"].every((t) => (p.spec.policyTypes ?? []).includes(t))
      && (p.spec.ingress ?? []).length === 0 && (p.spec.egress ?? []).length === 0), `${overlay}: a default-deny NetworkPolicy (ingress and egress) for the namespace`);
    for (const service of SERVICES) {
      const { deployment, pod } = workload(objects, service);
      const labels = pod.metadata.labels;
      const where = `${overlay} ${service}`;
      const svc = ofKind(objects, "Service").find((s) => s.metadata.name === service);
      assert.ok(svc, `${where}: a Service named ${service}`);
      assert.ok(svc.spec.ports.some((p) => p.port === 8080 && p.name === "http"), `${where}: Service port 8080 named http`);
      assert.ok(labelsMatch({ matchLabels: svc.spec.selector }, labels), `${where}: the Service selects the pods`);
      const pdb = ofKind(objects, "PodDisruptionBudget").find((p) => labelsMatch(p.spec.selector, labels));
      assert.ok(pdb, `${where}: a PodDisruptionBudget`);
      const hpa = ofKind(objects, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === service);
      assert.ok(hpa, `${where}: a HorizontalPodAutoscaler`);
      const minPods = hpa.spec.minReplicas ?? 1;
      assert.ok(minPods <= hpa.spec.maxReplicas, `${where}: minReplicas ≤ maxReplicas`);
      // The budget must let a node drain with the fewest pods the autoscaler keeps.
      if (pdb.spec.minAvailable !== undefined) {
        assert.ok(typeof pdb.spec.minAvailable === "string" ? pdb.spec.minAvailable !== "100%" : pdb.spec.minAvailable < minPods,
          `${where}: minAvailable ${pdb.spec.minAvailable} blocks every eviction with ${minPods} pod(s)`);
      } else {
        assert.ok(pdb.spec.maxUnavailable !== 0 && pdb.spec.maxUnavailable !== "0%", `${where}: maxUnavailable 0 blocks every eviction`);
      }
      const monitor = ofKind(objects, "PodMonitor").find((m) => labelsMatch(m.spec.selector, labels));
      assert.ok(monitor, `${where}: a PodMonitor`);
      assert.ok(monitor.spec.podMetricsEndpoints.some((e) => e.port === "http" && e.path === "/q/metrics"), `${where}: scraped on http /q/metrics`);
      assert.ok(policies.some((p) => Object.keys(p.spec.podSelector?.matchLabels ?? {}).length > 0 && labelsMatch(p.spec.podSelector, labels)),
        `${where}: a NetworkPolicy of its own`);
      assert.ok(deployment.spec.replicas === undefined || deployment.spec.replicas >= minPods, `${where}: replicas below the autoscaler's minimum`);
    }
  });

  // The reads that compose across services (everything else flows through Kafka): decision-service's case file.
  const READS = { "decision-service": ["registration-service", "interview-service"] };
  test(`theNetworkPoliciesLetWhatFlowsThroughAndNothingElse: ${overlay}`, () => {
    const objects = render(overlay);
    const policies = [...ofKind(objects, "NetworkPolicy"), ...strimziGeneratedPolicies(objects)];
    const pods = Object.fromEntries(SERVICES.map((s) => [s, { namespace: "refugio", labels: workload(objects, s).pod.metadata.labels, ports: { http: 8080 } }]));
    const db = (service) => ({ namespace: "refugio", labels: { "cnpg.io/cluster": DATABASES[service], "cnpg.io/instanceRole": "primary", role: "primary", "cnpg.io/podRole": "instance" }, ports: { postgresql: 5432 } });
    const broker = { namespace: "refugio", labels: { "strimzi.io/cluster": "refugio", "strimzi.io/kind": "Kafka", "strimzi.io/name": "refugio-kafka", "strimzi.io/broker-role": "true" }, ports: { "tcp-clientstls": 9093 } };
    const dns = { namespace: "kube-system", labels: { "k8s-app": "kube-dns" }, ports: { dns: 53 } };
    const ingress = { namespace: "ingress-nginx", labels: { "app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller" } };
    const prometheus = { namespace: "monitoring", labels: { "app.kubernetes.io/name": "prometheus", prometheus: "k8s" } };
    const intruder = { namespace: "refugio", labels: { app: "intruder" }, ports: {} };
    const elsewhere = { namespace: "default", labels: { app: "intruder" }, ports: {} };
    const problems = [];
    const must = (ok, what) => { if (!ok) problems.push(what); };
    const exposed = new Set(ofKind(objects, "Ingress").flatMap((i) => (i.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend.service?.name))));
    for (const service of SERVICES) {
      const pod = pods[service];
      must(allowed(policies, pod, db(service), 5432), `${service} cannot reach its database ${DATABASES[service]}:5432`);
      must(allowed(policies, pod, broker, 9093), `${service} cannot reach Kafka on 9093`);
      must(allowed(policies, pod, dns, 53, "UDP"), `${service} cannot resolve names (DNS 53/UDP)`);
      must(allowed(policies, prometheus, pod, 8080), `Prometheus (namespace monitoring) cannot scrape ${service}`);
      if (exposed.has(service)) must(allowed(policies, ingress, pod, 8080), `the ingress controller cannot reach ${service}`);
      for (const other of SERVICES.filter((s) => s !== service)) {
        must(!allowed(policies, pod, db(other), 5432), `${service} can reach ${other}'s database`);
        if ((READS[service] ?? []).includes(other)) {
          must(allowed(policies, pod, pods[other], 8080), `${service} cannot read ${other} on 8080 (its composed read)`);
          must(!allowed(policies, pod, pods[other], 8081), `${service} can reach ${other} on another port than 8080`);
        } else {
          must(!allowed(policies, pod, pods[other], 8080), `${service} can call ${other} (services talk through Kafka only)`);
        }
      }
      must(!allowed(policies, intruder, pod, 8080), `any pod of the namespace can call ${service}`);
      must(!allowed(policies, elsewhere, pod, 8080), `a pod of another namespace can call ${service}`);
      must(!allowed(policies, intruder, db(service), 5432), `any pod of the namespace can reach ${DATABASES[service]}`);
    }
    must(!allowed(policies, intruder, broker, 9093), "any pod of the namespace can reach Kafka");
    const keycloak = ofKind(objects, "Deployment").find((d) => d.metadata.name === "keycloak");
    if (keycloak) {
      const pod = { namespace: "refugio", labels: keycloak.spec.template.metadata.labels, ports: { http: 8080 } };
      must(!allowed(policies, pod, broker, 9093), "Keycloak can reach Kafka");
      for (const service of SERVICES) must(!allowed(policies, pod, db(service), 5432), `Keycloak can reach ${DATABASES[service]}`);
      for (const service of SERVICES) must(allowed(policies, pods[service], pod, 8080), `${service} cannot reach Keycloak (OIDC keys)`);
    }
    must(!allowed(policies, elsewhere, broker, 9093), "a pod of another namespace can reach Kafka");
    assert.deepEqual(problems, []);
  });
}
