package io.huike.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The layering every service keeps: its domain packages know nothing of HTTP or messaging. */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Classes directly in the given domain package may not use JAX-RS, reactive messaging or Kafka. */
    public static ArchRule domainIsFreeOfHttpAndMessaging(String domainPackage) {
        return noClasses()
                .that()
                .resideInAPackage(domainPackage)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.eclipse.microprofile.reactive..",
                        "io.smallrye.reactive.messaging..",
                        "org.apache.kafka..")
                .because("resources and consumers are thin adapters around the domain");
    }

    /**
     * Only a service's adapters speak HTTP: its {@code api} packages (resources, request and view records, the
     * mapping of refusals to problem details) and its {@code client} packages (calls to other services). Everything
     * else throws {@link io.huike.kernel.refusals.Refusal}s or its own exceptions, and knows no status, header or
     * problem detail.
     */
    public static ArchRule httpStaysInAdapters(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackages("..api..", "..client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.huike.plumbing.problems..",
                        "io.huike.plumbing.versioning..",
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "io.vertx.core.http..",
                        "io.vertx.ext.web..")
                .because("domain code throws refusals; the api package makes them HTTP answers");
    }
}
