package io.huike.plumbing.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service. Quarkus's HTTP layer refuses a request target that {@link java.net.URI} cannot
 * parse (a malformed percent escape, an unescaped space or quote) with a bare 400 before any route runs; with that
 * check off, {@code EdgeProblems} makes the same refusal as a problem detail. The property is read once, when the
 * HTTP layer starts, so it is set here before Quarkus runs (and by the test launchers, which do not pass through
 * here).
 */
@QuarkusMain
public final class ServiceMain {

    static final String URI_CHECK_OFF = "vertx.disableURIValidation";

    private ServiceMain() {}

    public static void main(String... args) {
        System.setProperty(URI_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
