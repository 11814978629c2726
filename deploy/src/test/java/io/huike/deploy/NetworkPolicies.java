package io.huike.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Whether the NetworkPolicies of one namespace let a connection through, as the API documents it: a pod selected by
 * some policy of a direction admits in that direction only what one of those policies' rules allows; a pod that no
 * policy of a direction selects is open in it. A connection needs both the sender's egress and the receiver's
 * ingress. Peers are pods of this namespace (podSelector), pods of other namespaces (namespaceSelector, with or
 * without podSelector); ipBlocks are not evaluated and match no pod.
 */
final class NetworkPolicies {

    private final List<ObjectNode> policies;
    /** This namespace, as a namespaceSelector sees it. */
    private final Map<String, String> ownNamespace;

    NetworkPolicies(List<ObjectNode> resources) {
        this.policies = resources.stream()
                .filter(r -> r.path("kind").asText().equals("NetworkPolicy"))
                .toList();
        String namespace = policies.stream()
                .map(policy -> policy.path("metadata").path("namespace").asText())
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElse("default");
        this.ownNamespace = Map.of("kubernetes.io/metadata.name", namespace);
    }

    /** A pod: the labels of its namespace (null for this namespace) and its own. */
    record Pod(Map<String, String> namespace, Map<String, String> labels) {

        static Pod here(Map<String, String> labels) {
            return new Pod(null, labels);
        }

        static Pod inNamespace(String name) {
            return new Pod(Map.of("kubernetes.io/metadata.name", name), Map.of());
        }

        boolean isHere() {
            return namespace == null;
        }
    }

    /** Whether {@code from} may open a TCP connection to {@code to} on the port. */
    boolean allows(Pod from, Pod to, int port) {
        boolean in = !to.isHere() || admits(to, "Ingress", "ingress", "from", from, port);
        boolean out = !from.isHere() || admits(from, "Egress", "egress", "to", to, port);
        return in && out;
    }

    private boolean admits(Pod subject, String type, String rules, String peers, Pod other, int port) {
        List<ObjectNode> selecting = policies.stream()
                .filter(policy -> policyTypes(policy).contains(type))
                .filter(policy -> matches(policy.path("spec").path("podSelector"), subject.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (ObjectNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path(rules)) {
                if (portMatches(rule.path("ports"), port) && peerMatches(rule.path(peers), other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> policyTypes(JsonNode policy) {
        JsonNode types = policy.path("spec").path("policyTypes");
        if (types.isMissingNode()) {
            return policy.path("spec").has("egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
        }
        return StreamSupport.stream(types.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static boolean portMatches(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode entry : ports) {
            boolean tcp = entry.path("protocol").asText("TCP").equals("TCP");
            boolean number = !entry.has("port") || entry.path("port").asInt(-1) == port;
            boolean range = entry.has("endPort")
                    && port >= entry.path("port").asInt()
                    && port <= entry.path("endPort").asInt();
            if (tcp && (number || range)) {
                return true;
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peers, Pod pod) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                continue;
            }
            boolean namespace = peer.has("namespaceSelector")
                    ? matches(peer.path("namespaceSelector"), pod.isHere() ? ownNamespace : pod.namespace())
                    : pod.isHere();
            boolean labels = !peer.has("podSelector") || matches(peer.path("podSelector"), pod.labels());
            if (namespace && labels) {
                return true;
            }
        }
        return false;
    }

    /** A label selector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist); empty matches all. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (Map.Entry<String, JsonNode> label : selector.path("matchLabels").properties()) {
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = StreamSupport.stream(expression.path("values").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalStateException("unknown operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
