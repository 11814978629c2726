package io.huike.outreach;

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

/** Keeps outreach's domain packages free of HTTP and messaging, and HTTP in its api packages. */
@AnalyzeClasses(packages = "io.huike.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package but the adapters (api, messaging, client); a new feature package must be added here. */
    private static final List<String> DOMAIN_PACKAGES = List.of(
            "io.huike.outreach",
            "io.huike.outreach.roster",
            "io.huike.outreach.households",
            "io.huike.outreach.pairings",
            "io.huike.outreach.fourones",
            "io.huike.outreach.visits",
            "io.huike.outreach.campaigns",
            "io.huike.outreach.cadence",
            "io.huike.outreach.volunteers");

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpOrMessaging = CompositeArchRule.of(DOMAIN_PACKAGES.stream()
            .map(ArchitectureRules::domainIsFreeOfHttpAndMessaging)
            .toList());

    @ArchTest
    static final ArchRule onlyAdaptersOfOutreachSpeakHttp = ArchitectureRules.httpStaysInAdapters("io.huike.outreach");

    @ArchTest
    static void everyDomainPackageIsListed(JavaClasses classes) {
        assertThat(classes.stream()
                        .map(JavaClass::getPackageName)
                        .filter(p -> !p.matches(".*\\.(api|messaging|client)"))
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(DOMAIN_PACKAGES);
    }
}
