package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.clients.cases.ApiClient;
import io.huike.clients.cases.ApiException;
import io.huike.clients.cases.ApiResponse;
import io.huike.clients.cases.api.CasesApi;
import io.huike.clients.cases.model.Assign;
import io.huike.clients.cases.model.CaseDetail;
import io.huike.clients.cases.model.CaseStatus;
import io.huike.clients.cases.model.CaseView;
import io.huike.clients.cases.model.Category;
import io.huike.clients.cases.model.Channel;
import io.huike.clients.cases.model.ContactMethod;
import io.huike.clients.cases.model.GiveFeedback;
import io.huike.clients.cases.model.Outcome;
import io.huike.clients.cases.model.Problem;
import io.huike.clients.cases.model.ProblemErrorsInner;
import io.huike.clients.cases.model.RegisterCase;
import io.huike.clients.cases.model.ResidentContact;
import io.huike.clients.cases.model.Resolve;
import io.huike.clients.cases.model.Satisfaction;
import io.huike.clients.cases.model.Start;
import io.huike.clients.reporting.api.FiguresApi;
import io.huike.kernel.roles.Roles;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An integrating team's view of the platform: Java clients generated at build time by openapi-generator from the
 * services' OpenAPI documents (see this module's pom) run the desk's flow against the running services with a
 * Keycloak token — register, assign, take up, resolve, record the resident's feedback, close — and read the
 * services' refusals as the documents' problem details.
 */
class GeneratedClientsIT {

    private static final String COMMUNITY = "xinhua";
    private static Platform platform;
    private static CasesApi cases;
    private static ObjectMapper json;
    private static String member;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new Platform();
        platform.start();
        platform.registerCommunities(COMMUNITY);
        platform.drawGrid(COMMUNITY, "grid-1");
        member = platform.registerMember(COMMUNITY, "王建国", "13800000021");
        String staff = platform.token(
                Set.of(Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN), List.of(COMMUNITY));
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.url("case-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + staff));
        cases = new CasesApi(client);
        json = client.getObjectMapper();
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theDesksFlowRunsThroughTheGeneratedClientFromRegistrationToClosing() throws Exception {
        ApiResponse<CaseView> registered = cases.registerCaseWithHttpInfo(
                COMMUNITY,
                new RegisterCase()
                        .channel(Channel.RECEPTION_ROOM)
                        .category(Category.WATER_DRAINAGE)
                        .title("污水管堵塞")
                        .description("杨先生家门口污水管堵塞")
                        .gridId("grid-1")
                        .resident(new ResidentContact().name("杨先生").phone("13812345678")));
        assertThat(registered.getStatusCode()).isEqualTo(201);
        UUID id = registered.getData().getId();
        assertThat(registered.getData().getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(registered.getData().getTrackingNumber()).isNotBlank();

        ApiResponse<CaseView> assigned =
                cases.assignCaseWithHttpInfo(COMMUNITY, id, new Assign().memberId(member), etagOf(registered));
        ApiResponse<CaseView> started = cases.startCaseWithHttpInfo(
                COMMUNITY, id, new Start().contactMethod(ContactMethod.PHONE), etagOf(assigned));
        ApiResponse<CaseView> resolved = cases.resolveCaseWithHttpInfo(
                COMMUNITY, id, new Resolve().outcome(Outcome.RESOLVED).actionsTaken("已联系市政维修，管道已疏通"), etagOf(started));
        ApiResponse<CaseView> told = cases.recordFeedbackWithHttpInfo(
                COMMUNITY,
                id,
                new GiveFeedback()
                        .method(ContactMethod.PHONE)
                        .toldAt(OffsetDateTime.now())
                        .satisfaction(Satisfaction.SATISFIED),
                etagOf(resolved));
        ApiResponse<CaseView> closed = cases.closeCaseWithHttpInfo(COMMUNITY, id, etagOf(told));

        assertThat(List.of(assigned, started, resolved, told, closed))
                .extracting(answer -> answer.getData().getStatus())
                .containsExactly(
                        CaseStatus.ASSIGNED,
                        CaseStatus.IN_PROGRESS,
                        CaseStatus.RESOLVED,
                        CaseStatus.FEEDBACK_GIVEN,
                        CaseStatus.CLOSED);
        CaseDetail read = cases.getCase(COMMUNITY, id);
        assertThat(read.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(read.getAssigneeId()).isEqualTo(member);
        assertThat(read.getTimeline()).isNotEmpty();
    }

    @Test
    void aRefusalIsReadAsTheDocumentsProblemDetail() throws Exception {
        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> cases.registerCase(
                        COMMUNITY,
                        new RegisterCase()
                                .channel(Channel.PHONE)
                                .category(Category.GAS)
                                .description(" ")));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = json.readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:huike:problem:invalid-request"));
        assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField).contains("description");
    }

    @Test
    void aStaleVersionIsRefusedWithTheChangeItMissed() throws Exception {
        ApiResponse<CaseView> registered = cases.registerCaseWithHttpInfo(
                COMMUNITY,
                new RegisterCase()
                        .channel(Channel.PHONE)
                        .category(Category.SANITATION)
                        .description("垃圾三天未清运"));
        UUID id = registered.getData().getId();
        cases.assignCase(COMMUNITY, id, new Assign().memberId(member), etagOf(registered));

        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> cases.startCase(
                        COMMUNITY, id, new Start().contactMethod(ContactMethod.PHONE), etagOf(registered)));

        assertThat(refused.getCode()).isEqualTo(412);
        Problem problem = json.readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:huike:problem:stale-version"));
        assertThat(problem.getDetail()).isNotBlank();
    }

    @Test
    void theReportingClientReadsTheCommunitysFiguresWithACaseRegisteredThroughTheCaseClient() throws Exception {
        cases.registerCase(
                COMMUNITY,
                new RegisterCase()
                        .channel(Channel.ONLINE)
                        .category(Category.HEALTH)
                        .description("咨询社区义诊时间"));
        io.huike.clients.reporting.ApiClient client = new io.huike.clients.reporting.ApiClient();
        client.updateBaseUri(platform.url("reporting-service"));
        String supervisor = platform.token(Roles.DISTRICT_SUPERVISOR, COMMUNITY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + supervisor));
        FiguresApi figures = new FiguresApi(client);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                figures.getCommunityCaseCounts(COMMUNITY).getRegistered())
                        .isPositive());
    }

    /** The ETag the answer carries: the version to send in If-Match when acting on the case next. */
    private static String etagOf(ApiResponse<?> answer) {
        return answer.getHeaders().get("etag").get(0);
    }
}
