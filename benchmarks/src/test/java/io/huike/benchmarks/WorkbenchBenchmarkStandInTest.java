package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole workbench part against stand-ins of Keycloak and the workbench. */
class WorkbenchBenchmarkStandInTest {

    private StandIns standIns;

    @BeforeEach
    void start() throws IOException {
        standIns = new StandIns();
    }

    @AfterEach
    void stop() {
        standIns.close();
    }

    private Settings settings(String workbenchUrl, String password) {
        Path here = Path.of(".");
        return new Settings(
                here,
                here,
                here,
                "",
                "",
                "",
                0,
                "",
                "",
                here,
                List.of(),
                "",
                List.of(),
                "",
                0,
                0,
                0,
                0,
                0,
                0,
                List.of(),
                0,
                0,
                workbenchUrl,
                standIns.keycloakUrl,
                password,
                3);
    }

    private WorkbenchBenchmark.Result measure(String workbenchUrl, String password) throws Exception {
        return new WorkbenchBenchmark(HttpClient.newHttpClient(), settings(workbenchUrl, password)).measure(3);
    }

    @Test
    void times_each_page_as_its_user_and_posts_a_handful_of_lookups_signed_out() throws Exception {
        WorkbenchBenchmark.Result result = measure(standIns.workbenchUrl, StandIns.PASSWORD);

        Map<String, WorkbenchBenchmark.Page> pages =
                result.pages().stream().collect(Collectors.toMap(p -> p.name() + " " + p.user(), Function.identity()));
        assertThat(pages.keySet())
                .containsExactlyInAnyOrder(
                        "GET / secretary",
                        "GET /desk secretary",
                        "GET /cases secretary",
                        "GET /cases/mine secretary",
                        "GET /cases/{id} secretary",
                        "GET /roster secretary",
                        "GET /admin secretary",
                        "GET /outreach secretary",
                        "GET /paper-log secretary",
                        "GET /status resident",
                        WorkbenchBenchmark.LOOKUP + " resident",
                        "GET /district supervisor");
        assertThat(result.caseId()).isEqualTo("c-1");
        assertThat(pages.get("GET /cases secretary").casesListed()).isEqualTo(2);
        assertThat(pages.get("GET /roster secretary").notMeasured()).isEqualTo("404, not built yet");
        for (String timed : List.of(
                "GET / secretary", "GET /cases/{id} secretary", "GET /status resident", "GET /district supervisor")) {
            assertThat(pages.get(timed).latencies().count()).as(timed).isEqualTo(3);
            assertThat(pages.get(timed).errors()).as(timed).isZero();
        }
        WorkbenchBenchmark.Page lookup = pages.get(WorkbenchBenchmark.LOOKUP + " resident");
        assertThat(lookup.latencies().count()).isEqualTo(WorkbenchBenchmark.STATUS_LOOKUPS - 1);
        assertThat(lookup.errors()).isZero();
        assertThat(standIns.lookups).hasSize(WorkbenchBenchmark.STATUS_LOOKUPS);
        assertThat(standIns.lookups.stream().map(l -> l.get("number")).distinct())
                .hasSize(WorkbenchBenchmark.STATUS_LOOKUPS);
        assertThat(standIns.lookups)
                .allSatisfy(l -> assertThat(l.get("cookies")).doesNotContain("q_session"));
    }

    @Test
    void a_password_keycloak_refuses_leaves_the_staff_pages_not_measured_and_says_why() throws Exception {
        WorkbenchBenchmark.Result result = measure(standIns.workbenchUrl, "not-the-password");

        assertThat(result.pages())
                .filteredOn(p -> !p.user().equals(WorkbenchBenchmark.RESIDENT))
                .allSatisfy(p -> assertThat(p.notMeasured()).contains("did not let"));
        assertThat(result.measured())
                .extracting(WorkbenchBenchmark.Page::name)
                .containsExactly("GET /status", WorkbenchBenchmark.LOOKUP);
    }

    @Test
    void a_workbench_that_does_not_answer_is_not_measured() {
        assertThatThrownBy(() -> measure("http://127.0.0.1:1", StandIns.PASSWORD))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the workbench does not answer on http://127.0.0.1:1");
    }
}
