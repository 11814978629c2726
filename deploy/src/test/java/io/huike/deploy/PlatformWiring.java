package io.huike.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.deploy.NetworkPolicies.Pod;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * How the rendered Kubernetes resources fit together around Keycloak and the workbench: who trusts which issuer, who
 * reaches whom. Each check returns what is wrong, so that a test can also show that a mistake is found.
 */
final class PlatformWiring {

    static final String KEYCLOAK = "keycloak";
    static final String WORKBENCH = "workbench";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> resources;

    PlatformWiring(List<ObjectNode> resources) {
        this.resources = resources;
    }

    /**
     * The services check the issuer that Keycloak puts in its tokens (its public address, the same for every caller
     * thanks to the dynamic backchannel) with keys fetched from Keycloak inside the cluster; the workbench signs in
     * there, with the secret the realm gives its client, and is the address the realm sends browsers back to.
     */
    List<String> identityProblems() {
        List<String> problems = new ArrayList<>();
        JsonNode keycloak = container(KEYCLOAK);
        JsonNode workbench = container(WORKBENCH);
        if (keycloak == null || workbench == null) {
            return List.of("no Keycloak or no workbench Deployment");
        }
        String realm = "/realms/" + PlatformScript.realmName();
        String hostname = env(keycloak, "KC_HOSTNAME");
        String issuer = hostname + realm;
        if (hostname == null || !URI.create(hostname).isAbsolute()) {
            problems.add("KC_HOSTNAME of Keycloak must be its full public address, not " + hostname);
        }
        if (!"true".equals(env(keycloak, "KC_HOSTNAME_BACKCHANNEL_DYNAMIC"))) {
            problems.add("Keycloak's KC_HOSTNAME_BACKCHANNEL_DYNAMIC is not true: the pods' own requests would be"
                    + " answered with the public address");
        }
        String inside = "http://" + serviceOf(KEYCLOAK) + realm;
        for (String service : PublishedTopics.SERVICES) {
            JsonNode container = container(service);
            if (!issuer.equals(env(container, "MP_JWT_VERIFY_ISSUER"))) {
                problems.add(service + " checks the issuer " + env(container, "MP_JWT_VERIFY_ISSUER")
                        + ", Keycloak's tokens carry " + issuer);
            }
            String keys = inside + "/protocol/openid-connect/certs";
            if (!keys.equals(env(container, "MP_JWT_VERIFY_PUBLICKEY_LOCATION"))) {
                problems.add(service + " takes its keys from " + env(container, "MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                        + ", not from Keycloak's JWKS " + keys);
            }
        }
        if (!inside.equals(env(workbench, "QUARKUS_OIDC_AUTH_SERVER_URL"))) {
            problems.add("the workbench signs in at " + env(workbench, "QUARKUS_OIDC_AUTH_SERVER_URL") + ", not at "
                    + inside);
        }
        String publicUrl = env(workbench, "HUIKE_WORKBENCH_PUBLIC_URL");
        if (publicUrl == null || !publicUrl.equals(env(keycloak, "HUIKE_WORKBENCH_URL"))) {
            problems.add("the realm sends browsers back to " + env(keycloak, "HUIKE_WORKBENCH_URL")
                    + ", the workbench is at " + publicUrl);
        }
        String clientSecret = secretOf(workbench, "QUARKUS_OIDC_CREDENTIALS_SECRET");
        if (clientSecret == null || !clientSecret.equals(secretOf(keycloak, "HUIKE_WORKBENCH_SECRET"))) {
            problems.add("the workbench's client secret (" + clientSecret + ") is not the one Keycloak gives the"
                    + " client (" + secretOf(keycloak, "HUIKE_WORKBENCH_SECRET") + ")");
        }
        return problems;
    }

    /**
     * The workbench calls each service at its Service and may reach it; the services fetch Keycloak's keys; browsers
     * reach the workbench and Keycloak's sign-in page through the ingress controller; Keycloak reaches its database.
     */
    List<String> reachabilityProblems() {
        List<String> problems = new ArrayList<>();
        NetworkPolicies policies = new NetworkPolicies(resources);
        Pod outside = Pod.inNamespace("ingress-nginx");
        Pod workbench = pod(WORKBENCH);
        Pod keycloak = pod(KEYCLOAK);
        for (String service : PublishedTopics.SERVICES) {
            String name = service.replace("-service", "").toUpperCase();
            String url = env(container(WORKBENCH), "HUIKE_SERVICES_" + name + "_URL");
            if (!("http://" + serviceOf(service)).equals(url)) {
                problems.add(
                        "the workbench calls " + service + " at " + url + ", its Service is " + serviceOf(service));
            }
            if (!policies.allows(workbench, pod(service), containerPort(service))) {
                problems.add("the workbench may not reach " + service);
            }
            if (!policies.allows(pod(service), keycloak, containerPort(KEYCLOAK))) {
                problems.add(service + " may not reach Keycloak for its keys");
            }
        }
        if (!policies.allows(workbench, keycloak, containerPort(KEYCLOAK))) {
            problems.add("the workbench may not reach Keycloak");
        }
        if (!policies.allows(outside, workbench, containerPort(WORKBENCH))) {
            problems.add("browsers may not reach the workbench through the ingress controller");
        }
        if (!policies.allows(outside, keycloak, containerPort(KEYCLOAK))) {
            problems.add("browsers may not reach Keycloak's sign-in page through the ingress controller");
        }
        String database = env(container(KEYCLOAK), "KC_DB_URL");
        String cluster = database == null ? "" : database.replaceAll("^jdbc:postgresql://(.+)-rw:5432/.*$", "$1");
        if (!policies.allows(keycloak, Pod.here(Map.of("cnpg.io/cluster", cluster)), 5432)) {
            problems.add("Keycloak may not reach its database " + database);
        }
        return problems;
    }

    /** The first container of a Deployment, or null. */
    JsonNode container(String deployment) {
        JsonNode resource = KubernetesManifestsTest.find(resources, "Deployment", deployment);
        return resource == null
                ? null
                : resource.path("spec")
                        .path("template")
                        .path("spec")
                        .path("containers")
                        .get(0);
    }

    /**
     * A container's environment variable as the pod sees it: its own value, else the last ConfigMap of envFrom that
     * has it; null when it is not set or comes from a Secret.
     */
    String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.has("value") ? variable.path("value").asText() : null;
            }
        }
        String value = null;
        for (JsonNode source : container.path("envFrom")) {
            JsonNode configMap = KubernetesManifestsTest.find(
                    resources,
                    "ConfigMap",
                    source.path("configMapRef").path("name").asText());
            if (configMap != null && configMap.path("data").has(name)) {
                value = configMap.path("data").path(name).asText();
            }
        }
        return value;
    }

    /** Whether a container's environment has the variable, from any source. */
    boolean hasEnv(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return true;
            }
        }
        return env(container, name) != null;
    }

    /** The Secret and key a container's environment variable comes from, as "secret/key", or null. */
    static String secretOf(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
            if (variable.path("name").asText().equals(name) && !reference.isMissingNode()) {
                return reference.path("name").asText() + "/"
                        + reference.path("key").asText();
            }
        }
        return null;
    }

    /** The labels of a Deployment's pods. */
    Pod pod(String deployment) {
        JsonNode labels = KubernetesManifestsTest.find(resources, "Deployment", deployment)
                .path("spec")
                .path("template")
                .path("metadata")
                .path("labels");
        @SuppressWarnings("unchecked")
        Map<String, String> map = JSON.convertValue(labels, Map.class);
        return Pod.here(map);
    }

    /** The container port named http of a Deployment. */
    int containerPort(String deployment) {
        for (JsonNode port : container(deployment).path("ports")) {
            if (port.path("name").asText().equals("http")) {
                return port.path("containerPort").asInt();
            }
        }
        throw new IllegalStateException(deployment + " has no port named http");
    }

    /**
     * The name of the Service that sends port 80 to a Deployment's http port (so that {@code http://<name>} reaches
     * it), or "(none)".
     */
    String serviceOf(String deployment) {
        Map<String, String> labels = pod(deployment).labels();
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals("Service"))
                .filter(service -> !service.path("spec").path("selector").isEmpty()
                        && NetworkPolicies.matches(
                                JSON.createObjectNode()
                                        .set("matchLabels", service.path("spec").path("selector")),
                                labels))
                .filter(service -> StreamSupport.stream(
                                service.path("spec").path("ports").spliterator(), false)
                        .anyMatch(port -> port.path("port").asInt() == 80
                                && (port.path("targetPort").asText().equals("http")
                                        || port.path("targetPort").asInt() == containerPort(deployment))))
                .map(service -> service.path("metadata").path("name").asText())
                .findFirst()
                .orElse("(none)");
    }
}
