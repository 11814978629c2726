package io.huike.plumbing.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.plumbing.validation.StrictJson;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EdgeProblemsTest {

    @Test
    void aPathWithControlCharactersOrMalformedEscapesIsAtFault() {
        for (String path :
                new String[] {"/communities/gulou%00/cases", "/a%09b", "/x%0d%0aFORGED", "/x%7F", "/x%c3%28"}) {
            assertThat(EdgeProblems.pathFault(path)).as(path).isPresent();
        }
        for (String path : new String[] {"/communities/a%20b/cases/%25", "/x%22", "/%E9%BC%93%E6%A5%BC", "/a+b", "/"}) {
            assertThat(EdgeProblems.pathFault(path)).as(path).isEmpty();
        }
        assertThat(EdgeProblems.decode("/a%20b/%25/%E9%BC%93+")).isEqualTo("/a b/%/鼓+");
    }

    @Test
    void aRequestTargetThatIsNotAUriIsAtFaultInThePartThatIsMalformed() {
        for (String target : new String[] {"/cases/%zz", "/cases/%", "/cases%4/x", "/a b", "/a\"b", "/a<b>", "/a%00"}) {
            assertThat(EdgeProblems.targetFault(target))
                    .as(target)
                    .hasValueSatisfying(fault -> assertThat(fault.field()).isEqualTo("path"));
        }
        for (String target : new String[] {"/cases?q=%zz", "/cases?q=a b", "/cases?q=%"}) {
            assertThat(EdgeProblems.targetFault(target))
                    .as(target)
                    .hasValueSatisfying(fault -> assertThat(fault.field()).isEqualTo("query"));
        }
        for (String target : new String[] {"/cases?q=%00", "/cases?page=2&size=20", "/%E9%BC%93?q=%E6%A5%BC", "/"}) {
            assertThat(EdgeProblems.targetFault(target)).as(target).isEmpty();
        }
    }

    @Test
    void aContentLengthOverTheLimitIsOver() {
        assertThat(EdgeProblems.isOver("2097153", 2_097_152)).isTrue();
        assertThat(EdgeProblems.isOver("2097152", 2_097_152)).isFalse();
        assertThat(EdgeProblems.isOver("99999999999999999999", 2_097_152)).isFalse();
    }

    @Test
    void aLoggedPathCannotForgeALineOrCarryANulByte() {
        assertThat(ProblemMappers.loggable("/a\r\nERROR forged\u0000"))
                .isEqualTo("/a\\u000d\\u000aERROR forged\\u0000")
                .doesNotContain("\n", "\r", "\u0000");
        assertThat(ProblemMappers.loggable("/x".repeat(1000))).hasSize(301);
    }

    @Test
    void theInstanceOfAnOddPathIsAValidUriReference() {
        assertThat(ProblemMappers.instanceOf("/communities/a b/cases/%").toString())
                .isEqualTo("/communities/a%20b/cases/%25");
        assertThat(ProblemMappers.instanceOf("/communities/gulou\u0000\"/cases").toASCIIString())
                .isEqualTo("/communities/gulou%00%22/cases");
    }

    @Test
    void aBodyWithMoreAfterItsValueIsRefusedAsTheBody() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        MismatchedInputException trailing = Assertions.catchThrowableOfType(
                MismatchedInputException.class, () -> mapper.readValue("{\"a\":1} {}", Map.class));
        assertThat(ProblemMappers.violationOf(trailing))
                .isEqualTo(new FieldViolation("body", "has more after the JSON value"));
        Exception duplicate = Assertions.catchException(() -> mapper.readValue("{\"a\":1,\"a\":2}", Map.class));
        assertThat(duplicate).isNotNull();
        assertThat(ProblemMappers.violationOf((com.fasterxml.jackson.core.JsonProcessingException) duplicate)
                        .field())
                .isEqualTo("body");
    }

    @Test
    void aTemplateMatchesItsPathsOnly() {
        var pattern = AllowedMethods.patternOf(AllowedMethods.join("/communities/{community}/cases", "/{id}"));
        assertThat(pattern.matcher("/communities/gulou/cases/abc").matches()).isTrue();
        assertThat(pattern.matcher("/communities/gulou/cases/abc/").matches()).isTrue();
        assertThat(pattern.matcher("/communities/gulou/cases").matches()).isFalse();
        assertThat(pattern.matcher("/communities/gulou/cases/a/b").matches()).isFalse();
        assertThat(AllowedMethods.patternOf("/files/{name: .+}")
                        .matcher("/files/a/b")
                        .matches())
                .isTrue();
    }
}
