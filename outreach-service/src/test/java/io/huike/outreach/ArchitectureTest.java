package io.huike.outreach;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.huike.testing.ArchitectureRules;

@AnalyzeClasses(packages = "io.huike.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule communitiesKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.communities");

    @ArchTest
    static final ArchRule membersKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.members");

    @ArchTest
    static final ArchRule householdsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.households");

    @ArchTest
    static final ArchRule pairingsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.pairings");

    @ArchTest
    static final ArchRule fourOnesKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.fourones");

    @ArchTest
    static final ArchRule visitsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.visits");

    @ArchTest
    static final ArchRule cadenceKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.cadence");

    @ArchTest
    static final ArchRule volunteersKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.volunteers");

    @ArchTest
    static final ArchRule campaignsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.outreach.campaigns");

    @ArchTest
    static final ArchRule onlyAdaptersOfOutreachSpeakHttp = ArchitectureRules.httpStaysInAdapters("io.huike.outreach");
}
