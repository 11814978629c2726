package io.huike.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The navigation shows a page to exactly the roles its resource lets in, so that no link ends in a refusal. */
class DestinationRolesTest {

    record Page(Method method, Optional<Set<String>> roles) {}

    static final Map<String, Page> PAGES = pages();

    @ParameterizedTest
    @EnumSource(Destination.class)
    void theLinkIsShownToTheRolesThePageAdmits(Destination destination) {
        Page page = PAGES.get(destination.path());

        assertThat(page).as("a GET resource method at " + destination.path()).isNotNull();
        if (destination.isPublic()) {
            assertThat(page.roles()).as(destination + " is open to everyone").isEmpty();
        } else {
            assertThat(page.roles()).as(destination + " admits").contains(destination.roles());
        }
    }

    private static Map<String, Page> pages() {
        Map<String, Page> pages = new HashMap<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.huike.workbench")) {
            Class<?> resource = type.reflect();
            Path base = resource.getAnnotation(Path.class);
            if (base == null || resource.isInterface()) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base.value(), sub == null ? "" : sub.value());
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class)
                        : resource.getAnnotation(RolesAllowed.class);
                pages.put(path, new Page(method, Optional.ofNullable(roles).map(r -> Set.of(r.value()))));
            }
        }
        return pages;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
