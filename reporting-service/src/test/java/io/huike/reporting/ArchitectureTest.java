package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.huike.testing.ArchitectureRules;
import java.util.List;

/** Keeps reporting's domain packages free of HTTP and messaging, and HTTP in its api and client packages. */
@AnalyzeClasses(packages = "io.huike.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package but the adapters (api, messaging, client); a new feature package must be added here. */
    private static final List<String> DOMAIN_PACKAGES = List.of(
            "io.huike.reporting",
            "io.huike.reporting.cases",
            "io.huike.reporting.roster",
            "io.huike.reporting.outreach",
            "io.huike.reporting.figures",
            "io.huike.reporting.digest",
            "io.huike.reporting.live",
            "io.huike.reporting.rebuild",
            "io.huike.reporting.reconcile");

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpOrMessaging = CompositeArchRule.of(DOMAIN_PACKAGES.stream()
            .map(ArchitectureRules::domainIsFreeOfHttpAndMessaging)
            .toList());

    @ArchTest
    static final ArchRule onlyAdaptersOfReportingSpeakHttp =
            ArchitectureRules.httpStaysInAdapters("io.huike.reporting");

    @ArchTest
    static void everyDomainPackageIsListed(JavaClasses classes) {
        assertThat(classes.stream()
                        .map(JavaClass::getPackageName)
                        .filter(p -> !p.matches(".*\\.(api|messaging|client)"))
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(DOMAIN_PACKAGES);
    }
}
