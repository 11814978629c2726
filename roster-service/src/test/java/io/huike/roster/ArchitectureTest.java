package io.huike.roster;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.huike.testing.ArchitectureRules;

@AnalyzeClasses(packages = "io.huike.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule communitiesKnowNothingOfHttpOrMessaging =
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
    static final ArchRule shiftsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.shifts");

    @ArchTest
    static final ArchRule planningKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.planning");

    @ArchTest
    static final ArchRule rosterExportKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.planning.export");

    @ArchTest
    static final ArchRule attendanceKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.attendance");

    @ArchTest
    static final ArchRule coverageKnowsNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.coverage");

    @ArchTest
    static final ArchRule feedsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.feeds");

    @ArchTest
    static final ArchRule swapsKnowNothingOfHttpOrMessaging =
            ArchitectureRules.domainIsFreeOfHttpAndMessaging("io.huike.roster.swaps");

    @ArchTest
    static final ArchRule onlyAdaptersOfRosterSpeakHttp = ArchitectureRules.httpStaysInAdapters("io.huike.roster");
}
