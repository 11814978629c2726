package io.huike.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** CloudEvents envelopes as the services publish them, for tests that put events on a topic themselves. */
public final class TestEnvelopes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEnvelopes() {}

    /** A new event (fresh id, now, sequence 1) of the given type about {@code subject}, in JSON. */
    public static String envelope(
            String source, String community, String subject, String type, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", source);
        envelope.put("type", type);
        envelope.put("time", Instant.now().toString());
        envelope.put("subject", subject);
        envelope.put("datacontenttype", "application/json");
        envelope.put("community", community);
        envelope.put("sequence", 1);
        envelope.put("data", data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
