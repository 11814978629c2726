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
}
