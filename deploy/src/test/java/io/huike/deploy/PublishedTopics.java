package io.huike.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The services of the platform and the topics they publish to, read from their own configuration. */
final class PublishedTopics {

    static final List<String> SERVICES =
            List.of("case-service", "roster-service", "outreach-service", "reporting-service");

    private PublishedTopics() {}

    static Set<String> all() {
        Set<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            Properties properties = new Properties();
            try (InputStream in =
                    Files.newInputStream(Path.of("..", service, "src/main/resources/application.properties"))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (properties.getProperty("huike.outbox.topic") != null) {
                topics.add(properties.getProperty("huike.outbox.topic"));
            }
        }
        return topics;
    }
}
