package io.huike.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

/** Where things live, so that the next page finds them where the last one put them. */
class ArchitectureTest {

    static final JavaClasses WORKBENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.huike.workbench");

    @Test
    void restClientsLiveInTheirFeaturesClientPackage() {
        classes()
                .that()
                .areAnnotatedWith(RegisterRestClient.class)
                .should()
                .resideInAPackage("..client")
                .check(WORKBENCH);
    }

    @Test
    void theLayoutKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.huike.workbench.layout..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.huike.workbench.desk..",
                        "io.huike.workbench.cases..",
                        "io.huike.workbench.status..",
                        "io.huike.workbench.district..")
                .check(WORKBENCH);
    }
}
