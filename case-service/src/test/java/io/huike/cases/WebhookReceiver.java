package io.huike.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

/**
 * An integrating system's webhook endpoint on 127.0.0.1: keeps every request it gets and answers each with the status
 * the test chooses by the request's number (0, 1, 2...).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received, and what it was answered. */
    record Received(Map<String, List<String>> headers, String body, int answered) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        JsonNode event() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean delivered() {
            return answered / 100 == 2;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator answers;

    private WebhookReceiver(IntUnaryOperator answers) throws IOException {
        this.answers = answers;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (received) {
                status = this.answers.applyAsInt(received.size());
                received.add(new Received(new LinkedHashMap<>(exchange.getRequestHeaders()), body, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver that answers the n-th request (from 0) with {@code answers.applyAsInt(n)}. */
    static WebhookReceiver answering(IntUnaryOperator answers) {
        try {
            return new WebhookReceiver(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers every later request with {@code status}. */
    void answerFromNowOn(int status) {
        this.answers = n -> status;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/huike";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
