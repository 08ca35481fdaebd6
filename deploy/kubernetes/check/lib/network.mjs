// A NetworkPolicy evaluator (networking.k8s.io/v1 semantics, enough for this project's policies): may traffic go from
// one pod to another on a port? Both the sender's egress and the receiver's ingress must allow it when either side is
// selected by a policy of that type.

export function labelsMatch(selector, labels) {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

const nsLabels = (ns) => ({ "kubernetes.io/metadata.name": ns });

function peerMatches(peer, policyNs, other) {
  if (other.external) return Boolean(peer.ipBlock);
  if (peer.ipBlock) return false;
  if (peer.namespaceSelector) {
    return labelsMatch(peer.namespaceSelector, nsLabels(other.namespace)) && labelsMatch(peer.podSelector ?? {}, other.labels);
  }
  return other.namespace === policyNs && labelsMatch(peer.podSelector ?? {}, other.labels);
}

function portMatches(ports, target, port, protocol) {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== protocol) return false;
    if (p.port === undefined) return true;
    const number = typeof p.port === "number" ? p.port : target.ports?.[p.port];
    if (number === undefined) return false;
    return p.endPort ? port >= number && port <= p.endPort : port === number;
  });
}

function sideAllows(policies, pod, direction, other, target, port, protocol) {
  const type = direction === "egress" ? "Egress" : "Ingress";
  const selecting = policies.filter((p) => p.metadata.namespace === pod.namespace && labelsMatch(p.spec.podSelector, pod.labels)
    && (p.spec.policyTypes ?? (direction === "ingress" ? ["Ingress"] : p.spec.egress ? ["Egress"] : [])).includes(type));
  if (pod.external || selecting.length === 0) return true;
  return selecting.some((p) => (p.spec[direction] ?? []).some((rule) => {
    const peers = rule[direction === "egress" ? "to" : "from"];
    const peerOk = !peers || peers.length === 0 || peers.some((peer) => peerMatches(peer, p.metadata.namespace, other));
    return peerOk && portMatches(rule.ports, target, port, protocol);
  }));
}

/** True when `from` may open a connection to `to` on `port` (`to.ports` maps port names to numbers). */
export function allowed(policies, from, to, port, protocol = "TCP") {
  return sideAllows(policies, from, "egress", to, to, port, protocol) && sideAllows(policies, to, "ingress", from, to, port, protocol);
}
