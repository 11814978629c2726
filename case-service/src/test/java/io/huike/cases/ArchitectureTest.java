package io.huike.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.huike.testing.ArchitectureRules;

@AnalyzeClasses(
        packages = {"io.huike.cases", "io.huike.reception"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.cases");

    @ArchTest
    static final ArchRule webhooksKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.cases.webhooks");

    @ArchTest
    static final ArchRule onlyAdaptersOfCasesSpeakHttp = ArchitectureRules.httpStaysInAdapters("io.huike.cases");

    @ArchTest
    static final ArchRule onlyAdaptersOfReceptionSpeakHttp =
            ArchitectureRules.httpStaysInAdapters("io.huike.reception");
}
