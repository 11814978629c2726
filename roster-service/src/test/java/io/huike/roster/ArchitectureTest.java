package io.huike.roster;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.huike.testing.ArchitectureRules;

@AnalyzeClasses(packages = "io.huike.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.communities");

    @ArchTest
    static final ArchRule membersKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.members");

    @ArchTest
    static final ArchRule roomsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.rooms");

    @ArchTest
    static final ArchRule calendarKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.calendar");

    @ArchTest
    static final ArchRule rostersKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.rosters");

    @ArchTest
    static final ArchRule swapsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.swaps");

    @ArchTest
    static final ArchRule onlyAdaptersOfRosterSpeakHttp = ArchitectureRules.httpStaysInAdapters("io.huike.roster");
}
