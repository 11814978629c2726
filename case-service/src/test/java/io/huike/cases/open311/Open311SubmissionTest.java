package io.huike.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.cases.Category;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Open311SubmissionTest {

    @Test
    void aRequestWithAServiceADescriptionAndAPlaceIsReadWithTheResidentsNameInChineseOrder() {
        Open311Submission read = Open311Submission.read(form(
                "service_code", "WATER_DRAINAGE",
                "description", "楼下下水道堵塞",
                "lat", "32.0603",
                "long", "118.7969",
                "first_name", "建国",
                "last_name", "王",
                "phone", "138 1234-5678",
                "attribute[sewage_overflow]", "no"));

        assertThat(read.service().category()).isEqualTo(Category.WATER_DRAINAGE);
        assertThat(read.place().latitude()).isEqualTo(32.0603);
        assertThat(read.place().longitude()).isEqualTo(118.7969);
        assertThat(read.resident().name()).isEqualTo("王建国");
        assertThat(read.resident().phone()).isEqualTo("13812345678");
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        assertThatThrownBy(() ->
                        Open311Submission.read(form("service_code", "POTHOLE", "lat", "91", "email", "not-an-address")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder("service_code", "description", "lat", "email"));
        assertThatThrownBy(() -> Open311Submission.read(form("service_code", "GAS", "description", "漏气")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("address_string"));
        assertThatThrownBy(
                        () -> Open311Submission.read(form("service_code", "GAS", "description", "漏气", "lat", "32.06")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("long"));
    }

    @Test
    void theAnswersToTheServicesAttributesAreWrittenUnderTheDescriptionWithTheirNames() {
        Open311Submission read = Open311Submission.read(form(
                "service_code", "WATER_DRAINAGE",
                "description", "楼下下水道堵塞",
                "address_string", "鼓楼小区3号楼",
                "attribute[sewage_overflow]", "yes",
                "attribute[households_affected]", "6",
                "attribute[blocked_at][]", "kitchen",
                "attribute[blocked_at][]", "outdoors",
                "attribute[not_asked]", "ignored",
                "media_url", "https://example.org/photos/drain.jpg"));

        assertThat(read.description()).isEqualTo("楼下下水道堵塞\n\n【补充信息】\n污水外溢：有\n受影响户数：6\n堵塞位置：厨房、楼外管道");
        assertThat(read.mediaUrl()).isEqualTo("https://example.org/photos/drain.jpg");
    }

    @Test
    void aMissingRequiredAttributeAValueNotInTheListAndAWrongDatatypeAreEachNamed() {
        assertThatThrownBy(() -> Open311Submission.read(form(
                        "service_code", "WATER_DRAINAGE",
                        "description", "堵了",
                        "address_string", "鼓楼小区",
                        "attribute[households_affected]", "several",
                        "attribute[blocked_at]", "kitchen",
                        "attribute[blocked_at]", "roof")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(
                                        "attribute[sewage_overflow]",
                                        "attribute[households_affected]",
                                        "attribute[blocked_at]"));
        assertThatThrownBy(() -> Open311Submission.read(form(
                        "service_code", "WATER_DRAINAGE",
                        "description", "堵了",
                        "address_string", "鼓楼小区",
                        "attribute[sewage_overflow]", "yes",
                        "attribute[sewage_overflow]", "no")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("attribute[sewage_overflow]"));
    }

    @Test
    void aMediaUrlIsAnHttpOrHttpsLinkOfLimitedLength() {
        for (String bad : List.of(
                "javascript:alert(1)",
                "file:///etc/passwd",
                "ftp://example.org/a.jpg",
                "https://user:secret@example.org/a.jpg",
                "not a link",
                "https://example.org/" + "a".repeat(2000))) {
            assertThatThrownBy(() -> Open311Submission.read(form(
                            "service_code", "GAS", "description", "漏气", "address_string", "3号楼", "media_url", bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.violations())
                                    .extracting(FieldViolation::field)
                                    .containsExactly("media_url"));
        }
        assertThat(Open311Submission.read(form(
                                "service_code", "GAS",
                                "description", "漏气",
                                "address_string", "3号楼",
                                "media_url", "http://example.org/gas.png"))
                        .mediaUrl())
                .isEqualTo("http://example.org/gas.png");
    }

    /** A form as posted: name, value, name, value…; a name given again adds a value. */
    private static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return form;
    }
}
