package io.huike.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.huike.testing.ArchitectureRules;

@AnalyzeClasses(packages = "io.huike.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule casesKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.cases");

    @ArchTest
    static final ArchRule communitiesKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.communities");

    @ArchTest
    static final ArchRule figuresKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.figures");

    @ArchTest
    static final ArchRule dutyShiftsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.duty");

    @ArchTest
    static final ArchRule outreachKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.outreach");

    @ArchTest
    static final ArchRule digestsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.reporting.digest");

    @ArchTest
    static final ArchRule onlyAdaptersOfReportingSpeakHttp =
            ArchitectureRules.httpStaysInAdapters("io.huike.reporting");
}
