package io.huike.cases.webhooks.client;

import io.huike.cases.webhooks.WebhookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/**
 * Posts one signed delivery to a receiver: timeouts on connecting and on the answer, redirects never followed, and
 * the answer's body thrown away.
 */
@ApplicationScoped
public class WebhookPoster {

    /** What a receiver answered: its HTTP status, or why there was none. */
    public record Answer(Integer status, String error) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final WebhookSettings settings;

    WebhookPoster(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Answer post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.responseTimeout())
                .header("Content-Type", "application/cloudevents+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(
                    response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Answer(null, "Timed out: " + e.getMessage());
        } catch (IOException e) {
            return new Answer(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "Interrupted");
        }
    }
}
