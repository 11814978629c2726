package io.huike.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Scripted event envelopes, as the owning services would publish them. */
final class Envelopes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Envelopes() {}

    /** An empty payload to fill in. */
    static ObjectNode data() {
        return JSON.createObjectNode();
    }

    static String envelope(
            String source, String community, String subject, String type, long sequence, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", source)
                .put("type", type)
                .put("time", "2026-05-01T00:00:00Z")
                .put("subject", subject)
                .put("datacontenttype", "application/json")
                .put("community", community)
                .put("sequence", sequence);
        envelope.set("data", data);
        return envelope.toString();
    }

    /** The roster's announcement of a community, as reporting learns of the communities it counts. */
    static String communityRegistered(String community, String name, String code, String subdistrict, String district) {
        return envelope(
                "roster-service",
                community,
                community,
                "community.registered.v1",
                1,
                data().put("communityId", community)
                        .put("name", name)
                        .put("code", code)
                        .put("subdistrict", subdistrict)
                        .put("district", district));
    }

    /** The same envelope under a new event id. */
    static String withNewId(String envelope) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(envelope);
            return node.put("id", UUID.randomUUID().toString()).toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String idOf(String envelope) {
        try {
            return JSON.readTree(envelope).path("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
