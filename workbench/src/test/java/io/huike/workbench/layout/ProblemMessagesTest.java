package io.huike.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.clients.ServiceProblem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of the services in the user's language, where their type is known. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
class ProblemMessagesTest {

    static ServiceProblem problem(int status, String slug) {
        ServiceProblem problem = new ServiceProblem();
        problem.status = status;
        problem.type = slug == null ? null : ServiceProblem.TYPE_PREFIX + slug;
        return problem;
    }

    @Test
    void aStaleCaseNamesWhoChangedItAndWhenInBeijingTime() {
        ServiceProblem stale = problem(412, "stale-version");
        stale.extensions().put("changedBy", "李秀英");
        stale.extensions().put("changedAt", "2026-05-06T06:15:00Z");

        assertThat(ProblemMessages.describe(stale, Language.EN))
                .isEqualTo("This case was changed by 李秀英 at 6 May 2026, 14:15. Please look at it again before acting.");
        assertThat(ProblemMessages.describe(problem(412, "stale-version"), Language.ZH))
                .isEqualTo("此事项在您打开页面后已被修改。请查看最新内容后再操作。");
    }

    @Test
    void aRefusedTransitionNamesTheStatusTheCaseIsIn() {
        ServiceProblem refused = problem(409, "transition-not-allowed");
        refused.extensions().put("currentStatus", "CLOSED");

        assertThat(ProblemMessages.describe(refused, Language.ZH)).isEqualTo("此事项当前状态为“已结案”，不能进行这项操作。");
        assertThat(ProblemMessages.describe(refused, Language.EN)).contains("\"Closed\"");
    }

    @Test
    void aTimeTooFarBackForThePaperLogSaysHowFarBackIsAllowed() {
        ServiceProblem tooOld = problem(422, "paper-log-too-old");
        tooOld.extensions().put("paperLogMaxAgeDays", 30);
        tooOld.extensions().put("earliestAllowed", "2026-04-06T16:00:00Z");

        assertThat(ProblemMessages.describe(tooOld, Language.ZH)).contains("30 天", "2026年4月7日 00:00");
    }

    @Test
    void anUnknownProblemShowsTheServicesOwnDetail() {
        ServiceProblem odd = problem(409, "hotline-case-exists");
        odd.detail = "The hotline reference is registered already";

        assertThat(ProblemMessages.describe(odd, Language.EN))
                .isEqualTo("This conflicts with what is already recorded. The hotline reference is registered already");
    }

    @Test
    void fieldErrorsAreLeftToTheFieldsAndAServiceThatIsDownSaysNothingIsLost() {
        ServiceProblem invalid = problem(400, "invalid-request");
        invalid.errors = List.of(new ServiceProblem.FieldError("body", "must not be blank"));

        assertThat(ProblemMessages.describe(invalid, Language.EN))
                .isEqualTo("Some entries are not valid; see the marked fields.");
        assertThat(ProblemMessages.describe(ServiceProblem.ofStatus(503), Language.ZH))
                .contains("您填写的内容没有丢失");
    }
}
