package io.huike.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.cases.Category;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Open311SubmissionTest {

    @Test
    void aRequestWithAServiceADescriptionAndAPlaceIsReadWithTheResidentsNameInChineseOrder() {
        Open311Submission read = Open311Submission.read(Map.of(
                "service_code", "WATER_DRAINAGE",
                "description", "楼下下水道堵塞",
                "lat", "32.0603",
                "long", "118.7969",
                "first_name", "建国",
                "last_name", "王",
                "phone", "138 1234-5678"));

        assertThat(read.service().category()).isEqualTo(Category.WATER_DRAINAGE);
        assertThat(read.place().latitude()).isEqualTo(32.0603);
        assertThat(read.place().longitude()).isEqualTo(118.7969);
        assertThat(read.resident().name()).isEqualTo("王建国");
        assertThat(read.resident().phone()).isEqualTo("13812345678");
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        assertThatThrownBy(() -> Open311Submission.read(
                        Map.of("service_code", "POTHOLE", "lat", "91", "email", "not-an-address")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder("service_code", "description", "lat", "email"));
        assertThatThrownBy(() -> Open311Submission.read(Map.of("service_code", "GAS", "description", "漏气")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("address_string"));
        assertThatThrownBy(() ->
                        Open311Submission.read(Map.of("service_code", "GAS", "description", "漏气", "lat", "32.06")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("long"));
    }
}
